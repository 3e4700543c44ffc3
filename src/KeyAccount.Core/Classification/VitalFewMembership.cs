using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>
/// The one seam between the classification and the 20/80 analysis: which clients of one period are
/// the vital few, computed from all clients' profits of that period with one sort.
/// </summary>
/// <remarks>
/// Definition (the same as the Pareto area's vital few): rank the clients with a known profit by
/// profit, highest first, ties by client id (ordinal); the vital few are the smallest top set whose
/// cumulative profit reaches <c>share</c> of the period's total positive profit. Clients with zero or
/// negative profit are never in it; when no client has a positive profit nobody is. The sort runs on
/// <c>double</c> keys (fast primitive sort); runs of equal keys are then ordered exactly by the
/// decimal profit and the id, so the answer is exact and deterministic.
/// </remarks>
internal sealed class VitalFewMembership
{
    private decimal[] _profits = [];
    private int[] _owners = [];
    private double[] _keys = [];
    private int[] _order = [];

    /// <summary>
    /// Marks, for the clients whose profit is known in this period, membership 1 or 0 in
    /// <paramref name="result"/> at <c>offset + clientIndex</c>; leaves the others untouched.
    /// </summary>
    /// <param name="clients">All clients.</param>
    /// <param name="period">The period index in the portfolio's history (0 = oldest).</param>
    /// <param name="periodCount">The portfolio's history length.</param>
    /// <param name="share">The vital-few share, (0, 1].</param>
    /// <param name="result">Membership codes, one per client, at <paramref name="offset"/>.</param>
    /// <param name="offset">Where this period's codes start in <paramref name="result"/>.</param>
    public void Compute(IReadOnlyList<ClientEvidence> clients, int period, int periodCount, double share, sbyte[] result, int offset)
    {
        var n = clients.Count;
        if (_profits.Length < n)
        {
            _profits = new decimal[n];
            _owners = new int[n];
            _keys = new double[n];
            _order = new int[n];
        }

        var count = 0;
        var positiveTotal = 0m;
        for (var i = 0; i < n; i++)
        {
            var profits = clients[i].ProfitArray;
            var s = period - (periodCount - profits.Length);
            if (s >= 0 && s < profits.Length && profits[s] is { } p)
            {
                _profits[count] = p;
                _owners[count] = i;
                _keys[count] = -(double)p;
                _order[count] = count;
                if (p > 0)
                {
                    positiveTotal += p;
                }

                count++;
            }
        }

        if (count == 0)
        {
            return;
        }

        Array.Sort(_keys, _order, 0, count);
        OrderTiesExactly(clients, count);

        var target = positiveTotal * (decimal)share;
        var cumulative = 0m;
        var reached = positiveTotal <= 0;
        for (var k = 0; k < count; k++)
        {
            var item = _order[k];
            var member = !reached && _profits[item] > 0;
            if (member)
            {
                cumulative += _profits[item];
                reached = cumulative >= target;
            }

            result[offset + _owners[item]] = member ? (sbyte)1 : (sbyte)0;
        }
    }

    private void OrderTiesExactly(IReadOnlyList<ClientEvidence> clients, int count)
    {
        IComparer<int>? comparer = null;
        var start = 0;
        for (var k = 1; k <= count; k++)
        {
            if (k < count && _keys[k] == _keys[start])
            {
                continue;
            }

            if (k - start > 1)
            {
                comparer ??= new TieComparer(_profits, _owners, clients);
                Array.Sort(_order, start, k - start, comparer);
            }

            start = k;
        }
    }

    private sealed class TieComparer(decimal[] profits, int[] owners, IReadOnlyList<ClientEvidence> clients) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byProfit = profits[y].CompareTo(profits[x]);
            return byProfit != 0 ? byProfit : clients[owners[x]].Client.CompareTo(clients[owners[y]].Client);
        }
    }
}
