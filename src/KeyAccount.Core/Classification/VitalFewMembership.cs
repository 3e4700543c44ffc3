using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>
/// The one seam between the classification and the 20/80 analysis: which clients of one period are
/// the vital few, computed from all clients' profits of that period with one sort.
/// </summary>
/// <remarks>
/// Definition (the Pareto area's <c>ParetoAnalysis.GetVitalFew</c> and <c>TopClients</c>, cross-checked
/// in the tests): rank the clients with a known profit by profit, highest first, ties by client id
/// (ordinal); the vital few are the smallest top set whose cumulative profit reaches <c>share</c> of
/// the period's net total profit (losses included), compared exactly in decimal. Clients with zero or
/// negative profit are never in it. When the net total is zero or negative (the Pareto analysis has
/// no vital few then: count 0, or undefined for a loss) nobody is. The computation is done here,
/// not by building a <c>ParetoAnalysis</c> per period, because the portfolio needs membership by
/// input position for a million clients without a dictionary from id to position. The sort runs on
/// <c>double</c> keys (fast primitive sort; the decimal-to-double conversion is monotone, so distinct
/// keys are in the exact order); the run of equal keys where the target is crossed is then ordered
/// exactly by the decimal profit and the id, so the answer is exact and deterministic.
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
        var netTotal = 0m;
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
                netTotal += p;
                count++;
            }
        }

        if (count == 0)
        {
            return;
        }

        Array.Sort(_keys, _order, 0, count);
        Mark(clients, count, netTotal * (decimal)share, netTotal > 0, result, offset);
    }

    /// <summary>
    /// Walks the ranking in runs of equal keys. A run wholly inside the vital few (or wholly outside)
    /// gets the same membership whatever its inner order, so only the one run where the cumulative
    /// profit crosses the target is ordered exactly (decimal profit, then id): ties cost nothing
    /// elsewhere.
    /// </summary>
    private void Mark(IReadOnlyList<ClientEvidence> clients, int count, decimal target, bool anyPositive, sbyte[] result, int offset)
    {
        var reached = !anyPositive;
        var cumulative = 0m;
        var start = 0;
        while (start < count)
        {
            var end = start + 1;
            while (end < count && _keys[end] == _keys[start])
            {
                end++;
            }

            // A negative key is a positive profit; the run holds only positive profits then.
            var positive = _keys[start] < 0;
            var runSum = 0m;
            if (!reached && positive)
            {
                for (var k = start; k < end; k++)
                {
                    runSum += _profits[_order[k]];
                }
            }

            if (!reached && positive && cumulative + runSum < target)
            {
                cumulative += runSum;
                Fill(start, end, 1, result, offset);
            }
            else if (!reached && positive)
            {
                if (end - start > 1)
                {
                    Array.Sort(_order, start, end - start, new TieComparer(_profits, _owners, clients));
                }

                for (var k = start; k < end; k++)
                {
                    var item = _order[k];
                    var member = !reached;
                    if (member)
                    {
                        cumulative += _profits[item];
                        reached = cumulative >= target;
                    }

                    result[offset + _owners[item]] = member ? (sbyte)1 : (sbyte)0;
                }
            }
            else
            {
                Fill(start, end, 0, result, offset);
            }

            start = end;
        }
    }

    private void Fill(int start, int end, sbyte code, sbyte[] result, int offset)
    {
        for (var k = start; k < end; k++)
        {
            result[offset + _owners[_order[k]]] = code;
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
