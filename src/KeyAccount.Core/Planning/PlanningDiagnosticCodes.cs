using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>
/// The stable codes (prefix <c>KAP</c>) of the diagnostics of an <see cref="AccountPlan"/>
/// (<see cref="PlanValidator"/>) and of a <see cref="PlanReviewRecord"/> checked against its plan
/// (<see cref="PlanReviewValidator"/>, <c>KAP044</c> and up), with their severities and titles.
/// </summary>
/// <remarks>
/// Codes never change meaning or severity and are never reused. Each is documented with an example
/// of the defect and its fix in <c>docs/planning.md</c>.
/// </remarks>
public static class PlanningDiagnosticCodes
{
    /// <summary><c>KAP001</c> (error): Two entries of one list (client goals, goals, events, resources or actions) share an id; reported at the later one.</summary>
    public const string DuplicateId = "KAP001";

    /// <summary><c>KAP002</c> (error): An entry has an empty or blank id, so nothing can refer to it.</summary>
    public const string EmptyId = "KAP002";

    /// <summary><c>KAP003</c> (error): The plan has no client goals, no goals or no actions.</summary>
    public const string EmptySection = "KAP003";

    /// <summary><c>KAP004</c> (error): A goal mirrors no client goal: the method asks every goal to mirror the client's goals.</summary>
    public const string GoalMirrorsNoClientGoal = "KAP004";

    /// <summary><c>KAP005</c> (error): A goal mirrors a client goal id the plan does not hold.</summary>
    public const string UnknownClientGoal = "KAP005";

    /// <summary><c>KAP006</c> (warning): A client goal is mirrored by none of our goals.</summary>
    public const string ClientGoalNotMirrored = "KAP006";

    /// <summary><c>KAP007</c> (error): A goal has no measurable target.</summary>
    public const string GoalWithoutTarget = "KAP007";

    /// <summary><c>KAP008</c> (error): A goal's target has an empty metric or unit.</summary>
    public const string TargetNotMeasurable = "KAP008";

    /// <summary><c>KAP009</c> (error): A goal has no deadline (neither a date nor an event).</summary>
    public const string GoalWithoutDeadline = "KAP009";

    /// <summary><c>KAP010</c> (error): A deadline gives both a date and an event, or an offset without an event.</summary>
    public const string AmbiguousDeadline = "KAP010";

    /// <summary><c>KAP011</c> (error): A goal's deadline falls before or after the plan period.</summary>
    public const string DeadlineOutsidePeriod = "KAP011";

    /// <summary><c>KAP012</c> (warning): A goal's deadline is before the date the plan is checked on.</summary>
    public const string DeadlinePassed = "KAP012";

    /// <summary><c>KAP013</c> (error): A deadline is relative to an event id the plan does not hold.</summary>
    public const string UnknownEvent = "KAP013";

    /// <summary><c>KAP014</c> (warning): A deadline is relative to an event whose date is not known, so the deadline cannot be placed.</summary>
    public const string EventDateUnknown = "KAP014";

    /// <summary><c>KAP015</c> (error): An event is the completion of an action id the plan does not hold.</summary>
    public const string UnknownEventAction = "KAP015";

    /// <summary><c>KAP016</c> (error): A deadline offset or a review cadence has time units (hours and less), is negative, or (cadence) is not positive.</summary>
    public const string InvalidPeriod = "KAP016";

    /// <summary><c>KAP017</c> (error): One of the four P's is missing or has neither decisions nor an explicit no change.</summary>
    public const string MixElementNotConsidered = "KAP017";

    /// <summary><c>KAP018</c> (warning): One of the four P's says no change and still lists decisions.</summary>
    public const string NoChangeWithDecisions = "KAP018";

    /// <summary><c>KAP019</c> (error): A decision on one of the four P's serves no goal.</summary>
    public const string DecisionServesNoGoal = "KAP019";

    /// <summary><c>KAP020</c> (error): A decision or an action serves a goal id the plan does not hold.</summary>
    public const string UnknownGoal = "KAP020";

    /// <summary><c>KAP021</c> (error): An action serves no goal.</summary>
    public const string ActionServesNoGoal = "KAP021";

    /// <summary><c>KAP022</c> (error): An action has no owner.</summary>
    public const string ActionWithoutOwner = "KAP022";

