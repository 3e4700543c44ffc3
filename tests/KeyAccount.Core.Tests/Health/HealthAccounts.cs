using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Health;

/// <summary>
/// Seeded account documents as a key account manager keeps them: any subset of the areas (each held
/// two times in three), a diary with decisions and commitments in every state, section updates of any
/// age, dates in 2025-07..2026-06; plan reviews (some marking on track a goal the schedule says is
/// late, some without evidence), internal entries, price decisions, finance and delivery on the team
/// or not, and rules of internal communication (the defaults, the account's own, now and then with
/// errors). Shared by the tests and the benchmarks (no FsCheck here).
/// </summary>
/// <remarks>
/// The plan reviews and internal communication are drawn from a second generator seeded from the
/// same seed, so the rest of each account is what it was before the account held them.
/// </remarks>
public static class HealthAccounts
{
    public static readonly LocalDate First = new(2025, 7, 1);

    public static AccountDocument Account(int seed, string id, int maxEntries = 8)
    {
        var random = new Random(seed);
        var more = new Random(unchecked(seed * 31 + 7));
        var client = new ClientId(id);
        var team = new List<AccountTeamMember> { new("u-kam", "Key account manager", TeamRole.AccountManager, "sales"), new("u-exec", "Sales director", TeamRole.ExecutiveSponsor, "management") };
        if (more.Next(2) == 0)
        {
            team.Add(new AccountTeamMember("u-fin", "Finance partner", TeamRole.Specialist, "finance"));
        }

        if (more.Next(2) == 0)
        {
            team.Add(new AccountTeamMember("u-del", "Delivery lead", TeamRole.Specialist, "delivery"));
        }

        var lifecycle = new[] { new LifecycleChange(AccountStage.Onboarding, new LocalDate(2025, 6, 1), "u-exec", "Top client.") };
        var profile = random.Next(3) == 0 ? null : new AccountProfile("Client " + id, "retail");

        var diary = new List<DiaryEntry>();
        var entries = random.Next(0, maxEntries + 1);
        for (var i = 0; i < entries; i++)
        {
            var date = First.PlusDays(random.Next(0, 366));
            var at = date.AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(10 + i));
            var taken = new List<DiaryDecision>();
            for (var j = random.Next(0, 3); j > 0; j--)
            {
                var decision = $"dec-{i}-{j}";
                taken.Add(new DiaryDecision(decision, (more.Next(3) == 0 ? "Price cut " : "Decision ") + decision));
            }

            var made = new List<Commitment>();
            for (var j = random.Next(0, 4); j > 0; j--)
            {
                var due = date.PlusDays(random.Next(0, 90));
                var status = (CommitmentStatus)random.Next(0, 4);
                if (random.Next(2) == 0)
                {
                    status = CommitmentStatus.Open;
                }

                LocalDate? closed = status == CommitmentStatus.Open ? null : date.PlusDays(random.Next(0, 120));
                var follows = taken.Count > 0 && random.Next(2) == 0 ? taken[random.Next(taken.Count)].Id : null;
                made.Add(new Commitment($"c-{i}-{j}", "u-kam", "Do " + j, due, status, closed, follows));
            }

            diary.Add(new DiaryEntry($"d-{i}", at, "UTC", DiaryEntryKind.Meeting, "Meeting " + i, ourParticipants: new[] { "u-kam" }, decisions: taken, commitments: made));
        }

