using System;

namespace KeyAccount.Core.NetFxCheck;

/// <summary>
/// Checks of the method's areas on .NET Framework: each area calls its main analysis on a small
/// input with a known answer and reports each answer through <c>check(what, ok)</c>.
/// </summary>
internal static class AreaChecks
{
    public static void Run(Action<string, bool> check)
    {
        Pareto(check);
        Classification(check);
        Ladder(check);
        Opportunities(check);
        Planning(check);
    }

    // ---- Pareto ----
    private static void Pareto(Action<string, bool> check)
    {
        // R ineq's example: Gini 0.4620911, Herfindahl 0.1840812; R ABCanalysis: A 2, B 3, C 5.
        decimal[] amounts = [541m, 1463m, 2445m, 3438m, 4437m, 5401m, 6392m, 8304m, 11904m, 22261m];
        var ids = new ClientId[amounts.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = new ClientId("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var analysis = global::KeyAccount.Core.Pareto.ParetoAnalysis.Analyze(ids, amounts, Currency.Eur);
        var concentration = analysis.GetConcentration();
        check("pareto: total", analysis.Total == 66586m);
        check("pareto: gini", Math.Abs(concentration.Gini - 0.4620911) < 1e-7);
        check("pareto: hhi", Math.Abs(concentration.Hhi - 0.1840812) < 1e-7);
        check("pareto: top client", analysis.GetByRank(1).Client == new ClientId("c9"));
        check("pareto: vital few for 80%", analysis.GetVitalFew().Count == 5);
        var abc = analysis.GetComputedAbc();
        check("pareto: computed ABC as R", abc.A == 2 && abc.B == 3 && abc.C == 5 && abc.AbLimit == 8304m && abc.BcLimit == 5401m);

        // Cents on the 64-bit fast path, ties ranked by id, and a whale curve.
        var whale = global::KeyAccount.Core.Pareto.ParetoAnalysis.Analyze(
            [new ClientId("b"), new ClientId("a"), new ClientId("c")], [10.25m, 10.25m, -0.5m], Currency.Eur);
        check("pareto: exact cents", whale.Total == 20.00m && whale.PositiveTotal == 20.5m);
        check("pareto: ties by id", whale.GetByRank(1).Client == new ClientId("a"));
        check("pareto: whale", whale.GetWhaleCurve().LossMakers == 1 && whale.GetWhaleCurve().LossAmount == 0.5m);
        var json = global::KeyAccount.Core.Json.KeyAccountJson.Serialize(whale.Summarize());
        check("pareto: summary JSON", json.IndexOf("\"lossMakers\": 1", StringComparison.Ordinal) >= 0);
    }

    // ---- Classification ----
    private static void Classification(Action<string, bool> check)
    {
        // Profits 50/30/10/6/4 each quarter: the vital few (80%) are A and B.
        var clients = new[]
        {
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("A"), profits: new decimal?[] { 50m, 50m, 50m, 50m }, opportunityCounts: new int?[] { 2, 1, 3, 2 }, ladderLevel: (KeyAccount.Core.Ladder.LadderLevel)4, industryRank: 1),
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("B"), profits: new decimal?[] { 30m, 30m, 30m, 30m }, ladderLevel: (KeyAccount.Core.Ladder.LadderLevel)2, marketShare: 0.02),
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("C"), profits: new decimal?[] { 10m, 10m, 10m, 10m }, opportunityCounts: new int?[] { 1, 1, 1, 1 }, ladderLevel: (KeyAccount.Core.Ladder.LadderLevel)3, influenceRating: 80),
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("D"), profits: new decimal?[] { 6m, 6m, 6m, 6m }),
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("E"), profits: new decimal?[] { 4m, 4m, 4m, 4m }),
        };
        var result = KeyAccount.Core.Classification.KeyClientClassifier.ClassifyPortfolio(clients);
        check("classification: A is key", result.Clients[0].Tier == KeyAccount.Core.Classification.ClientTier.Key);
        check("classification: B is in the vital few 4 of 4 but other", result.Clients[1].SteadyHighProfit.PeriodsInVitalFew == 4 && result.Clients[1].Tier == KeyAccount.Core.Classification.ClientTier.Other);
        check("classification: C is potential key", result.Clients[2].Tier == KeyAccount.Core.Classification.ClientTier.PotentialKey);
        check("classification: D rests on missing evidence", result.Clients[3].RestsOnMissingEvidence);
        check("classification: explanation is invariant", result.Clients[0].Explanation.StartsWith("Key: meets 4 of 4 criteria. Steady high profit: met (in the top-80% group in 4 of 4 periods", StringComparison.Ordinal));

        var lists = new[]
        {
            new KeyAccount.Core.Classification.DepartmentList("sales", new[] { new ClientId("A"), new ClientId("B"), new ClientId("C") }),
            new KeyAccount.Core.Classification.DepartmentList("finance", new[] { new ClientId("A"), new ClientId("B") }),
            new KeyAccount.Core.Classification.DepartmentList("marketing", new[] { new ClientId("A"), new ClientId("D") }),
        };
        var comparison = KeyAccount.Core.Classification.DepartmentListComparer.Compare(lists, result);
        check("classification: Fleiss' kappa is -1/35", Math.Abs(comparison.FleissKappa!.Value + (1.0 / 35)) < 1e-12);
        check("classification: consensus is A, B", comparison.Consensus.Count == 2 && comparison.Consensus[1] == new ClientId("B"));
        check("classification: B, C, D named without evidence", comparison.NamedWithoutEvidence.Count == 3);

        var json = KeyAccount.Core.Json.KeyAccountJson.Serialize(new KeyAccount.Core.Classification.ClassificationPortfolioDocument(Currency.Eur, clients, departments: lists));
        var back = KeyAccount.Core.Json.KeyAccountJson.Deserialize<KeyAccount.Core.Classification.ClassificationPortfolioDocument>(json);
        check("classification: document round-trips", KeyAccount.Core.Json.KeyAccountJson.Serialize(back) == json);
    }

    // ---- Ladder ----
    private static void Ladder(Action<string, bool> check)
    {
        // The source's value adder: U = (0.75 + 0.5 + 1.125 + 0.75 + 0.375 + 0.75) / 6.5 = 4.25 / 6.5,
        // rung 3, score (U - 0.5) / 0.25 = 0.6154, confidence 6.5 / 10 = 0.65.
        var valueAdder = new KeyAccount.Core.Ladder.LadderAnswers
        {
            NeedsYouAsMuchAsYouNeedIt = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            MakesAgreementsWithCompetitors = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            LikesToDiscussBusinessProblems = KeyAccount.Core.Ladder.AnswerFrequency.Often,
            PrefersCompetitorsOffers = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
            DrivesYouUpTheWall = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
            PutsOffPlannedVisits = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
        };
        var p = KeyAccount.Core.Ladder.LadderPositioner.Position(valueAdder);
        check("ladder: value adder on rung 3", p.Level == KeyAccount.Core.Ladder.LadderLevel.ValueAdder);
        check("ladder: score 0.6154", Math.Abs(p.Score - (((4.25 / 6.5) - 0.5) / 0.25)) < 1e-12);
        check("ladder: confidence 0.65", Math.Abs(p.Confidence - 0.65) < 1e-12);
        check("ladder: sign one of the chosen", p.Rung.Sign == "one of the chosen");

        // The client rarely discusses business problems: held at rung 2; the gap to your own view is -1.
        var clientView = valueAdder with
        {
            MakesAgreementsWithCompetitors = KeyAccount.Core.Ladder.AnswerFrequency.Often,
            LikesToDiscussBusinessProblems = KeyAccount.Core.Ladder.AnswerFrequency.Rarely,
            PrefersCompetitorsOffers = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            DrivesYouUpTheWall = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
            PutsOffPlannedVisits = KeyAccount.Core.Ladder.AnswerFrequency.Sometimes,
        };
        var set = new KeyAccount.Core.Ladder.LadderAssessmentSet(
            new NodaTime.LocalDate(2026, 3, 31),
            new[] { new KeyAccount.Core.Ladder.ClientLadderAssessment(new ClientId("acme"), valueAdder, clientView) });
        var back = KeyAccount.Core.Json.KeyAccountJson.Deserialize<KeyAccount.Core.Ladder.LadderAssessmentSet>(KeyAccount.Core.Json.KeyAccountJson.Serialize(set));
        var perspectives = KeyAccount.Core.Ladder.LadderPositioner.Perspectives(back.Assessments[0]);
        check("ladder: client's view on rung 2", perspectives.ClientView!.Level == KeyAccount.Core.Ladder.LadderLevel.Provider);
        check("ladder: gap -1", Math.Abs(perspectives.Gap!.Value + 1) < 1e-9);
        var portfolio = KeyAccount.Core.Ladder.LadderPositioner.Portfolio(back);
        check("ladder: portfolio counts the client's view", portfolio.Distribution[1].Count == 1 && portfolio.Entries[0].UsesClientView);
        var climb = KeyAccount.Core.Ladder.LadderPositioner.Climb(clientView);
        check("ladder: climb starts with discussing business problems", climb.Levers[0].Signal == KeyAccount.Core.Ladder.LadderSignal.LikesToDiscussBusinessProblems && climb.LeversToNextRung == 1);
    }

    // ---- Opportunities ----
    private static void Opportunities(Action<string, bool> check)
    {
        // Budget 10 h, 1000 EUR, 5 person-days. Expected returns a 600, b 500, c 720; a + b fit
        // exactly (10 h, 1000 EUR), c with either needs 11 h. Optimum {a, b} = 1100; greedy takes c.
        static KeyAccount.Core.Opportunities.Opportunity Make(string id, decimal benefit, decimal probability, decimal hours, decimal money, decimal days) =>
            new(id, new ClientId("acme"), id, KeyAccount.Core.Opportunities.OpportunityClass.ExpandBusiness, KeyAccount.Core.Opportunities.OpportunitySource.ClientBusinessGoals, benefit, probability, KeyAccount.Core.ResourceAmounts.FromHours(hours, money, days));
        var portfolio = new KeyAccount.Core.Opportunities.OpportunityPortfolio(
            Currency.Eur,
            KeyAccount.Core.ResourceAmounts.FromHours(10m, 1000m, 5m),
            new[] { Make("a", 1000m, 0.6m, 5m, 500m, 2m), Make("b", 1000m, 0.5m, 5m, 500m, 2m), Make("c", 800m, 0.9m, 6m, 200m, 1m) });
        var exact = KeyAccount.Core.Opportunities.OpportunitySelector.Select(portfolio);
        check("opportunities: optimum is {a, b}", string.Join(",", exact.Chosen) == "a,b");
        check("opportunities: value 1100, proven", exact.Value == 1100m && exact.ProvenOptimal && exact.UpperBound == 1100m);
        var greedy = KeyAccount.Core.Opportunities.OpportunitySelector.Select(portfolio, KeyAccount.Core.Opportunities.SelectionOptions.Greedy);
        check("opportunities: greedy takes c with a bound >= 1100", string.Join(",", greedy.Chosen) == "c" && greedy.UpperBound >= 1100m);
        var scores = KeyAccount.Core.Opportunities.OpportunityScoring.Score(portfolio.Opportunities, Currency.Eur);
        check("opportunities: median value threshold 600", scores.ValueThreshold == 600m);
        var json = KeyAccount.Core.Json.KeyAccountJson.Serialize(portfolio);
        check("opportunities: portfolio JSON round trip", KeyAccount.Core.Json.KeyAccountJson.Serialize(KeyAccount.Core.Json.KeyAccountJson.Deserialize<KeyAccount.Core.Opportunities.OpportunityPortfolio>(json)) == json);
    }

    // ---- Planning ----
    private static void Planning(Action<string, bool> check)
    {
        var start = new NodaTime.LocalDate(2026, 1, 1);
        var plan = KeyAccount.Core.Planning.SamplePlans.PublisherAndBookshop(start);
        check("planning: the sample plan is clean on its first day", KeyAccount.Core.Planning.PlanValidator.Validate(plan, start).Count == 0);
        var later = KeyAccount.Core.Planning.PlanValidator.Validate(plan, start.PlusDays(100));
        check("planning: 100 days in, a passed deadline and an overdue review", later.Count == 2 && later[0].Code == "KAP012" && later[0].Path == "goals[0].deadline" && later[1].Code == "KAP034");
        var json = KeyAccount.Core.Json.KeyAccountJson.Serialize(plan);
        var back = KeyAccount.Core.Json.KeyAccountJson.Deserialize<KeyAccount.Core.Planning.AccountPlan>(json);
        check("planning: the plan round-trips through JSON", KeyAccount.Core.Json.KeyAccountJson.Serialize(back) == json);
        var schedule = KeyAccount.Core.Planning.PlanSchedule.Analyze(plan);
        check("planning: the critical path runs brief to promote", string.Join(",", schedule.CriticalPath) == "brief,survey,report,series,launch,promote");
        check("planning: the schedule ends on day 330", schedule.End == start.PlusDays(330));
        check("planning: the series goal falls due six months after the launch", schedule.Goals[2].Deadline == new NodaTime.LocalDate(2026, 12, 20) && schedule.Goals[2].SlackDays == 23);
    }
}
