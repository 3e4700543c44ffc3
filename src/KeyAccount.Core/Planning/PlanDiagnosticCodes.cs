using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Core.Planning;

/// <summary>
/// The plan validator's codes under their former name; use <see cref="PlanningDiagnosticCodes"/>.
/// </summary>
/// <remarks>Kept for one release: the constants, <see cref="All"/> and <see cref="SeverityOf"/> forward to <see cref="PlanningDiagnosticCodes"/>.</remarks>
[Obsolete("Use PlanningDiagnosticCodes: the same constants, All as descriptors and Get(code).")]
public static class PlanDiagnosticCodes
{
    /// <summary><c>KAP001</c>: see <see cref="PlanningDiagnosticCodes.DuplicateId"/>.</summary>
    public const string DuplicateId = PlanningDiagnosticCodes.DuplicateId;

    /// <summary><c>KAP002</c>: see <see cref="PlanningDiagnosticCodes.EmptyId"/>.</summary>
    public const string EmptyId = PlanningDiagnosticCodes.EmptyId;

    /// <summary><c>KAP003</c>: see <see cref="PlanningDiagnosticCodes.EmptySection"/>.</summary>
    public const string EmptySection = PlanningDiagnosticCodes.EmptySection;

    /// <summary><c>KAP004</c>: see <see cref="PlanningDiagnosticCodes.GoalMirrorsNoClientGoal"/>.</summary>
    public const string GoalMirrorsNoClientGoal = PlanningDiagnosticCodes.GoalMirrorsNoClientGoal;

    /// <summary><c>KAP005</c>: see <see cref="PlanningDiagnosticCodes.UnknownClientGoal"/>.</summary>
    public const string UnknownClientGoal = PlanningDiagnosticCodes.UnknownClientGoal;

    /// <summary><c>KAP006</c>: see <see cref="PlanningDiagnosticCodes.ClientGoalNotMirrored"/>.</summary>
    public const string ClientGoalNotMirrored = PlanningDiagnosticCodes.ClientGoalNotMirrored;

    /// <summary><c>KAP007</c>: see <see cref="PlanningDiagnosticCodes.GoalWithoutTarget"/>.</summary>
    public const string GoalWithoutTarget = PlanningDiagnosticCodes.GoalWithoutTarget;

    /// <summary><c>KAP008</c>: see <see cref="PlanningDiagnosticCodes.TargetNotMeasurable"/>.</summary>
    public const string TargetNotMeasurable = PlanningDiagnosticCodes.TargetNotMeasurable;

    /// <summary><c>KAP009</c>: see <see cref="PlanningDiagnosticCodes.GoalWithoutDeadline"/>.</summary>
    public const string GoalWithoutDeadline = PlanningDiagnosticCodes.GoalWithoutDeadline;

    /// <summary><c>KAP010</c>: see <see cref="PlanningDiagnosticCodes.AmbiguousDeadline"/>.</summary>
    public const string AmbiguousDeadline = PlanningDiagnosticCodes.AmbiguousDeadline;

    /// <summary><c>KAP011</c>: see <see cref="PlanningDiagnosticCodes.DeadlineOutsidePeriod"/>.</summary>
    public const string DeadlineOutsidePeriod = PlanningDiagnosticCodes.DeadlineOutsidePeriod;

    /// <summary><c>KAP012</c>: see <see cref="PlanningDiagnosticCodes.DeadlinePassed"/>.</summary>
    public const string DeadlinePassed = PlanningDiagnosticCodes.DeadlinePassed;

    /// <summary><c>KAP013</c>: see <see cref="PlanningDiagnosticCodes.UnknownEvent"/>.</summary>
    public const string UnknownEvent = PlanningDiagnosticCodes.UnknownEvent;

    /// <summary><c>KAP014</c>: see <see cref="PlanningDiagnosticCodes.EventDateUnknown"/>.</summary>
    public const string EventDateUnknown = PlanningDiagnosticCodes.EventDateUnknown;

    /// <summary><c>KAP015</c>: see <see cref="PlanningDiagnosticCodes.UnknownEventAction"/>.</summary>
    public const string UnknownEventAction = PlanningDiagnosticCodes.UnknownEventAction;

    /// <summary><c>KAP016</c>: see <see cref="PlanningDiagnosticCodes.InvalidPeriod"/>.</summary>
    public const string InvalidPeriod = PlanningDiagnosticCodes.InvalidPeriod;

    /// <summary><c>KAP017</c>: see <see cref="PlanningDiagnosticCodes.MixElementNotConsidered"/>.</summary>
    public const string MixElementNotConsidered = PlanningDiagnosticCodes.MixElementNotConsidered;

    /// <summary><c>KAP018</c>: see <see cref="PlanningDiagnosticCodes.NoChangeWithDecisions"/>.</summary>
    public const string NoChangeWithDecisions = PlanningDiagnosticCodes.NoChangeWithDecisions;

