using System;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>The plan review record and its validator: a test per code, the summary, the JSON form.</summary>
public class PlanReviewTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static AccountPlan Plan() => SamplePlans.PublisherAndBookshop(Start);

    /// <summary>A complete review of the sample plan a month in: every goal on track with evidence, both sides present.</summary>
    private static PlanReviewRecord Review(AccountPlan plan) => new(plan.Client, Start.PlusDays(30))
    {
        Title = "First monthly review with the shop owner",
        ClientParticipants = new[] { "shop-owner" },
        OurParticipants = new[] { "u-kam", "u-logistics" },
        Goals = plan.Goals.Select(g => new GoalReview(g.Id, GoalReviewStatus.OnTrack) { Evidence = "Actions on schedule." }).ToArray(),
        Decisions = new[] { new ReviewDecision("Start the survey in the shop first.") { Goals = new[] { "research" } } },
        Changes = new[] { new AgreedChange("Add a postal reminder to the survey.") { Goals = new[] { "research" } } },
    };

    private static PlanReviewRecord WithGoal(PlanReviewRecord review, string goal, Func<GoalReview, GoalReview> edit) =>
        review with { Goals = review.Goals.Select(g => g.Goal == goal ? edit(g) : g).ToArray() };

    private static Diagnostic Single(PlanReviewRecord review, AccountPlan plan) => Assert.Single(PlanReviewValidator.Validate(review, plan));

    [Fact]
    public void A_complete_review_of_the_sample_plan_has_no_diagnostics_and_sums_up()
    {
        var plan = Plan();
        var run = PlanReviewAnalysis.Run(Review(plan), plan);

        Assert.Empty(run.Diagnostics);
        var summary = run.Result!;
        Assert.Equal((3, 0, 0, 0), (summary.OnTrack, summary.AtRisk, summary.Missed, summary.Met));
        Assert.Empty(summary.NotReviewed);
        Assert.Empty(summary.ContradictedBySchedule);
        Assert.True(summary.ScheduleChecked);
        Assert.Equal("The review on " + Wording.Date(Start.PlusDays(30)) + " judged 3 goals (3 on track).", summary.Explanation);
    }

    [Fact]
    public void KAP044_an_unknown_goal_in_a_goals_review_a_decision_or_a_change()
    {
        var plan = Plan();
        var review = Review(plan);
        var unknownInGoals = review with { Goals = review.Goals.Append(new GoalReview("reserch", GoalReviewStatus.AtRisk) { Evidence = "x" }).ToArray() };
        var d = Single(unknownInGoals, plan);
        Assert.Equal((PlanningDiagnosticCodes.UnknownReviewedGoal, "goals[3].goal", DiagnosticSeverity.Error), (d.Code, d.Path, d.Severity));
        Assert.Contains("'reserch'", d.Message, StringComparison.Ordinal);

        var inDecision = review with { Decisions = new[] { new ReviewDecision("d") { Goals = new[] { "research", "nope" } } } };
        Assert.Equal(("KAP044", "decisions[0].goals[1]"), (Single(inDecision, plan).Code, Single(inDecision, plan).Path));

        var inChange = review with { Changes = new[] { new AgreedChange("c") { Goals = new[] { "nope" } } } };
        Assert.Equal(("KAP044", "changes[0].goals[0]"), (Single(inChange, plan).Code, Single(inChange, plan).Path));
    }

    [Fact]
    public void KAP045_a_goal_left_out_of_the_review_is_named_at_goals()
    {
        var plan = Plan();
        var review = Review(plan) with { Goals = Review(plan).Goals.Where(g => g.Goal != "small-orders").ToArray() };
        var d = Single(review, plan);
        Assert.Equal((PlanningDiagnosticCodes.GoalNotReviewed, "goals", DiagnosticSeverity.Warning), (d.Code, d.Path, d.Severity));
        Assert.Contains("'small-orders'", d.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "small-orders" }, PlanReviewAnalysis.Run(review, plan).Result!.NotReviewed);
    }

    [Fact]
    public void KAP046_a_goal_reviewed_twice_is_reported_at_the_later_entry_and_counted_once()
    {
        var plan = Plan();
        var review = Review(plan) with { Goals = Review(plan).Goals.Append(new GoalReview("research", GoalReviewStatus.Met) { Evidence = "x" }).ToArray() };
        var d = Single(review, plan);
        Assert.Equal((PlanningDiagnosticCodes.GoalReviewedTwice, "goals[3].goal", DiagnosticSeverity.Error), (d.Code, d.Path, d.Severity));
        Assert.Equal(0, PlanReviewAnalysis.Run(review, plan).Result!.Met);
    }

    [Fact]
    public void KAP047_a_goal_marked_on_track_or_met_that_the_schedule_says_is_late_is_a_warning()
    {
        // The process design runs 40 days longer, which pushes the pilot past the small-orders deadline.
        var plan = Plan() with { Actions = Plan().Actions.Select(a => a.Id == "process" ? a with { Due = a.Due!.Value.PlusDays(40) } : a).ToArray() };
        var forecast = PlanSchedule.Analyze(plan).Goals.Single(g => g.GoalId == "small-orders");
        Assert.Equal(GoalOutlook.Late, forecast.Outlook);

        foreach (var status in new[] { GoalReviewStatus.OnTrack, GoalReviewStatus.Met })
        {
            var review = WithGoal(Review(plan), "small-orders", g => g with { Status = status });
            var d = Single(review, plan);
            Assert.Equal((PlanningDiagnosticCodes.ReviewContradictsSchedule, "goals[1].status", DiagnosticSeverity.Warning), (d.Code, d.Path, d.Severity));
            Assert.Contains("'pilot'", d.Message, StringComparison.Ordinal);
            Assert.Contains(Wording.Date(forecast.Deadline!.Value), d.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { "small-orders" }, PlanReviewAnalysis.Run(review, plan).Result!.ContradictedBySchedule);
        }

        Assert.Empty(PlanReviewValidator.Validate(WithGoal(Review(plan), "small-orders", g => g with { Status = GoalReviewStatus.AtRisk }), plan));
    }

    [Fact]
    public void KAP047_is_not_judged_when_an_action_has_no_dates_and_the_summary_says_so()
    {
        var late = Plan() with { Actions = Plan().Actions.Select(a => a.Id == "process" ? a with { Due = a.Due!.Value.PlusDays(40) } : a).ToArray() };
        var undated = late with { Actions = late.Actions.Select(a => a.Id == "promote" ? a with { Start = null } : a).ToArray() };
        var run = PlanReviewAnalysis.Run(Review(undated), undated);
        Assert.Empty(run.Diagnostics);
        Assert.False(run.Result!.ScheduleChecked);
        Assert.Contains("not checked against the schedule", run.Result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void KAP048_a_goal_still_on_track_or_at_risk_after_its_deadline()
    {
        var plan = Plan();
        var afterResearch = Review(plan) with { On = Start.PlusDays(91) };
        var d = Single(WithGoal(afterResearch, "research", g => g with { Status = GoalReviewStatus.AtRisk }), plan);
        Assert.Equal((PlanningDiagnosticCodes.OpenAfterDeadline, "goals[0].status", DiagnosticSeverity.Warning), (d.Code, d.Path, d.Severity));
        Assert.Contains(Wording.Date(Start.PlusDays(90)), d.Message, StringComparison.Ordinal);

        Assert.Equal("goals[0].status", Single(afterResearch, plan).Path);
        Assert.Empty(PlanReviewValidator.Validate(WithGoal(afterResearch, "research", g => g with { Status = GoalReviewStatus.Met }), plan));
        Assert.Empty(PlanReviewValidator.Validate(Review(plan) with { On = Start.PlusDays(90) }, plan));
    }

    [Fact]
    public void KAP049_a_status_without_evidence()
    {
        var plan = Plan();
        foreach (var evidence in new[] { null, " " })
        {
            var d = Single(WithGoal(Review(plan), "handicraft-series", g => g with { Evidence = evidence }), plan);
            Assert.Equal((PlanningDiagnosticCodes.StatusWithoutEvidence, "goals[2].evidence", DiagnosticSeverity.Warning), (d.Code, d.Path, d.Severity));
        }
    }

    [Fact]
    public void KAP050_a_review_of_another_clients_plan()
    {
        var plan = Plan();
        var d = Single(Review(plan) with { Client = new ClientId("another-shop") }, plan);
        Assert.Equal((PlanningDiagnosticCodes.ReviewOfAnotherClient, "client", DiagnosticSeverity.Error), (d.Code, d.Path, d.Severity));
    }

    [Fact]
    public void KAP051_a_review_without_participants()
    {
        var plan = Plan();
        var d = Single(Review(plan) with { ClientParticipants = null!, OurParticipants = Array.Empty<string>() }, plan);
        Assert.Equal((PlanningDiagnosticCodes.ReviewWithoutParticipants, "ourParticipants", DiagnosticSeverity.Warning), (d.Code, d.Path, d.Severity));
        Assert.Empty(PlanReviewValidator.Validate(Review(plan) with { ClientParticipants = Array.Empty<string>() }, plan));
    }

    [Fact]
    public void KAP037_an_undefined_status_loads_and_is_reported_and_not_counted()
    {
        var plan = Plan();
        var review = KeyAccountJson.Deserialize<PlanReviewRecord>(KeyAccountJson.Serialize(Review(plan)).Replace("\"OnTrack\"", "7", StringComparison.Ordinal));
        var found = PlanReviewValidator.Validate(review, plan);
        Assert.Equal(3, found.Count);
        Assert.All(found, d => Assert.Equal((PlanningDiagnosticCodes.UndefinedValue, DiagnosticSeverity.Error), (d.Code, d.Severity)));
        Assert.Equal(new[] { "goals[0].status", "goals[1].status", "goals[2].status" }, found.Select(d => d.Path));
        Assert.Equal(0, PlanReviewAnalysis.Run(review, plan).Result!.OnTrack);
    }

    [Fact]
    public void The_review_record_round_trips_through_JSON_and_is_a_registered_document()
    {
        var review = Review(Plan());
        var json = KeyAccountJson.Serialize(review);
        var read = KeyAccountJson.Deserialize<PlanReviewRecord>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(read));
        Assert.Equal(PlanReviewRecord.CurrentFormatVersion, read.FormatVersion);
        Assert.Contains("\"status\": \"OnTrack\"", json, StringComparison.Ordinal);
        Assert.Throws<System.Text.Json.JsonException>(() => KeyAccountJson.Deserialize<PlanReviewRecord>(json.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)));

        var minimal = KeyAccountJson.Deserialize<PlanReviewRecord>("{\"client\": \"bookshop\", \"on\": \"2026-02-04\"}");
        Assert.Empty(minimal.Goals);
        Assert.Equal(1, minimal.FormatVersion);
    }

    [Fact]
    public void Every_code_of_the_review_is_in_the_planning_table_with_its_severity()
    {
        var codes = new[] { "KAP044", "KAP045", "KAP046", "KAP047", "KAP048", "KAP049", "KAP050", "KAP051" };
        var errors = new[] { "KAP044", "KAP046", "KAP050" };
        Assert.All(codes, c => Assert.Equal(errors.Contains(c) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, PlanningDiagnosticCodes.Get(c).Severity));
    }
}