    /// <summary><c>KAP023</c> (error): An action starts after its due date.</summary>
    public const string ActionStartAfterDue = "KAP023";

    /// <summary><c>KAP024</c> (error): An action is due after the deadline of a goal it serves.</summary>
    public const string ActionDueAfterGoalDeadline = "KAP024";

    /// <summary><c>KAP025</c> (warning): An action starts before or ends after the plan period.</summary>
    public const string ActionOutsidePeriod = "KAP025";

    /// <summary><c>KAP026</c> (error): An action depends on an action id the plan does not hold.</summary>
    public const string UnknownDependency = "KAP026";

    /// <summary><c>KAP027</c> (error): Actions depend on each other in a cycle, so none of them can start; the message names the cycle.</summary>
    public const string DependencyCycle = "KAP027";

    /// <summary><c>KAP028</c> (error): An action starts on or before the due date of an action it depends on.</summary>
    public const string StartsBeforeDependencyEnds = "KAP028";

    /// <summary><c>KAP029</c> (error): An action uses a resource id the plan's budget does not hold.</summary>
    public const string UnknownResource = "KAP029";

    /// <summary><c>KAP030</c> (error): A budget or a resource use is negative.</summary>
    public const string NegativeAmount = "KAP030";

    /// <summary><c>KAP031</c> (error): The actions together use more of a resource than its total budget.</summary>
    public const string OverBudget = "KAP031";

    /// <summary><c>KAP032</c> (error): In a calendar month the actions use more of a resource than its monthly budget.</summary>
    public const string OverMonthlyBudget = "KAP032";

    /// <summary><c>KAP033</c> (warning): The plan says nothing about how often it is reviewed.</summary>
    public const string NoReviewCadence = "KAP033";

    /// <summary><c>KAP034</c> (warning): An approved plan has not been reviewed within its cadence.</summary>
    public const string ReviewOverdue = "KAP034";

    /// <summary><c>KAP035</c> (warning): The status history goes back in time, is empty for a plan past draft, or does not end in the current status.</summary>
    public const string StatusHistoryInconsistent = "KAP035";

    /// <summary><c>KAP036</c> (error): The plan is marked approved but has errors.</summary>
    public const string ApprovedWithErrors = "KAP036";

    /// <summary><c>KAP037</c> (error): A status or a resource kind is not one of the defined values (a plan's status, a status change's, a budget's kind, a plan review's goal status).</summary>
    public const string UndefinedValue = "KAP037";

    /// <summary><c>KAP038</c> (error): An approved plan's status history does not show it written and then discussed before it was approved (stage 3 of the method).</summary>
    public const string StagesSkipped = "KAP038";

    /// <summary><c>KAP039</c> (warning): The status history goes back a stage (for example discussed, then written).</summary>
    public const string StatusGoesBack = "KAP039";

    /// <summary><c>KAP040</c> (warning): An approved plan was never discussed with anyone from the client: no discussed entry of its history names a client participant.</summary>
    public const string NotDiscussedWithClient = "KAP040";

    /// <summary><c>KAP041</c> (warning): A goal is served by no action.</summary>
    public const string GoalWithoutAction = "KAP041";

    /// <summary><c>KAP042</c> (warning): A goal is served by no decision of the four P's.</summary>
    public const string GoalWithoutDecision = "KAP042";

    /// <summary><c>KAP043</c> (error): An action has no start or no due date.</summary>
    public const string ActionWithoutDates = "KAP043";

    /// <summary><c>KAP044</c> (error): A plan review (<see cref="PlanReviewRecord"/>) names a goal id the plan does not hold, in a goal's review, a decision or an agreed change.</summary>
    public const string UnknownReviewedGoal = "KAP044";

    /// <summary><c>KAP045</c> (warning): A goal of the plan is not in the plan review.</summary>
    public const string GoalNotReviewed = "KAP045";

    /// <summary><c>KAP046</c> (error): A plan review lists one goal twice; reported at the later entry.</summary>
    public const string GoalReviewedTwice = "KAP046";

    /// <summary><c>KAP047</c> (warning): A plan review marks a goal on track or met while the plan's schedule analysis says its actions cannot all be done by its deadline.</summary>
    public const string ReviewContradictsSchedule = "KAP047";

