using System;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Relationships;
using NodaTime;
using Check = KeyAccount.Core.Accounts.InternalCommunication;

namespace KeyAccount.Core.Tests.Accounts.InternalCommunication;


/// <summary>The rules of internal communication checked against the diary: a test per code and per rule of the check.</summary>
public class InternalCommunicationTests
{
    private const string Berlin = "Europe/Berlin";
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    internal static readonly AccountTeamMember[] Team =
    {
        new("u-kam", "Key account manager", TeamRole.AccountManager, "sales"),
        new("u-fin", "Finance controller", TeamRole.Specialist, "Finance"),
        new("u-del", "Logistics lead", TeamRole.Specialist, "delivery"),
        new("u-exec", "Sales director", TeamRole.ExecutiveSponsor, "management"),
    };

    internal static Instant At(int month, int day, int hour = 10) =>
        new LocalDateTime(2026, month, day, hour, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb[Berlin]).ToInstant();

    /// <summary>A meeting on 2 March where the price of small orders was cut and the manager promised a new price list.</summary>
    private static DiaryEntry Meeting(params string[] ours) => new(
        "d-1",
        At(3, 2),
        Berlin,
        DiaryEntryKind.Meeting,
        "Prices for small orders",
        clientParticipants: new[] { "shop-owner" },
        ourParticipants: ours.Length == 0 ? new[] { "u-kam" } : ours,
        decisions: new[] { new DiaryDecision("dec-1", "Cut the PRICE of small orders by 5%."), new DiaryDecision("dec-2", "Meet again in May.") },
        commitments: new[] { new Commitment("c-1", "u-kam", "Send the revised price list", new LocalDate(2026, 3, 9)), new Commitment("c-2", "shop-owner", "Send the order forecast", new LocalDate(2026, 3, 9)) });

    private static DiaryEntry Notice(string id, Instant at, params string[] ours) => new(id, at, Berlin, DiaryEntryKind.Internal, "Briefing", ourParticipants: ours);

    private static AccountDocument Account(params DiaryEntry[] diary) =>
        new(new ClientId("bookshop"), team: Team, lifecycle: new[] { new LifecycleChange(AccountStage.Onboarding, new LocalDate(2026, 1, 5), "u-exec", "New key client.") }, diary: diary);

    private static InternalNoticeFinding Finding(InternalCommunicationReport report, string rule) => Assert.Single(report.Findings, f => f.Rule == rule);

