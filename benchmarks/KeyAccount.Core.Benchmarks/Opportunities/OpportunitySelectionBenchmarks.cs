using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Tests.Opportunities;

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
    public void Setup() => _portfolio = RandomPortfolios.Create(N, seed: 42, tightness: 0.5m);

    /// <summary>The baseline: one greedy pass.</summary>
    [Benchmark(Baseline = true)]
    public OpportunitySelection Greedy() => OpportunitySelector.Select(_portfolio, SelectionOptions.Greedy);

    /// <summary>Exact up to 100 candidates; stopped at 100,000 nodes (bounded, with its gap) above.</summary>
    [Benchmark]
    public OpportunitySelection BranchAndBound() =>
        OpportunitySelector.Select(_portfolio, N <= 100 ? SelectionOptions.Exact : SelectionOptions.LargePortfolio);
}
