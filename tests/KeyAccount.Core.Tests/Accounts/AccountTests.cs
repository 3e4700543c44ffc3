using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>The account document, its validator (a test per code), the lifecycle and the state as of a date.</summary>
public class AccountTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private static AccountDocument Sample() => SampleAccounts.PublisherAndBookshop();

    private static AccountDocument With(AccountDocument a, AccountProfile? profile = null, IReadOnlyList<AccountTeamMember>? team = null, IReadOnlyList<LifecycleChange>? lifecycle = null, IReadOnlyList<DiaryEntry>? diary = null, IReadOnlyList<SectionUpdate>? updates = null, AccountSettings? settings = null, AccountPlan? plan = null, bool dropPlan = false) =>
        new(a.Client, profile ?? a.Profile, team ?? a.Team, lifecycle ?? a.Lifecycle, diary ?? a.Diary, updates ?? a.Updates, settings ?? a.Settings, a.Evidence, a.Ladder, a.Opportunities, dropPlan ? null : plan ?? a.Plan);

    private static DiaryEntry Entry(string id, int day, IReadOnlyList<Commitment>? commitments = null, IReadOnlyList<string>? ours = null, string zone = "Europe/Berlin", DiaryEntryKind kind = DiaryEntryKind.Meeting, IReadOnlyList<DiaryDecision>? decisions = null, string? followUpOf = null) =>
        new(id, Instant.FromUtc(2026, 3, day, 9, 0), zone, kind, "subject", new[] { "shop-owner" }, ours ?? new[] { "u-kam" }, decisions: decisions, commitments: commitments, followUpOf: followUpOf);

    private static DiaryEntry[] Plus(AccountDocument a, DiaryEntry entry) => a.Diary.Concat(new[] { entry }).ToArray();

    private static void HasCodeAt(AccountDocument account, string code, string path)
    {
        var diagnostics = AccountValidator.Validate(account, March31);
        Assert.True(diagnostics.Any(d => d.Code == code && d.Path == path), "expected " + code + " at " + path + "; got: " + string.Join(" | ", diagnostics));
        Assert.Equal(AccountsDiagnosticCodes.Get(code).Severity, diagnostics.First(d => d.Code == code).Severity);
    }

    [Fact]
    public void The_sample_has_no_error_and_its_state_shows_the_documented_findings()
    {
        var run = AccountAnalysis.Run(Sample(), March31);
        Assert.False(run.HasErrors, string.Join(Environment.NewLine, run.Diagnostics));
        var state = run.Result!;
        Assert.Equal(AccountStage.Active, state.Stage);
        Assert.Equal(new[] { "c-2" }, state.Overdue.Select(c => c.Commitment.Id));
        Assert.Equal(new[] { "c-3" }, state.DueSoon.Select(c => c.Commitment.Id));
        Assert.Equal(new[] { "dec-staff" }, state.DecisionsWithoutFollowUp.Select(d => d.Decision.Id));
        Assert.Contains("overdue by 16 days", state.Overdue[0].Explanation, StringComparison.Ordinal);
        Assert.Equal(new[] { AccountStage.UnderReview, AccountStage.FinalStage }, state.NextMoves.Select(m => m.To));
        var owner = state.Contacts.Single(c => c.Person == "owner");
        Assert.Equal(2, owner.Contacts);
        Assert.Equal("d-4", owner.LastEntry);
        Assert.Equal(5, owner.DaysSinceLast);
        Assert.Equal(new LocalDate(2026, 4, 2), state.NextPlanReview);
        var plan = state.Freshness.Single(f => f.Section == AccountSection.PlanReview);
        Assert.True(plan.Stale == false && plan.LastUpdated == new LocalDate(2026, 3, 2));
        Assert.Equal(new[] { AccountSection.Opportunities }, state.Freshness.Where(f => f.Stale).Select(f => f.Section));
        Assert.Contains("stale since 2026-03-16", state.Freshness.Single(f => f.Stale).Explanation, StringComparison.Ordinal);
        Assert.True(state.Freshness.Single(f => f.Section == AccountSection.RelationshipMap).Held);
        Assert.Equal(new[] { "d-1", "d-2", "d-3", "d-4" }, state.Timeline.Select(e => e.Id));
        Assert.Contains("1 commitment overdue and 1 due soon", state.Explanation, StringComparison.Ordinal);

        // The owner's only relationship (the sales director's mirror) is brought forward to the kick-off, and still stale.
        var stale = state.Relationships!.Findings.Single(f => f.Code == KeyAccount.Core.Relationships.RelationshipsDiagnosticCodes.StaleContact && f.Subject == "owner");
        Assert.Contains("2026-01-12", stale.Explanation, StringComparison.Ordinal);
        Assert.Equal(new[] { ("head-buyer", 0), ("owner", 2) }, state.DecisionMakerMeetings.Select(m => (m.Person, m.Meetings)));
        Assert.Contains("Not met within the meeting window: 1 decision maker ('Irina Volkova')", state.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_the_lifecycle_does_not_know_is_reported_and_the_state_offers_no_move()
    {
        // As a document gives it when the stage is written as a number: 12 is no stage.
        var sample = Sample();
        var lifecycle = sample.Lifecycle.ToArray();
        lifecycle[^1] = new LifecycleChange((AccountStage)12, lifecycle[^1].On, lifecycle[^1].By, lifecycle[^1].Reason);
        var account = With(sample, lifecycle: lifecycle);

        var run = AccountAnalysis.Run(account, March31);

        Assert.Contains(run.Diagnostics, d => d.Code == AccountsDiagnosticCodes.UndefinedValue && d.Path == "lifecycle[" + (lifecycle.Length - 1) + "].stage");
        Assert.Empty(run.Result!.NextMoves);
        Assert.Contains("stage 12", run.Result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_holds_the_other_areas_samples_for_the_same_client()
    {
        var sample = Sample();
        Assert.Equal(KeyAccount.Core.Relationships.SampleMaps.Bookshop, sample.Relationships);
        Assert.Equal(sample.Client, sample.Communications!.Client);
        Assert.Equal(KeyAccount.Core.Negotiation.SampleNegotiations.MailOrderNegotiation, Assert.Single(sample.Negotiations));
        Assert.Equal(KeyAccount.Core.Negotiation.SampleNegotiations.MailOrderOffer.Id, Assert.Single(sample.Offers).Id);
        Assert.All(new[] { sample.Plan!.Client, sample.Relationships!.Client, sample.Communications.Client, sample.Negotiations[0].Client, sample.Offers[0].Client }, c => Assert.Equal(sample.Client, c));
        Assert.Equal(sample.Relationships.Team.Select(t => t.Id).OrderBy(i => i, StringComparer.Ordinal), sample.Team.Select(t => t.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Contains(sample.Opportunities!.Opportunities, o => o.Id == KeyAccount.Core.Negotiation.SampleNegotiations.Opportunity);
    }

    [Fact]
    public void A_section_not_updated_within_its_maximum_age_is_stale_and_says_since_when()
    {
        var account = With(Sample(), updates: new[] { new SectionUpdate(AccountSection.Profile, new LocalDate(2025, 3, 1), "u-kam", "compiled") });
        var profile = AccountAnalysis.Analyze(account, March31).Freshness.Single(f => f.Section == AccountSection.Profile);
        Assert.True(profile.Stale);
        Assert.Contains("stale since 2026-03-02", profile.Explanation, StringComparison.Ordinal);
        var fresh = AccountAnalysis.Analyze(account, new LocalDate(2026, 3, 1)).Freshness.Single(f => f.Section == AccountSection.Profile);
        Assert.False(fresh.Stale);
    }

    [Fact]
    public void Every_code_is_in_All_with_the_area_prefix_and_Get_refuses_another_areas_code()
    {
        Assert.Equal(21, AccountsDiagnosticCodes.All.Count);
        Assert.All(AccountsDiagnosticCodes.All, d => Assert.StartsWith("KAA", d.Code, StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => AccountsDiagnosticCodes.Get("KAP001"));
    }

    [Fact]
    public void KAA001_duplicate_id() =>
        HasCodeAt(With(Sample(), team: Sample().Team.Concat(new[] { new AccountTeamMember("kam", "Twin", TeamRole.Specialist) }).ToArray()), AccountsDiagnosticCodes.DuplicateId, "team[5].id");

    [Fact]
    public void KAA002_empty_id() =>
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry(" ", 30))), AccountsDiagnosticCodes.EmptyId, "diary[4].id");

    [Fact]
    public void KAA003_undefined_value() =>
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, kind: (DiaryEntryKind)42))), AccountsDiagnosticCodes.UndefinedValue, "diary[4].kind");

    [Fact]
    public void KAA004_unknown_person() =>
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, ours: new[] { "u-nobody" }))), AccountsDiagnosticCodes.UnknownPerson, "diary[4].ourParticipants[0]");

    [Fact]
    public void KAA005_unknown_plan_action() =>
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, new[] { new Commitment("c-9", "u-kam", "x", March31, planActions: new[] { "no-such-action" }) }))), AccountsDiagnosticCodes.UnknownReference, "diary[4].commitments[0].planActions[0]");

    [Fact]
    public void KAA006_reference_without_the_document() =>
        HasCodeAt(With(Sample(), dropPlan: true), AccountsDiagnosticCodes.ReferenceNotCheckable, "diary[0].commitments[0].planActions");

    [Fact]
    public void KAA007_unknown_decision_or_entry()
    {
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, new[] { new Commitment("c-9", "u-kam", "x", March31, decision: "dec-none") }))), AccountsDiagnosticCodes.UnknownDiaryReference, "diary[4].commitments[0].decision");
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, followUpOf: "d-99"))), AccountsDiagnosticCodes.UnknownDiaryReference, "diary[4].followUpOf");
    }

    [Fact]
    public void KAA008_unknown_time_zone() =>
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, zone: "Europe/Atlantis"))), AccountsDiagnosticCodes.UnknownTimeZone, "diary[4].zone");

    [Fact]
    public void KAA009_closed_without_date() =>
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, new[] { new Commitment("c-9", "u-kam", "x", March31, CommitmentStatus.Done) }))), AccountsDiagnosticCodes.ClosedOnInconsistent, "diary[4].commitments[0].closedOn");

    [Fact]
    public void KAA010_due_before_the_entry() =>
        HasCodeAt(With(Sample(), diary: Plus(Sample(), Entry("d-9", 30, new[] { new Commitment("c-9", "u-kam", "x", new LocalDate(2026, 3, 1)) }))), AccountsDiagnosticCodes.CommitmentDatesBeforeEntry, "diary[4].commitments[0].due");

    [Fact]
    public void KAA011_move_not_allowed() =>
        HasCodeAt(With(Sample(), lifecycle: new[] { new LifecycleChange(AccountStage.Active, new LocalDate(2026, 1, 1), "u-kam", "skip") }), AccountsDiagnosticCodes.MoveNotAllowed, "lifecycle[0].stage");

    [Fact]
    public void KAA012_history_out_of_order() =>
        HasCodeAt(With(Sample(), lifecycle: Sample().Lifecycle.Concat(new[] { new LifecycleChange(AccountStage.UnderReview, new LocalDate(2025, 1, 1), "u-kam", "review") }).ToArray()), AccountsDiagnosticCodes.HistoryOutOfOrder, "lifecycle[4].on");

    [Fact]
    public void KAA013_move_without_reason() =>
        HasCodeAt(With(Sample(), lifecycle: Sample().Lifecycle.Concat(new[] { new LifecycleChange(AccountStage.UnderReview, new LocalDate(2026, 3, 1), "u-kam", " ") }).ToArray()), AccountsDiagnosticCodes.MoveWithoutReason, "lifecycle[4]");

    [Fact]
    public void KAA014_no_account_manager() =>
        HasCodeAt(With(Sample(), team: Sample().Team.Where(m => m.Role != TeamRole.AccountManager).ToArray()), AccountsDiagnosticCodes.NoAccountManager, "team");

    [Fact]
    public void KAA015_share_of_wallet_out_of_range()
    {
        var p = Sample().Profile!;
        HasCodeAt(With(Sample(), profile: new AccountProfile(p.Name, p.Sector, goals: p.Goals, shareOfWallet: 35)), AccountsDiagnosticCodes.ShareOfWalletOutOfRange, "profile.shareOfWallet");
    }

    [Fact]
    public void KAA016_key_fact_without_source()
    {
        var p = Sample().Profile!;
        HasCodeAt(With(Sample(), profile: new AccountProfile(p.Name, p.Sector, goals: p.Goals, keyFacts: new[] { new KeyFact("fact", "", March31) })), AccountsDiagnosticCodes.FactWithoutSource, "profile.keyFacts[0].source");
    }

    [Fact]
    public void KAA017_profile_goals_differ_from_the_plan()
    {
        var p = Sample().Profile!;
        HasCodeAt(With(Sample(), profile: new AccountProfile(p.Name, p.Sector, goals: new[] { new ClientGoal("other", "Something else") })), AccountsDiagnosticCodes.GoalsDifferFromPlan, "profile.goals[0].id");
    }

    [Fact]
    public void KAA018_a_document_for_another_client() =>
        HasCodeAt(With(Sample(), plan: Sample().Plan! with { Client = new ClientId("another-shop") }), AccountsDiagnosticCodes.ClientMismatch, "plan.client");

    [Fact]
    public void KAA019_active_while_the_plan_is_no_longer_discussed() =>
        HasCodeAt(With(Sample(), plan: Sample().Plan! with { StatusHistory = Sample().Plan!.StatusHistory.Where(c => c.Status != PlanStatus.Discussed).ToArray() }), AccountsDiagnosticCodes.StageNoLongerSupported, "lifecycle[3]");

    [Fact]
    public void KAA020_invalid_setting_withholds_the_state_but_not_the_diagnostics()
    {
        var run = AccountAnalysis.Run(With(Sample(), settings: new AccountSettings(dueSoon: Period.FromHours(3))), March31);
        Assert.Contains(run.Diagnostics, d => d.Code == AccountsDiagnosticCodes.InvalidSetting && d.Path == "settings.dueSoon");
        Assert.Null(run.Result);
    }

    [Fact]
    public void The_plans_own_diagnostics_appear_under_the_plan_member()
    {
        var plan = Sample().Plan! with { Goals = Array.Empty<PlanGoal>() };
        var diagnostics = AccountValidator.Validate(With(Sample(), plan: plan), March31);
        Assert.Contains(diagnostics, d => d.Code == PlanningDiagnosticCodes.EmptySection && d.Path == "plan.goals");
    }

    [Fact]
    public void A_move_whose_guard_fails_is_refused_with_every_reason_and_the_document_is_untouched()
    {
        var prospect = new AccountDocument(new ClientId("bookshop"));
        var refused = AccountLifecycle.Move(prospect, AccountStage.Onboarding, March31, "u-exec", "promising");
        Assert.Null(refused.Document);
        Assert.Contains("no account manager is named on the team", refused.Check.Blockers);
        Assert.Empty(prospect.Lifecycle);

        var skipping = AccountLifecycle.Check(prospect, AccountStage.Active, March31);
        Assert.Contains("the lifecycle has no move from prospect to active", skipping.Explanation, StringComparison.Ordinal);

        var staffed = new AccountDocument(new ClientId("bookshop"), team: new[] { new AccountTeamMember("u-kam", "KAM", TeamRole.AccountManager) });
        var moved = AccountLifecycle.Move(staffed, AccountStage.Onboarding, March31, "u-exec", "promising");
        Assert.Equal(AccountStage.Onboarding, moved.Document!.Stage);
        Assert.Equal(AccountStage.Onboarding, AccountLifecycle.Move(moved.Document, AccountStage.Profiled, March31, "u-kam", "x").Check.From);
        Assert.Contains("the profile gives no strategy", AccountLifecycle.Check(With(moved.Document, profile: new AccountProfile("Shop", "books")), AccountStage.Profiled, March31).Blockers);
    }

    [Fact]
    public void Closing_needs_every_commitment_closed_and_a_reason()
    {
        var sample = Sample();
        var final = AccountLifecycle.Move(sample, AccountStage.FinalStage, March31, "u-exec", "The shop is sold.").Document!;
        var check = AccountLifecycle.Check(final, AccountStage.Closed, March31, " ");
        Assert.Contains("the move gives no reason", check.Blockers);
        Assert.Contains("2 commitments are still open; close or hand them over first", check.Blockers);
        var items = AccountLifecycle.FinalStage(final, March31);
        Assert.False(items[0].Done);
        Assert.True(items[2].Done);
    }

    [Fact]
    public void The_onboarding_checklist_is_derived_from_the_documents()
    {
        var items = AccountLifecycle.Onboarding(Sample(), March31);
        Assert.True(items.Single(i => i.Item == "the profile is compiled").Done);
        Assert.True(items.Single(i => i.Item == "the plan is discussed with the client").Done);
        Assert.False(items.Single(i => i.Item == "the ladder is assessed").Done);
        var noPlan = AccountLifecycle.Onboarding(With(Sample(), dropPlan: true), March31);
        Assert.Equal("The account holds no development plan.", noPlan.Single(i => i.Item == "the development plan is approved without errors").Explanation);
    }

    [Fact]
    public void Appending_an_entry_with_a_used_id_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => AccountDiary.Append(Sample(), Entry("d-1", 30)));
        Assert.Contains("'d-1'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("d-5", AccountDiary.NextEntryId(Sample()));
    }

    [Fact]
    public void The_sample_round_trips_through_JSON()
    {
        var json = KeyAccountJson.Serialize(Sample());
        var back = KeyAccountJson.Deserialize<AccountDocument>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
    }

    [Fact]
    public void A_well_formed_account_with_wrong_values_loads_and_a_malformed_one_names_the_path()
    {
        var json = KeyAccountJson.Serialize(Sample()).Replace("\"shareOfWallet\": 0.35", "\"shareOfWallet\": 35", StringComparison.Ordinal);
        var loaded = KeyAccountJson.Deserialize<AccountDocument>(json);
        Assert.Contains(AccountValidator.Validate(loaded, March31), d => d.Code == AccountsDiagnosticCodes.ShareOfWalletOutOfRange);
        var malformed = Assert.Throws<System.Text.Json.JsonException>(() => KeyAccountJson.Deserialize<AccountDocument>(KeyAccountJson.Serialize(Sample()).Replace("\"at\": \"2026-01-12T09:00:00Z\"", "\"at\": 12", StringComparison.Ordinal)));
        Assert.Equal("$.diary[0].at", malformed.Path);
    }
}
