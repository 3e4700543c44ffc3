using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Core.Opportunities;

/// <summary>Opportunities across the portfolio: grouped by class, by source and by client, with totals.</summary>
/// <param name="ByClass">One group per class present, in the order of <see cref="OpportunityClass"/>.</param>
/// <param name="BySource">One group per source present, in the order of <see cref="OpportunitySource"/>.</param>
/// <param name="ByClient">One group per client, by total expected return (highest first), then client id.</param>
/// <param name="Total">All opportunities together (key <c>all</c>).</param>
public sealed record OpportunitySummary(
    IReadOnlyList<OpportunityGroup> ByClass,
    IReadOnlyList<OpportunityGroup> BySource,
    IReadOnlyList<OpportunityGroup> ByClient,
    OpportunityGroup Total)
{
    /// <summary>Groups <paramref name="opportunities"/> by class, source and client.</summary>
    /// <param name="opportunities">The opportunities; may be empty.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="opportunities"/> is null or contains null.</exception>
    public static OpportunitySummary Create(IEnumerable<Opportunity> opportunities)
    {
        Require.NotNull(opportunities, nameof(opportunities));
        var items = opportunities.Select((o, i) => o ?? throw new ArgumentNullException(nameof(opportunities), $"opportunities[{i}] is null.")).ToArray();
        var byClass = items.GroupBy(o => o.Class).OrderBy(g => g.Key).Select(g => Group(g.Key.ToString(), g)).ToArray();
        var bySource = items.GroupBy(o => o.Source).OrderBy(g => g.Key).Select(g => Group(g.Key.ToString(), g)).ToArray();
        var byClient = items.GroupBy(o => o.Client)
            .Select(g => Group(g.Key.Value, g))
            .OrderByDescending(g => g.TotalExpectedReturn)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        return new OpportunitySummary(byClass, bySource, byClient, Group("all", items));
    }

    private static OpportunityGroup Group(string key, IEnumerable<Opportunity> group)
    {
        var list = group.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        var needs = ResourceAmounts.Zero;
        var benefit = 0m;
        var expected = 0m;
        foreach (var o in list)
        {
            needs = needs.Plus(o.Needs);
            benefit += o.Benefit;
            expected += o.ExpectedReturn;
        }

        return new OpportunityGroup(key, list.Length, benefit, expected, needs, list.Select(o => o.Id).ToArray());
    }
}
