using System;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;
using NodaTime;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>Hand-checked examples and the edge cases of the 20/80 analysis, each with its documented answer.</summary>
public class ParetoExampleTests
{
    private static readonly decimal[] IneqExample = [541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261];

    internal static ParetoAnalysis Of(params decimal[] amounts) =>
        ParetoAnalysis.Analyze(amounts.Select((_, i) => new ClientId("c" + i)).ToArray(), amounts, Currency.Eur);

    [Fact]
    public void Published_example_gives_ineqs_Gini_and_Herfindahl()
    {
        var concentration = Of(IneqExample).GetConcentration();
        Assert.Equal(0.4620911, concentration.Gini, 7);
        Assert.Equal(0.1840812, concentration.Hhi, 7);
        Assert.Equal(0.4620911 * 10 / 9, concentration.GiniCorrected, 6);
        Assert.Equal(1840.812, concentration.HhiPoints, 3);
        Assert.Equal((0.1840812 - 0.1) / 0.9, concentration.HhiNormalized, 6);
    }

    [Fact]
    public void Ranking_orders_by_amount_then_by_id_with_exact_cumulative_shares()
    {
        var analysis = ParetoAnalysis.Analyze(
            [new ClientId("b"), new ClientId("a"), new ClientId("c"), new ClientId("d")], [20m, 20m, 50m, 10m], Currency.Eur);
        Assert.Equal(["c", "a", "b", "d"], analysis.Ranking.Select(r => r.Client.Value));
        Assert.Equal([0.5, 0.7, 0.9, 1.0], analysis.Ranking.Select(r => r.CumulativeShare!.Value));
        Assert.Equal([0.5, 0.2, 0.2, 0.1], analysis.Ranking.Select(r => r.Share!.Value));
        Assert.Equal(3, analysis.Find(new ClientId("b")).Rank);
        Assert.False(analysis.TryFind(new ClientId("zz"), out _));
        Assert.Throws<ArgumentException>(() => analysis.Find(new ClientId("zz")));
    }

    [Fact]
    public void Vital_few_is_the_fewest_top_clients_reaching_the_target()
    {
        var analysis = Of(50, 30, 10, 5, 5);
        var vitalFew = analysis.GetVitalFew();
        Assert.Equal((2, 0.4, 0.8), (vitalFew.Count, vitalFew.ClientShare, vitalFew.ValueShare));
        Assert.Equal("40% of clients (2 of 5) bring 80% of the value, the fewest that reach the target of 80%.", vitalFew.Explanation);
        Assert.Equal(3, analysis.GetVitalFew(0.81).Count);
        Assert.Equal(["c0", "c1"], analysis.TopClients(vitalFew.Count).Select(c => c.Value));
    }

    [Fact]
    public void Target_share_of_exactly_one_takes_every_client_with_a_positive_amount()
    {
        var vitalFew = Of(5, 3, 2, 0, 0).GetVitalFew(1.0);
        Assert.Equal((3, 0.6, 1.0), (vitalFew.Count, vitalFew.ClientShare, vitalFew.ValueShare));
    }

    [Fact]
    public void Top_share_answers_the_reverse_question()
    {
        var top = Of(IneqExample).GetTopShare();
        Assert.Equal(2, top.Count);
        Assert.Equal((22261 + 11904) / 66586.0, top.ValueShare, 12);
        Assert.Equal(1, Of(1, 2, 3).GetTopShare(0.2).Count);
    }

    [Fact]
    public void Empty_input_is_an_empty_analysis()
    {
        var analysis = Of();
        Assert.Equal((0, 0m), (analysis.Count, analysis.Total));
        Assert.Equal(0, analysis.GetVitalFew().Count);
        Assert.False(analysis.CanMeasureConcentration);
        Assert.Throws<InvalidOperationException>(analysis.GetConcentration);
        var abc = analysis.GetComputedAbc();
        Assert.Equal((0, 0, 0), (abc.A, abc.B, abc.C));
        var summary = analysis.Summarize();
        Assert.Null(summary.Gini);
        Assert.Null(summary.Hhi);
        Assert.Null(summary.Whale);
        Assert.Equal(0, summary.VitalFew!.Count);
    }

