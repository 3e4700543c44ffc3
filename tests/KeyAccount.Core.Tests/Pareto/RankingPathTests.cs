using System;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>
/// The ranking's fast paths against a reference sort: the radix sort itself, bases large enough to take
/// the radix path (not the insertion sort of small inputs), amounts at the edge of the 64-bit path, and
/// huge amounts that take the decimal path.
/// </summary>
public class RankingPathTests
{
    // Ties, zeros and negatives are common; huge or very precise values push a whole base onto the decimal path.
    private static readonly Gen<decimal> Amount = Gen.Elements(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).SelectMany(kind => kind switch
    {
        < 4 => Gen.Choose(-5, 20).Select(i => (decimal)i),
        < 8 => Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 100m),
        8 => Gen.Choose(0, 3).Select(i => i * 1_000_000_000_000m),
        _ => Gen.Elements(1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m, 11m, 12m, 13m, 14m, 15m, 16m, 17m, 18m, 19m, 20m, 21m, 22m, 23m, 24m, 25m, 26m, 27m, 28m, 29m,
            79_000_000_000_000_000_000_000_000m / 1000, -1e20m, 0.0000000000000000000001m, long.MaxValue / 3m),
    });

    private static readonly Gen<ClientBase> LargeBases =
        from n in Gen.Choose(RadixSort.InsertionSortLimit, 1500)
        from amounts in Gen.ArrayOf(Amount, n)
        from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        from prefix in Gen.Elements("", "k", "K-", "client ")
        select new ClientBase(order.Select(i => new ClientId(prefix + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture))).ToArray(), amounts);

    [Property(MaxTest = 60)]
    public Property Large_bases_rank_as_the_reference_sort_and_every_id_is_found() =>
        Prop.ForAll(LargeBases.ToArbitrary(), b =>
        {
            try
            {
                _ = b.Amounts.Sum();
                _ = b.Amounts.Where(a => a > 0).Sum();
                _ = b.Amounts.Where(a => a < 0).Sum();
            }
            catch (OverflowException)
            {
                return Assert.Throws<ArgumentException>(() => ParetoAnalysis.Analyze(b.Ids, b.Amounts, Currency.Eur)) is not null;
            }

            return MatchesReference(b);
        });

    [Fact]
    public void Amounts_at_the_edge_of_the_64_bit_path_rank_exactly()
    {
        // The 64-bit path takes amounts up to long.MaxValue / (2n) units; the first base sits exactly on
        // that bound at both signs (the key range then needs every bit next to the position), the second
        // just beyond it (the decimal path).
        foreach (var n in new[] { 2, 3, 64, 1000 })
        {
            var bound = long.MaxValue / (2L * n);
            foreach (var edge in new[] { bound, bound + 1 })
            {
                var ids = Enumerable.Range(0, n).Select(i => new ClientId("c" + (n - i).ToString("D4", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
                var amounts = Enumerable.Range(0, n).Select(i => (i % 4) switch { 0 => (decimal)edge, 1 => -(decimal)edge, 2 => 0m, _ => i % 7 }).ToArray();
                Assert.True(MatchesReference(new ClientBase(ids, amounts)), $"n = {n}, edge = {edge}");

                var cents = amounts.Select(a => a / 100).ToArray();
                Assert.True(MatchesReference(new ClientBase(ids, cents)), $"n = {n}, edge = {edge} cents");
            }
        }
    }

    [Fact]
    public void Equal_amounts_are_ordered_by_id_ordinally_on_the_radix_path()
    {
        // 500 clients with 3 amounts; ids whose ordinal order differs from their input order and from a
        // culture's order (upper case before lower case, "a10" before "a9").
        var ids = Enumerable.Range(0, 500).Select(i => new ClientId((i % 2 == 0 ? "a" : "B") + (499 - i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var amounts = Enumerable.Range(0, 500).Select(i => (decimal)(i % 3)).ToArray();
        var analysis = ParetoAnalysis.Analyze(ids, amounts, Currency.Eur);
        var expected = ids.Zip(amounts).OrderByDescending(x => x.Second).ThenBy(x => x.First.Value, StringComparer.Ordinal).Select(x => x.First).ToArray();
        Assert.Equal(expected, analysis.Ranking.Select(r => r.Client).ToArray());
    }

    [Fact]
    public void A_duplicate_in_a_large_base_names_its_first_repetition_in_input_order()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => new ClientId("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        ids[700] = new ClientId("c5");
        ids[400] = new ClientId("c900");
        ids[950] = new ClientId("c5");
        var amounts = Enumerable.Range(0, 1000).Select(i => (decimal)(1000 - i)).ToArray();
        var error = Assert.Throws<ArgumentException>(() => ParetoAnalysis.Analyze(ids, amounts, Currency.Eur));
        Assert.Equal("clients", error.ParamName);
        Assert.Contains("'c5' appears twice, at clients[5] and clients[700]", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Radix_sort_equals_a_stable_sort_by_the_key_bits() =>
        Prop.ForAll(
            (from n in Gen.OneOf(Gen.Choose(0, 60), Gen.Choose(60, 3000))
             from values in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 7).Select(i => (ulong)i), Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => unchecked(((ulong)(uint)t.Item1 << 32) | (uint)t.Item2))), n)
             from low in Gen.Choose(0, 64)
             from high in Gen.Choose(low, 64)
             select (Values: values, Low: low, High: high)).ToArbitrary(),
            c =>
            {
                var mask = c.High - c.Low == 64 ? ulong.MaxValue : (1UL << (c.High - c.Low)) - 1;
                var expected = c.Values.OrderBy(v => c.Low == 64 ? 0 : (v >> c.Low) & mask).ToArray();
                var actual = (ulong[])c.Values.Clone();
                RadixSort.SortByBits(actual, c.Low, c.High);
                return expected.SequenceEqual(actual);
            });

    [Fact]
    public void Radix_sort_keeps_input_order_within_equal_keys_and_skips_constant_digits()
    {
        // Key in bits 20..43 (24 bits, three digits of which the top one is constant); position below.
        var random = new Random(7);
        var keys = Enumerable.Range(0, 5000).Select(_ => (ulong)random.Next(0, 1 << 13) | (1UL << 22)).ToArray();
        var packed = keys.Select((k, i) => (k << 20) | (uint)i).ToArray();
        RadixSort.SortByBits(packed, 20, 44);
        var expected = keys.Select((k, i) => (k << 20) | (uint)i).OrderBy(v => v).ToArray();
        Assert.Equal(expected, packed);
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.SortByBits(packed, 10, 65));
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.SortByBits(packed, 10, 9));
    }

    private static bool MatchesReference(ClientBase b)
    {
        var analysis = ParetoAnalysis.Analyze(b.Ids, b.Amounts, Currency.Eur);
        var expected = b.Ids.Zip(b.Amounts, (id, a) => (id, a))
            .OrderByDescending(x => x.a).ThenBy(x => x.id.Value, StringComparer.Ordinal).ToArray();
        // Summed in rank order: beyond 28 significant digits decimal addition rounds, and the order matters.
        var total = expected.Aggregate(0m, (sum, x) => sum + x.a);
        if (analysis.Total != total || analysis.Count != expected.Length)
        {
            return false;
        }

        var cumulative = 0m;
        for (var r = 0; r < expected.Length; r++)
        {
            cumulative += expected[r].a;
            var ranked = analysis.GetByRank(r + 1);
            if (ranked.Client != expected[r].id || ranked.Amount != expected[r].a
                || (total > 0 && !Close(ranked.CumulativeShare!.Value, (double)cumulative / (double)total))
                || analysis.Find(expected[r].id).Rank != r + 1)
            {
                return false;
            }
        }

        return !analysis.TryFind(new ClientId("not a client"), out _)
            && analysis.PositiveCount == b.Amounts.Count(a => a > 0)
            && analysis.ZeroCount == b.Amounts.Count(a => a == 0);
    }

    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected));
}
