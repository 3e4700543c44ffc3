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
        decimal[] amounts,
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
        while (positive < n && amounts[positive] > 0)
        {
            positive++;
        }

        while (positive + zero < n && amounts[positive + zero] == 0)
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
                    var share = (double)amounts[r] / total;
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
        for (var i = 0; i < n; i++)
        {
            if (clients[i].IsDefault)
            {
                throw new ArgumentException($"clients[{i}] is default(ClientId), which is not a client id.", nameof(clients));
            }
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var ids = new ClientId[n];
        var ranked = new decimal[n];
        long[]? cumulativeUnits = null;
        decimal[]? cumulativeExact = null;
        var scale = 0;
        if (TryScaledUnits(amounts, out var keys, out scale))
        {
            // keys hold minus the amount in units of 10^-scale: ascending keys rank the largest first.
            Array.Sort(keys, order);
            Permute(clients, order, ids);
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(ids, order, start, end - start);
                }

                start = end;
            }

            var cumulative = 0L;
            for (var r = 0; r < n; r++)
            {
                ranked[r] = amounts[order[r]];
                cumulative -= keys[r];
                keys[r] = cumulative;
            }

            cumulativeUnits = keys;
        }
        else
        {
            var negated = new decimal[n];
            for (var i = 0; i < n; i++)
            {
                negated[i] = -amounts[i];
            }

            Array.Sort(negated, order);
            Permute(clients, order, ids);
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && negated[end] == negated[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(ids, order, start, end - start);
                }

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

                if (n > 0)
                {
                    // The sum of the negative amounts must be representable too.
                    var losses = 0m;
                    for (var r = n - 1; r >= 0 && ranked[r] < 0; r--)
                    {
                        losses += ranked[r];
                    }
                }
            }
            catch (OverflowException ex)
            {
                throw new ArgumentException(
                    "The amounts add up beyond the range of decimal (about ±7.9e28): totals would not be exact. Express the amounts in a larger unit (thousands, millions) first; shares and classes do not change.",
                    nameof(amounts),
                    ex);
            }

            cumulativeExact = negated;
        }

        ClientIndex.Build(clients, order, ids, out var index, out var duplicate, out var original);
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
                throw new ArgumentOutOfRangeException(nameof(amounts), value, $"amounts[{i}] is {value}: amounts must be finite numbers.");
            }

            if (Math.Abs(value) >= 7.9e28)
            {
                throw new ArgumentOutOfRangeException(nameof(amounts), value, $"amounts[{i}] is {value}: beyond the range of decimal (about ±7.9e28).");
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
        NotNull(amounts, nameof(amounts));
        var ids = new List<ClientId>();
        var values = new List<decimal>();
        foreach (var pair in amounts)
        {
            ids.Add(pair.Key);
            values.Add(pair.Value);
        }

        return Analyze(ids.ToArray(), values.ToArray(), currency);
    }

    private decimal CumulativeAt(int position) =>
        _cumulativeUnits is not null
            ? FromUnits(_cumulativeUnits[position], _scale)
            : _cumulativeExact![position];

    private static void Permute(ReadOnlySpan<ClientId> clients, int[] order, ClientId[] ids)
    {
        for (var r = 0; r < order.Length; r++)
        {
            ids[r] = clients[order[r]];
        }
    }

    /// <summary>
    /// Converts every amount to minus a whole number of units of 10^-scale, when all fit and any sum of
    /// them fits in a long (each at most long.MaxValue / n in magnitude).
    /// </summary>
    private static bool TryScaledUnits(ReadOnlySpan<decimal> amounts, out long[] negatedUnits, out int scale)
    {
        negatedUnits = [];
        scale = 0;
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

        var limit = (ulong)long.MaxValue / (ulong)Math.Max(n, 1);
        var units = new long[n];
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
            units[i] = flags < 0 ? magnitude : -magnitude;
        }

        negatedUnits = units;
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
