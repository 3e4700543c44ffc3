using System.Linq;
using BenchmarkDotNet.Attributes;

namespace KeyAccount.Core.Benchmarks;

/// <summary>
/// The cost of the money convention: summing <see cref="Money"/> with its currency check against
/// summing bare decimals (the baseline).
/// </summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private decimal[] _amounts = [];
    private Money[] _money = [];

    /// <summary>Number of amounts.</summary>
    [Params(1_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Deterministic amounts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new System.Random(42);
        _amounts = Enumerable.Range(0, N).Select(_ => (decimal)random.Next(-10_000, 1_000_000) / 100m).ToArray();
        _money = _amounts.Select(a => new Money(a, Currency.Eur)).ToArray();
    }

    /// <summary>Bare decimal sum.</summary>
    [Benchmark(Baseline = true)]
    public decimal DecimalSum()
    {
        var total = 0m;
        foreach (var amount in _amounts)
        {
            total += amount;
        }

        return total;
    }

    /// <summary><see cref="Money.Sum"/> with its per-item currency check.</summary>
    [Benchmark]
    public Money MoneySum() => Money.Sum(_money, Currency.Eur);
}
