using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>
/// The plan review records and the rules of internal communication inside the account document:
/// checked at their paths, the current review against the account's plan, the earlier ones for what
/// they hold themselves, and both in the account's state, review and health.
/// </summary>
public class ReviewsInTheAccountTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private static AccountDocument Sample() => SampleAccounts.PublisherAndBookshop();

    private static PlanReviewRecord SampleReview() => Sample().PlanReviews[0];

    private static AccountDocument WithReviews(params PlanReviewRecord[] reviews) => HeldDocumentTests.With(Sample(), planReviews: reviews);

    private static IReadOnlyList<Diagnostic> Validate(AccountDocument account, LocalDate? asOf = null) => AccountValidator.Validate(account, asOf ?? March31);

    private static void HasCodeAt(IReadOnlyList<Diagnostic> diagnostics, string code, string path) =>
        Assert.True(diagnostics.Any(d => d.Code == code && d.Path == path), "expected " + code + " at " + path + "; got: " + string.Join(" | ", diagnostics));

    private static void HasNoCode(IReadOnlyList<Diagnostic> diagnostics, string code, string pathStart) =>
        Assert.False(diagnostics.Any(d => d.Code == code && d.Path.StartsWith(pathStart, StringComparison.Ordinal)), "did not expect " + code + " under " + pathStart + "; got: " + string.Join(" | ", diagnostics));

    /// <summary>The sample plan with the research report finishing after the research goal's deadline (day 90).</summary>
    private static AccountPlan LatePlan()
    {
        var plan = Sample().Plan!;
        return plan with { Actions = plan.Actions.Select(a => a.Id == "report" ? a with { Due = a.Start!.Value.PlusDays(40) } : a).ToArray() };
    }

    private static PlanReviewRecord WithGoal(PlanReviewRecord review, string goal, Func<GoalReview, GoalReview> edit) =>
        review with { Goals = review.Goals.Select(g => g.Goal == goal ? edit(g) : g).ToArray() };

    [Fact]
    public void The_sample_holds_a_review_that_agrees_with_its_plan_and_rules_whose_findings_the_state_shows()
    {
        var account = Sample();
        var run = AccountAnalysis.Run(account, March31);
        Assert.False(run.Diagnostics.HasErrors(), string.Join(" | ", run.Diagnostics));
        Assert.DoesNotContain(run.Diagnostics, d => d.Path.StartsWith("planReviews", StringComparison.Ordinal) || d.Path.StartsWith("internalCommunication", StringComparison.Ordinal));

        var view = Assert.Single(run.Result!.PlanReviews);
        Assert.Equal("planReviews[0]", view.Path);
        Assert.Same(account.PlanReviews[0], view.Review);
        Assert.Equal((2, 1, 0, 0), (view.Summary.OnTrack, view.Summary.AtRisk, view.Summary.Missed, view.Summary.Met));
        Assert.Empty(view.Diagnostics);
        Assert.Contains(view.Summary.Explanation, view.Explanation, StringComparison.Ordinal);

        var notices = run.Result.InternalCommunication!;
        var direct = KeyAccount.Core.Accounts.InternalCommunication.Check(account, March31, account.InternalCommunication, account.Relationships);
        Assert.Equal((direct.Events, direct.InTime, direct.Explanation), (notices.Events, notices.InTime, notices.Explanation));
        Assert.Equal(direct.Findings, notices.Findings);
        var missing = Assert.Single(notices.Findings, f => f.Code == InternalCommunicationCodes.NoticeMissing);
        Assert.Equal(("series-to-editorial", "d-4", "diary[3]"), (missing.Rule, missing.Subject, missing.Path));
        var late = Assert.Single(notices.Findings, f => f.Code == InternalCommunicationCodes.NoticeLate);
        Assert.Equal(("commitment-to-delivery", "c-1"), (late.Rule, late.Subject));
        Assert.Contains("Internal communication (the account's rules)", run.Result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_marking_on_track_a_goal_the_schedule_cannot_meet_is_a_warning_at_its_path_in_the_state_and_in_health()
    {
        var review = WithGoal(SampleReview(), "research", g => g with { Status = GoalReviewStatus.OnTrack });
        var account = HeldDocumentTests.With(Sample(), plan: LatePlan(), planReviews: new[] { review });
        var index = review.Goals.ToList().FindIndex(g => g.Goal == "research");
        var path = "planReviews[0].goals[" + index + "].status";

        var diagnostics = Validate(account);
        HasCodeAt(diagnostics, PlanningDiagnosticCodes.ReviewContradictsSchedule, path);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.First(d => d.Path == path).Severity);

        var view = Assert.Single(AccountAnalysis.Analyze(account, March31).PlanReviews);
        Assert.Equal(new[] { "research" }, view.Summary.ContradictedBySchedule);
        Assert.Contains(view.Diagnostics, d => d.Code == PlanningDiagnosticCodes.ReviewContradictsSchedule && d.Path == path);

        var plan = HealthScorecard.Score(account, March31).Component(HealthComponentKind.Plan);
        var fact = Assert.Single(plan.Facts, f => f.Key == PlanningDiagnosticCodes.ReviewContradictsSchedule + "@" + path);
        Assert.Equal(5m, fact.Points);

        // Marked at risk, the review agrees with the schedule: the warning and its points go.
        var honest = HeldDocumentTests.With(account, planReviews: new[] { WithGoal(review, "research", g => g with { Status = GoalReviewStatus.AtRisk }) });
        HasNoCode(Validate(honest), PlanningDiagnosticCodes.ReviewContradictsSchedule, "planReviews");
        Assert.True(HealthScorecard.Score(honest, March31).Component(HealthComponentKind.Plan).Score > plan.Score);
    }

    [Fact]
    public void Only_the_current_review_is_checked_against_the_plan_earlier_ones_for_what_they_hold()
    {
        // An earlier review names a goal the plan no longer holds and leaves out the others: history, not a defect.
        var earlier = new PlanReviewRecord(new ClientId("bookshop"), new LocalDate(2026, 2, 2))
        {
            OurParticipants = new[] { "kam" },
            Goals = new[] { new GoalReview("old-goal", GoalReviewStatus.Missed) { Evidence = "dropped" }, new GoalReview("research", GoalReviewStatus.OnTrack), new GoalReview("research", GoalReviewStatus.AtRisk) { Evidence = "twice" } },
        };
        var diagnostics = Validate(WithReviews(earlier, SampleReview()));
        HasNoCode(diagnostics, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0]");
        HasNoCode(diagnostics, PlanningDiagnosticCodes.GoalNotReviewed, "planReviews[0]");
        HasCodeAt(diagnostics, PlanningDiagnosticCodes.StatusWithoutEvidence, "planReviews[0].goals[1].evidence");
        HasCodeAt(diagnostics, PlanningDiagnosticCodes.GoalReviewedTwice, "planReviews[0].goals[2].goal");

        // As the only (so current) review, it is checked against the plan.
        var alone = Validate(WithReviews(earlier));
        HasCodeAt(alone, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0].goals[0].goal");
        HasCodeAt(alone, PlanningDiagnosticCodes.GoalNotReviewed, "planReviews[0].goals");

        // Before the later review is held, the earlier one is the current one.
        HasCodeAt(Validate(WithReviews(earlier, SampleReview()), new LocalDate(2026, 2, 20)), PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0].goals[0].goal");
        Assert.Empty(AccountAnalysis.Analyze(WithReviews(SampleReview()), new LocalDate(2026, 3, 1)).PlanReviews);
    }

    [Fact]
    public void Reviews_of_one_day_are_all_current_whatever_their_order()
    {
        var other = SampleReview() with { Goals = SampleReview().Goals.Append(new GoalReview("unknown", GoalReviewStatus.Met) { Evidence = "x" }).ToArray() };
        var a = Validate(WithReviews(SampleReview(), other));
        var b = Validate(WithReviews(other, SampleReview()));
        HasCodeAt(a, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[1].goals[3].goal");
        HasCodeAt(b, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0].goals[3].goal");
        Assert.Equal(2, AccountAnalysis.Analyze(WithReviews(other, SampleReview()), March31).PlanReviews.Count);
    }

    [Fact]
    public void A_goal_the_current_reviews_own_agreed_change_names_and_the_plan_no_longer_holds_is_changed_as_agreed()
    {
        var review = SampleReview() with
        {
            Goals = SampleReview().Goals.Append(new GoalReview("catalogue", GoalReviewStatus.Missed) { Evidence = "No slot left in the spring catalogue." }).ToArray(),
            Changes = new[] { new AgreedChange("Drop the catalogue goal.") { Goals = new[] { "catalogue" } } },
            Decisions = new[] { new ReviewDecision("Stop the catalogue work.") { Goals = new[] { "catalogue", "typo" } } },
        };
        var diagnostics = Validate(WithReviews(review));
        HasNoCode(diagnostics, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0].goals");
        HasNoCode(diagnostics, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0].changes");
        HasNoCode(diagnostics, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0].decisions[0].goals[0]");
        HasCodeAt(diagnostics, PlanningDiagnosticCodes.UnknownReviewedGoal, "planReviews[0].decisions[0].goals[1]");
        var summary = Assert.Single(AccountAnalysis.Analyze(WithReviews(review), March31).PlanReviews).Summary;
        Assert.Equal(0, summary.Missed);

        // The review on its own, against the plan, still reports it: the account knows the plan changed since.
        Assert.Contains(PlanReviewValidator.Validate(review, Sample().Plan!), d => d.Code == PlanningDiagnosticCodes.UnknownReviewedGoal && d.Path == "goals[3].goal");
    }

    [Fact]
    public void Without_a_plan_the_current_review_names_goals_that_cannot_be_checked()
    {
        var account = HeldDocumentTests.With(Sample(), dropPlan: true, planReviews: new[] { SampleReview() with { On = new LocalDate(2026, 1, 20) }, SampleReview() });
        var diagnostics = Validate(account);
        HasCodeAt(diagnostics, AccountsDiagnosticCodes.ReferenceNotCheckable, "planReviews[1]");
        Assert.DoesNotContain(diagnostics, d => d.Code == AccountsDiagnosticCodes.ReferenceNotCheckable && d.Path == "planReviews[0]");
        Assert.Contains("3 goals", diagnostics.First(d => d.Path == "planReviews[1]").Message, StringComparison.Ordinal);
        Assert.Empty(AccountAnalysis.Analyze(account, March31).PlanReviews);
    }

    [Fact]
    public void A_review_of_another_client_is_KAA018_and_is_not_checked_against_the_plan()
    {
        var diagnostics = Validate(WithReviews(SampleReview() with { Client = new ClientId("other-shop") }));
        HasCodeAt(diagnostics, AccountsDiagnosticCodes.ClientMismatch, "planReviews[0].client");
        HasNoCode(diagnostics, PlanningDiagnosticCodes.ReviewOfAnotherClient, "planReviews");
    }

    [Fact]
    public void A_review_participant_who_is_neither_on_our_team_nor_among_the_clients_people_is_KAA004()
    {
        var review = SampleReview() with { OurParticipants = new[] { "kam", "nobody" }, ClientParticipants = new[] { "owner", "stranger" } };
        var diagnostics = Validate(WithReviews(review));
        HasCodeAt(diagnostics, AccountsDiagnosticCodes.UnknownPerson, "planReviews[0].ourParticipants[1]");
        HasCodeAt(diagnostics, AccountsDiagnosticCodes.UnknownPerson, "planReviews[0].clientParticipants[1]");
        Assert.Equal(2, diagnostics.Count(d => d.Code == AccountsDiagnosticCodes.UnknownPerson && d.Path.StartsWith("planReviews", StringComparison.Ordinal)));

        // Without a map the client's people are not known, as for the diary's participants.
        var unmapped = Validate(HeldDocumentTests.With(Sample(), dropMap: true, planReviews: new[] { review }));
        HasNoCode(unmapped, AccountsDiagnosticCodes.UnknownPerson, "planReviews[0].clientParticipants");
        HasCodeAt(unmapped, AccountsDiagnosticCodes.UnknownPerson, "planReviews[0].ourParticipants[1]");
    }

    [Fact]
    public void Rules_of_internal_communication_with_errors_are_reported_under_their_path_and_leave_the_state_without_a_report()
    {
        var rules = new InternalCommunicationSettings(new[]
        {
            InternalCommunicationSettings.DefaultRules[0],
            new InternalNoticeRule("to-nobody", NoticeTrigger.Decision) { Within = Period.FromHours(5), Function = "finance" },
        });
        var account = HeldDocumentTests.With(Sample(), internalCommunication: rules);
        var run = AccountAnalysis.Run(account, March31);
        HasCodeAt(run.Diagnostics, InternalCommunicationCodes.InvalidWindow, "internalCommunication.rules[1].within");
        Assert.NotNull(run.Result);
        Assert.Null(run.Result!.InternalCommunication);
        Assert.Contains("Internal communication is not checked", run.Result.Explanation, StringComparison.Ordinal);
        var review = AccountReview.Run(account, March31).Result!;
        Assert.Null(review.InternalCommunication);
        Assert.True(review.HasErrors);
    }

    [Fact]
    public void Without_rules_of_its_own_the_account_is_checked_against_the_default_rules()
    {
        var account = new AccountDocument(Sample().Client, Sample().Profile, Sample().Team, Sample().Lifecycle, Sample().Diary, Sample().Updates, plan: Sample().Plan, relationships: Sample().Relationships);
        var state = AccountAnalysis.Analyze(account, March31);
        var direct = KeyAccount.Core.Accounts.InternalCommunication.Check(account, March31, InternalCommunicationSettings.Default, account.Relationships);
        Assert.Equal((direct.Events, direct.Explanation), (state.InternalCommunication!.Events, state.InternalCommunication.Explanation));
        Assert.Equal(direct.Findings, state.InternalCommunication.Findings);
        Assert.Contains("(the default rules)", state.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_account_review_carries_the_current_review_and_the_internal_communication_report()
    {
        var review = AccountReview.Run(Sample(), March31).Result!;
        Assert.Equal(review.State!.PlanReviews, review.PlanReviews);
        Assert.Same(review.State.InternalCommunication, review.InternalCommunication);
        Assert.Contains("planReviews", review.Areas);
        Assert.Contains("internalCommunication", review.Areas);
        Assert.DoesNotContain("planReviews", AccountReview.Run(new AccountDocument(new ClientId("new-shop")), March31).Result!.Areas);
    }

    [Fact]
    public void A_review_record_dates_the_plan_review_section_as_an_update_does()
    {
        var sample = Sample();
        var unrecorded = new AccountDocument(sample.Client, sample.Profile, sample.Team, sample.Lifecycle, sample.Diary, sample.Updates, plan: sample.Plan! with { Reviews = sample.Plan!.Reviews.Take(1).ToArray() });
        var recorded = HeldDocumentTests.With(unrecorded, planReviews: sample.PlanReviews);
        LocalDate? Last(AccountDocument a) => AccountAnalysis.Analyze(a, March31).Freshness.Single(f => f.Section == AccountSection.PlanReview).LastUpdated;
        Assert.Equal(new LocalDate(2026, 1, 5), Last(unrecorded));
        Assert.Equal(new LocalDate(2026, 3, 2), Last(recorded));
    }

    [Fact]
    public void A_missing_internal_notice_costs_the_commitments_component_once_per_event()
    {
        var sample = Sample();
        var commitments = HealthScorecard.Score(sample, March31).Component(HealthComponentKind.Commitments);
        var fact = Assert.Single(commitments.Facts, f => f.Key.StartsWith("notice:", StringComparison.Ordinal));
        Assert.Equal(("notice:contact:d-4", 5m), (fact.Key, fact.Points));

        // A second rule the same contact misses: still one fact of 5 points.
        var rules = new InternalCommunicationSettings(sample.InternalCommunication!.Rules.Append(new InternalNoticeRule("series-to-sponsor", NoticeTrigger.Contact) { Role = TeamRole.ExecutiveSponsor, Keywords = new[] { "series" } }).ToArray());
        var twice = HealthScorecard.Score(HeldDocumentTests.With(sample, internalCommunication: rules), March31).Component(HealthComponentKind.Commitments);
        var one = Assert.Single(twice.Facts, f => f.Key.StartsWith("notice:", StringComparison.Ordinal));
        Assert.Equal(5m, one.Points);
        Assert.Equal(commitments.Score, twice.Score);

        // The notice given (an internal entry with editorial) clears it.
        var told = new DiaryEntry("d-5", Instant.FromUtc(2026, 3, 27, 9, 0), "Europe/Berlin", DiaryEntryKind.Internal, "The series in the autumn catalogue", ourParticipants: new[] { "kam", "editor" });
        var informed = HealthScorecard.Score(HeldDocumentTests.With(sample, diary: sample.Diary.Append(told).ToArray()), March31).Component(HealthComponentKind.Commitments);
        Assert.DoesNotContain(informed.Facts, f => f.Key.StartsWith("notice:", StringComparison.Ordinal));
        Assert.Equal(commitments.Score + 5m, informed.Score);
    }
}
