using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// The strongest influence paths, exactly: the strength of a path is the product of its links'
/// strengths, so the strongest path is the shortest under the cost −log(strength) (all costs are
/// 0 or more for strengths in (0, 1]), which Dijkstra's algorithm finds. Links of strength 0 carry
/// nothing and links never assessed are left out (their reach is searched separately).
/// </summary>
internal sealed class PathSearch
{
    private readonly MapGraph _g;
    private readonly MinHeap _heap;

    public PathSearch(MapGraph graph)
    {
        _g = graph;
        _heap = new MinHeap(graph.N + 16);
        Cost = new double[graph.N];
        PrevEdge = new int[graph.N];
        EntryRel = new int[graph.N];
        Reach = new bool[graph.N];
    }

    /// <summary>−log of the strongest path's strength to each client person; +∞ when none.</summary>
    public double[] Cost { get; }

    /// <summary>The forward link the strongest path arrives by; -1 when it arrives by a relationship (or there is none).</summary>
    public int[] PrevEdge { get; }

    /// <summary>The relationship a strongest path enters the client's company by, for people reached directly; -1 otherwise.</summary>
    public int[] EntryRel { get; }

    /// <summary>Whether a person is reached at all, counting links never assessed.</summary>
    public bool[] Reach { get; }

    /// <summary>Searches from all our people at once (one run for every client person), with one person of theirs or ours left out (-1 for none).</summary>
    public void FromUs(int removedTheir = -1, int removedOur = -1)
    {
        var g = _g;
        Fill(Cost, double.PositiveInfinity);
        Fill(PrevEdge, -1);
        Fill(EntryRel, -1);
        _heap.Clear();
        for (var r = 0; r < g.RelCount; r++)
        {
            var t = g.RelTheir[r];
            var o = g.RelOur[r];
            var w = g.RelWeight[r];
            if (t == removedTheir || o == removedOur || !g.TheirPresent[t] || !g.OurPresent[o] || !(w > 0))
            {
                continue;
            }

            var c = -Math.Log(w);
            if (c < Cost[t])
            {
                Cost[t] = c;
                EntryRel[t] = r;
                _heap.Push(c, t);
            }
        }

        Run(g.FwdStart, g.FwdTo, g.FwdWeight, removedTheir, PrevEdge);
        Reachable(removedTheir, removedOur);
    }

    /// <summary>
    /// Searches backwards from <paramref name="target"/>: afterwards <see cref="Cost"/>[c] is −log of
    /// the strongest influence path from c to the target (0 for the target itself) for every c whose
    /// cost is below <paramref name="cutoff"/>; the search stops there (paths are only weaker
    /// beyond), and costs at or above it are bounds, not exact.
    /// </summary>
    public void ToTarget(int target, double cutoff)
    {
        Fill(Cost, double.PositiveInfinity);
        _heap.Clear();
        Cost[target] = 0;
        _heap.Push(0, target);
        Run(_g.RevStart, _g.RevFrom, _g.RevWeight, -1, null, cutoff);
    }