    [Fact]
    public void KAI101_a_price_decision_and_our_commitment_never_passed_on()
    {
        var report = Check.Check(Account(Meeting()), AsOf);

        Assert.Equal(2, report.Events);
        Assert.Equal(0, report.InTime);
        var price = Finding(report, "price-to-finance");
        Assert.Equal((InternalCommunicationCodes.NoticeMissing, DiagnosticSeverity.Warning, "diary[0].decisions[0]", "dec-1", "d-1"), (price.Code, price.Severity, price.Path, price.Subject, price.Entry));
        Assert.Equal((new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 5)), (price.On, price.DueBy));
        Assert.Contains("finance", price.Explanation, StringComparison.Ordinal);
        var commitment = Finding(report, "commitment-to-delivery");
        Assert.Equal((InternalCommunicationCodes.NoticeMissing, "diary[0].commitments[0]", "c-1"), (commitment.Code, commitment.Path, commitment.Subject));
        Assert.Contains("delivery", commitment.Explanation, StringComparison.Ordinal);
        Assert.Single(report.Notes);
        Assert.Contains("decision-maker-to-sponsor", report.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_entry_with_the_right_people_within_the_window_clears_the_finding()
    {
        var report = Check.Check(Account(Meeting(), Notice("d-2", At(3, 5, 17), "u-kam", "u-fin", "u-del")), AsOf);
        Assert.Empty(report.Findings);
        Assert.Equal(2, report.InTime);

        // The wrong people, or a notice before the event, do not count.
        var wrongPeople = Check.Check(Account(Meeting(), Notice("d-2", At(3, 3), "u-kam", "u-exec")), AsOf);
        Assert.Equal(2, wrongPeople.Findings.Count);
        var before = Check.Check(Account(Meeting(), Notice("d-0", At(3, 1), "u-fin", "u-del")), AsOf);
        Assert.Equal(2, before.Findings.Count);
    }

    [Fact]
    public void Taking_part_in_the_contact_itself_is_hearing_of_it()
    {
        var report = Check.Check(Account(Meeting("u-kam", "u-fin", "u-del")), AsOf);
        Assert.Empty(report.Findings);
        Assert.Equal(2, report.InTime);
    }

    [Fact]
    public void KAI102_a_notice_after_the_window_is_late_with_its_date()
    {
        var report = Check.Check(Account(Meeting(), Notice("d-2", At(3, 10), "u-fin")), AsOf);
        var late = Finding(report, "price-to-finance");
        Assert.Equal((InternalCommunicationCodes.NoticeLate, DiagnosticSeverity.Info, (LocalDate?)new LocalDate(2026, 3, 10)), (late.Code, late.Severity, late.NoticedOn));
        Assert.Contains("5 days after 2026-03-05", late.Explanation, StringComparison.Ordinal);
        Assert.Equal(InternalCommunicationCodes.NoticeMissing, Finding(report, "commitment-to-delivery").Code);
    }

    [Fact]
    public void KAI103_nobody_on_the_team_to_tell()
    {
        var account = Account(Meeting());
        account = new AccountDocument(account.Client, team: Team.Where(m => m.Id != "u-fin").ToArray(), lifecycle: account.Lifecycle, diary: account.Diary);
        var report = Check.Check(account, AsOf);
        var none = Finding(report, "price-to-finance");
        Assert.Equal((InternalCommunicationCodes.NoOneToNotify, DiagnosticSeverity.Warning), (none.Code, none.Severity));
        Assert.Contains("nobody on the account team is finance", none.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void KAI104_a_notice_still_due_is_listed_until_its_window_closes()
    {
        var onTheLastDay = Check.Check(Account(Meeting()), new LocalDate(2026, 3, 5));
        Assert.All(onTheLastDay.Findings, f => Assert.Equal((InternalCommunicationCodes.NoticeDue, DiagnosticSeverity.Info), (f.Code, f.Severity)));
        Assert.Equal(2, onTheLastDay.Findings.Count);

        var dayAfter = Check.Check(Account(Meeting()), new LocalDate(2026, 3, 6));
        Assert.All(dayAfter.Findings, f => Assert.Equal(InternalCommunicationCodes.NoticeMissing, f.Code));

        // Before the meeting nothing has happened yet, and an internal entry after the date has not either.
        Assert.Equal(0, Check.Check(Account(Meeting()), new LocalDate(2026, 3, 1)).Events);
        Assert.Equal(2, Check.Check(Account(Meeting(), Notice("d-2", At(3, 4), "u-fin", "u-del")), new LocalDate(2026, 3, 3)).Findings.Count);
    }

    [Fact]
    public void The_window_is_counted_in_the_entrys_time_zone_and_a_rule_may_have_its_own()
    {
        // 23:30 in Berlin on 2 March is 22:30 UTC: the event's date is 2 March, not 3 March.
        var late = new DiaryEntry("d-1", new LocalDateTime(2026, 3, 2, 23, 30).InZoneLeniently(DateTimeZoneProviders.Tzdb[Berlin]).ToInstant(), Berlin, DiaryEntryKind.Call, "Price call", ourParticipants: new[] { "u-kam" }, decisions: new[] { new DiaryDecision("dec-1", "A discount of 2%.") });
        var report = Check.Check(Account(late), AsOf);
        Assert.Equal(new LocalDate(2026, 3, 5), Finding(report, "price-to-finance").DueBy);

        var week = new InternalCommunicationSettings(new[] { InternalCommunicationSettings.DefaultRules[0] with { Within = Period.FromWeeks(1) } });
        Assert.Equal(new LocalDate(2026, 3, 9), Assert.Single(Check.Check(Account(late), AsOf, week).Findings).DueBy);
        var twoDays = new InternalCommunicationSettings(new[] { InternalCommunicationSettings.DefaultRules[0] }, Period.FromDays(2));
        Assert.Equal(new LocalDate(2026, 3, 4), Assert.Single(Check.Check(Account(late), AsOf, twoDays).Findings).DueBy);
    }

    [Fact]
    public void Only_decisions_with_the_client_matching_the_keywords_and_only_our_commitments_call_for_notices()
    {
        var internalDecision = new DiaryEntry("d-9", At(3, 3), Berlin, DiaryEntryKind.Internal, "Pricing", ourParticipants: new[] { "u-kam" }, decisions: new[] { new DiaryDecision("dec-9", "Raise the price list.") }, commitments: new[] { new Commitment("c-9", "u-kam", "Tell the shop", new LocalDate(2026, 3, 9)) });
        var report = Check.Check(Account(Meeting(), internalDecision), AsOf);
        Assert.Equal(new[] { "c-1", "dec-1" }, report.Findings.Select(f => f.Subject).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void A_change_of_decision_maker_must_reach_the_executive_sponsor()
    {
        var map = new RelationshipMap(new ClientId("bookshop"))
        {
            People = new[]
            {
                new ClientPerson("p-old", "Old buyer") { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) }, Joined = new LocalDate(2019, 4, 1), Left = new LocalDate(2026, 3, 10) },
                new ClientPerson("p-new", "New buyer") { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker, "opp-1") }, Joined = new LocalDate(2026, 3, 11) },
                new ClientPerson("p-clerk", "Clerk") { Roles = new[] { new PersonRole(StakeholderKind.Influencer) }, Joined = new LocalDate(2026, 3, 11) },
            },
        };
        var settings = new InternalCommunicationSettings(new[] { InternalCommunicationSettings.DefaultRules[2] });

        var report = Check.Check(Account(), AsOf, settings, map);
        Assert.Empty(report.Notes);
        Assert.Equal(new[] { ("relationships.people[0].left", "p-old"), ("relationships.people[1].joined", "p-new") }, report.Findings.Select(f => (f.Path, f.Subject)));
        Assert.All(report.Findings, f => Assert.Equal((InternalCommunicationCodes.NoticeMissing, NoticeTrigger.DecisionMakerChange, (string?)null), (f.Code, f.Trigger, f.Entry)));

        var told = Check.Check(Account(Notice("d-5", At(3, 12), "u-kam", "u-exec")), AsOf, settings, map);
        Assert.Empty(told.Findings);
        Assert.Equal(2, told.InTime);
    }

    [Fact]
    public void A_contact_rule_matches_the_subject_or_the_notes()
    {
        var rule = new InternalNoticeRule("complaints", NoticeTrigger.Contact) { Role = TeamRole.ExecutiveSponsor, Keywords = new[] { "complaint" } };
        var call = new DiaryEntry("d-3", At(3, 20), Berlin, DiaryEntryKind.Call, "Weekly call", ourParticipants: new[] { "u-kam" }, notes: "The owner made a Complaint about late parcels.");
        var report = Check.Check(Account(Meeting(), call), AsOf, new InternalCommunicationSettings(new[] { rule }));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("diary[1]", "d-3", NoticeTrigger.Contact), (finding.Path, finding.Subject, finding.Trigger));
    }

