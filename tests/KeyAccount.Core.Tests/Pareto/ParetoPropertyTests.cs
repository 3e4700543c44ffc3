using System;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Json;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>What must always hold for the 20/80 analysis.</summary>
[Properties(Arbitrary = [typeof(ParetoGenerators)], MaxTest = 200)]
public class ParetoPropertyTests
{
    private static ParetoAnalysis Analyze(ClientBase b) => ParetoAnalysis.Analyze(b.Ids, b.Amounts, Currency.Eur);

    [Property]
    public bool Ranking_is_the_straightforward_sort_with_exact_cumulative_shares(ClientBase b)
    {
        var analysis = Analyze(b);
        var expected = b.Ids.Zip(b.Amounts, (id, a) => (id, a))
            .OrderByDescending(x => x.a).ThenBy(x => x.id.Value, StringComparer.Ordinal).ToArray();
        var total = b.Amounts.Sum();
        var cumulative = 0m;
        for (var r = 0; r < expected.Length; r++)
        {
            cumulative += expected[r].a;
            var ranked = analysis.GetByRank(r + 1);
            if (ranked.Client != expected[r].id || ranked.Amount != expected[r].a
                || (total > 0 && Math.Abs(ranked.CumulativeShare!.Value - (double)(cumulative / total)) > 1e-15))
            {
                return false;
            }
        }

        return analysis.Total == total;
    }

    [Property]
    public bool Shares_sum_to_one_and_cumulative_shares_rise_to_exactly_one(ClientBase b)
    {
        var analysis = Analyze(b);
        if (!analysis.HasShares)
        {
            return analysis.Total == 0;
        }

        var ranking = analysis.Ranking.ToArray();
        return Math.Abs(ranking.Sum(r => r.Share!.Value) - 1) < 1e-9
            && ranking.Zip(ranking.Skip(1)).All(p => p.First.CumulativeShare <= p.Second.CumulativeShare)
            && ranking[^1].CumulativeShare == 1.0;
    }

    [Property]
    public bool Vital_few_is_minimal(ClientBase b, byte percent)
    {
        var target = 0.01 + (percent % 100 / 100.0);
        var analysis = Analyze(b);
        var vitalFew = analysis.GetVitalFew(target);
        if (!analysis.HasShares)
        {
            return vitalFew.Count == 0;
        }

        var sums = analysis.Ranking.Select(r => r.Amount).ToArray();
        var threshold = (decimal)target * analysis.Total;
        var reached = sums.Take(vitalFew.Count).Sum();
        var withoutLast = sums.Take(vitalFew.Count - 1).Sum();
        return reached >= threshold && withoutLast < threshold && vitalFew.ValueShare >= target - 1e-12;
    }

    [Property]
    public bool Results_do_not_depend_on_input_order(ClientBase b)
    {
        var reversed = new ClientBase(b.Ids.Reverse().ToArray(), b.Amounts.Reverse().ToArray());
        return KeyAccountJson.Serialize(Analyze(b).Summarize()) == KeyAccountJson.Serialize(Analyze(reversed).Summarize())
            && Analyze(b).Ranking.SequenceEqual(Analyze(reversed).Ranking);
    }

    [Property]
    public bool Scaling_by_a_positive_factor_changes_no_class_count_or_index(ClientBase b, byte which)
    {
        // Powers of two scale doubles exactly, so even the computed ABC curve is identical; the other
        // factors test shares and indices to rounding, and 10^16 moves the sums off the 64-bit fast path.
        decimal[] factors = [2m, 1024m, 3m, 0.01m, 10_000_000_000_000_000m];
        var factor = factors[which % factors.Length];
        var scaled = new ClientBase(b.Ids, b.Amounts.Select(a => a * factor).ToArray());
        var (x, y) = (Analyze(b), Analyze(scaled));
        var same = x.Ranking.Select(r => r.Client).SequenceEqual(y.Ranking.Select(r => r.Client))
            && x.GetVitalFew().Count == y.GetVitalFew().Count
            && x.GetAbcClasses() == y.GetAbcClasses() with { AbLimit = y.GetAbcClasses().AbLimit / factor, BcLimit = y.GetAbcClasses().BcLimit / factor, Explanation = x.GetAbcClasses().Explanation };
        if (x.CanMeasureConcentration)
        {
            var (cx, cy) = (x.GetConcentration(), y.GetConcentration());
            same &= Math.Abs(cx.Gini - cy.Gini) < 1e-12 && Math.Abs(cx.Hhi - cy.Hhi) < 1e-12;
        }

        if (factor is 2m or 1024m)
        {
            var (ax, ay) = (x.GetComputedAbc(), y.GetComputedAbc());
            same &= (ax.A, ax.B, ax.C, ax.Points) == (ay.A, ay.B, ay.C, ay.Points);
        }

        return same;
    }

    [Property]
    public bool Gini_and_HHI_stay_in_their_ranges(ClientBase b)
    {
        var analysis = Analyze(b);
        if (!analysis.CanMeasureConcentration)
        {
            return true;
        }

        var n = (double)analysis.Count;
        var c = analysis.GetConcentration();
        return c.Gini >= 0 && c.Gini <= 1 - (1 / n) && c.Hhi >= 1 / n && c.Hhi <= 1
            && c.GiniCorrected >= 0 && c.GiniCorrected <= 1 && c.HhiNormalized >= 0 && c.HhiNormalized <= 1;
    }

    [Property]
    public bool ABC_classes_partition_the_clients_in_amount_order_without_splitting_ties(ClientBase b)
    {
        var analysis = Analyze(b);
        return Holds(analysis, analysis.GetComputedAbc()) && Holds(analysis, analysis.GetAbcClasses());
    }

    [Property]
    public Property Signed_amounts_either_analyse_or_fail_as_documented() =>
        Prop.ForAll(ParetoGenerators.WithLosses.ToArbitrary(), b =>
        {
            var analysis = Analyze(b);
            var whale = analysis.GetWhaleCurve();
            var abc = analysis.GetComputedAbc();
            var summary = analysis.Summarize();
            return whale.PeakAmount - whale.LossAmount == analysis.Total
                && whale.PeakClients + whale.LossMakers + whale.ZeroClients == analysis.Count
                && Holds(analysis, abc)
                && (summary.Whale is not null) == analysis.HasLosses
                && (summary.VitalFew is null) == (analysis.Total < 0)
                && (summary.Gini is null) == !analysis.CanMeasureConcentration;
        });

    private static bool Holds(ParetoAnalysis analysis, AbcClasses abc)
    {
        if (abc.Count != analysis.Count || abc.A < 0 || abc.B < 0 || abc.C < 0)
        {
            return false;
        }

        var classes = analysis.Ranking.Select(r => (r.Amount, Class: abc.ClassAt(r.Rank))).ToArray();
        return classes.Zip(classes.Skip(1)).All(p => p.First.Class <= p.Second.Class)
            && classes.GroupBy(c => c.Amount).All(g => g.Select(c => c.Class).Distinct().Count() == 1);
    }
}
