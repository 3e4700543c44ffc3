using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>One defect injected into a valid plan: the code it must raise and where.</summary>
/// <param name="Code">The diagnostic code expected.</param>
/// <param name="Name">What the defect is.</param>
/// <param name="Inject">Makes the defective plan and the date to check it on from a valid plan and its date; returns the expected path too.</param>
public sealed record PlanDefect(string Code, string Name, Func<AccountPlan, LocalDate, (AccountPlan Plan, LocalDate AsOf, string Path)> Inject)
{
    /// <summary>The name, for test output.</summary>
    public override string ToString() => Code + " " + Name;
}

/// <summary>Every defect the validator knows, each injectable into any valid plan (one with a client goal, a goal, an action and a resource, approved, reviewed monthly).</summary>
public static class PlanDefects
{
    public static IReadOnlyList<PlanDefect> All { get; } = new[]
    {
        D(PlanningDiagnosticCodes.DuplicateId, "two goals with one id", (p, d) => (p with { Goals = p.Goals.Append(p.Goals[0]).ToArray() }, d, "goals[" + N(p.Goals.Count) + "].id")),
        D(PlanningDiagnosticCodes.EmptyId, "a resource with a blank id", (p, d) => (p with { Resources = p.Resources.Append(new ResourceBudget(" ", ResourceKind.Time, "h", 1m)).ToArray() }, d, "resources[" + N(p.Resources.Count) + "].id")),
        D(PlanningDiagnosticCodes.EmptySection, "no actions", (p, d) => (p with { Actions = Array.Empty<PlanAction>() }, d, "actions")),
        D(PlanningDiagnosticCodes.GoalMirrorsNoClientGoal, "a goal mirroring nothing", (p, d) => (Goal(p, 0, g => g with { Mirrors = Array.Empty<string>() }), d, "goals[0].mirrors")),
        D(PlanningDiagnosticCodes.UnknownClientGoal, "a goal mirroring an unknown client goal", (p, d) => (Goal(p, 0, g => g with { Mirrors = g.Mirrors.Append("nobody-wants-this").ToArray() }), d, "goals[0].mirrors[" + N(p.Goals[0].Mirrors.Count) + "]")),
        D(PlanningDiagnosticCodes.ClientGoalNotMirrored, "a client goal nobody serves", (p, d) => (p with { ClientGoals = p.ClientGoals.Append(new ClientGoal("forgotten", "f")).ToArray() }, d, "clientGoals[" + N(p.ClientGoals.Count) + "]")),
        D(PlanningDiagnosticCodes.GoalWithoutTarget, "a goal without target", (p, d) => (Goal(p, 0, g => g with { Target = null }), d, "goals[0].target")),
        D(PlanningDiagnosticCodes.TargetNotMeasurable, "a target without metric", (p, d) => (Goal(p, 0, g => g with { Target = new GoalTarget(" ", "%", 10m) }), d, "goals[0].target.metric")),
        D(PlanningDiagnosticCodes.GoalWithoutDeadline, "a goal without deadline", (p, d) => (Goal(p, 0, g => g with { Deadline = null }), d, "goals[0].deadline")),
        D(PlanningDiagnosticCodes.AmbiguousDeadline, "a deadline with a date and an event", (p, d) => (Goal(p, 0, g => g with { Deadline = new GoalDeadline { On = p.Period.End, Event = p.Events[0].Id, Offset = Period.FromDays(1) } }), d, "goals[0].deadline")),
        D(PlanningDiagnosticCodes.DeadlineOutsidePeriod, "a deadline after the period", (p, d) => (Goal(p, 0, g => g with { Deadline = GoalDeadline.Fixed(p.Period.End.PlusDays(1)) }), d, "goals[0].deadline")),
        D(PlanningDiagnosticCodes.DeadlinePassed, "a deadline before the check date", (p, d) => (Goal(p, 0, g => g with { Deadline = GoalDeadline.Fixed(p.Period.End) }), p.Period.End.PlusDays(1), "goals[0].deadline")),
        D(PlanningDiagnosticCodes.UnknownEvent, "a deadline after an unknown event", (p, d) => (Goal(p, 0, g => g with { Deadline = GoalDeadline.After("no-such-event", Period.FromDays(1)) }), d, "goals[0].deadline.event")),
        D(PlanningDiagnosticCodes.EventDateUnknown, "a deadline after an event of unknown date", (p, d) => (Goal(p with { Events = p.Events.Append(new PlanEvent("someday", "s")).ToArray() }, 0, g => g with { Deadline = GoalDeadline.After("someday", Period.FromMonths(6)) }), d, "goals[0].deadline.event")),
        D(PlanningDiagnosticCodes.UnknownEventAction, "an event tied to an unknown action", (p, d) => (p with { Events = p.Events.Append(new PlanEvent("ghost", "g") { Action = "no-such-action" }).ToArray() }, d, "events[" + N(p.Events.Count) + "].action")),
        D(PlanningDiagnosticCodes.InvalidPeriod, "a review cadence in hours", (p, d) => (p with { ReviewCadence = Period.FromHours(5) }, d, "reviewCadence")),
        D(PlanningDiagnosticCodes.MixElementNotConsidered, "price not considered", (p, d) => (p with { Mix = p.Mix with { Price = null } }, d, "mix.price")),
        D(PlanningDiagnosticCodes.NoChangeWithDecisions, "no change with decisions", (p, d) => (p with { Mix = p.Mix with { Product = new MixElement { NoChange = true, Decisions = new[] { new MixDecision("x") { Serves = new[] { p.Goals[0].Id } } } } } }, d, "mix.product.decisions")),
        D(PlanningDiagnosticCodes.DecisionServesNoGoal, "a decision serving nothing", (p, d) => (p with { Mix = p.Mix with { Product = MixElement.Of(new MixDecision("x")) } }, d, "mix.product.decisions[0].serves")),
        D(PlanningDiagnosticCodes.UnknownGoal, "a decision serving an unknown goal", (p, d) => (p with { Mix = p.Mix with { Place = MixElement.Of(new MixDecision("x") { Serves = new[] { "no-such-goal" } }) } }, d, "mix.place.decisions[0].serves[0]")),
        D(PlanningDiagnosticCodes.ActionServesNoGoal, "an action serving nothing", (p, d) => (Action(p, 0, a => a with { Serves = Array.Empty<string>() }), d, "actions[0].serves")),
        D(PlanningDiagnosticCodes.ActionWithoutOwner, "an action without owner", (p, d) => (Action(p, 0, a => a with { Owner = " " }), d, "actions[0].owner")),
        D(PlanningDiagnosticCodes.ActionStartAfterDue, "an action starting after its due date", (p, d) => (Add(p, new PlanAction("backwards", "b", p.Period.Start.PlusDays(1), p.Period.Start) { Owner = "o", Serves = new[] { p.Goals[0].Id } }), d, "actions[" + N(p.Actions.Count) + "].start")),
        D(PlanningDiagnosticCodes.ActionDueAfterGoalDeadline, "an action due after its goal's deadline", (p, d) =>
        {
            var tight = new PlanGoal("tight", "t") { Mirrors = new[] { p.ClientGoals[0].Id }, Target = new GoalTarget("m", "u", 1m), Deadline = GoalDeadline.Fixed(p.Period.Start.PlusDays(1)) };
            var late = new PlanAction("late", "l", p.Period.Start, p.Period.Start.PlusDays(2)) { Owner = "o", Serves = new[] { "tight" } };
            return (Add(p with { Goals = p.Goals.Append(tight).ToArray() }, late), d, "actions[" + N(p.Actions.Count) + "].due");
        }),
        D(PlanningDiagnosticCodes.ActionOutsidePeriod, "an action starting before the period", (p, d) => (Add(p, new PlanAction("early", "e", p.Period.Start.PlusDays(-1), p.Period.Start) { Owner = "o", Serves = new[] { p.Goals[0].Id } }), d, "actions[" + N(p.Actions.Count) + "].start")),
        D(PlanningDiagnosticCodes.UnknownDependency, "a dependency on an unknown action", (p, d) => (Action(p, 0, a => a with { DependsOn = a.DependsOn.Append("no-such-action").ToArray() }), d, "actions[0].dependsOn[" + N(p.Actions[0].DependsOn.Count) + "]")),
        D(PlanningDiagnosticCodes.DependencyCycle, "two actions depending on each other", (p, d) =>
        {
            PlanAction Loop(string id, string other) => new(id, id, p.Period.Start, p.Period.Start) { Owner = "o", Serves = new[] { p.Goals[0].Id }, DependsOn = new[] { other } };
            return (Add(Add(p, Loop("zz-loop-2", "zz-loop-1")), Loop("zz-loop-1", "zz-loop-2")), d, "actions[" + N(p.Actions.Count + 1) + "].dependsOn");
        }),
        D(PlanningDiagnosticCodes.StartsBeforeDependencyEnds, "an action starting before its dependency is due", (p, d) =>
            (Add(p, new PlanAction("eager", "e", p.Actions[0].Due, p.Actions[0].Due) { Owner = "o", Serves = p.Actions[0].Serves, DependsOn = new[] { p.Actions[0].Id } }), d, "actions[" + N(p.Actions.Count) + "].start")),
        D(PlanningDiagnosticCodes.UnknownResource, "an action using an unknown resource", (p, d) => (Action(p, 0, a => a with { Uses = a.Uses.Append(new ResourceUse("no-such-resource", 1m)).ToArray() }), d, "actions[0].uses[" + N(p.Actions[0].Uses.Count) + "].resource")),
        D(PlanningDiagnosticCodes.NegativeAmount, "a negative use", (p, d) => (Action(p, 0, a => a with { Uses = a.Uses.Append(new ResourceUse(p.Resources[0].Id, -1m)).ToArray() }), d, "actions[0].uses[" + N(p.Actions[0].Uses.Count) + "].amount")),
        D(PlanningDiagnosticCodes.OverBudget, "more used than the total budget", (p, d) => (Add(p, new PlanAction("greedy", "g", p.Period.Start, p.Period.Start) { Owner = "o", Serves = new[] { p.Goals[0].Id }, Uses = new[] { new ResourceUse(p.Resources[0].Id, p.Resources[0].Total + 1m) } }), d, "resources[0].total")),
        D(PlanningDiagnosticCodes.OverMonthlyBudget, "more used in one month than the monthly budget", (p, d) =>
        {
            var monthly = new ResourceBudget("monthly", ResourceKind.Personnel, "person-days", 100m) { PerMonth = 10m };
            var heavy = new PlanAction("heavy", "h", p.Period.Start, p.Period.Start) { Owner = "o", Serves = new[] { p.Goals[0].Id }, Uses = new[] { new ResourceUse("monthly", 11m) } };
            return (Add(p with { Resources = p.Resources.Append(monthly).ToArray() }, heavy), d, "resources[" + N(p.Resources.Count) + "].perMonth");
        }),
        D(PlanningDiagnosticCodes.NoReviewCadence, "no review cadence", (p, d) => (p with { ReviewCadence = null }, d, "reviewCadence")),
        D(PlanningDiagnosticCodes.ReviewOverdue, "no review for two months", (p, d) => (p, p.Period.Start.PlusMonths(2), "reviews")),
        D(PlanningDiagnosticCodes.StatusHistoryInconsistent, "history ending in another status", (p, d) => (p with { StatusHistory = p.StatusHistory.Append(new PlanStatusChange(PlanStatus.Draft, p.Period.Start)).ToArray() }, d, "status")),
        D(PlanningDiagnosticCodes.ApprovedWithErrors, "an approved plan with an error", (p, d) => (Action(p, 0, a => a with { Owner = null }), d, "status")),
        D(PlanningDiagnosticCodes.UndefinedValue, "an undefined resource kind", (p, d) => (p with { Resources = p.Resources.Append(new ResourceBudget("odd", (ResourceKind)7, "u", 1m)).ToArray() }, d, "resources[" + N(p.Resources.Count) + "].kind")),
        D(PlanningDiagnosticCodes.StagesSkipped, "approved straight from draft", (p, d) => (p with { StatusHistory = new[] { p.StatusHistory[0], p.StatusHistory[p.StatusHistory.Count - 1] } }, d, "statusHistory")),
        D(PlanningDiagnosticCodes.StatusGoesBack, "written again after discussed", (p, d) =>
        {
            var discussed = Discussed(p);
            var history = p.StatusHistory.ToList();
            history.Insert(discussed + 1, new PlanStatusChange(PlanStatus.Written, history[discussed].On));
            return (p with { StatusHistory = history }, d, "statusHistory[" + N(discussed + 1) + "].status");
        }),
        D(PlanningDiagnosticCodes.NotDiscussedWithClient, "discussed only internally", (p, d) =>
        {
            var discussed = Discussed(p);
            return (p with { StatusHistory = p.StatusHistory.Select((h, i) => i == discussed ? h with { ClientParticipants = Array.Empty<string>(), Note = "Discussed with editorial, logistics and marketing." } : h).ToArray() }, d, "statusHistory[" + N(discussed) + "].clientParticipants");
        }),
        D(PlanningDiagnosticCodes.GoalWithoutAction, "a goal no action serves", (p, d) => (WithLonelyGoal(p), d, "goals[" + N(p.Goals.Count) + "]")),
        D(PlanningDiagnosticCodes.GoalWithoutDecision, "a goal no decision serves", (p, d) => (WithLonelyGoal(p), d, "goals[" + N(p.Goals.Count) + "]")),
        D(PlanningDiagnosticCodes.ActionWithoutDates, "an action without a due date", (p, d) => (Action(p, 0, a => a with { Due = null }), d, "actions[0].due")),
    };

