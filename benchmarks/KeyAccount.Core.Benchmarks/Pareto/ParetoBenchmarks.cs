using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Benchmarks.Pareto;

/// <summary>
/// The full 20/80 analysis (rank, vital few, Gini, HHI, computed ABC: <see cref="ParetoAnalysis.Summarize"/>)
/// against two baselines on the same amounts: a straightforward LINQ version (sort descending by amount
/// then id, running sum, vital few) and a bare <see cref="Array.Sort{T}(T[])"/> of the amounts, the floor
/// for any sort-based method.
/// </summary>
[MemoryDiagnoser]
public class ParetoBenchmarks
{
    private ClientId[] _ids = [];
    private decimal[] _amounts = [];

    /// <summary>Number of clients.</summary>
    [Params(1_000, 100_000, 1_000_000, 10_000_000)]
    public int N { get; set; }

    /// <summary>Deterministic, skewed amounts in cents (a log-normal-like spread), with ties.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _ids = Enumerable.Range(0, N).Select(i => new ClientId("C" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        _amounts = Enumerable.Range(0, N).Select(_ => Math.Round((decimal)Math.Exp(random.NextDouble() * 12), 2)).ToArray();
    }

    /// <summary>The floor: sorting a copy of the amounts.</summary>
    [Benchmark(Baseline = true)]
    public decimal ArraySortFloor()
    {
        var copy = (decimal[])_amounts.Clone();
        Array.Sort(copy);
        return copy[0];
    }

    /// <summary>The straightforward LINQ version: objects per client, OrderByDescending, running sum, vital few.</summary>
    [Benchmark]
    public int Linq()
    {
        var ranked = _ids.Zip(_amounts, (id, amount) => new { Id = id, Amount = amount })
            .OrderByDescending(x => x.Amount)
            .ThenBy(x => x.Id.Value, StringComparer.Ordinal)
            .ToList();
        var total = ranked.Sum(x => x.Amount);
        var running = 0m;
        var cumulative = ranked.Select(x => (double)((running += x.Amount) / total)).ToList();
        return cumulative.FindIndex(c => c >= 0.8) + 1;
    }

    /// <summary>The library: analyse, then summarise (vital few, Gini, HHI, computed ABC).</summary>
    [Benchmark]
    public ParetoSummary Analysis() => ParetoAnalysis.Analyze(_ids, _amounts, Currency.Eur).Summarize();
}