    [Fact]
    public void One_client_brings_everything()
    {
        var analysis = Of(7);
        Assert.Equal((1, 1.0, 1.0), (analysis.GetVitalFew().Count, analysis.GetVitalFew().ClientShare, analysis.GetVitalFew().ValueShare));
        var concentration = analysis.GetConcentration();
        Assert.Equal((0.0, 0.0, 1.0, 0.0), (concentration.Gini, concentration.GiniCorrected, concentration.Hhi, concentration.HhiNormalized));
        Assert.Equal((1, 0, 0), (analysis.GetAbcClasses().A, analysis.GetAbcClasses().B, analysis.GetAbcClasses().C));

        // R ABCanalysis leaves a single value unclassified; here it is B (docs/pareto.md).
        var abc = analysis.GetComputedAbc();
        Assert.Equal((0, 1, 0), (abc.A, abc.B, abc.C));
    }

    [Fact]
    public void All_zero_amounts_have_no_shares_and_are_all_C()
    {
        var analysis = Of(0, 0, 0);
        Assert.False(analysis.HasShares);
        Assert.Null(analysis.GetByRank(1).Share);
        Assert.Equal(0, analysis.GetVitalFew().Count);
        Assert.Throws<InvalidOperationException>(analysis.GetConcentration);
        Assert.Equal((0, 0, 3), (analysis.GetAbcClasses().A, analysis.GetAbcClasses().B, analysis.GetAbcClasses().C));
        Assert.Equal((0, 0, 3), (analysis.GetComputedAbc().A, analysis.GetComputedAbc().B, analysis.GetComputedAbc().C));
    }

    [Fact]
    public void Tied_clients_are_never_split_across_classes()
    {
        var analysis = Of(60, 15, 15, 5, 5);

        // The vital few for 70% is 2 clients (the tie is split by id) ...
        Assert.Equal(2, analysis.GetVitalFew(0.7).Count);

        // ... but class A takes both clients with 15, and B both clients with 5.
        var abc = analysis.GetAbcClasses(0.7, 0.95);
        Assert.Equal((3, 2, 0), (abc.A, abc.B, abc.C));
        Assert.Equal((5m, 5m), (abc.AbLimit!.Value, abc.BcLimit!.Value));
    }

