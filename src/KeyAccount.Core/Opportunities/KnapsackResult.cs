namespace KeyAccount.Core.Opportunities;

/// <summary>What the knapsack solver found, in the instance's integer units.</summary>
internal sealed class KnapsackResult
{
    public KnapsackResult(bool feasible, bool[] chosen, long value, long bound, bool proven, long nodes, double[] shadowPrices)
    {
        Feasible = feasible;
        Chosen = chosen;
        Value = value;
        Bound = bound;
        Proven = proven;
        Nodes = nodes;
        ShadowPrices = shadowPrices;
    }

    /// <summary>False when the must-do items and their links cannot be met within the capacities.</summary>
    public bool Feasible { get; }

    /// <summary>The chosen items (all false when infeasible).</summary>
    public bool[] Chosen { get; }

    /// <summary>The total value of the chosen items.</summary>
    public long Value { get; }

    /// <summary>An upper bound on the optimum, never below <see cref="Value"/>; equal to it when proven.</summary>
    public long Bound { get; }

    /// <summary>True when <see cref="Value"/> is proven optimal.</summary>
    public bool Proven { get; }

    /// <summary>Branch-and-bound nodes explored.</summary>
    public long Nodes { get; }

    /// <summary>
    /// Lagrangian multipliers per dimension in value units per one integer unit of that dimension
    /// (an estimate of the LP dual prices); zero for a dimension that does not bind, and zero
    /// everywhere from <see cref="KnapsackSolver.Greedy"/>, which does not optimise the multipliers.
    /// </summary>
    public double[] ShadowPrices { get; }
}