    /// <summary><c>KAP019</c>: see <see cref="PlanningDiagnosticCodes.DecisionServesNoGoal"/>.</summary>
    public const string DecisionServesNoGoal = PlanningDiagnosticCodes.DecisionServesNoGoal;

    /// <summary><c>KAP020</c>: see <see cref="PlanningDiagnosticCodes.UnknownGoal"/>.</summary>
    public const string UnknownGoal = PlanningDiagnosticCodes.UnknownGoal;

    /// <summary><c>KAP021</c>: see <see cref="PlanningDiagnosticCodes.ActionServesNoGoal"/>.</summary>
    public const string ActionServesNoGoal = PlanningDiagnosticCodes.ActionServesNoGoal;

    /// <summary><c>KAP022</c>: see <see cref="PlanningDiagnosticCodes.ActionWithoutOwner"/>.</summary>
    public const string ActionWithoutOwner = PlanningDiagnosticCodes.ActionWithoutOwner;

    /// <summary><c>KAP023</c>: see <see cref="PlanningDiagnosticCodes.ActionStartAfterDue"/>.</summary>
    public const string ActionStartAfterDue = PlanningDiagnosticCodes.ActionStartAfterDue;

    /// <summary><c>KAP024</c>: see <see cref="PlanningDiagnosticCodes.ActionDueAfterGoalDeadline"/>.</summary>
    public const string ActionDueAfterGoalDeadline = PlanningDiagnosticCodes.ActionDueAfterGoalDeadline;

    /// <summary><c>KAP025</c>: see <see cref="PlanningDiagnosticCodes.ActionOutsidePeriod"/>.</summary>
    public const string ActionOutsidePeriod = PlanningDiagnosticCodes.ActionOutsidePeriod;

    /// <summary><c>KAP026</c>: see <see cref="PlanningDiagnosticCodes.UnknownDependency"/>.</summary>
    public const string UnknownDependency = PlanningDiagnosticCodes.UnknownDependency;

    /// <summary><c>KAP027</c>: see <see cref="PlanningDiagnosticCodes.DependencyCycle"/>.</summary>
    public const string DependencyCycle = PlanningDiagnosticCodes.DependencyCycle;

    /// <summary><c>KAP028</c>: see <see cref="PlanningDiagnosticCodes.StartsBeforeDependencyEnds"/>.</summary>
    public const string StartsBeforeDependencyEnds = PlanningDiagnosticCodes.StartsBeforeDependencyEnds;

    /// <summary><c>KAP029</c>: see <see cref="PlanningDiagnosticCodes.UnknownResource"/>.</summary>
    public const string UnknownResource = PlanningDiagnosticCodes.UnknownResource;

    /// <summary><c>KAP030</c>: see <see cref="PlanningDiagnosticCodes.NegativeAmount"/>.</summary>
    public const string NegativeAmount = PlanningDiagnosticCodes.NegativeAmount;

    /// <summary><c>KAP031</c>: see <see cref="PlanningDiagnosticCodes.OverBudget"/>.</summary>
    public const string OverBudget = PlanningDiagnosticCodes.OverBudget;

    /// <summary><c>KAP032</c>: see <see cref="PlanningDiagnosticCodes.OverMonthlyBudget"/>.</summary>
    public const string OverMonthlyBudget = PlanningDiagnosticCodes.OverMonthlyBudget;

    /// <summary><c>KAP033</c>: see <see cref="PlanningDiagnosticCodes.NoReviewCadence"/>.</summary>
    public const string NoReviewCadence = PlanningDiagnosticCodes.NoReviewCadence;

    /// <summary><c>KAP034</c>: see <see cref="PlanningDiagnosticCodes.ReviewOverdue"/>.</summary>
    public const string ReviewOverdue = PlanningDiagnosticCodes.ReviewOverdue;

    /// <summary><c>KAP035</c>: see <see cref="PlanningDiagnosticCodes.StatusHistoryInconsistent"/>.</summary>
    public const string StatusHistoryInconsistent = PlanningDiagnosticCodes.StatusHistoryInconsistent;

    /// <summary><c>KAP036</c>: see <see cref="PlanningDiagnosticCodes.ApprovedWithErrors"/>.</summary>
    public const string ApprovedWithErrors = PlanningDiagnosticCodes.ApprovedWithErrors;

    /// <summary><c>KAP037</c>: see <see cref="PlanningDiagnosticCodes.UndefinedValue"/>.</summary>
    public const string UndefinedValue = PlanningDiagnosticCodes.UndefinedValue;

    /// <summary>Every code of the validator, in code order (the codes of <see cref="PlanningDiagnosticCodes.All"/>).</summary>
    public static IReadOnlyList<string> All { get; } = PlanningDiagnosticCodes.All.Select(d => d.Code).ToArray();

    /// <summary>The severity the validator gives each code.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a plan validator code.</exception>
    public static DiagnosticSeverity SeverityOf(string code) => PlanningDiagnosticCodes.Get(code).Severity;
}