    [Fact]
    public void Huge_amounts_are_summed_exactly_or_rejected_clearly()
    {
        // Beyond the 64-bit fast path: exact decimal sums.
        var analysis = Of(5_000_000_000_000_000_000m, 5_000_000_000_000_000_000m, 5_000_000_000_000_000_001m);
        Assert.Equal(15_000_000_000_000_000_001m, analysis.Total);
        Assert.Equal(1, analysis.GetByRank(1).Rank);
        Assert.Equal(2, analysis.GetVitalFew(0.6).Count);

        // Near decimal's limit: still exact while the total fits ...
        Assert.Equal(0.5, Of(3e28m, 3e28m).GetByRank(1).Share);

        // ... and a clear error naming the amounts when it does not.
        var error = Assert.Throws<ArgumentException>(() => Of(3e28m, 3e28m, 3e28m));
        Assert.Equal("amounts", error.ParamName);
        Assert.Contains("beyond the range of decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whale_sentence_says_when_no_client_makes_a_profit()
    {
        var whale = Of(-10, -20, 0).GetWhaleCurve();
        Assert.Equal((0, 2, 30m), (whale.PeakClients, whale.LossMakers, whale.LossAmount));
        Assert.Equal("No client makes a profit: 2 loss makers destroy 30 EUR, and 1 client stands at zero; the net total is -30 EUR.", whale.Explanation);
        Assert.Equal("No client makes a profit: 1 loss maker destroys 5 EUR; the net total is -5 EUR.", Of(-5).GetWhaleCurve().Explanation);
    }

    [Fact]
    public void The_whale_sentence_counts_one_client_and_one_loss_maker_in_the_singular()
    {
        var whale = Of(100, -20).GetWhaleCurve();
        Assert.Equal(
            "The 1 profitable client (50%) brings 100 EUR (125% of the net total); 1 loss maker destroys 20 EUR and pulls the net total down to 80 EUR.",
            whale.Explanation);
    }

    [Fact]
    public void Negative_and_zero_amounts_make_a_whale_curve()
    {
        var analysis = Of(100, 50, 0, -30, -20);
        Assert.Equal((100m, 150m, -50m), (analysis.Total, analysis.PositiveTotal, analysis.LossTotal));
        Assert.Equal([1.0, 1.5, 1.5, 1.3, 1.0], analysis.Ranking.Select(r => r.CumulativeShare!.Value));
        var whale = analysis.GetWhaleCurve();
        Assert.Equal((2, 150m, 1.5, 2, 50m, 1), (whale.PeakClients, whale.PeakAmount, whale.PeakShare!.Value, whale.LossMakers, whale.LossAmount, whale.ZeroClients));
        Assert.Equal(
            "The 2 profitable clients (40%) bring 150 EUR (150% of the net total); 2 loss makers destroy 50 EUR and pull the net total down to 100 EUR.",
            whale.Explanation);
        Assert.Equal(1, analysis.GetVitalFew().Count);
        Assert.False(analysis.CanMeasureConcentration);
        Assert.Throws<InvalidOperationException>(analysis.GetConcentration);
        Assert.Throws<InvalidOperationException>(() => analysis.GetLorenzCurve());
        var curve = analysis.GetCumulativeCurve();
        Assert.Equal(1.5, curve.Max(p => p.ValueShare));
        var summary = analysis.Summarize();
        Assert.Null(summary.Gini);
        Assert.NotNull(summary.Whale);
    }

    [Fact]
    public void A_net_loss_has_no_shares_and_no_vital_few()
    {
        var analysis = Of(10, -20);
        Assert.Throws<InvalidOperationException>(() => analysis.GetVitalFew());
        var summary = analysis.Summarize();
        Assert.Null(summary.VitalFew);
        Assert.Null(summary.Whale!.PeakShare);
        Assert.Equal((0, 1, 1), (summary.Abc.A, summary.Abc.B, summary.Abc.C));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e30)]
    public void Double_overload_rejects_non_finite_and_out_of_range_values_naming_the_position(double bad)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ParetoAnalysis.Analyze([new ClientId("a"), new ClientId("b")], [1.5, bad], Currency.Eur));
        Assert.Equal("amounts", error.ParamName);
        Assert.Contains("amounts[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_overload_writes_the_refused_value_the_same_way_in_every_culture()
    {
        var error = CommaDecimalCulture.Run(() => Assert.Throws<ArgumentOutOfRangeException>(() =>
            ParetoAnalysis.Analyze([new ClientId("a"), new ClientId("b")], [1.5, -1.5e29], Currency.Eur)));
        Assert.StartsWith("amounts[1] is -1.5E+29: beyond the range of decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_overload_converts_to_decimal()
    {
        var analysis = ParetoAnalysis.Analyze([new ClientId("a"), new ClientId("b")], [0.1, 0.2], Currency.Eur);
        Assert.Equal(0.3m, analysis.Total);
    }

    [Fact]
    public void Bad_input_names_the_parameter_and_the_position()
    {
        var duplicate = Assert.Throws<ArgumentException>(() =>
            ParetoAnalysis.Analyze([new ClientId("a"), new ClientId("b"), new ClientId("a")], [1m, 2m, 3m], Currency.Eur));
        Assert.Equal("clients", duplicate.ParamName);
        Assert.Contains("'a' appears twice, at clients[0] and clients[2]", duplicate.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<ArgumentException>(() => ParetoAnalysis.Analyze([new ClientId("a"), default], [1m, 2m], Currency.Eur));
        Assert.Contains("clients[1]", missing.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => ParetoAnalysis.Analyze([new ClientId("a")], [1m, 2m], Currency.Eur));
        Assert.Throws<ArgumentException>(() => ParetoAnalysis.Analyze([new ClientId("a")], [1m], default));
        Assert.Throws<ArgumentOutOfRangeException>(() => Of(1).GetVitalFew(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Of(1).GetVitalFew(1.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => Of(1).GetAbcClasses(0.9, 0.8));
    }

    [Fact]
    public void Lorenz_curve_has_exact_vertices_and_is_bounded()
    {
        Assert.Equal(
            [new(0, 0), new(0.25, 0.1), new(0.5, 0.3), new(0.75, 0.6), new(1, 1)],
            Of(1, 2, 3, 4).GetLorenzCurve());

        var many = Of(Enumerable.Range(1, 10_000).Select(i => (decimal)i * i).ToArray());
        var curve = many.GetLorenzCurve(21);
        Assert.InRange(curve.Count, 3, 21);
        Assert.Equal(new CurvePoint(0, 0), curve[0]);
        Assert.Equal(new CurvePoint(1, 1), curve[^1]);
        Assert.True(curve.Zip(curve.Skip(1)).All(p => p.First.ClientShare < p.Second.ClientShare && p.First.ValueShare <= p.Second.ValueShare));
        Assert.Equal(1.0, many.ConcentrationRatio(10_000));
    }

    [Fact]
    public void Concentration_ratio_is_the_share_of_the_top_k()
    {
        var analysis = Of(IneqExample);
        Assert.Equal(22261 / 66586.0, analysis.ConcentrationRatio(1), 12);
        Assert.Equal(1.0, analysis.ConcentrationRatio(50));
    }

    [Fact]
    public void Transactions_are_summed_per_client_inside_the_period_with_both_ends_inclusive()
    {
        var a = new ClientId("a");
        var b = new ClientId("b");
        var c = new ClientId("c");
        var period = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        ClientTransaction[] rows =
        [
            new(a, 10m, new LocalDate(2026, 1, 1)),
            new(a, 5m, new LocalDate(2026, 3, 31)),
            new(a, 100m, new LocalDate(2025, 12, 31)),
            new(b, -4m, new LocalDate(2026, 2, 1)),
            new(c, 7m, new LocalDate(2026, 4, 1)),
        ];
        var sums = ClientTransaction.SumByClient(rows, period);
        Assert.Equal([("a", 15m), ("b", -4m)], sums.Select(p => (p.Key.Value, p.Value)));
        var analysis = ParetoAnalysis.FromTransactions(rows, period, Currency.Eur);
        Assert.Equal((2, 11m), (analysis.Count, analysis.Total));
    }

    [Fact]
    public void Cdnow_first_quarter_buyers_are_all_found_and_their_value_is_concentrated()
    {
        var firstQuarter = new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1997, 3, 31));
        var analysis = ParetoAnalysis.FromTransactions(ParetoData.CdnowRows, firstQuarter, Currency.Usd);
        Assert.Equal(23_570, analysis.Count);
        Assert.InRange(analysis.GetVitalFew().ClientShare, 0.2, 0.6);
    }

    [Fact]
    public void Superstore_profit_has_155_loss_makers()
    {
        var (ids, profit) = ParetoData.SuperstoreByCustomer(20);
        var analysis = ParetoAnalysis.Analyze(ids, profit, Currency.Usd);
        var whale = analysis.GetWhaleCurve();
        Assert.Equal((793, 155), (analysis.Count, whale.LossMakers));
        Assert.Equal(analysis.Total, whale.PeakAmount - whale.LossAmount);
        Assert.True(whale.PeakShare > 1);
        Assert.Equal(-profit.Where(p => p < 0).Sum(), whale.LossAmount);
    }
}
