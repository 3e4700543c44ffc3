using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The exact efficient frontier of packages of discrete options, two additive utilities, by
/// merging per-issue frontiers: never enumerates the product of the options.
/// </summary>
/// <remarks>
/// <para>
/// Utilities are integers (the library scales each issue's weighted score by 10^9 and rounds once
/// per option), so sums are exact and dominance is decided without rounding.
/// </para>
/// <para>
/// Exactness. Let F_k be the non-dominated points of the packages of the first k issues. A package
/// p = q + o (q a partial package of k issues, o an option of issue k+1) whose partial q is
/// dominated by q' is dominated by q' + o (addition preserves the order, and a strict gain in one
/// coordinate stays strict). So every non-dominated package of k+1 issues is a non-dominated
/// partial plus a non-dominated option: F_{k+1} = ND(F_k ⊕ ND(issue k+1)). Among packages with the
/// same point the one kept is the first in the lexicographic order of option indices (issue 0
/// first): if its prefix had been dropped for an equal point, the equal prefix would be smaller,
/// and with the same suffix would give a smaller package of the same point.
/// </para>
/// <para>
/// Cost: the sum over issues of |F_k| · |ND(issue)| · log(options) for the merge, plus sorting the
/// survivors by their lexicographic rank; memory: the survivors of every stage (parent links).
/// The frontier can in the worst case (two utilities that are exact opposites) hold every distinct
/// sum, so <c>maxPoints</c> bounds it.
/// </para>
/// </remarks>
internal static class FrontierMerge
{
    /// <summary>The scale of utilities: 1 utility unit = 10^9.</summary>
    public const double Scale = 1e9;

