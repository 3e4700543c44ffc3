using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// The input document for prioritising and choosing opportunities: the candidates, the budgets of
/// time, money and personnel, the links between candidates and the must-do candidates.
/// </summary>
/// <remarks>
/// <para>
/// All amounts are in <see cref="Currency"/>. A document may be inconsistent (duplicate ids, links
/// or must-dos naming unknown opportunities): it still loads, and
/// <see cref="OpportunityPortfolioValidator.Validate"/> reports each defect. The analyses
/// (<see cref="OpportunitySelector"/>) require a document without errors and throw
/// <see cref="ArgumentException"/> otherwise; <see cref="OpportunitySelector.Run"/> gives both.
/// Values (negative benefits, needs or budgets, probabilities outside 0 to 1, undefined names)
/// load too and are reported with their JSON path.
/// </para>
/// <para>
/// JSON: <c>{"formatVersion": 1, "currency": "EUR", "budget": {...}, "opportunities": [...],
/// "links": [{"from": "a", "kind": "Requires", "to": "b"}], "mustDo": ["a"]}</c>; <c>links</c> and
/// <c>mustDo</c> may be left out.
/// </para>
/// </remarks>
public sealed record OpportunityPortfolio : IKeyAccountDocument
{
    /// <summary>The format version this release writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Creates a portfolio.</summary>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="budget">The time, money and personnel available.</param>
    /// <param name="opportunities">The candidates; null for none.</param>
    /// <param name="links">Links between candidates; null for none.</param>
    /// <param name="mustDo">Ids of candidates that must be chosen; null for none.</param>
    /// <param name="formatVersion">The document format version; the current one unless reading an older document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="budget"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>, or a list holds a null entry (the message names its position).</exception>
    public OpportunityPortfolio(
        Currency currency,
        ResourceAmounts budget,
        IReadOnlyList<Opportunity>? opportunities,
        IReadOnlyList<OpportunityLink>? links = null,
        IReadOnlyList<string>? mustDo = null,
        int formatVersion = CurrentFormatVersion)
    {
        FormatVersion = formatVersion;
        if (currency.IsDefault)
        {
            throw new ArgumentException("The currency must be set (default(Currency) is not a currency).", nameof(currency));
        }

        Currency = currency;
        Budget = Require.NotNull(budget, nameof(budget));
        Opportunities = Require.Items(opportunities, nameof(opportunities));
        Links = Require.Items(links, nameof(links));
        MustDo = Require.Items(mustDo, nameof(mustDo)).Select(id => id.Trim()).ToArray();
    }

    /// <summary>The document format version (a constructor parameter too, so that a document without it reads as the current version).</summary>
    public int FormatVersion { get; init; }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>The time, money and personnel available.</summary>
    public ResourceAmounts Budget { get; }

    /// <summary>The candidates.</summary>
    public IReadOnlyList<Opportunity> Opportunities { get; }

    /// <summary>Links between candidates.</summary>
    public IReadOnlyList<OpportunityLink> Links { get; }

    /// <summary>Ids of candidates that must be chosen.</summary>
    public IReadOnlyList<string> MustDo { get; }
}
