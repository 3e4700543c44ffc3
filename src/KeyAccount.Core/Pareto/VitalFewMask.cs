using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// The 20/80 rule's vital few as a mask by input position: the fast path of
/// <see cref="ParetoAnalysis.GetVitalFew"/> for callers that need, for many sets of amounts (one per
/// period, a million clients each), whether each input position is in the vital few, without
/// building an analysis and an index from id to position.
/// </summary>
/// <remarks>
/// <para>
/// The definition is <see cref="ParetoAnalysis.GetVitalFew"/>'s (cross-checked in the tests): rank
/// the amounts highest first, ties by client id (ordinal); the vital few are the smallest top set
/// whose running sum reaches <c>(decimal)share × net total</c> (losses included), compared exactly in
/// decimal. Amounts of zero or less are never in it. When the net total is zero or negative, the
/// analysis has no vital few (count 0, or undefined for a loss) and the mask marks nobody.
/// </para>
/// <para>
/// The sort runs on <c>double</c> keys (a fast primitive sort; the decimal-to-double conversion is
/// monotone, so distinct keys are in the exact order); only the run of equal keys where the target
/// is crossed is then ordered exactly by the decimal amount and the id, so the answer is exact and
/// deterministic. The buffers are kept between calls.
/// </para>
/// </remarks>
internal sealed class VitalFewMask
{
    private double[] _keys = [];
    private int[] _order = [];

    /// <summary>
    /// Writes 1 (in the vital few) or 0 (not) to <c>mask[positions[k]]</c> for each of the first
    /// <paramref name="count"/> amounts.
    /// </summary>
    /// <param name="amounts">The amounts, any sign; the first <paramref name="count"/> are used.</param>
    /// <param name="ids">The client of each amount, for ties; parallel to <paramref name="amounts"/>.</param>
    /// <param name="positions">Where each amount's mark goes in <paramref name="mask"/>.</param>
    /// <param name="count">How many amounts.</param>
    /// <param name="share">The target share of the net total, in (0, 1].</param>
    /// <param name="mask">The marks.</param>
    /// <exception cref="OverflowException">The amounts (all, or the positive ones) add up beyond the range of decimal.</exception>
    public void Mark(decimal[] amounts, ClientId[] ids, int[] positions, int count, double share, sbyte[] mask)
    {
        if (_keys.Length < count)
        {
            _keys = new double[count];
            _order = new int[count];
        }

        var netTotal = 0m;
        var positiveTotal = 0m;
        for (var k = 0; k < count; k++)
        {
            var amount = amounts[k];
            netTotal += amount;
            if (amount > 0)
            {
                positiveTotal += amount;
            }

            _keys[k] = -(double)amount;
            _order[k] = k;
        }

        if (count == 0)
        {
            return;
        }

        Array.Sort(_keys, _order, 0, count);
        var target = netTotal * (decimal)share;
        var reached = netTotal <= 0;
        var cumulative = 0m;
        var start = 0;
        while (start < count)
        {
            var end = start + 1;
            while (end < count && _keys[end] == _keys[start])
            {
                end++;
            }

            // A negative key is a positive amount; the run holds only positive amounts then.
            var positive = _keys[start] < 0;
            var runSum = 0m;
            if (!reached && positive)
            {
                for (var k = start; k < end; k++)
                {
                    runSum += amounts[_order[k]];
                }
            }

            if (!reached && positive && cumulative + runSum < target)
            {
                cumulative += runSum;
                Fill(start, end, 1, positions, mask);
            }
            else if (!reached && positive)
            {
                if (end - start > 1)
                {
                    Array.Sort(_order, start, end - start, new TieComparer(amounts, ids));
                }

                for (var k = start; k < end; k++)
                {
                    var item = _order[k];
                    var member = !reached;
                    if (member)
                    {
                        cumulative += amounts[item];
                        reached = cumulative >= target;
                    }

                    mask[positions[item]] = member ? (sbyte)1 : (sbyte)0;
                }
            }
            else
            {
                Fill(start, end, 0, positions, mask);
            }

            start = end;
        }
    }

    private void Fill(int start, int end, sbyte code, int[] positions, sbyte[] mask)
    {
        for (var k = start; k < end; k++)
        {
            mask[positions[_order[k]]] = code;
        }
    }

    private sealed class TieComparer(decimal[] amounts, ClientId[] ids) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byAmount = amounts[y].CompareTo(amounts[x]);
            return byAmount != 0 ? byAmount : ids[x].CompareTo(ids[y]);
        }
    }
}
