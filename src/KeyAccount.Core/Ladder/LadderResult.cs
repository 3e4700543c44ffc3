using System.Collections.Generic;

namespace KeyAccount.Core.Ladder;

/// <summary>What running a ladder assessment set gives beside its diagnostics: the portfolio on the ladder and every client's perspectives.</summary>
/// <param name="Portfolio">The clients on the ladder: distribution over the rungs, entries by id.</param>
/// <param name="Clients">Each assessed client's perspectives (own view, client's view, competitors), in the order of the set.</param>
public sealed record LadderResult(LadderPortfolio Portfolio, IReadOnlyList<LadderPerspectives> Clients)
{
    /// <summary>The result in a sentence: how many clients stand on each rung.</summary>
    public string Explanation => Portfolio.Explanation;
}
