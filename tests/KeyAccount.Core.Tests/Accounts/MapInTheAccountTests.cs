using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>
/// The relationship map at work in the account: the guard of "planned" (a covered decision maker,
/// by the Relationships area's own analysis), the diary's contacts feeding the map's staleness, and
/// the meeting frequency with each decision maker.
/// </summary>
public class MapInTheAccountTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static Instant At(int month, int day) => new LocalDateTime(2026, month, day, 10, 0).InZoneLeniently(Berlin).ToInstant();

    private static DiaryEntry Entry(string id, int month, int day, DiaryEntryKind kind, string[] theirs, string[] ours) =>
        new(id, At(month, day), "Europe/Berlin", kind, "subject", theirs, ours);

    /// <summary>The sample account's profile and plan with the sample map, our team taken from the map's people of ours, and the given diary and history.</summary>
    internal static AccountDocument Mapped(IReadOnlyList<DiaryEntry>? diary = null, IReadOnlyList<LifecycleChange>? lifecycle = null, RelationshipMap? map = null, bool noMap = false, AccountPlan? plan = null, AccountSettings? settings = null)
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var m = map ?? SampleMaps.Bookshop;
        var team = m.Team.Select(t => new AccountTeamMember(t.Id, t.Name, t.Id == "kam" ? TeamRole.AccountManager : t.Id == "sales-director" ? TeamRole.ExecutiveSponsor : TeamRole.Specialist)).ToArray();
        return new AccountDocument(sample.Client, sample.Profile, team, lifecycle ?? sample.Lifecycle.Take(2).ToArray(), diary ?? Array.Empty<DiaryEntry>(), sample.Updates, settings, plan: plan ?? sample.Plan, relationships: noMap ? null : m);
    }

    // ---- The guard of "planned". ----

    [Fact]
    public void Planned_needs_a_map_with_a_covered_decision_maker_and_the_map_of_the_sample_has_one()
    {
        var check = AccountLifecycle.Check(Mapped(), AccountStage.Planned, March31);
        Assert.True(check.Allowed, check.Explanation);
        var analysis = RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, March31);
        Assert.True(analysis.Coverage.DecisionMakersStrong > 0);
    }

    [Fact]
    public void Planned_is_refused_without_a_map_and_says_so()
    {
        var move = AccountLifecycle.Move(Mapped(noMap: true), AccountStage.Planned, March31, "kam", "plan approved");
        Assert.Null(move.Document);
        Assert.Contains("the account holds no relationship map", move.Check.Blockers);
    }

    [Fact]
    public void Planned_is_refused_when_the_map_has_errors()
    {
        var broken = SampleMaps.Bookshop with { People = SampleMaps.Bookshop.People.Concat(new[] { new ClientPerson("owner", "Twin") }).ToArray() };
        var check = AccountLifecycle.Check(Mapped(map: broken), AccountStage.Planned, March31);
        Assert.Contains(check.Blockers, b => b.StartsWith("the relationship map has 1 error", StringComparison.Ordinal));
    }

    [Fact]
    public void Planned_is_refused_when_the_map_names_no_decision_maker()
    {
        var map = SampleMaps.Bookshop with { People = SampleMaps.Bookshop.People.Select(p => p with { Roles = p.Roles.Where(r => r.Kind != StakeholderKind.DecisionMaker).ToArray() }).ToArray() };
        var check = AccountLifecycle.Check(Mapped(map: map), AccountStage.Planned, March31);
        Assert.Contains("the relationship map names no decision maker", check.Blockers);
    }

    [Fact]
    public void Planned_is_refused_when_no_decision_maker_is_reached_by_a_strong_path_and_names_each()
    {
        // Every relationship weak: the owner and the head buyer are reached, but only weakly.
        var map = SampleMaps.Bookshop with { Relationships = SampleMaps.Bookshop.Relationships.Select(r => r with { Strength = RelationshipStrength.Weak }).ToArray() };
        Assert.Equal(0, RelationshipAnalyzer.Analyze(map, March31).Coverage.DecisionMakersStrong);
        var check = AccountLifecycle.Check(Mapped(map: map), AccountStage.Planned, March31);
        var blocker = Assert.Single(check.Blockers);
        Assert.StartsWith("no decision maker is covered", blocker, StringComparison.Ordinal);
        Assert.Contains("'Elena Sorokina' only weakly reached", blocker, StringComparison.Ordinal);
        Assert.Contains(check.Blockers.Single(), check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Planned_still_needs_the_plan_approved_without_errors_beside_the_map()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var draft = sample.Plan! with { Status = PlanStatus.Discussed, StatusHistory = sample.Plan!.StatusHistory.Where(c => c.Status != PlanStatus.Approved).ToArray() };
        var check = AccountLifecycle.Check(Mapped(plan: draft), AccountStage.Planned, March31);
        Assert.Contains("the plan is not approved", check.Blockers);
        Assert.Contains("the account holds no development plan", AccountLifecycle.Check(new AccountDocument(sample.Client, sample.Profile, Mapped().Team, sample.Lifecycle.Take(2).ToArray(), relationships: SampleMaps.Bookshop), AccountStage.Planned, March31).Blockers);
        Assert.DoesNotContain(check.Blockers, b => b.Contains("relationship map", StringComparison.Ordinal) || b.Contains("decision maker", StringComparison.Ordinal));
    }

    [Fact]
    public void The_onboarding_checklist_shows_the_covered_decision_maker()
    {
        var item = AccountLifecycle.Onboarding(Mapped(), March31).Single(i => i.Item == "a decision maker is covered in the relationship map");
        Assert.True(item.Done);
        Assert.Contains("'Elena Sorokina'", item.Explanation, StringComparison.Ordinal);
        var none = AccountLifecycle.Onboarding(Mapped(noMap: true), March31).Single(i => i.Item == "a decision maker is covered in the relationship map");
        Assert.False(none.Done);
    }

    [Fact]
    public void A_planned_account_whose_map_lost_its_decision_maker_is_warned()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var map = SampleMaps.Bookshop with { People = SampleMaps.Bookshop.People.Select(p => p with { Roles = p.Roles.Where(r => r.Kind != StakeholderKind.DecisionMaker).ToArray() }).ToArray() };
        var account = Mapped(map: map, lifecycle: sample.Lifecycle.Take(3).ToArray());
        var diagnostics = AccountValidator.Validate(account, March31);
        var warning = Assert.Single(diagnostics, d => d.Code == AccountsDiagnosticCodes.StageNoLongerSupported);
        Assert.Equal("lifecycle[2]", warning.Path);
        Assert.Contains("names no decision maker", warning.Message, StringComparison.Ordinal);
    }

    // ---- The diary feeds the map's staleness. ----

    [Fact]
    public void A_diary_meeting_brings_the_relationships_last_contact_forward_and_the_owner_is_no_longer_stale()
    {
        // The sample map's only relationship with the owner was last used on 2025-12-10: stale for a decision maker (60 days).
        var quiet = AccountAnalysis.Analyze(Mapped(), March31).Relationships!;
        Assert.Contains(quiet.Findings, f => f.Code == RelationshipsDiagnosticCodes.StaleContact && f.Subject == "owner");

        var met = Mapped(new[] { Entry("d-1", 3, 20, DiaryEntryKind.Meeting, new[] { "owner" }, new[] { "sales-director", "kam" }) });
        var map = AccountAnalysis.MapWithDiaryContacts(met, March31)!;
        Assert.Equal(new LocalDate(2026, 3, 20), map.Relationships.Single(r => r.Ours == "sales-director" && r.Theirs == "owner").LastContact);
        Assert.Equal(SampleMaps.Bookshop.Relationships.Single(r => r.Ours == "kam" && r.Theirs == "store-manager"), map.Relationships.Single(r => r.Ours == "kam" && r.Theirs == "store-manager"));
        var fresh = AccountAnalysis.Analyze(met, March31).Relationships!;
        Assert.DoesNotContain(fresh.Findings, f => f.Code == RelationshipsDiagnosticCodes.StaleContact && f.Subject == "owner");
    }

    [Fact]
    public void Entries_after_the_date_internal_entries_and_pairs_without_a_relationship_change_nothing()
    {
        var diary = new[]
        {
            Entry("d-1", 4, 20, DiaryEntryKind.Meeting, new[] { "owner" }, new[] { "sales-director" }),
            Entry("d-2", 3, 20, DiaryEntryKind.Internal, new[] { "owner" }, new[] { "sales-director" }),
            Entry("d-3", 3, 20, DiaryEntryKind.Meeting, new[] { "owner" }, new[] { "editor" }),
            Entry("d-4", 1, 20, DiaryEntryKind.Call, new[] { "store-manager" }, new[] { "kam" }),
        };
        var account = Mapped(diary);
        Assert.Same(account.Relationships, AccountAnalysis.MapWithDiaryContacts(account, March31));
        Assert.Null(AccountAnalysis.MapWithDiaryContacts(Mapped(diary, noMap: true), March31));
    }

    [Property(MaxTest = 100)]
    public bool The_diary_only_ever_brings_a_last_contact_forward_and_never_past_the_date(byte[] days, byte asOfDay)
    {
        var people = SampleMaps.Bookshop.People.Select(p => p.Id).ToArray();
        var ours = SampleMaps.Bookshop.Team.Select(t => t.Id).ToArray();
        var diary = days.Take(30).Select((d, i) => new DiaryEntry("d-" + i, Instant.FromUtc(2025, 10, 1, 9, 0).Plus(Duration.FromDays(d)), "Europe/Berlin", (DiaryEntryKind)(d % 7), "s", new[] { people[d % people.Length] }, new[] { ours[(d / 7) % ours.Length] })).ToArray();
        var asOf = new LocalDate(2025, 10, 1).PlusDays(asOfDay);
        var map = AccountAnalysis.MapWithDiaryContacts(Mapped(diary), asOf)!;
        return SampleMaps.Bookshop.Relationships.Zip(map.Relationships).All(pair =>
            pair.First.Ours == pair.Second.Ours && pair.First.Theirs == pair.Second.Theirs && pair.First.Strength == pair.Second.Strength
            && (pair.Second.LastContact == pair.First.LastContact || (pair.Second.LastContact > (pair.First.LastContact ?? LocalDate.MinIsoValue) && pair.Second.LastContact <= asOf)));
    }

    // ---- Meeting frequency with each decision maker. ----

    [Fact]
    public void Meetings_with_each_decision_maker_are_counted_in_the_window_least_met_first_and_explained()
    {
        var diary = new[]
        {
            Entry("d-1", 1, 12, DiaryEntryKind.Meeting, new[] { "owner", "head-buyer" }, new[] { "kam" }),
            Entry("d-2", 2, 10, DiaryEntryKind.Call, new[] { "owner" }, new[] { "kam" }),
            Entry("d-3", 3, 26, DiaryEntryKind.Visit, new[] { "owner" }, new[] { "kam" }),
            Entry("d-4", 12, 1, DiaryEntryKind.Meeting, new[] { "head-buyer" }, new[] { "kam" }),
        };
        var state = AccountAnalysis.Analyze(Mapped(diary), March31);
        Assert.Equal(new[] { "head-buyer", "owner" }, state.DecisionMakerMeetings.Select(m => m.Person));
        var owner = state.DecisionMakerMeetings.Single(m => m.Person == "owner");
        Assert.Equal(2, owner.Meetings); // the call does not count; the entry of 12 January is in the window
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), March31), owner.Window);
        Assert.Equal(new LocalDate(2026, 3, 26), owner.LastMeeting);
        Assert.Equal(2 / (90 / (365.25 / 12)), owner.PerMonth, 9);
        Assert.Contains("2 meetings with the decision maker 'Elena Sorokina'", owner.Explanation, StringComparison.Ordinal);
        var buyer = state.DecisionMakerMeetings.Single(m => m.Person == "head-buyer");
        Assert.Equal(1, buyer.Meetings); // the December entry is after the date and left out
        Assert.Equal(new LocalDate(2026, 1, 12), buyer.LastMeeting);

        var later = AccountAnalysis.Analyze(Mapped(diary), new LocalDate(2026, 5, 1));
        var unmet = later.DecisionMakerMeetings.Single(m => m.Person == "head-buyer");
        Assert.Equal(0, unmet.Meetings);
        Assert.Contains("the last was on 2026-01-12", unmet.Explanation, StringComparison.Ordinal);
        Assert.Contains("Not met within the meeting window: 1 decision maker ('Irina Volkova')", later.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_meeting_window_is_a_setting_and_a_wrong_one_is_KAA020()
    {
        var diary = new[] { Entry("d-1", 1, 12, DiaryEntryKind.Meeting, new[] { "owner" }, new[] { "kam" }) };
        var month = AccountAnalysis.Analyze(Mapped(diary, settings: new AccountSettings(meetingWindow: Period.FromMonths(1))), March31);
        Assert.Equal(0, month.DecisionMakerMeetings.Single(m => m.Person == "owner").Meetings);
        var run = AccountAnalysis.Run(Mapped(diary, settings: new AccountSettings(meetingWindow: Period.Zero)), March31);
        Assert.Contains(run.Diagnostics, d => d.Code == AccountsDiagnosticCodes.InvalidSetting && d.Path == "settings.meetingWindow");
    }

    [Fact]
    public void Without_a_map_there_are_no_decision_makers_to_count_and_no_map_analysis()
    {
        var state = AccountAnalysis.Analyze(Mapped(noMap: true), March31);
        Assert.Empty(state.DecisionMakerMeetings);
        Assert.Null(state.Relationships);
    }
}