    /// <summary>
    /// The strongest paths with one person left out, from a full search's tree: only the people
    /// whose strongest path ran through the removed one (their subtree in the tree of strongest
    /// paths, given as <paramref name="affected"/> with the removed client person first when it is
    /// theirs) can lose strength; they are searched again from their neighbours outside the subtree
    /// and from our relationships, everyone else keeps the cost found. <see cref="Cost"/> must hold
    /// the full search's costs; on return the affected people's costs are the new ones (the caller
    /// puts the full search's back).
    /// </summary>
    public void Without(List<int> affected, bool[] isAffected, int removedTheir, int removedOur)
    {
        var g = _g;
        foreach (var u in affected)
        {
            Cost[u] = double.PositiveInfinity;
        }

        _heap.Clear();
        foreach (var u in affected)
        {
            if (u == removedTheir)
            {
                continue;
            }

            var best = double.PositiveInfinity;
            for (var r = g.RelStart[u]; r < g.RelStart[u + 1]; r++)
            {
                var w = g.RelWeight[r];
                if (g.RelOur[r] != removedOur && g.OurPresent[g.RelOur[r]] && w > 0)
                {
                    best = Math.Min(best, -Math.Log(w));
                }
            }

            for (var e = g.RevStart[u]; e < g.RevStart[u + 1]; e++)
            {
                var x = g.RevFrom[e];
                var w = g.RevWeight[e];
                if (!isAffected[x] && x != removedTheir && w > 0 && !double.IsPositiveInfinity(Cost[x]))
                {
                    best = Math.Min(best, Cost[x] - Math.Log(w));
                }
            }

            if (best < Cost[u])
            {
                Cost[u] = best;
                _heap.Push(best, u);
            }
        }

        while (_heap.Count > 0)
        {
            var (d, v) = _heap.Pop();
            if (d > Cost[v])
            {
                continue;
            }

            for (var e = g.FwdStart[v]; e < g.FwdStart[v + 1]; e++)
            {
                var u = g.FwdTo[e];
                var w = g.FwdWeight[e];
                if (!isAffected[u] || u == removedTheir || !(w > 0))
                {
                    continue;
                }

                var c = d - Math.Log(w);
                if (c < Cost[u])
                {
                    Cost[u] = c;
                    _heap.Push(c, u);
                }
            }
        }
    }

    /// <summary>The strength of the strongest path found to <paramref name="t"/> by <see cref="FromUs"/>, as the product of its links; 0 when none.</summary>
    public double Strength(int t)
    {
        if (double.IsPositiveInfinity(Cost[t]))
        {
            return 0;
        }

        var product = 1.0;
        var v = t;
        while (PrevEdge[v] >= 0)
        {
            product *= _g.FwdWeight[PrevEdge[v]];
            v = _g.FwdFrom[PrevEdge[v]];
        }

        return product * _g.RelWeight[EntryRel[v]];
    }

    private void Run(int[] start, int[] next, double[] weight, int removed, int[]? prev, double cutoff = double.PositiveInfinity)
    {
        var present = _g.TheirPresent;
        while (_heap.Count > 0)
        {
            var (d, v) = _heap.Pop();
            if (d > Cost[v])
            {
                continue;
            }

            if (d >= cutoff)
            {
                break;
            }

            for (var e = start[v]; e < start[v + 1]; e++)
            {
                var u = next[e];
                var w = weight[e];
                if (u == removed || !present[u] || !(w > 0))
                {
                    continue;
                }

                var c = d - Math.Log(w);
                if (c < Cost[u])
                {
                    Cost[u] = c;
                    if (prev is not null)
                    {
                        prev[u] = e;
                    }

                    _heap.Push(c, u);
                }
            }
        }
    }

    private void Reachable(int removedTheir, int removedOur)
    {
        var g = _g;
        Fill(Reach, false);
        var queue = new int[g.N];
        var tail = 0;
        for (var r = 0; r < g.RelCount; r++)
        {
            var t = g.RelTheir[r];
            var o = g.RelOur[r];
            if (t == removedTheir || o == removedOur || !g.TheirPresent[t] || !g.OurPresent[o] || g.RelWeight[r] == 0 || Reach[t])
            {
                continue;
            }

            Reach[t] = true;
            queue[tail++] = t;
        }

        for (var head = 0; head < tail; head++)
        {
            var v = queue[head];
            for (var e = g.FwdStart[v]; e < g.FwdStart[v + 1]; e++)
            {
                var u = g.FwdTo[e];
                if (u == removedTheir || !g.TheirPresent[u] || g.FwdWeight[e] == 0 || Reach[u])
                {
                    continue;
                }

                Reach[u] = true;
                queue[tail++] = u;
            }
        }
    }

    private static void Fill<T>(T[] array, T value)
    {
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = value;
        }
    }
}