    /// <summary>Scales a utility contribution to the exact integer the merge sums.</summary>
    public static long ToUnits(double utility) => (long)Math.Round(utility * Scale, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Computes the frontier. <paramref name="ours"/>[i][j] and <paramref name="theirs"/>[i][j] are
    /// the two sides' integer utilities of option j of issue i. Returns null when a stage holds more
    /// than <paramref name="maxPoints"/> points.
    /// </summary>
    /// <returns>The frontier points, our utility descending (so the client's ascending), each with its option index per issue.</returns>
    public static Result? Compute(long[][] ours, long[][] theirs, int maxPoints)
    {
        var issues = ours.Length;
        var stageParent = new int[issues][];
        var stageOption = new int[issues][];

        // Stage "no issue": the empty package at (0, 0).
        long[] x = { 0 };
        long[] y = { 0 };
        int[] lexRank = { 0 };

        var heap = new int[8];
        for (var i = 0; i < issues; i++)
        {
            var options = IssueFrontier(ours[i], theirs[i]);
            var g = options.Length;
            var n = x.Length;
            var capacity = Math.Min((long)n * g, maxPoints + 1L);
            var nx = new List<long>((int)Math.Min(capacity, 1 << 20));
            var ny = new List<long>(nx.Capacity);
            var np = new List<int>(nx.Capacity);
            var no = new List<int>(nx.Capacity);

            // k-way merge of the lists F + g (each sorted by x descending, y ascending), by x desc, y desc, lexicographic rank asc.
            var pos = new int[g];
            if (heap.Length < g)
            {
                heap = new int[g];
            }

            var size = 0;
            for (var k = 0; k < g; k++)
            {
                Push(heap, ref size, k, pos, x, y, lexRank, options, ours[i], theirs[i]);
            }

            var maxY = long.MinValue;
            while (size > 0)
            {
                var k = Pop(heap, ref size, pos, x, y, lexRank, options, ours[i], theirs[i]);
                var f = pos[k];
                var o = options[k];
                var cx = x[f] + ours[i][o];
                var cy = y[f] + theirs[i][o];
                if (cy > maxY)
                {
                    maxY = cy;
                    nx.Add(cx);
                    ny.Add(cy);
                    np.Add(f);
                    no.Add(o);
                    if (nx.Count > maxPoints)
                    {
                        return null;
                    }
                }

                pos[k]++;
                if (pos[k] < n)
                {
                    Push(heap, ref size, k, pos, x, y, lexRank, options, ours[i], theirs[i]);
                }
            }

            // The lexicographic rank of the survivors: by the parent's rank, then the option.
            var count = nx.Count;
            var keys = new long[count];
            var order = new int[count];
            for (var s = 0; s < count; s++)
            {
                keys[s] = ((long)lexRank[np[s]] * ours[i].Length) + no[s];
                order[s] = s;
            }

            Array.Sort(keys, order);
            var rank = new int[count];
            for (var r = 0; r < count; r++)
            {
                rank[order[r]] = r;
            }

            x = nx.ToArray();
            y = ny.ToArray();
            lexRank = rank;
            stageParent[i] = np.ToArray();
            stageOption[i] = no.ToArray();
        }

        var choices = new int[x.Length][];
        for (var s = 0; s < x.Length; s++)
        {
            var choice = new int[issues];
            var at = s;
            for (var i = issues - 1; i >= 0; i--)
            {
                choice[i] = stageOption[i][at];
                at = stageParent[i][at];
            }

            choices[s] = choice;
        }

        return new Result(x, y, choices);
    }

    /// <summary>The non-dominated options of one issue, by our utility descending; of equal points the lowest index.</summary>
    public static int[] IssueFrontier(long[] ours, long[] theirs)
    {
        var order = new int[ours.Length];
        for (var j = 0; j < order.Length; j++)
        {
            order[j] = j;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = ours[b].CompareTo(ours[a]);
            if (c != 0)
            {
                return c;
            }

            c = theirs[b].CompareTo(theirs[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var kept = new List<int>();
        var maxY = long.MinValue;
        foreach (var j in order)
        {
            if (theirs[j] > maxY)
            {
                maxY = theirs[j];
                kept.Add(j);
            }
        }

        return kept.ToArray();
    }

    private static int Compare(int a, int b, int[] pos, long[] x, long[] y, int[] lexRank, int[] options, long[] ours, long[] theirs)
    {
        long ax = x[pos[a]] + ours[options[a]], bx = x[pos[b]] + ours[options[b]];
        if (ax != bx)
        {
            return ax > bx ? -1 : 1;
        }

        long ay = y[pos[a]] + theirs[options[a]], by = y[pos[b]] + theirs[options[b]];
        if (ay != by)
        {
            return ay > by ? -1 : 1;
        }

        var ra = lexRank[pos[a]];
        var rb = lexRank[pos[b]];
        return ra != rb ? ra.CompareTo(rb) : options[a].CompareTo(options[b]);
    }

    private static void Push(int[] heap, ref int size, int k, int[] pos, long[] x, long[] y, int[] lexRank, int[] options, long[] ours, long[] theirs)
    {
        var at = size++;
        heap[at] = k;
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (Compare(heap[at], heap[parent], pos, x, y, lexRank, options, ours, theirs) >= 0)
            {
                break;
            }

            (heap[at], heap[parent]) = (heap[parent], heap[at]);
            at = parent;
        }
    }

    private static int Pop(int[] heap, ref int size, int[] pos, long[] x, long[] y, int[] lexRank, int[] options, long[] ours, long[] theirs)
    {
        var top = heap[0];
        heap[0] = heap[--size];
        var at = 0;
        while (true)
        {
            var left = (2 * at) + 1;
            if (left >= size)
            {
                break;
            }

            var best = left + 1 < size && Compare(heap[left + 1], heap[left], pos, x, y, lexRank, options, ours, theirs) < 0 ? left + 1 : left;
            if (Compare(heap[best], heap[at], pos, x, y, lexRank, options, ours, theirs) >= 0)
            {
                break;
            }

            (heap[at], heap[best]) = (heap[best], heap[at]);
            at = best;
        }

        return top;
    }

    /// <summary>
    /// The frontier by enumerating every package (the naive baseline): all sums, sorted, swept.
    /// Only for small products; the benchmark compares it with <see cref="Compute"/>.
    /// </summary>
    public static (long[] X, long[] Y) Enumerate(long[][] ours, long[][] theirs)
    {
        var total = 1;
        foreach (var issue in ours)
        {
            total *= issue.Length;
        }

        var px = new long[total];
        var py = new long[total];
        var digits = new int[ours.Length];
        for (var p = 0; p < total; p++)
        {
            long sx = 0, sy = 0;
            for (var i = 0; i < ours.Length; i++)
            {
                sx += ours[i][digits[i]];
                sy += theirs[i][digits[i]];
            }

            px[p] = sx;
            py[p] = sy;
            for (var i = ours.Length - 1; i >= 0; i--)
            {
                if (++digits[i] < ours[i].Length)
                {
                    break;
                }

                digits[i] = 0;
            }
        }

        var index = new int[total];
        for (var p = 0; p < total; p++)
        {
            index[p] = p;
        }

        Array.Sort(index, (a, b) => px[a] != px[b] ? px[b].CompareTo(px[a]) : py[b].CompareTo(py[a]));
        var fx = new List<long>();
        var fy = new List<long>();
        var maxY = long.MinValue;
        foreach (var p in index)
        {
            if (py[p] > maxY)
            {
                maxY = py[p];
                fx.Add(px[p]);
                fy.Add(py[p]);
            }
        }

        return (fx.ToArray(), fy.ToArray());
    }

    /// <summary>The frontier's points and packages.</summary>
    internal sealed class Result
    {
        public Result(long[] ours, long[] theirs, int[][] choices)
        {
            Ours = ours;
            Theirs = theirs;
            Choices = choices;
        }

        public long[] Ours { get; }

        public long[] Theirs { get; }

        public int[][] Choices { get; }
    }
}
