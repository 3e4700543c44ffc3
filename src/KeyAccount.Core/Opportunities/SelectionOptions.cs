using System;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Opportunities;

/// <summary>How to choose: the method and the work it may spend.</summary>
/// <remarks>
/// There is no time limit: the node limit makes the work, and so the answer, the same on every
/// machine. One node is one partial choice examined by branch and bound; a node costs time
/// proportional to the number of candidates still open.
/// </remarks>
public sealed record SelectionOptions
{
    /// <summary>The default node limit: ten million, far above what 100 candidates need (thousands).</summary>
    public const long DefaultNodeLimit = 10_000_000;

    /// <summary>Creates options.</summary>
    /// <param name="method">The method.</param>
    /// <param name="nodeLimit">The most branch-and-bound nodes to explore; 0 keeps the root heuristic and bounds only. Ignored by <see cref="SelectionMethod.Greedy"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nodeLimit"/> is negative.</exception>
    public SelectionOptions(SelectionMethod method = SelectionMethod.Exact, long nodeLimit = DefaultNodeLimit)
    {
        Method = Guard.Against.EnumOutOfRange(method, nameof(method));
        if (nodeLimit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nodeLimit), nodeLimit, "The node limit must be zero or more.");
        }

        NodeLimit = nodeLimit;
    }

    /// <summary>Exact, with the default node limit: proves the optimum for the sizes one account produces.</summary>
    public static SelectionOptions Exact { get; } = new();

    /// <summary>
    /// For whole portfolios (thousands of candidates): the same branch and bound stopped after
    /// 100,000 nodes; the result reports its upper bound and gap (typically well under 0.1%).
    /// </summary>
    public static SelectionOptions LargePortfolio { get; } = new(SelectionMethod.Exact, 100_000);

    /// <summary>The baseline greedy.</summary>
    public static SelectionOptions Greedy { get; } = new(SelectionMethod.Greedy, 0);

    /// <summary>The method.</summary>
    public SelectionMethod Method { get; }

    /// <summary>The most branch-and-bound nodes to explore.</summary>
    public long NodeLimit { get; }
}
