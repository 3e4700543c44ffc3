using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Cli.Pareto;

/// <summary>Runs the library's 20/80 analysis on the amounts read and turns its result into a <see cref="ParetoReport"/>.</summary>
internal static class ParetoAnalysis
{
    // TEMPORARY stand-in until KeyAccount.Core.Pareto lands on main: replaced by a call to the library.
    public static ParetoReport Analyse(ClientAmounts amounts, double target)
    {
        var order = Enumerable.Range(0, amounts.Ids.Count)
            .OrderByDescending(i => amounts.Amounts[i])
            .ThenBy(i => amounts.Ids[i], StringComparer.Ordinal)
            .ToArray();
        var total = amounts.Amounts.Sum();
        var ranked = new List<RankedClient>();
        var curve = new List<CurvePoint> { new(0, 0) };
        decimal cumulative = 0;
        var vital = -1;
        for (var r = 0; r < order.Length; r++)
        {
            var i = order[r];
            cumulative += amounts.Amounts[i];
            var cum = (double)(cumulative / total);
            if (vital < 0 && cum >= target)
            {
                vital = r + 1;
            }

            ranked.Add(new RankedClient(r + 1, amounts.Ids[i], amounts.Amounts[i], (double)(amounts.Amounts[i] / total), cum, 'C', vital < 0 || vital == r + 1));
            curve.Add(new CurvePoint((r + 1.0) / order.Length, cum));
        }

        return new ParetoReport(order.Length, amounts.Rows, total, target, vital, (double)vital / order.Length, ranked[vital - 1].CumulativeShare, 0, 0, 0, 0, order.Length, null, ranked, curve);
    }
}
