using System;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>
/// The vital-few mask (the classification's fast path, one call per period) marks exactly the
/// clients of <see cref="ParetoAnalysis.GetVitalFew"/>'s top set, wherever it writes them and
/// whatever the buffers held from an earlier call. Before these tests the Pareto area's own tests
/// did not reach the mask: mutation testing left all of its mutants alive.
/// </summary>
[Properties(Arbitrary = [typeof(ParetoGenerators)], MaxTest = 300)]
public class VitalFewMaskPropertyTests
{
    [Property]
    public bool Marks_the_top_set_of_the_analysis(ClientBase b, byte percent) =>
        Agrees(new VitalFewMask(), b, Share(percent));

    [Property]
    public Property Marks_the_top_set_with_losses_and_a_reused_buffer() =>
        Prop.ForAll(
            ParetoGenerators.WithLosses.ToArbitrary(),
            ParetoGenerators.WithLosses.ToArbitrary(),
            Gen.Choose(0, 99).ToArbitrary(),
            (first, second, percent) =>
            {
                // One mask for both calls, as the classification uses it: the second call must not
                // read what the first left in the buffers (a larger first call leaves longer ones).
                var mask = new VitalFewMask();
                return Agrees(mask, first, Share(percent)) && Agrees(mask, second, Share(99 - percent));
            });

    [Fact]
    public void Ties_where_the_target_is_crossed_are_ordered_by_id()
    {
        // 100 in total; 60% is reached inside the run of three 30s: k0 and k1 (by id) are in it,
        // k2 is not, although its amount is the same.
        var ids = new[] { new ClientId("k2"), new ClientId("k0"), new ClientId("k1"), new ClientId("k3") };
        var amounts = new[] { 30m, 30m, 30m, 10m };
        var mask = new sbyte[4];
        new VitalFewMask().Mark(amounts, ids, [0, 1, 2, 3], 4, 0.6, mask);
        Assert.Equal(new sbyte[] { 0, 1, 1, 0 }, mask);
    }

    [Fact]
    public void A_net_loss_or_a_zero_total_marks_nobody()
    {
        var ids = new[] { new ClientId("a"), new ClientId("b"), new ClientId("c") };
        var mask = new sbyte[] { 7, 7, 7 };
        new VitalFewMask().Mark([50m, -80m, 10m], ids, [0, 1, 2], 3, 0.8, mask);
        Assert.Equal(new sbyte[] { 0, 0, 0 }, mask);

        mask = [7, 7, 7];
        new VitalFewMask().Mark([0m, 0m, 0m], ids, [0, 1, 2], 3, 0.8, mask);
        Assert.Equal(new sbyte[] { 0, 0, 0 }, mask);
    }

    [Fact]
    public void Only_the_first_count_amounts_are_read_and_only_their_places_written()
    {
        var ids = new[] { new ClientId("a"), new ClientId("b"), new ClientId("c") };
        var mask = new sbyte[] { 7, 7, 7, 7 };
        new VitalFewMask().Mark([5m, 100m, 1_000m], ids, [3, 0, 2], 2, 0.8, mask);
        Assert.Equal(new sbyte[] { 1, 7, 7, 0 }, mask);
    }

    [Fact]
    public void Amounts_beyond_decimal_are_refused()
    {
        var ids = new[] { new ClientId("a"), new ClientId("b") };
        Assert.Throws<OverflowException>(() => new VitalFewMask().Mark([decimal.MaxValue, 1m], ids, [0, 1], 2, 0.8, new sbyte[2]));
    }

    private static double Share(int percent) => 0.01 + (percent % 100 / 100.0);

    /// <summary>
    /// The mask of <paramref name="b"/>, written through a shuffled position map into a mask that
    /// starts dirty, equals the analysis' vital few (nobody when the net total is not positive).
    /// </summary>
    private static bool Agrees(VitalFewMask mask, ClientBase b, double share)
    {
        var n = b.Ids.Length;
        var analysis = ParetoAnalysis.Analyze(b.Ids, b.Amounts, Currency.Eur);
        var members = analysis.Total > 0
            ? analysis.TopClients(analysis.GetVitalFew(share).Count).ToHashSet()
            : [];

        // Positions reversed, so a mask written by input index instead of by position is caught.
        var positions = Enumerable.Range(0, n).Select(k => n - 1 - k).ToArray();
        var marks = Enumerable.Repeat((sbyte)7, n + 1).ToArray();
        mask.Mark(b.Amounts, b.Ids, positions, n, share, marks);
        return Enumerable.Range(0, n).All(k => marks[positions[k]] == (members.Contains(b.Ids[k]) ? 1 : 0))
            && marks[n] == 7;
    }
}
