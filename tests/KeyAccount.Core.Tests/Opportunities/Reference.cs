using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Core.Tests.Opportunities;

/// <summary>Independent checks of a selection, in decimals straight from the portfolio (no scaling, no solver code).</summary>
internal static class Reference
{
    /// <summary>True when the set fits every budget, honours every link and contains every must-do.</summary>
    public static bool IsFeasible(OpportunityPortfolio portfolio, IReadOnlyCollection<string> chosen)
    {
        var set = new HashSet<string>(chosen, StringComparer.Ordinal);
        var byId = portfolio.Opportunities.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var time = NodaTime.Duration.Zero;
        var money = 0m;
        var days = 0m;
        foreach (var id in set)
        {
            var needs = byId[id].Needs;
            time += needs.Time;
            money += needs.Money;
            days += needs.PersonDays;
        }

        if (time > portfolio.Budget.Time || money > portfolio.Budget.Money || days > portfolio.Budget.PersonDays)
        {
            return false;
        }

        foreach (var link in portfolio.Links)
        {
            if (link.Kind == OpportunityLinkKind.Requires && set.Contains(link.From) && !set.Contains(link.To))
            {
                return false;
            }

            if (link.Kind == OpportunityLinkKind.Excludes && set.Contains(link.From) && set.Contains(link.To))
            {
                return false;
            }
        }

        return portfolio.MustDo.All(set.Contains);
    }

    /// <summary>The optimum by enumerating every subset; null when no subset is feasible.</summary>
    public static decimal? BruteForceOptimum(OpportunityPortfolio portfolio)
    {
        var items = portfolio.Opportunities;
        decimal? best = null;
        for (var mask = 0; mask < 1 << items.Count; mask++)
        {
            var chosen = Enumerable.Range(0, items.Count).Where(i => (mask >> i & 1) != 0).Select(i => items[i].Id).ToArray();
            if (!IsFeasible(portfolio, chosen))
            {
                continue;
            }

            var value = chosen.Sum(id => items.First(o => o.Id == id).ExpectedReturn);
            if (best is null || value > best)
            {
                best = value;
            }
        }

        return best;
    }

    public static decimal ValueOf(OpportunityPortfolio portfolio, IEnumerable<string> chosen) =>
        chosen.Sum(id => portfolio.Opportunities.First(o => o.Id == id).ExpectedReturn);
}
