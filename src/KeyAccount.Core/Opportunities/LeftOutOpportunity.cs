using System.Collections.Generic;

namespace KeyAccount.Core.Opportunities;

/// <summary>An opportunity the selection left out, and why.</summary>
/// <param name="Id">The opportunity's id.</param>
/// <param name="ExpectedReturn">Its expected return, in the portfolio's currency.</param>
/// <param name="ShortOf">
/// The budgets it does not fit: adding it (with the opportunities it requires that were left out)
/// would need more of these resources than the chosen set leaves over. Empty when none.
/// </param>
/// <param name="ConflictsWith">Chosen opportunities it cannot go with (an "excludes" link, also through what it requires), in id order.</param>
/// <param name="Reason">The reason in a sentence.</param>
public sealed record LeftOutOpportunity(
    string Id,
    decimal ExpectedReturn,
    IReadOnlyList<ResourceKind> ShortOf,
    IReadOnlyList<string> ConflictsWith,
    string Reason);
