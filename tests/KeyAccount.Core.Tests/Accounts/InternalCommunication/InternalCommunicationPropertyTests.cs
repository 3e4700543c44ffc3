using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Relationships;
using NodaTime;
using Check = KeyAccount.Core.Accounts.InternalCommunication;

namespace KeyAccount.Core.Tests.Accounts.InternalCommunication;


/// <summary>An account with a random diary, a relationship map, and the date it is checked on.</summary>
public sealed record DiaryCase(AccountDocument Account, RelationshipMap Map, LocalDate AsOf, int Seed)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() => "diary from seed " + Seed + " (" + Account.Diary.Count + " entries), as of " + AsOf;
}

/// <summary>FsCheck generators of accounts with busy diaries.</summary>
public static class DiaryGenerators
{
    private static readonly string[] Zones = { "Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC", "Not/AZone" };
    private static readonly string[] Texts = { "Cut the price by 3%", "A DISCOUNT for the series", "Meet again", "new payment terms", "Deliver weekly", "Pricing reviewed" };

    public static Arbitrary<DiaryCase> Cases() => Gen.Choose(0, int.MaxValue - 1).Select(Make).ToArbitrary();

    public static DiaryCase Make(int seed)
    {
        var random = new Random(seed);
        var team = InternalCommunicationTests.Team.Where(_ => random.Next(6) > 0).ToArray();
        var ours = InternalCommunicationTests.Team.Select(m => m.Id).Append("stranger").ToArray();
        string[] Some(string[] from) => from.Where(_ => random.Next(3) == 0).ToArray();
        var start = Instant.FromUtc(2026, 2, 1, 0, 0);
        var diary = Enumerable.Range(0, random.Next(0, 40)).Select(i =>
        {
            var kind = random.Next(3) == 0 ? DiaryEntryKind.Internal : (DiaryEntryKind)random.Next(0, 6);
            return new DiaryEntry(
                "d-" + i,
                start.Plus(Duration.FromMinutes(random.Next(0, 60 * 24 * 70))),
                Zones[random.Next(Zones.Length)],
                kind,
                random.Next(4) == 0 ? "complaint" : "contact " + i,
                ourParticipants: Some(ours),
                decisions: Enumerable.Range(0, random.Next(0, 3)).Select(j => new DiaryDecision("dec-" + i + "-" + j, Texts[random.Next(Texts.Length)])).ToArray(),
                commitments: Enumerable.Range(0, random.Next(0, 3)).Select(j => new Commitment("c-" + i + "-" + j, random.Next(3) == 0 ? "shop-owner" : ours[random.Next(ours.Length)], Texts[random.Next(Texts.Length)], new LocalDate(2026, 4, 1))).ToArray());
        }).ToArray();
        var lifecycle = random.Next(2) == 0 ? Array.Empty<LifecycleChange>() : new[] { new LifecycleChange(AccountStage.Onboarding, new LocalDate(2026, 2, random.Next(1, 20)), "u-exec", "new") };
        var map = new RelationshipMap(new ClientId("bookshop"))
        {
            People = Enumerable.Range(0, random.Next(0, 5)).Select(k => new ClientPerson("p-" + k, "Person " + k)
            {
                Roles = new[] { new PersonRole(random.Next(2) == 0 ? StakeholderKind.DecisionMaker : StakeholderKind.Influencer) },
                Joined = random.Next(2) == 0 ? new LocalDate(2026, 2, 1).PlusDays(random.Next(0, 60)) : null,
                Left = random.Next(3) == 0 ? new LocalDate(2026, 2, 1).PlusDays(random.Next(0, 60)) : null,
            }).ToArray(),
        };
        var account = new AccountDocument(new ClientId("bookshop"), team: team, lifecycle: lifecycle, diary: diary);
        return new DiaryCase(account, map, new LocalDate(2026, 2, 1).PlusDays(random.Next(0, 80)), seed);
    }

    /// <summary>The rules of the defaults and a contact rule, some with their own windows.</summary>
    public static InternalCommunicationSettings Settings(int seed)
    {
        var random = new Random(seed);
        var rules = InternalCommunicationSettings.DefaultRules
            .Append(new InternalNoticeRule("complaints", NoticeTrigger.Contact) { Role = TeamRole.ExecutiveSponsor, Keywords = new[] { "complaint" } })
            .Select(r => random.Next(3) == 0 ? r with { Within = Period.FromDays(random.Next(1, 10)) } : r)
            .ToArray();
        return new InternalCommunicationSettings(rules, Period.FromDays(random.Next(1, 6)));
    }

