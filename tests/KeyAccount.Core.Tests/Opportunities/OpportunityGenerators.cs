using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Opportunities;
using NodaTime;

namespace KeyAccount.Core.Tests.Opportunities;

/// <summary>FsCheck generators for opportunities and small portfolios (small enough for brute force).</summary>
public static class OpportunityGenerators
{
    private static readonly string[] Clients = ["acme", "Bolt", "cobalt"];

    /// <summary>An opportunity without its id (the portfolio numbers them): exact decimals with cents, time in quarter hours.</summary>
    public static Gen<Func<string, Opportunity>> OpportunityGen { get; } =
        from client in Gen.Elements(Clients)
        from cls in Gen.Elements(Enum.GetValues<OpportunityClass>())
        from source in Gen.Elements(Enum.GetValues<OpportunitySource>())
        from benefit in Gen.Choose(0, 10_000)
        from probability in Gen.Choose(0, 100)
        from quarters in Gen.Choose(0, 64)
        from money in Gen.Choose(0, 150_000)
        from halfDays in Gen.Choose(0, 30)
        select (Func<string, Opportunity>)(id => new Opportunity(
            id,
            new ClientId(client),
            "opportunity " + id,
            cls,
            source,
            benefit,
            probability / 100m,
            new ResourceAmounts(Duration.FromMinutes(quarters * 15), money / 100m, halfDays / 2m)));

    /// <summary>Portfolios of 0 to 11 opportunities with budgets around half their needs, some links and must-dos.</summary>
    public static Gen<OpportunityPortfolio> PortfolioGen { get; } =
        from n in Gen.Choose(0, 11)
        from makers in Gen.ArrayOf(OpportunityGen, n)
        from quarters in Gen.Choose(0, 200)
        from money in Gen.Choose(0, 500_000)
        from halfDays in Gen.Choose(0, 100)
        from linkSpecs in Gen.ArrayOf(Gen.Choose(0, 1000), 6)
        from linkCount in Gen.Choose(0, 4)
        from mustSpecs in Gen.ArrayOf(Gen.Choose(0, 1000), 2)
        from mustCount in Gen.Choose(0, 2)
        select Build(makers, quarters, money, halfDays, linkSpecs, linkCount, mustSpecs, mustCount);

    /// <summary>The arbitrary for portfolios.</summary>
    public static Arbitrary<OpportunityPortfolio> Portfolios() => PortfolioGen.ToArbitrary();

    private static OpportunityPortfolio Build(Func<string, Opportunity>[] makers, int quarters, int money, int halfDays, int[] linkSpecs, int linkCount, int[] mustSpecs, int mustCount)
    {
        var n = makers.Length;
        var items = makers.Select((make, i) => make("o" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var links = new List<OpportunityLink>();
        if (n >= 2)
        {
            for (var l = 0; l < linkCount; l++)
            {
                var from = linkSpecs[l] % n;
                var to = (from + 1 + (linkSpecs[l + 1] % (n - 1))) % n;
                var kind = linkSpecs[l] % 2 == 0 ? OpportunityLinkKind.Requires : OpportunityLinkKind.Excludes;
                links.Add(new OpportunityLink(items[from].Id, kind, items[to].Id));
            }
        }

        var must = n == 0 ? [] : mustSpecs.Take(mustCount).Select(m => items[m % n].Id).Distinct().ToArray();
        var budget = new ResourceAmounts(Duration.FromMinutes(quarters * 15), money / 100m, halfDays / 2m);
        return new OpportunityPortfolio(Currency.Eur, budget, items, links, must);
    }
}