    private static int Discussed(AccountPlan plan) => plan.StatusHistory.Select((h, i) => (h, i)).First(x => x.h.Status == PlanStatus.Discussed).i;

    private static AccountPlan WithLonelyGoal(AccountPlan plan) =>
        plan with { Goals = plan.Goals.Append(new PlanGoal("lonely", "a goal nothing serves") { Mirrors = new[] { plan.ClientGoals[0].Id }, Target = new GoalTarget("m", "u", 1m), Deadline = GoalDeadline.Fixed(plan.Period.End) }).ToArray() };

    private static PlanDefect D(string code, string name, Func<AccountPlan, LocalDate, (AccountPlan, LocalDate, string)> inject) => new(code, name, inject);

    private static string N(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static AccountPlan Goal(AccountPlan plan, int index, Func<PlanGoal, PlanGoal> change) =>
        plan with { Goals = plan.Goals.Select((g, i) => i == index ? change(g) : g).ToArray() };

    private static AccountPlan Action(AccountPlan plan, int index, Func<PlanAction, PlanAction> change) =>
        plan with { Actions = plan.Actions.Select((a, i) => i == index ? change(a) : a).ToArray() };

    private static AccountPlan Add(AccountPlan plan, PlanAction action) =>
        plan with { Actions = plan.Actions.Append(action).ToArray() };
}