    internal static (string, NoticeTrigger, string, string?, string) Key(InternalNoticeFinding f) => (f.Rule, f.Trigger, f.Subject, f.Entry, f.Path);

    internal static int Rank(string code) => code switch
    {
        InternalCommunicationCodes.NoticeDue => 0,
        InternalCommunicationCodes.NoticeLate => 1,
        _ => 2,
    };
}

[Properties(Arbitrary = new[] { typeof(DiaryGenerators) }, MaxTest = 150)]
public class InternalCommunicationPropertyTests
{
    [Property]
    public bool Adding_an_internal_notice_never_adds_a_finding(DiaryCase c, int seed, byte day, byte hour)
    {
        var random = new Random(seed);
        var settings = DiaryGenerators.Settings(seed);
        var before = Check.Check(c.Account, c.AsOf, settings, c.Map);
        var notice = new DiaryEntry("notice", Instant.FromUtc(2026, 2, 1, 0, 0).Plus(Duration.FromHours((day % 80 * 24) + (hour % 24))), random.Next(2) == 0 ? "Asia/Tokyo" : "Europe/Berlin", DiaryEntryKind.Internal, "briefing", ourParticipants: c.Account.Team.Select(m => m.Id).Where(_ => random.Next(2) == 0).ToArray());
        var after = Check.Check(AccountDiary.Append(c.Account, notice), c.AsOf, settings, c.Map);

        var earlier = before.Findings.ToDictionary(DiaryGenerators.Key);
        return after.Events == before.Events
            && after.InTime >= before.InTime
            && after.Findings.Count <= before.Findings.Count
            && after.Findings.All(f => earlier.TryGetValue(DiaryGenerators.Key(f), out var was) && (f.Code == was.Code || DiaryGenerators.Rank(f.Code) < DiaryGenerators.Rank(was.Code) || f.Code == InternalCommunicationCodes.NoticeLate));
    }

    [Property]
    public bool The_report_does_not_depend_on_the_order_of_the_diary(DiaryCase c, int seed)
    {
        var settings = DiaryGenerators.Settings(seed);
        var shuffled = new AccountDocument(c.Account.Client, team: c.Account.Team, lifecycle: c.Account.Lifecycle, diary: Shuffled(c.Account.Diary, new Random(seed)));
        var a = Check.Check(c.Account, c.AsOf, settings, c.Map);
        var b = Check.Check(shuffled, c.AsOf, settings, c.Map);

        // Paths name diary positions, which follow the order; the rest is the same, in the same order.
        static InternalNoticeFinding WithoutPath(InternalNoticeFinding f) => f with { Path = f.Path.StartsWith("diary[", StringComparison.Ordinal) ? string.Empty : f.Path };
        return a.Events == b.Events && a.InTime == b.InTime && a.Explanation == b.Explanation
            && a.Findings.Select(WithoutPath).SequenceEqual(b.Findings.Select(WithoutPath))
            && a.Findings.Count + a.InTime == a.Events;
    }

    private static DiaryEntry[] Shuffled(IReadOnlyList<DiaryEntry> diary, Random random) => diary.OrderBy(_ => random.Next()).ToArray();

    [Property]
    public bool Every_finding_is_explained_and_points_at_its_event(DiaryCase c, int seed)
    {
        var report = Check.Check(c.Account, c.AsOf, DiaryGenerators.Settings(seed), c.Map);
        return report.Findings.All(f =>
            f.Explanation.Length > 0
            && f.On <= c.AsOf
            && f.DueBy >= f.On
            && (f.Code == InternalCommunicationCodes.NoticeLate) == f.NoticedOn.HasValue
            && (f.NoticedOn is null || (f.NoticedOn > f.DueBy && f.NoticedOn <= c.AsOf))
            && (f.Code != InternalCommunicationCodes.NoticeDue || f.DueBy >= c.AsOf)
            && (f.Entry is null
                ? f.Path.StartsWith("relationships.people[", StringComparison.Ordinal)
                : c.Account.Diary[int.Parse(f.Path[6..f.Path.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)].Id == f.Entry)
            && InternalCommunicationCodes.Get(f.Code).Severity == f.Severity);
    }
}
