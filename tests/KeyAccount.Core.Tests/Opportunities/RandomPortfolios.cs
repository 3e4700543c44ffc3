using System;
using System.Globalization;
using KeyAccount.Core.Opportunities;
using NodaTime;

namespace KeyAccount.Core.Tests.Opportunities;

/// <summary>Seeded random portfolios: uncorrelated benefits and needs, budgets a share of the total needs.</summary>
internal static class RandomPortfolios
{
    public static OpportunityPortfolio Create(int count, int seed, decimal tightness)
    {
        var random = new Random(seed);
        var items = new Opportunity[count];
        var total = ResourceAmounts.Zero;
        for (var i = 0; i < count; i++)
        {
            var needs = new ResourceAmounts(Duration.FromMinutes(random.Next(30, 4800)), random.Next(100, 100_000), random.Next(1, 80) / 2m);
            items[i] = new Opportunity(
                "opp" + i.ToString("D5", CultureInfo.InvariantCulture),
                new ClientId("client" + (i % 17).ToString(CultureInfo.InvariantCulture)),
                "opportunity " + i.ToString(CultureInfo.InvariantCulture),
                (OpportunityClass)(i % 6),
                (OpportunitySource)(i % 5),
                random.Next(1_000, 1_000_000),
                random.Next(5, 96) / 100m,
                needs);
            total = total.Plus(needs);
        }

        var budget = new ResourceAmounts(
            Duration.FromMinutes((long)(decimal.Floor((decimal)total.Time.TotalMinutes * tightness))),
            decimal.Floor(total.Money * tightness),
            decimal.Floor(total.PersonDays * tightness));
        return new OpportunityPortfolio(Currency.Eur, budget, items);
    }
}
