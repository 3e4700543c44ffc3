using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>One defect injected into a complete review of a valid plan: the code it must raise and where.</summary>
/// <param name="Code">The diagnostic code expected.</param>
/// <param name="Name">What the defect is.</param>
/// <param name="Inject">Makes the defective review (and the plan it is checked against) from a valid plan and its complete review; returns the expected path too.</param>
public sealed record PlanReviewDefect(string Code, string Name, Func<AccountPlan, PlanReviewRecord, (PlanReviewRecord Review, AccountPlan Plan, string Path)> Inject)
{
    /// <summary>The name, for test output.</summary>
    public override string ToString() => Code + " " + Name;
}

/// <summary>Every defect of a plan review, each injectable into the complete review of any valid plan.</summary>
public static class PlanReviewDefects
{
    /// <summary>A review with nothing to report: every goal on track with evidence, both sides present, held on the plan's first day (before every deadline).</summary>
    public static PlanReviewRecord Complete(AccountPlan plan) => new(plan.Client, plan.Period.Start)
    {
        ClientParticipants = new[] { "buyer" },
        OurParticipants = new[] { "kam" },
        Goals = plan.Goals.Select(g => new GoalReview(g.Id, GoalReviewStatus.OnTrack) { Evidence = "on schedule" }).ToArray(),
        Decisions = new[] { new ReviewDecision("carry on") { Goals = new[] { plan.Goals[0].Id } } },
        Changes = new[] { new AgreedChange("nothing to change") { Goals = plan.Goals.Select(g => g.Id).ToArray() } },
    };

    public static IReadOnlyList<PlanReviewDefect> All { get; } = new[]
    {
        D(PlanningDiagnosticCodes.UnknownReviewedGoal, "a goal the plan does not hold", (p, r) => (r with { Goals = r.Goals.Append(new GoalReview("no-such-goal", GoalReviewStatus.AtRisk) { Evidence = "e" }).ToArray() }, p, "goals[" + r.Goals.Count + "].goal")),
        D(PlanningDiagnosticCodes.UnknownReviewedGoal, "a decision about an unknown goal", (p, r) => (r with { Decisions = new[] { new ReviewDecision("d") { Goals = new[] { "no-such-goal" } } } }, p, "decisions[0].goals[0]")),
        D(PlanningDiagnosticCodes.GoalNotReviewed, "a goal left out", (p, r) => (r with { Goals = r.Goals.Skip(1).ToArray() }, p, "goals")),
        D(PlanningDiagnosticCodes.GoalReviewedTwice, "a goal reviewed twice", (p, r) => (r with { Goals = r.Goals.Append(r.Goals[0]).ToArray() }, p, "goals[" + r.Goals.Count + "].goal")),
        D(PlanningDiagnosticCodes.ReviewContradictsSchedule, "on track with a deadline before its actions can finish", (p, r) =>
        {
            var deadline = p.Actions.Where(a => a.Serves.Contains(p.Goals[0].Id)).Min(a => a.Start!.Value).PlusDays(-1);
            var late = p with { Goals = p.Goals.Select((g, i) => i == 0 ? g with { Deadline = GoalDeadline.Fixed(deadline) } : g).ToArray() };
            return (r with { On = deadline }, late, "goals[0].status");
        }),
        D(PlanningDiagnosticCodes.OpenAfterDeadline, "at risk long after every deadline", (p, r) => (r with { On = p.Period.End.PlusDays(1000), Goals = r.Goals.Select((g, i) => g with { Status = i == 0 ? GoalReviewStatus.AtRisk : GoalReviewStatus.Met }).ToArray() }, p, "goals[0].status")),
        D(PlanningDiagnosticCodes.StatusWithoutEvidence, "a status without evidence", (p, r) => (r with { Goals = r.Goals.Select((g, i) => i == 0 ? g with { Evidence = null } : g).ToArray() }, p, "goals[0].evidence")),
        D(PlanningDiagnosticCodes.ReviewOfAnotherClient, "a review of another client", (p, r) => (r with { Client = new ClientId(p.Client.Value + "-other") }, p, "client")),
        D(PlanningDiagnosticCodes.ReviewWithoutParticipants, "nobody took part", (p, r) => (r with { ClientParticipants = Array.Empty<string>(), OurParticipants = Array.Empty<string>() }, p, "ourParticipants")),
        D(PlanningDiagnosticCodes.UndefinedValue, "an undefined status", (p, r) => (r with { Goals = r.Goals.Select((g, i) => i == 0 ? g with { Status = (GoalReviewStatus)9 } : g).ToArray() }, p, "goals[0].status")),
    };

    private static PlanReviewDefect D(string code, string name, Func<AccountPlan, PlanReviewRecord, (PlanReviewRecord, AccountPlan, string)> inject) => new(code, name, inject);
}

[Properties(Arbitrary = new[] { typeof(PlanGenerators) }, MaxTest = 80)]
public class PlanReviewPropertyTests
{
    [Property]
    public bool A_complete_review_of_a_valid_plan_has_no_diagnostics_and_counts_every_goal(CheckedPlan valid)
    {
        var run = PlanReviewAnalysis.Run(PlanReviewDefects.Complete(valid.Plan), valid.Plan);
        return run.Diagnostics.Count == 0 && run.Result!.OnTrack == valid.Plan.Goals.Count && run.Result.ScheduleChecked && run.Result.ContradictedBySchedule.Count == 0;
    }

    [Property]
    public bool Each_injected_defect_gives_its_code_at_its_path(CheckedPlan valid, PositiveInt pick)
    {
        var defect = PlanReviewDefects.All[pick.Get % PlanReviewDefects.All.Count];
        var (review, plan, path) = defect.Inject(valid.Plan, PlanReviewDefects.Complete(valid.Plan));
        var found = PlanReviewValidator.Validate(review, plan);
        return found.Any(d => d.Code == defect.Code && d.Path == path && d.Severity == PlanningDiagnosticCodes.Get(defect.Code).Severity)
            && found.All(d => d.Code == defect.Code);
    }

    [Property(MaxTest = 200)]
    public bool The_review_check_never_throws_on_any_loadable_plan(AnyPlan any, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var ids = any.Plan.Goals.Select(g => g.Id).Append("x").ToArray();
        var review = new PlanReviewRecord(any.Plan.Client, any.AsOf)
        {
            Goals = Enumerable.Range(0, random.Next(0, 6)).Select(_ => new GoalReview(ids[random.Next(ids.Length)], (GoalReviewStatus)random.Next(0, 5)) { Evidence = random.Next(2) == 0 ? null : "e" }).ToArray(),
        };
        var run = PlanReviewAnalysis.Run(review, any.Plan);
        var summary = run.Result!;
        return summary.OnTrack + summary.AtRisk + summary.Missed + summary.Met <= any.Plan.Goals.Count
            && summary.NotReviewed.All(id => any.Plan.Goals.Any(g => g.Id == id));
    }
}