        // Internal entries: the account team passing things on, sometimes in time.
        for (var i = more.Next(0, 4); i > 0; i--)
        {
            var at = First.PlusDays(more.Next(0, 366)).AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(9));
            var ours = team.Where(_ => more.Next(2) == 0).Select(m => m.Id).ToArray();
            diary.Add(new DiaryEntry($"n-{i}", at, "UTC", DiaryEntryKind.Internal, "Passed on " + i, ourParticipants: ours.Length == 0 ? new[] { "u-kam" } : ours));
        }

        var updates = new List<SectionUpdate>();
        foreach (var section in new[] { AccountSection.Profile, AccountSection.LadderAssessment, AccountSection.ClassificationEvidence, AccountSection.PlanReview, AccountSection.Opportunities })
        {
            if (random.Next(3) > 0)
            {
                updates.Add(new SectionUpdate(section, new LocalDate(2025, 6, 1).PlusDays(random.Next(0, 400)), "u-kam", "Updated."));
            }
        }

        var evidence = random.Next(3) == 0 ? null : Evidence(random, client);
        var ladder = random.Next(3) == 0 ? null : Ladder(random, client);
        var plan = random.Next(3) == 0 ? null : SamplePlans.PublisherAndBookshop(new LocalDate(2025, 9, 1).PlusDays(random.Next(0, 120))) with { Client = client };
        var opportunities = random.Next(3) == 0 ? null : Opportunities(random, client);
        var map = random.Next(3) == 0 ? null : Map(random, client);
        var programme = random.Next(3) == 0 ? null : Programme(First.PlusDays(random.Next(0, 270)), client);
        if (plan is not null && more.Next(3) == 0)
        {
            // The research report finishes after the research goal's deadline: the schedule says it is late.
            plan = plan with { Actions = plan.Actions.Select(a => a.Id == "report" ? a with { Due = a.Start!.Value.PlusDays(40) } : a).ToArray() };
        }

        var reviews = Enumerable.Range(0, plan is null ? more.Next(2) : more.Next(4)).Select(_ => Review(more, client)).ToArray();
        return new AccountDocument(client, profile, team, lifecycle, diary, updates, evidence: evidence, ladder: ladder, opportunities: opportunities, plan: plan, relationships: map, communications: programme, planReviews: reviews, internalCommunication: Rules(more));
    }

    /// <summary>A review of the sample plan's goals, dated in 2025-09..2026-06: any status, evidence two times in three, now and then a goal left out or unknown.</summary>
    public static PlanReviewRecord Review(Random random, ClientId client)
    {
        var goals = new[] { "research", "small-orders", "handicraft-series", "unknown-goal" }
            .Where(g => g == "unknown-goal" ? random.Next(6) == 0 : random.Next(5) > 0)
            .Select(g => new GoalReview(g, (GoalReviewStatus)random.Next(4)) { Evidence = random.Next(3) == 0 ? null : "Seen on " + g + "." })
            .ToArray();
        return new PlanReviewRecord(client, new LocalDate(2025, 9, 1).PlusDays(random.Next(0, 300)))
        {
            OurParticipants = random.Next(5) == 0 ? Array.Empty<string>() : new[] { "u-kam" },
            Goals = goals,
            Changes = random.Next(4) == 0 ? new[] { new AgreedChange("Drop a goal.") { Goals = new[] { "unknown-goal" } } } : Array.Empty<AgreedChange>(),
        };
    }

    /// <summary>The default rules (null), the account's own (the defaults with a shorter window and a contact rule), or now and then rules with an error.</summary>
    public static InternalCommunicationSettings? Rules(Random random) => random.Next(8) switch
    {
        0 or 1 or 2 => null,
        3 => new InternalCommunicationSettings(within: Period.FromDays(-1)),
        _ => new InternalCommunicationSettings(
            InternalCommunicationSettings.DefaultRules.Append(new InternalNoticeRule("meetings-to-sponsor", NoticeTrigger.Contact) { Role = TeamRole.ExecutiveSponsor, Keywords = new[] { "Meeting 1" } }).ToArray(),
            Period.FromDays(1 + random.Next(10))),
    };

    public static ClientEvidence Evidence(Random random, ClientId client)
    {
        var periods = random.Next(1, 6);
        decimal?[] profits = Enumerable.Range(0, periods).Select(_ => (decimal?)random.Next(-50, 500)).ToArray();
        bool?[] vital = Enumerable.Range(0, periods).Select(_ => (bool?)(random.Next(3) > 0)).ToArray();
        int?[] counts = Enumerable.Range(0, periods).Select(_ => (int?)random.Next(0, 5)).ToArray();
        decimal?[] values = Enumerable.Range(0, periods).Select(_ => (decimal?)random.Next(0, 1000)).ToArray();
        decimal?[] sales = Enumerable.Range(0, periods).Select(_ => (decimal?)random.Next(0, 5000)).ToArray();
        return new ClientEvidence(
            client,
            profits,
            vital,
            counts,
            values,
            sales,
            random.Next(4) == 0 ? null : (LadderLevel)random.Next(1, 5),
            industryRank: random.Next(3) == 0 ? null : random.Next(1, 20),
            marketShare: random.Next(3) == 0 ? null : random.NextDouble() * 0.4);
    }

    public static ClientLadderAssessment Ladder(Random random, ClientId client)
    {
        LadderAnswers Answers() => new()
        {
            NeedsYouAsMuchAsYouNeedIt = (AnswerFrequency)random.Next(0, 6),
            MakesAgreementsWithCompetitors = (AnswerFrequency)random.Next(0, 6),
            LikesToDiscussBusinessProblems = (AnswerFrequency)random.Next(0, 6),
            PrefersCompetitorsOffers = (AnswerFrequency)random.Next(0, 6),
            DrivesYouUpTheWall = (AnswerFrequency)random.Next(0, 6),
            PutsOffPlannedVisits = (AnswerFrequency)random.Next(0, 6),
        };

        return new ClientLadderAssessment(client, Answers(), random.Next(2) == 0 ? null : Answers(), asOf: random.Next(2) == 0 ? null : First.PlusDays(random.Next(0, 366)));
    }

    public static OpportunityPortfolio Opportunities(Random random, ClientId client)
    {
        var list = Enumerable.Range(0, random.Next(0, 6))
            .Select(i => new Opportunity($"o-{i}", client, "Opportunity " + i, (OpportunityClass)random.Next(0, 3), OpportunitySource.ClientBusinessGoals, random.Next(1, 100) * 100m, random.Next(1, 11) / 10m, ResourceAmounts.FromHours(random.Next(1, 50), random.Next(0, 5000), random.Next(0, 20))))
            .ToArray();
        var mustDo = list.Length > 0 && random.Next(4) == 0 ? new[] { list[0].Id } : null;
        return new OpportunityPortfolio(new Currency("EUR"), ResourceAmounts.FromHours(random.Next(0, 120), random.Next(0, 10000), random.Next(0, 40)), list, mustDo: mustDo);
    }

    /// <summary>The bookshop's map for <paramref name="client"/>, with about two in three of its relationships kept and their strengths sometimes unassessed or changed.</summary>
    public static RelationshipMap Map(Random random, ClientId client)
    {
        var sample = SampleMaps.Bookshop;
        var kept = sample.Relationships
            .Where(_ => random.Next(3) > 0)
            .Select(r => random.Next(4) > 0 ? r : r with { Strength = random.Next(3) == 0 ? null : (RelationshipStrength)random.Next(1, 5) })
            .ToArray();
        return sample with { Client = client, Relationships = kept };
    }

    /// <summary>
    /// The publisher's communication programme for <paramref name="client"/>, its audiences pointed at
    /// the people and units of <see cref="SampleMaps.Bookshop"/> (the two samples name the shop's
    /// people differently), so that it checks against the map's people without errors.
    /// </summary>
    public static CommunicationProgramme Programme(LocalDate start, ClientId client)
    {
        var sample = SamplePrograms.PublisherAndBookshop(start);
        var people = new Dictionary<string, string>(StringComparer.Ordinal) { ["shop-owner"] = "owner" };
        var units = new Dictionary<string, string>(StringComparer.Ordinal) { ["mail-order"] = "Store", ["shop-floor"] = "Store" };
        var audiences = sample.Audiences
            .Select(a => a with
            {
                People = a.People.Select(p => people.TryGetValue(p, out var q) ? q : p).ToArray(),
                Units = a.Units.Select(u => units.TryGetValue(u, out var v) ? v : u).ToArray(),
            })
            .ToArray();
        return sample with { Client = client, Audiences = audiences };
    }
}