    [Fact]
    public void Settings_with_errors_are_refused_and_the_defaults_are_documented_values()
    {
        var bad = new InternalCommunicationSettings(within: Period.Zero);
        var thrown = Assert.Throws<ArgumentException>(() => Check.Check(Account(Meeting()), AsOf, bad));
        Assert.Contains("KAI001", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("settings", thrown.ParamName);

        Assert.Empty(InternalCommunicationSettings.Default.Validate());
        Assert.Equal(Period.FromDays(3), InternalCommunicationSettings.Default.Within);
        Assert.Equal(new[] { "price-to-finance", "commitment-to-delivery", "decision-maker-to-sponsor" }, InternalCommunicationSettings.Default.Rules.Select(r => r.Id));
        Assert.Empty(new InternalCommunicationSettings(Array.Empty<InternalNoticeRule>()).Rules);
    }

    [Fact]
    public void KAI001_to_KAI006_settings_defects_at_their_paths()
    {
        InternalNoticeRule Finance(string id) => new(id, NoticeTrigger.Decision) { Function = "finance" };
        var settings = new InternalCommunicationSettings(
            new[]
            {
                Finance("a") with { Within = Period.FromHours(5) },
                new InternalNoticeRule("b", NoticeTrigger.Decision) { Function = " " },
                Finance("c") with { Trigger = (NoticeTrigger)9, Role = (TeamRole)9 },
                Finance("c"),
                Finance("d") with { Keywords = new[] { "price", "  " } },
                new InternalNoticeRule("e", NoticeTrigger.Contact) { Role = TeamRole.ExecutiveSponsor },
            },
            Period.FromDays(-1));

        var found = settings.Validate().Select(d => (d.Code, d.Path, d.Severity)).ToArray();

        Assert.Equal(
            new[]
            {
                ("KAI001", "rules[0].within", DiagnosticSeverity.Error),
                ("KAI002", "rules[1]", DiagnosticSeverity.Error),
                ("KAI003", "rules[2].role", DiagnosticSeverity.Error),
                ("KAI003", "rules[2].trigger", DiagnosticSeverity.Error),
                ("KAI004", "rules[3].id", DiagnosticSeverity.Error),
                ("KAI005", "rules[4].keywords[1]", DiagnosticSeverity.Error),
                ("KAI006", "rules[5].keywords", DiagnosticSeverity.Warning),
                ("KAI001", "within", DiagnosticSeverity.Error),
            },
            found);
        Assert.All(InternalCommunicationCodes.All, d => Assert.StartsWith("KAI", d.Code, StringComparison.Ordinal));
        Assert.Equal(10, InternalCommunicationCodes.All.Count);
    }

    [Fact]
    public void Settings_and_the_report_travel_as_JSON()
    {
        var settings = new InternalCommunicationSettings(new[] { InternalCommunicationSettings.DefaultRules[0] with { Within = Period.FromDays(1) } }, Period.FromDays(5));
        var json = KeyAccountJson.Serialize(settings);
        Assert.Equal(json, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<InternalCommunicationSettings>(json)));
        Assert.Equal(InternalCommunicationSettings.Default.Rules.Count, KeyAccountJson.Deserialize<InternalCommunicationSettings>("{}").Rules.Count);

        var report = Check.Check(Account(Meeting()), AsOf);
        var read = KeyAccountJson.Deserialize<InternalCommunicationReport>(KeyAccountJson.Serialize(report));
        Assert.Equal(report.Findings, read.Findings);
    }
}
