using System.Collections.Generic;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// A multi-dimensional 0-1 knapsack in exact integers: item values, item weights per dimension,
/// capacities, "requires" and "excludes" links and must-do items. Items are indexed in the
/// canonical order the caller chose (the opportunities sorted by id), and every tie inside the
/// solver is broken by that index, so the answer does not depend on the order of the input.
/// </summary>
internal sealed class KnapsackInstance
{
    public KnapsackInstance(long[] values, long[][] weights, long[] capacities, int[][] requires, int[][] excludes, bool[] mustDo)
    {
        Values = values;
        Weights = weights;
        Capacities = capacities;
        Requires = requires;
        Excludes = excludes;
        MustDo = mustDo;
        RequiredBy = Invert(requires, values.Length);
    }

    /// <summary>Item values, non-negative.</summary>
    public long[] Values { get; }

    /// <summary>Weights[k][i]: item i's use of dimension k, non-negative.</summary>
    public long[][] Weights { get; }

    /// <summary>Capacity per dimension, non-negative.</summary>
    public long[] Capacities { get; }

    /// <summary>Requires[i]: the items that must be chosen when i is chosen (direct links).</summary>
    public int[][] Requires { get; }

    /// <summary>RequiredBy[j]: the items that require j.</summary>
    public int[][] RequiredBy { get; }

    /// <summary>Excludes[i]: the items that cannot be chosen with i (symmetric).</summary>
    public int[][] Excludes { get; }

    /// <summary>Items that must be chosen.</summary>
    public bool[] MustDo { get; }

    public int Count => Values.Length;

    public int Dimensions => Capacities.Length;

    private static int[][] Invert(int[][] links, int count)
    {
        var lists = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = [];
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var j in links[i])
            {
                lists[j].Add(i);
            }
        }

        var result = new int[count][];
        for (var i = 0; i < count; i++)
        {
            lists[i].Sort();
            result[i] = [.. lists[i]];
        }

        return result;
    }
}
