using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Opportunities;
using NodaTime;

namespace KeyAccount.Core.Benchmarks.Opportunities;

/// <summary>
/// Choosing opportunities under three budgets: the exact branch and bound (20 to 100 candidates,
/// proven optimal) and the same stopped at 100,000 nodes for 1,000 and 10,000 candidates, against
/// the baseline greedy by expected return per share of the budgets. Seeded random portfolios:
/// uncorrelated benefits (1,000-1,000,000), probabilities (0.05-0.95) and needs; budgets half the
/// total needs.
/// </summary>
[MemoryDiagnoser]
public class OpportunitySelectionBenchmarks
{
    private OpportunityPortfolio _portfolio = null!;

    /// <summary>Number of candidates.</summary>
    [Params(20, 40, 60, 100, 1_000, 10_000)]
    public int N { get; set; }

    /// <summary>Builds the portfolio.</summary>
    [GlobalSetup]
    public void Setup() => _portfolio = Create(N, seed: 42);

    /// <summary>The baseline: one greedy pass.</summary>
    [Benchmark(Baseline = true)]
    public OpportunitySelection Greedy() => OpportunitySelector.Select(_portfolio, SelectionOptions.Greedy);

    /// <summary>Exact up to 100 candidates; stopped at 100,000 nodes (bounded, with its gap) above.</summary>
    [Benchmark]
    public OpportunitySelection BranchAndBound() =>
        OpportunitySelector.Select(_portfolio, N <= 100 ? SelectionOptions.Exact : SelectionOptions.LargePortfolio);

    internal static OpportunityPortfolio Create(int count, int seed)
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
                "opportunity",
                (OpportunityClass)(i % 6),
                (OpportunitySource)(i % 5),
                random.Next(1_000, 1_000_000),
                random.Next(5, 96) / 100m,
                needs);
            total = total.Plus(needs);
        }

        var budget = new ResourceAmounts(Duration.FromMinutes((long)total.Time.TotalMinutes / 2), decimal.Floor(total.Money / 2), decimal.Floor(total.PersonDays / 2));
        return new OpportunityPortfolio(Currency.Eur, budget, items);
    }
}
