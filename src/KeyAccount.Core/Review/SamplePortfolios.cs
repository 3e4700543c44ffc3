using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Review;

/// <summary>
/// Ready portfolios for the review, for tests, documentation and demonstrations: the method's
/// publisher and its client bookshops (the built-in portfolio of <c>keyaccount review</c>).
/// </summary>
public static class SamplePortfolios
{
    /// <summary>The seed of the generator; changing it changes the built-in portfolio.</summary>
    public const int Seed = 20260331;

    private const int ClientCount = 300;
    private const int Periods = 4;
    private const int Assessed = 40;
    private const int WithOpportunities = 25;

    /// <summary>The day the sample portfolio is reviewed: 2026-03-31.</summary>
    public static LocalDate AsOf { get; } = new(2026, 3, 31);

    /// <summary>
    /// A made-up book publisher's 300 client bookshops over four quarters, generated from
    /// <see cref="Seed"/>, so it is the same on every machine and run. Profits follow a heavy-tailed
    /// law (about a fifth of the clients bring most of the profit, some lose money); the 40 largest
    /// have ladder answers, the 25 largest opportunities; the budgets cover about a third of what
    /// the opportunities need; the plan is <see cref="SamplePlans.PublisherAndBookshop"/> from
    /// 2026-01-05, for the shop with the largest profit potential (a key client), with that shop's
    /// relationship map (<see cref="SampleMaps.Bookshop"/>) and communication programme
    /// (<see cref="SamplePrograms.PublisherAndBookshop"/>), and the mail-order negotiation and offer
    /// (<see cref="SampleNegotiations"/>; the offer made to the same key client, for its
    /// opportunity <c>opp-001</c>). Its one account is that shop's: the method's bookshop
    /// account (<see cref="SampleAccounts.PublisherAndBookshop"/>) under the shop's id, so the
    /// review ends with its health on 2025-12-31 and 2026-03-31, the change explained (the figures
    /// of <c>SampleHealth.PublisherAndBookshop()</c>). Dated <see cref="AsOf"/>.
    /// </summary>
    /// <returns>A new portfolio document that reviews without errors.</returns>
    public static PortfolioDocument PublisherAndBookshops()
    {
        var random = new Random(Seed);
        var currency = Currency.Eur;
        var clients = Enumerable.Range(1, ClientCount).Select(i => new ClientId(string.Format(CultureInfo.InvariantCulture, "shop-{0:000}", i))).ToArray();

        // Yearly profit potential: Pareto law with alpha 1.16 (the 80/20 law), scaled, with loss makers.
        var potential = new decimal[ClientCount];
        for (var i = 0; i < ClientCount; i++)
        {
            var u = 1 - random.NextDouble();
            var value = 2_000 * Math.Pow(u, -1 / 1.16);
            potential[i] = (decimal)Math.Round(Math.Min(value, 400_000));
            if (random.NextDouble() < 0.08)
            {
                potential[i] = -(decimal)Math.Round(500 + (random.NextDouble() * 6_000));
            }
        }

        var order = Enumerable.Range(0, ClientCount).OrderByDescending(i => potential[i]).ThenBy(i => i).ToArray();
        var rankOf = new int[ClientCount];
        for (var r = 0; r < ClientCount; r++)
        {
            rankOf[order[r]] = r;
        }

        // The ladder: the larger the client, the likelier a partnership; answers follow a hidden level.
        var assessments = new List<ClientLadderAssessment>();
        var ladderLevel = new LadderLevel?[ClientCount];
        for (var r = 0; r < Assessed; r++)
        {
            var i = order[r];
            var level = Clamp(4 - (r / 10) + random.Next(-1, 2), 1, 4);
            var own = Answers(random, level + (random.NextDouble() < 0.4 ? 1 : 0));
            var clientView = r % 2 == 0 ? Answers(random, level) : null;
            var indicators = new LadderIndicators
            {
                ShareOfWallet = Math.Round(0.1 + (0.18 * level) + (0.1 * random.NextDouble()), 2),
                Retention = Math.Round(0.45 + (0.12 * level), 2),
                DealsLostOnPrice = Math.Round(0.55 - (0.12 * level), 2),
            };
            var competitors = r % 5 == 0 ? new[] { new CompetitorAssessment("Rival Press", Answers(random, Clamp(level - 1 + random.Next(0, 3), 1, 4))) } : null;
            assessments.Add(new ClientLadderAssessment(clients[i], own, clientView, indicators, competitors));
            ladderLevel[i] = LadderPositioner.Position(clientView ?? own, indicators).Level;
        }

        // The evidence per client: quarterly profit with noise, opportunities, market position.
        var evidence = new List<ClientEvidence>();
        for (var i = 0; i < ClientCount; i++)
        {
            var profits = new decimal?[Periods];
            var sales = new decimal?[Periods];
            var opportunityCounts = new int?[Periods];
            var opportunityValues = new decimal?[Periods];
            for (var p = 0; p < Periods; p++)
            {
                var noise = 0.75 + (0.5 * random.NextDouble());
                profits[p] = Math.Round(potential[i] / 4 * (decimal)noise);
                sales[p] = Math.Round(Math.Abs(potential[i]) * (decimal)(2.5 + random.NextDouble()));
                var chances = rankOf[i] < 60 ? random.Next(0, 4) : random.Next(0, 2);
                opportunityCounts[p] = chances;
                opportunityValues[p] = chances * Math.Round(Math.Abs(potential[i]) / 10);
            }

            var rank = rankOf[i];
            evidence.Add(new ClientEvidence(
                clients[i],
                profits: profits,
                opportunityCounts: opportunityCounts,
                opportunityValues: opportunityValues,
                sales: sales,
                ladderLevel: ladderLevel[i],
                industryRank: rank < 80 ? 1 + random.Next(0, 12) : null,
                marketShare: rank < 80 ? Math.Round(0.02 + (0.25 * random.NextDouble()), 3) : null));
        }

        var classification = new ClassificationPortfolioDocument(currency, evidence);
        var planStart = new LocalDate(2026, 1, 5);
        var keyClient = clients[order[0]];
        return new PortfolioDocument(
            "Sample: a book publisher's 300 client bookshops",
            AsOf,
            classification,
            new LadderAssessmentSet(AsOf, assessments),
            Opportunities(random, clients, order, currency),
            // The source's plan, for the most profitable shop: the plan is for a key client.
            SamplePlans.PublisherAndBookshop(planStart) with { Client = keyClient },
            relationships: SampleMaps.Bookshop with { Client = keyClient },
            communications: SamplePrograms.PublisherAndBookshop(planStart) with { Client = keyClient },
            // The negotiation plan keeps the sample's own client id (SampleNegotiations.Client): its
            // client is fixed at construction, and no check across areas covers it. The offer is
            // made to the key client, so the review checks its tier and its opportunity (opp-001,
            // the key client's mail-order opportunity) against the classification and the opportunities.
            negotiation: SampleNegotiations.MailOrderNegotiation,
            offer: OfferTo(SampleNegotiations.MailOrderOffer, keyClient),
            accounts: new[] { BookshopAccount(keyClient) });
    }

