using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace KeyAccount.Core.Pareto;

/// <content>Creating the analysis: validation, the one sort, exact running sums.</content>
public sealed partial class ParetoAnalysis
{
    private const int MaxFastScale = 18;

    private static readonly ulong[] PowersOfTen = BuildPowersOfTen();

    // The fast path reads the 96-bit mantissa and the scale straight from decimal's four ints
    // (flags, hi, lo, mid on .NET Framework, Mono and .NET alike); checked once against GetBits.
    private static readonly bool DecimalLayoutKnown = CheckDecimalLayout();

    private ParetoAnalysis(
        Currency currency,
        ClientId[] ids,
        decimal[]? amounts,
        long[]? cumulativeUnits,
        decimal[]? cumulativeExact,
        int scale,
        ClientIndex index)
    {
        Currency = currency;
        _ids = ids;
        _amounts = amounts;
        _cumulativeUnits = cumulativeUnits;
        _cumulativeExact = cumulativeExact;
        _scale = scale;
        _index = index;

        var n = ids.Length;
        var positive = 0;
        var zero = 0;
        while (positive < n && SignAt(positive) > 0)
        {
            positive++;
        }

        while (positive + zero < n && SignAt(positive + zero) == 0)
        {
            zero++;
        }

        PositiveCount = positive;
        ZeroCount = zero;
        Total = n == 0 ? 0m : CumulativeAt(n - 1);
        PositiveTotal = positive == 0 ? 0m : CumulativeAt(positive - 1);
        LossTotal = Total - PositiveTotal;
        _unitsTotal = cumulativeUnits is null || n == 0 ? 0m : cumulativeUnits[n - 1];

        if (Total > 0)
        {
            var shares = new double[n];
            var sumOfSquares = 0.0;
            var sumOfCumulative = 0.0;
            if (cumulativeUnits is not null)
            {
                double total = cumulativeUnits[n - 1];
                var previous = 0L;
                for (var r = 0; r < n; r++)
                {
                    var cumulative = cumulativeUnits[r];
                    var share = (cumulative - previous) / total;
                    previous = cumulative;
                    var cumulativeShare = cumulative / total;
                    shares[r] = cumulativeShare;
                    sumOfSquares += share * share;
                    sumOfCumulative += cumulativeShare;
                }
            }
            else
            {
                var total = (double)Total;
                for (var r = 0; r < n; r++)
                {
                    var share = (double)amounts![r] / total;
                    var cumulativeShare = (double)cumulativeExact![r] / total;
                    shares[r] = cumulativeShare;
                    sumOfSquares += share * share;
                    sumOfCumulative += cumulativeShare;
                }
            }

            _cumulativeShares = shares;
            _sumOfSquaredShares = sumOfSquares;
            _sumOfCumulativeShares = sumOfCumulative;
        }
    }

    /// <summary>Analyses one amount per client.</summary>
    /// <param name="clients">The clients; each id once.</param>
    /// <param name="amounts">The amounts, parallel to <paramref name="clients"/>, any sign, in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <returns>The analysis; for no clients, an empty analysis (count 0, total 0).</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="currency"/> is <c>default</c>; the spans differ in length; a client is
    /// <c>default(ClientId)</c> (the message gives its position); a client id appears twice (the message
    /// gives the id and both positions); or the positive amounts, the negative amounts or all amounts
    /// add up beyond the range of <see cref="decimal"/> (about ±7.9e28).
    /// </exception>
    public static ParetoAnalysis Analyze(ReadOnlySpan<ClientId> clients, ReadOnlySpan<decimal> amounts, Currency currency)
    {
        RequireCurrency(currency);
        RequireSameLength(clients.Length, amounts.Length);
        var n = clients.Length;
        var hashes = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (clients[i].IsDefault)
            {
                throw new ArgumentException($"clients[{i}] is default(ClientId), which is not a client id.", nameof(clients));
            }

            hashes[i] = ClientIndex.Hash(clients[i]);
        }

