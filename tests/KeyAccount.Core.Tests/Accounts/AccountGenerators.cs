using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using KeyAccount.Core.Tests.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>A valid account (no error as of <see cref="AccountGenerators.AsOf"/>), built from a seed.</summary>
public sealed record ValidAccount(AccountDocument Account, int Seed)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() =>
        "account from seed " + Seed + " (" + Account.Diary.Count + " entries, map " + (Account.Relationships is null ? "no" : "yes") + ", programme " + (Account.Communications is null ? "no" : "yes") + ", " + Account.Negotiations.Count + " negotiations, " + Account.Offers.Count + " offers)";
}

/// <summary>FsCheck generators of account documents.</summary>
public static class AccountGenerators
{
    public static readonly LocalDate AsOf = new(2026, 3, 31);
    private static readonly ClientId Client = new("bookshop");
    private static readonly LocalDate PlanStart = new(2026, 1, 5);
    private static readonly string[] Zones = { "Europe/Berlin", "UTC", "America/New_York", "Asia/Tokyo" };

    /// <summary>Valid accounts: any subset of the held documents, a diary whose references all hold.</summary>
    public static Arbitrary<ValidAccount> ValidAccounts() =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => new ValidAccount(Valid(seed), seed)).ToArbitrary();

    /// <summary>A valid account from <paramref name="seed"/>; <paramref name="entries"/> diary entries when given (for benchmarks), else a few.</summary>
    public static AccountDocument Valid(int seed, int? entries = null, int commitmentsPerEntry = -1)
    {
        var random = new Random(seed);
        var map = random.Next(3) == 0 ? null : MapGenerators.Valid(random.Next(), 1 + random.Next(8)).Map with { Client = Client };
        var ourIds = map is null ? new[] { "o0", "o1", "o2" } : map.Team.Select(t => t.Id).ToArray();
        var team = ourIds.Select((id, i) => new AccountTeamMember(id, "Member " + id, i == 0 ? TeamRole.AccountManager : (TeamRole)(1 + random.Next(3)))).ToArray();
        var theirIds = map is null ? new[] { "c0", "c1", "c2", "c3" } : map.People.Select(p => p.Id).ToArray();
        var plan = random.Next(3) == 0 ? null : SamplePlans.PublisherAndBookshop(PlanStart);
        var actions = plan?.Actions.Select(a => a.Id).ToArray() ?? Array.Empty<string>();

        var diary = new List<DiaryEntry>();
        var count = entries ?? random.Next(0, 12);
        var decisionCount = 0;
        var commitmentCount = 0;
        for (var i = 0; i < count; i++)
        {
            var zone = Zones[random.Next(Zones.Length)];
            var at = Instant.FromUtc(2025, 1, 1, 0, 0).Plus(Duration.FromMinutes(random.Next(0, 700 * 24 * 60)));
            var date = at.InZone(DateTimeZoneProviders.Tzdb[zone]).Date;
            var kind = (DiaryEntryKind)random.Next(7);
            var theirs = kind == DiaryEntryKind.Internal ? Array.Empty<string>() : Pick(random, theirIds, 1 + random.Next(2));
            var ours = Pick(random, ourIds, 1 + random.Next(2));
            var decisions = Enumerable.Range(0, random.Next(3) == 0 ? 1 : 0).Select(_ => new DiaryDecision("dec-" + decisionCount++, "decided")).ToArray();
            var commitments = Enumerable.Range(0, commitmentsPerEntry >= 0 ? commitmentsPerEntry : random.Next(3)).Select(_ =>
            {
                var status = (CommitmentStatus)random.Next(4);
                var who = random.Next(3) == 0 && theirs.Length > 0 ? theirs[0] : ours[0];
                return new Commitment(
                    "c-" + commitmentCount++,
                    who,
                    "something",
                    date.PlusDays(random.Next(0, 60)),
                    status,
                    status == CommitmentStatus.Open ? null : date.PlusDays(random.Next(0, 90)),
                    decisions.Length > 0 && random.Next(2) == 0 ? decisions[0].Id : null,
                    actions.Length > 0 && random.Next(3) == 0 ? new[] { actions[random.Next(actions.Length)] } : null);
            }).ToArray();
            diary.Add(new DiaryEntry("d-" + i, at, zone, kind, "subject " + i, theirs, ours, random.Next(2) == 0 ? null : "notes", decisions, commitments));
        }

        var history = new[]
        {
            new LifecycleChange(AccountStage.Onboarding, new LocalDate(2025, 11, 3), ourIds[0], "taken on"),
            new LifecycleChange(AccountStage.Profiled, new LocalDate(2025, 12, 1), ourIds[0], "profiled"),
        }.Take(random.Next(3)).ToArray();
        var updates = Enumerable.Range(0, random.Next(4)).Select(k => new SectionUpdate((AccountSection)random.Next(7), new LocalDate(2025, 6, 1).PlusDays(random.Next(300)), ourIds[0], "updated")).ToArray();
        var settings = random.Next(2) == 0 ? null : new AccountSettings(dueSoon: Period.FromDays(1 + random.Next(30)), meetingWindow: Period.FromMonths(1 + random.Next(12)));
        var profile = random.Next(3) == 0 ? null : new AccountProfile("The shop", "book retail", strategy: "grow", goals: plan?.ClientGoals ?? new[] { new ClientGoal("g", "a goal") }, shareOfWallet: random.Next(101) / 100.0);

        CommunicationProgramme? programme = null;
        if (random.Next(2) == 0)
        {
            programme = SamplePrograms.PublisherAndBookshop(PlanStart);

            // The sample programme's people are the communications sample's; with a generated map, address whole units of nobody.
            if (map is not null)
            {
                programme = programme with { Audiences = programme.Audiences.Select(a => new Audience(a.Id) { Name = a.Name, WholeClient = true }).ToArray() };
            }
        }

        var negotiations = random.Next(2) == 0 ? new[] { SampleNegotiations.MailOrderNegotiation } : Array.Empty<NegotiationPlan>();
        var offers = random.Next(2) == 0 || negotiations.Length > 0 && random.Next(2) == 0
            ? new[] { SampleNegotiations.MailOrderOffer }
            : Array.Empty<Offer>();
        if (map is not null && offers.Length > 0)
        {
            // The people the sample offer is presented to join the generated map.
            var presented = offers[0].Presentation!.Audience.Select(a => new ClientPerson(a.Person, a.Name ?? a.Person)).ToArray();
            map = map with { People = map.People.Concat(presented).ToArray() };
        }

        var opportunities = random.Next(2) == 0 ? HeldDocumentTests.Opportunities(SampleNegotiations.Opportunity, "opp-002") : null;

        // Drawn from a second generator, so the rest of the account is what it was before the account held them.
        var more = new Random(seed ^ 0x5EED);
        var reviews = Enumerable.Range(0, more.Next(3)).Select(k => Review(more, plan, ourIds, theirIds)).ToArray();
        var rules = more.Next(2) == 0 ? null : Rules(more);
        return new AccountDocument(Client, profile, team, history, diary, updates, settings, opportunities: opportunities, plan: plan, relationships: map, communications: programme, negotiations: negotiations, offers: offers, planReviews: reviews, internalCommunication: rules);
    }

    /// <summary>A plan review of the sample plan (or of no plan), with every goal judged and evidenced, its people on the team and in the map.</summary>
    internal static PlanReviewRecord Review(Random random, AccountPlan? plan, string[] ours, string[] theirs)
    {
        var goals = plan?.Goals.Select(g => g.Id).ToArray() ?? new[] { "research", "small-orders" };
        return new PlanReviewRecord(Client, PlanStart.PlusDays(random.Next(0, 120)))
        {
            Title = random.Next(2) == 0 ? null : "Review",
            OurParticipants = Pick(random, ours, 1 + random.Next(2)),
            ClientParticipants = Pick(random, theirs, random.Next(3)),
            Goals = goals.OrderBy(_ => random.Next()).Select(g => new GoalReview(g, (GoalReviewStatus)random.Next(4)) { Evidence = "seen " + g }).ToArray(),
            Decisions = random.Next(2) == 0 ? Array.Empty<ReviewDecision>() : new[] { new ReviewDecision("decided") { Goals = new[] { goals[random.Next(goals.Length)] } } },
            Changes = random.Next(3) > 0 ? Array.Empty<AgreedChange>() : new[] { new AgreedChange("changed") { Goals = new[] { goals[random.Next(goals.Length)] } } },
        };
    }

    /// <summary>Valid rules of internal communication: some of the defaults and a contact rule, windows of one to ten days.</summary>
    internal static InternalCommunicationSettings Rules(Random random)
    {
        var rules = InternalCommunicationSettings.DefaultRules.Where(_ => random.Next(3) > 0).ToList();
        if (random.Next(2) == 0)
        {
            rules.Add(new InternalNoticeRule("contact-" + random.Next(100), NoticeTrigger.Contact) { Role = TeamRole.ExecutiveSponsor, Keywords = new[] { "subject 1", "notes" }, Within = Period.FromDays(1 + random.Next(10)) });
        }

        return new InternalCommunicationSettings(rules, random.Next(2) == 0 ? null : Period.FromDays(1 + random.Next(10)));
    }

    private static string[] Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Length)).ToArray();
}