    /// <summary><c>KAP048</c> (warning): A plan review held after a goal's deadline marks it on track or at risk; by then it is met or missed.</summary>
    public const string OpenAfterDeadline = "KAP048";

    /// <summary><c>KAP049</c> (warning): A plan review gives a goal's status without evidence.</summary>
    public const string StatusWithoutEvidence = "KAP049";

    /// <summary><c>KAP050</c> (error): A plan review is for another client than the plan it is checked against.</summary>
    public const string ReviewOfAnotherClient = "KAP050";

    /// <summary><c>KAP051</c> (warning): A plan review names no one who took part, on either side.</summary>
    public const string ReviewWithoutParticipants = "KAP051";

    private static readonly DiagnosticCatalog Catalog = new(
        "KAP",
        new DiagnosticDescriptor(DuplicateId, DiagnosticSeverity.Error, "Two entries of one list (client goals, goals, events, resources or actions) share an id."),
        new DiagnosticDescriptor(EmptyId, DiagnosticSeverity.Error, "An entry has an empty or blank id, so nothing can refer to it."),
        new DiagnosticDescriptor(EmptySection, DiagnosticSeverity.Error, "The plan has no client goals, no goals or no actions."),
        new DiagnosticDescriptor(GoalMirrorsNoClientGoal, DiagnosticSeverity.Error, "A goal mirrors no client goal."),
        new DiagnosticDescriptor(UnknownClientGoal, DiagnosticSeverity.Error, "A goal mirrors a client goal id the plan does not hold."),
        new DiagnosticDescriptor(ClientGoalNotMirrored, DiagnosticSeverity.Warning, "A client goal is mirrored by none of our goals."),
        new DiagnosticDescriptor(GoalWithoutTarget, DiagnosticSeverity.Error, "A goal has no measurable target."),
        new DiagnosticDescriptor(TargetNotMeasurable, DiagnosticSeverity.Error, "A goal's target has an empty metric or unit."),
        new DiagnosticDescriptor(GoalWithoutDeadline, DiagnosticSeverity.Error, "A goal has no deadline (neither a date nor an event)."),
        new DiagnosticDescriptor(AmbiguousDeadline, DiagnosticSeverity.Error, "A deadline gives both a date and an event, or an offset without an event."),
        new DiagnosticDescriptor(DeadlineOutsidePeriod, DiagnosticSeverity.Error, "A goal's deadline falls before or after the plan period."),
        new DiagnosticDescriptor(DeadlinePassed, DiagnosticSeverity.Warning, "A goal's deadline is before the date the plan is checked on."),
        new DiagnosticDescriptor(UnknownEvent, DiagnosticSeverity.Error, "A deadline is relative to an event id the plan does not hold."),
        new DiagnosticDescriptor(EventDateUnknown, DiagnosticSeverity.Warning, "A deadline is relative to an event whose date is not known, so the deadline cannot be placed."),
        new DiagnosticDescriptor(UnknownEventAction, DiagnosticSeverity.Error, "An event is the completion of an action id the plan does not hold."),
        new DiagnosticDescriptor(InvalidPeriod, DiagnosticSeverity.Error, "A deadline offset or a review cadence has time units (hours and less), is negative, or (cadence) is not positive."),
        new DiagnosticDescriptor(MixElementNotConsidered, DiagnosticSeverity.Error, "One of the four P's is missing or has neither decisions nor an explicit no change."),
        new DiagnosticDescriptor(NoChangeWithDecisions, DiagnosticSeverity.Warning, "One of the four P's says no change and still lists decisions."),
        new DiagnosticDescriptor(DecisionServesNoGoal, DiagnosticSeverity.Error, "A decision on one of the four P's serves no goal."),
        new DiagnosticDescriptor(UnknownGoal, DiagnosticSeverity.Error, "A decision or an action serves a goal id the plan does not hold."),
        new DiagnosticDescriptor(ActionServesNoGoal, DiagnosticSeverity.Error, "An action serves no goal."),
        new DiagnosticDescriptor(ActionWithoutOwner, DiagnosticSeverity.Error, "An action has no owner."),
        new DiagnosticDescriptor(ActionStartAfterDue, DiagnosticSeverity.Error, "An action starts after its due date."),
        new DiagnosticDescriptor(ActionDueAfterGoalDeadline, DiagnosticSeverity.Error, "An action is due after the deadline of a goal it serves."),
        new DiagnosticDescriptor(ActionOutsidePeriod, DiagnosticSeverity.Warning, "An action starts before or ends after the plan period."),
        new DiagnosticDescriptor(UnknownDependency, DiagnosticSeverity.Error, "An action depends on an action id the plan does not hold."),
        new DiagnosticDescriptor(DependencyCycle, DiagnosticSeverity.Error, "Actions depend on each other in a cycle, so none of them can start."),
        new DiagnosticDescriptor(StartsBeforeDependencyEnds, DiagnosticSeverity.Error, "An action starts on or before the due date of an action it depends on."),
        new DiagnosticDescriptor(UnknownResource, DiagnosticSeverity.Error, "An action uses a resource id the plan's budget does not hold."),
        new DiagnosticDescriptor(NegativeAmount, DiagnosticSeverity.Error, "A budget or a resource use is negative."),
        new DiagnosticDescriptor(OverBudget, DiagnosticSeverity.Error, "The actions together use more of a resource than its total budget."),
        new DiagnosticDescriptor(OverMonthlyBudget, DiagnosticSeverity.Error, "In a calendar month the actions use more of a resource than its monthly budget."),
        new DiagnosticDescriptor(NoReviewCadence, DiagnosticSeverity.Warning, "The plan says nothing about how often it is reviewed."),
        new DiagnosticDescriptor(ReviewOverdue, DiagnosticSeverity.Warning, "An approved plan has not been reviewed within its cadence."),
        new DiagnosticDescriptor(StatusHistoryInconsistent, DiagnosticSeverity.Warning, "The status history goes back in time, is empty for a plan past draft, or does not end in the current status."),
        new DiagnosticDescriptor(ApprovedWithErrors, DiagnosticSeverity.Error, "The plan is marked approved but has errors."),
        new DiagnosticDescriptor(UndefinedValue, DiagnosticSeverity.Error, "A status or a resource kind is not one of the defined values."),
        new DiagnosticDescriptor(StagesSkipped, DiagnosticSeverity.Error, "The plan was approved without being written and discussed."),
        new DiagnosticDescriptor(StatusGoesBack, DiagnosticSeverity.Warning, "The status history goes back a stage."),
        new DiagnosticDescriptor(NotDiscussedWithClient, DiagnosticSeverity.Warning, "The approved plan was never discussed with the client."),
        new DiagnosticDescriptor(GoalWithoutAction, DiagnosticSeverity.Warning, "A goal is served by no action."),
        new DiagnosticDescriptor(GoalWithoutDecision, DiagnosticSeverity.Warning, "A goal is served by no decision of the four P's."),
        new DiagnosticDescriptor(ActionWithoutDates, DiagnosticSeverity.Error, "An action has no start or due date."),
        new DiagnosticDescriptor(UnknownReviewedGoal, DiagnosticSeverity.Error, "A plan review names a goal id the plan does not hold."),
        new DiagnosticDescriptor(GoalNotReviewed, DiagnosticSeverity.Warning, "A goal of the plan is not in the plan review."),
        new DiagnosticDescriptor(GoalReviewedTwice, DiagnosticSeverity.Error, "A plan review lists one goal twice."),
        new DiagnosticDescriptor(ReviewContradictsSchedule, DiagnosticSeverity.Warning, "A plan review marks a goal on track or met that the schedule says cannot meet its deadline."),
        new DiagnosticDescriptor(OpenAfterDeadline, DiagnosticSeverity.Warning, "A plan review after a goal's deadline marks it on track or at risk."),
        new DiagnosticDescriptor(StatusWithoutEvidence, DiagnosticSeverity.Warning, "A plan review gives a goal's status without evidence."),
        new DiagnosticDescriptor(ReviewOfAnotherClient, DiagnosticSeverity.Error, "A plan review is for another client than the plan."),
        new DiagnosticDescriptor(ReviewWithoutParticipants, DiagnosticSeverity.Warning, "A plan review names no one who took part."));

    /// <summary>Every code of the area, in code order, with its severity and title.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of one code.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a code of this area.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "Planning");
}