        int[] order;
        ClientId[] ids;
        decimal[]? ranked = null;
        long[]? cumulativeUnits = null;
        decimal[]? cumulativeExact = null;
        if (TryScaledUnits(amounts, out var keys, out var scale, out var minKey, out var maxKey))
        {
            cumulativeUnits = RankByUnits(clients, keys, minKey, maxKey, out order, out ids);
        }
        else
        {
            cumulativeExact = RankExactly(clients, amounts, out order, out ids, out ranked);
        }

        ClientIndex.Build(clients, hashes, order, ids, out var index, out var duplicate, out var original);
        if (index is null)
        {
            throw new ArgumentException(
                $"Client id '{clients[duplicate]}' appears twice, at clients[{original}] and clients[{duplicate}]; give one amount per client (sum them first).",
                nameof(clients));
        }

        return new ParetoAnalysis(currency, ids, ranked, cumulativeUnits, cumulativeExact, scale, index);
    }

    /// <summary>Analyses one amount per client given as <see cref="double"/>.</summary>
    /// <param name="clients">The clients; each id once.</param>
    /// <param name="amounts">
    /// The amounts, parallel to <paramref name="clients"/>, any sign. Each is converted to
    /// <see cref="decimal"/> as <c>(decimal)value</c> does (rounded to 15 significant digits, so 0.1
    /// stays 0.1), and then analysed exactly.
    /// </param>
    /// <param name="currency">The currency of every amount.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is NaN or infinite, or beyond ±7.9e28 (the range of decimal); the message gives its position, for example <c>amounts[3]</c>.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Analyze(ReadOnlySpan{ClientId}, ReadOnlySpan{decimal}, Currency)"/>.</exception>
    public static ParetoAnalysis Analyze(ReadOnlySpan<ClientId> clients, ReadOnlySpan<double> amounts, Currency currency)
    {
        RequireCurrency(currency);
        RequireSameLength(clients.Length, amounts.Length);
        var converted = new decimal[amounts.Length];
        for (var i = 0; i < amounts.Length; i++)
        {
            var value = amounts[i];
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(amounts), value, FormattableString.Invariant($"amounts[{i}] is {value}: amounts must be finite numbers."));
            }

            if (Math.Abs(value) >= 7.9e28)
            {
                throw new ArgumentOutOfRangeException(nameof(amounts), value, FormattableString.Invariant($"amounts[{i}] is {value}: beyond the range of decimal (about ±7.9e28)."));
            }

            converted[i] = (decimal)value;
        }

        return Analyze(clients, converted, currency);
    }

    /// <summary>Analyses one amount per client given as pairs of client and amount.</summary>
    /// <param name="amounts">The clients and their amounts; each client once.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Analyze(ReadOnlySpan{ClientId}, ReadOnlySpan{decimal}, Currency)"/>.</exception>
    public static ParetoAnalysis Analyze(IEnumerable<KeyValuePair<ClientId, decimal>> amounts, Currency currency)
    {
        Require.NotNull(amounts, nameof(amounts));
        var ids = new List<ClientId>();
        var values = new List<decimal>();
        foreach (var pair in amounts)
        {
            ids.Add(pair.Key);
            values.Add(pair.Value);
        }

        return Analyze(ids.ToArray(), values.ToArray(), currency);
    }

    /// <summary>The amount of the client at a position (0-based rank): stored on the decimal path, the difference of two running sums on the 64-bit path.</summary>
    private decimal AmountAt(int position) =>
        _cumulativeUnits is not null
            ? FromUnits(UnitsAt(position), _scale)
            : _amounts![position];

    /// <summary>On the 64-bit path, the amount at a position in units of 10^-scale.</summary>
    private long UnitsAt(int position) =>
        position == 0 ? _cumulativeUnits![0] : unchecked(_cumulativeUnits![position] - _cumulativeUnits[position - 1]);

    private int SignAt(int position) =>
        _cumulativeUnits is not null ? Math.Sign(UnitsAt(position)) : Math.Sign(_amounts![position]);

    /// <summary>True when the clients at two positions have the same amount.</summary>
    private bool SameAmount(int first, int second) =>
        _cumulativeUnits is not null ? UnitsAt(first) == UnitsAt(second) : _amounts![first] == _amounts[second];

    private decimal CumulativeAt(int position) =>
        _cumulativeUnits is not null
            ? FromUnits(_cumulativeUnits[position], _scale)
            : _cumulativeExact![position];

    /// <summary>
    /// Ranks amounts given as minus whole units (the fast path): one radix sort of (key, input position)
    /// packed in a ulong, then the ids of equal amounts sorted by id. Returns the running sums of the
    /// amounts in rank order, in units, in the array of keys.
    /// </summary>
    private static long[] RankByUnits(ReadOnlySpan<ClientId> clients, long[] keys, long minKey, long maxKey, out int[] order, out ClientId[] ids)
    {
        var n = keys.Length;
        order = new int[n];
        ids = new ClientId[n];
        if (n == 0)
        {
            return keys;
        }

        // TryScaledUnits bounds every key by long.MaxValue / (2n): the key range needs at most
        // 64 - BitLength(n - 1) bits, so key and position always fit one ulong together.
        var positionBits = BitLength(unchecked((ulong)(n - 1)));
        var keyBits = BitLength(unchecked((ulong)(maxKey - minKey)));
        if (positionBits + keyBits > 64)
        {
            throw new InvalidOperationException("Internal error: a ranking key does not fit in 64 bits.");
        }

        var packed = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            packed[i] = unchecked(((ulong)(keys[i] - minKey) << positionBits) | (uint)i);
        }

        RadixSort.SortByBits(packed, positionBits, positionBits + keyBits);

        var positionMask = (1UL << positionBits) - 1;
        var running = 0L;
        var tieStart = 0;
        for (var r = 0; r < n; r++)
        {
            var value = packed[r];
            var position = unchecked((int)(value & positionMask));
            order[r] = position;
            ids[r] = clients[position];

            // No overflow: TryScaledUnits keeps every partial sum within long.
            running = unchecked(running - ((long)(value >> positionBits) + minKey));
            keys[r] = running;
            if (r > 0 && (value >> positionBits) != (packed[r - 1] >> positionBits))
            {
                SortTieById(ids, order, tieStart, r);
                tieStart = r;
            }
        }

        SortTieById(ids, order, tieStart, n);
        return keys;
    }

    /// <summary>Ranks amounts as decimals (the path for amounts beyond 64-bit units): sort, ties by id, exact running sums.</summary>
    private static decimal[] RankExactly(ReadOnlySpan<ClientId> clients, ReadOnlySpan<decimal> amounts, out int[] order, out ClientId[] ids, out decimal[] ranked)
    {
        var n = amounts.Length;
        order = new int[n];
        ids = new ClientId[n];
        ranked = new decimal[n];
        var negated = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            negated[i] = -amounts[i];
        }

        Array.Sort(negated, order);
        for (var r = 0; r < n; r++)
        {
            ids[r] = clients[order[r]];
        }

        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && negated[end] == negated[start])
            {
                end++;
            }

            SortTieById(ids, order, start, end);
            start = end;
        }

        // Ranked largest first, the running sum rises to the sum of the positive amounts and then
        // falls to the net total: it stays in range exactly when those two sums do.
        var cumulative = 0m;
        try
        {
            for (var r = 0; r < n; r++)
            {
                var amount = amounts[order[r]];
                ranked[r] = amount;
                cumulative += amount;
                negated[r] = cumulative;
            }

            // The sum of the negative amounts must be representable too.
            var losses = 0m;
            for (var r = n - 1; r >= 0 && ranked[r] < 0; r--)
            {
                losses += ranked[r];
            }
        }
        catch (OverflowException ex)
        {
            throw new ArgumentException(
                "The amounts add up beyond the range of decimal (about ±7.9e28): totals would not be exact. Express the amounts in a larger unit (thousands, millions) first; shares and classes do not change.",
                nameof(amounts),
                ex);
        }

        return negated;
    }

    /// <summary>Orders ranks start to end − 1 (clients with equal amounts) by id, ordinally, moving their input positions along.</summary>
    private static void SortTieById(ClientId[] ids, int[] order, int start, int end)
    {
        var length = end - start;
        if (length < 2)
        {
            return;
        }

        if (length > 16)
        {
            Array.Sort(ids, order, start, length);
            return;
        }

        // Most ties are pairs and triples: an insertion sort with the ordinal comparison inline.
        for (var i = start + 1; i < end; i++)
        {
            var id = ids[i];
            var position = order[i];
            var value = id.Value;
            var j = i - 1;
            while (j >= start && string.CompareOrdinal(ids[j].Value, value) > 0)
            {
                ids[j + 1] = ids[j];
                order[j + 1] = order[j];
                j--;
            }

            ids[j + 1] = id;
            order[j + 1] = position;
        }
    }

    /// <summary>The number of bits up to the highest set bit (0 for 0).</summary>
    private static int BitLength(ulong value)
    {
        var bits = 0;
        while (value != 0)
        {
            bits++;
            value >>= 1;
        }

        return bits;
    }

    /// <summary>
    /// Converts every amount to minus a whole number of units of 10^-scale, when all fit and each is at
    /// most long.MaxValue / (2n) in magnitude: then any sum of them fits in a long, and the range of the
    /// keys and an input position fit together in a ulong.
    /// </summary>
    private static bool TryScaledUnits(ReadOnlySpan<decimal> amounts, out long[] negatedUnits, out int scale, out long minKey, out long maxKey)
    {
        negatedUnits = [];
        scale = 0;
        minKey = 0;
        maxKey = 0;
        if (!DecimalLayoutKnown)
        {
            return false;
        }

        var n = amounts.Length;
        var bits = MemoryMarshal.Cast<decimal, int>(amounts);
        for (var i = 0; i < n; i++)
        {
            if (bits[(4 * i) + 1] != 0)
            {
                return false;
            }

            var s = (bits[4 * i] >> 16) & 0xFF;
            if (s > scale)
            {
                scale = s;
            }
        }

        if (scale > MaxFastScale)
        {
            return false;
        }

        var limit = (ulong)long.MaxValue / (2UL * (ulong)Math.Max(n, 1));
        var units = new long[n];
        long min = 0, max = 0;
        for (var i = 0; i < n; i++)
        {
            var flags = bits[4 * i];
            var mantissa = ((ulong)unchecked((uint)bits[(4 * i) + 3]) << 32) | unchecked((uint)bits[(4 * i) + 2]);
            var factor = PowersOfTen[scale - ((flags >> 16) & 0xFF)];
            if (mantissa > limit / factor)
            {
                return false;
            }

            var magnitude = (long)(mantissa * factor);
            var key = flags < 0 ? magnitude : -magnitude;
            units[i] = key;
            if (i == 0 || key < min)
            {
                min = key;
            }

            if (i == 0 || key > max)
            {
                max = key;
            }
        }

        negatedUnits = units;
        minKey = min;
        maxKey = max;
        return true;
    }

    private static decimal FromUnits(long units, int scale)
    {
        var magnitude = units < 0 ? unchecked((ulong)(-(units + 1)) + 1UL) : (ulong)units;
        return new decimal(
            unchecked((int)(uint)magnitude),
            unchecked((int)(uint)(magnitude >> 32)),
            0,
            units < 0,
            (byte)scale);
    }

    private static ulong[] BuildPowersOfTen()
    {
        var powers = new ulong[MaxFastScale + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    private static bool CheckDecimalLayout()
    {
        ReadOnlySpan<decimal> probe = [-123456789012345678.901234m, 0.5m];
        var bits = MemoryMarshal.Cast<decimal, int>(probe);
        for (var k = 0; k < probe.Length; k++)
        {
            var expected = decimal.GetBits(probe[k]);
            if (bits[4 * k] != expected[3] || bits[(4 * k) + 1] != expected[2]
                || bits[(4 * k) + 2] != expected[0] || bits[(4 * k) + 3] != expected[1])
            {
                return false;
            }
        }

        return true;
    }
}
