using System;
using System.Collections.Generic;
using Codes = KeyAccount.Core.Opportunities.OpportunitiesDiagnosticCodes;

namespace KeyAccount.Core.Opportunities;

/// <summary>How to choose: the method and the work it may spend. The settings of <see cref="OpportunitySelector"/>.</summary>
/// <remarks>
/// <para>
/// Every setting is optional: <see cref="Method"/> defaults to <see cref="SelectionMethod.Exact"/>
/// and <see cref="NodeLimit"/> to <see cref="DefaultNodeLimit"/>. The constructor never throws;
/// <see cref="Validate"/> reports a setting out of its range (<c>KAO007</c>, <c>KAO012</c>), and
/// the selection refuses options with errors (<see cref="ArgumentException"/>).
/// </para>
/// <para>
/// There is no time limit: the node limit makes the work, and so the answer, the same on every
/// machine. One node is one partial choice examined by branch and bound; a node costs time
/// proportional to the number of candidates still open.
/// </para>
/// </remarks>
public sealed record SelectionOptions
{
    /// <summary>The default node limit: ten million, far above what 100 candidates need (thousands).</summary>
    public const long DefaultNodeLimit = 10_000_000;

    /// <summary>Creates options.</summary>
    /// <param name="method">The method.</param>
    /// <param name="nodeLimit">The most branch-and-bound nodes to explore; 0 keeps the root heuristic and bounds only. Ignored by <see cref="SelectionMethod.Greedy"/>.</param>
    public SelectionOptions(SelectionMethod method = SelectionMethod.Exact, long nodeLimit = DefaultNodeLimit)
    {
        Method = method;
        NodeLimit = nodeLimit;
    }

    /// <summary>The defaults: exact, with the default node limit (the same as <see cref="Exact"/>).</summary>
    public static SelectionOptions Default { get; } = new();

    /// <summary>Exact, with the default node limit: proves the optimum for the sizes one account produces.</summary>
    public static SelectionOptions Exact { get; } = new();

    /// <summary>
    /// For whole portfolios (thousands of candidates): the same branch and bound stopped after
    /// 100,000 nodes; the result reports its upper bound and gap (typically well under 0.1%).
    /// </summary>
    public static SelectionOptions LargePortfolio { get; } = new(SelectionMethod.Exact, 100_000);

    /// <summary>The baseline greedy.</summary>
    public static SelectionOptions Greedy { get; } = new(SelectionMethod.Greedy, 0);

    /// <summary>The method; <see cref="SelectionMethod.Exact"/> by default.</summary>
    public SelectionMethod Method { get; init; }

    /// <summary>The most branch-and-bound nodes to explore, zero or more; <see cref="DefaultNodeLimit"/> by default.</summary>
    public long NodeLimit { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <returns>The diagnostics, with paths relative to the options (<c>nodeLimit</c>); empty when every setting is in range.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        if (Method is not (SelectionMethod.Exact or SelectionMethod.Greedy))
        {
            bag.Add(Codes.Get(Codes.UndefinedValue), "method", "The method {0} is not one of: Exact, Greedy.", (int)Method);
        }

        if (NodeLimit < 0)
        {
            bag.Add(Codes.Get(Codes.SettingOutOfRange), "nodeLimit", "The node limit is {0}; it must be zero or more.", Wording.Number(NodeLimit));
        }

        return bag.ToSortedList();
    }
}
