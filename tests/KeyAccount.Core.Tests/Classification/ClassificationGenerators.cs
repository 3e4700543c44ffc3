using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Classification;

/// <summary>FsCheck generators for the classification: evidence with gaps, ties and losses, and portfolios with distinct ids.</summary>
public static class ClassificationGenerators
{
    private static readonly decimal[] ProfitValues = [-50m, -1m, 0m, 1m, 2m, 2.00m, 5m, 10m, 10m, 40m, 100m, 1000m, 123456.78m];

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(x => (T?)x)));

    private static Gen<T?[]?> Series<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency(
            (1, Gen.Constant<T?[]?>(null)),
            (5, from length in Gen.Choose(0, 6) from items in Gen.ArrayOf(OrNull(gen), length) select (T?[]?)items));

    /// <summary>One client's evidence with the given id; every piece may be missing.</summary>
    public static Gen<ClientEvidence> Evidence(ClientId id) =>
        from profits in Series(Gen.Elements(ProfitValues))
        from vitalFew in Gen.Frequency((3, Gen.Constant<bool?[]?>(null)), (1, Series(Gen.Elements(true, false))))
        from counts in Series(Gen.Choose(0, 4))
        from values in Series(Gen.Choose(0, 5000).Select(v => (decimal)v))
        from sales in Series(Gen.Choose(0, 2000).Select(v => (decimal)v))
        from ladder in OrNull(Gen.Choose(1, 4).Select(v => (LadderLevel)v))
        from survey in OrNull(Gen.Choose(0, 100).Select(v => (double)v))
        from rank in OrNull(Gen.Choose(1, 10))
        from share in OrNull(Gen.Choose(0, 40).Select(v => v / 100.0))
        from influence in OrNull(Gen.Choose(0, 100).Select(v => (double)v))
        select new ClientEvidence(id, profits, vitalFew, counts, values, sales, ladder, survey, rank, share, influence);

    /// <summary>Portfolios of 0..15 clients with distinct ids (ordinal; ids differ in case too).</summary>
    public static Gen<ClientEvidence[]> PortfolioGen { get; } =
        from size in Gen.Choose(0, 15)
        from ids in Gen.Shuffle(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? "c" : "C") + (i / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
        from clients in Gen.CollectToArray(ids.Take(size), id => Evidence(new ClientId(id)))
        select clients.ToArray();

    /// <summary>The arbitrary for portfolios.</summary>
    public static Arbitrary<ClientEvidence[]> Portfolios() => PortfolioGen.ToArbitrary();

    /// <summary>Policies that vary the window, the share and the tier rules.</summary>
    public static Arbitrary<ClassificationPolicy> Policies() =>
        (from window in Gen.Choose(1, 6)
         from vitalFewPeriods in Gen.Choose(1, window)
         from opportunityPeriods in Gen.Choose(1, window)
         from share in Gen.Elements(0.5, 0.8, 0.95, 1.0)
         from keyMin in Gen.Choose(1, 4)
         from potentialMin in Gen.Choose(1, keyMin)
         from requireProfit in Gen.Elements(true, false)
         select ClassificationPolicy.Default with
         {
             WindowPeriods = window,
             MinimumVitalFewPeriods = vitalFewPeriods,
             MinimumOpportunityPeriods = opportunityPeriods,
             VitalFewShare = share,
             KeyMinimumMet = keyMin,
             PotentialKeyMinimumMet = potentialMin,
             KeyRequiredCriteria = requireProfit ? [KeyCriterion.SteadyHighProfit] : [],
         }).ToArbitrary();

    /// <summary>Department lists over a small pool of ids, so overlaps are common.</summary>
    public static Arbitrary<DepartmentList[]> DepartmentLists() =>
        (from count in Gen.Choose(0, 5)
         from lists in Gen.ArrayOf(
             from size in Gen.Choose(0, 6)
             from ids in Gen.ArrayOf(Gen.Elements("a", "b", "c", "d", "e", "f"), size)
             select ids.Select(i => new ClientId(i)).ToArray(), count)
         select lists.Select((ids, i) => new DepartmentList("dept" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ids)).ToArray()).ToArbitrary();
}