    /// <summary>
    /// The method's bookshop account as the account of <paramref name="client"/>: every <c>client</c>
    /// member of the account and of the documents it holds (plan, map, programme, opportunities,
    /// negotiations, offers) names <paramref name="client"/> instead of the sample's <c>bookshop</c>;
    /// everything else is the sample's, so its health is the sample's.
    /// </summary>
    private static AccountDocument BookshopAccount(ClientId client)
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var tree = JsonNode.Parse(KeyAccountJson.Serialize(sample))!;
        Rename(tree, sample.Client.Value, client.Value);
        return KeyAccountJson.Deserialize<AccountDocument>(tree.ToJsonString());
    }

    private static void Rename(JsonNode? node, string from, string to)
    {
        if (node is JsonObject obj)
        {
            foreach (var property in obj.ToList())
            {
                if (property.Key == "client" && property.Value is JsonValue value && value.TryGetValue<string>(out var id) && id == from)
                {
                    obj["client"] = to;
                }
                else
                {
                    Rename(property.Value, from, to);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Rename(item, from, to);
            }
        }
    }

    /// <summary>The sample offer made to <paramref name="client"/> (an offer's client is fixed at construction).</summary>
    private static Offer OfferTo(Offer o, ClientId client) =>
        new(o.Id, client, o.ClientGoal, o.Problem, o.Solution, o.Pricing, o.Start, o.HorizonEnd, o.DiscountRate, o.Benefits, o.ClientCosts, o.Opportunity, o.Tier, o.PaymentTermDays, o.Exclusive, o.Presentation, o.Title, o.FormatVersion);

    private static OpportunityPortfolio Opportunities(Random random, ClientId[] clients, int[] order, Currency currency)
    {
        var classes = new[] { OpportunityClass.IncreaseExistingProductUse, OpportunityClass.ImproveService, OpportunityClass.ExpandBusiness, OpportunityClass.MarketInformation };
        var sources = new[] { OpportunitySource.ClientBusinessGoals, OpportunitySource.CompetitorAnalysis, OpportunitySource.QuantitativeSalesFigures, OpportunitySource.QualitativeSalesFigures };
        var titles = new[] { "Standing order for the bestseller list", "Next-day delivery of small orders", "Mail-order service for pensioners", "Market research on the shop's readers" };
        var list = new List<Opportunity>();
        var total = ResourceAmounts.Zero;
        for (var r = 0; r < WithOpportunities; r++)
        {
            var count = r < 8 ? 3 : r < 16 ? 2 : 1;
            for (var k = 0; k < count; k++)
            {
                var kind = random.Next(classes.Length);
                var needs = ResourceAmounts.FromHours(
                    10 * random.Next(2, 25),
                    500 * random.Next(1, 40),
                    random.Next(1, 16));
                total = total.Plus(needs);
                list.Add(new Opportunity(
                    string.Format(CultureInfo.InvariantCulture, "opp-{0:000}", list.Count + 1),
                    clients[order[r]],
                    titles[kind],
                    classes[kind],
                    sources[random.Next(sources.Length)],
                    1_000 * random.Next(5, 120),
                    Math.Round((decimal)(0.2 + (0.7 * random.NextDouble())), 2),
                    needs));
            }
        }

        var budget = new ResourceAmounts(total.Time / 3, Math.Round(total.Money / 3), Math.Round(total.PersonDays / 3));
        var links = new[]
        {
            new OpportunityLink(list[1].Id, OpportunityLinkKind.Requires, list[0].Id),
            new OpportunityLink(list[3].Id, OpportunityLinkKind.Excludes, list[4].Id),
        };
        return new OpportunityPortfolio(currency, budget, list, links, new[] { list[2].Id });
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;

    private static LadderAnswers Answers(Random random, int level)
    {
        // Favourable answers grow with the level: "needs you", "discusses problems" up; the rest down.
        AnswerFrequency Up() => (AnswerFrequency)Clamp(level + random.Next(0, 2), 1, 5);
        AnswerFrequency Down() => (AnswerFrequency)Clamp(6 - level - random.Next(0, 2), 1, 5);
        return new LadderAnswers
        {
            NeedsYouAsMuchAsYouNeedIt = Up(),
            MakesAgreementsWithCompetitors = Down(),
            LikesToDiscussBusinessProblems = Up(),
            PrefersCompetitorsOffers = Down(),
            DrivesYouUpTheWall = Down(),
            PutsOffPlannedVisits = Down(),
        };
    }
}
