using System;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Benchmarks.Negotiation;

/// <summary>Seeded negotiation instances: every issue has the same number of options, both sides' scores opposed with noise, weights differing per side.</summary>
internal static class FrontierInstances
{
    public static (long[][] Ours, long[][] Theirs) Create(int issues, int options, int seed)
    {
        var random = new Random(seed);
        var ours = new long[issues][];
        var theirs = new long[issues][];
        for (var i = 0; i < issues; i++)
        {
            var ourWeight = (0.5 + random.NextDouble()) / issues;
            var theirWeight = (0.5 + random.NextDouble()) / issues;
            ours[i] = new long[options];
            theirs[i] = new long[options];
            for (var j = 0; j < options; j++)
            {
                var position = (double)j / (options - 1);
                ours[i][j] = FrontierMerge.ToUnits(ourWeight * (position + (0.3 * random.NextDouble())));
                theirs[i][j] = FrontierMerge.ToUnits(theirWeight * (1 - position + (0.3 * random.NextDouble())));
            }
        }

        return (ours, theirs);
    }
}

/// <summary>
/// The exact efficient frontier by merging per-issue frontiers against the naive baseline that
/// enumerates every package and sweeps them, on a size where enumeration still finishes
/// (8 options per issue: 6 issues = 262,144 packages).
/// </summary>
[MemoryDiagnoser]
public class NegotiationFrontierBenchmarks
{
    private long[][] _ours = null!;
    private long[][] _theirs = null!;

    /// <summary>Number of issues, each with 8 options.</summary>
    [Params(5, 6)]
    public int Issues { get; set; }

    /// <summary>Builds the instance.</summary>
    [GlobalSetup]
    public void Setup() => (_ours, _theirs) = FrontierInstances.Create(Issues, 8, 42);

    /// <summary>Every package enumerated, sorted and swept.</summary>
    [Benchmark(Baseline = true)]
    public int Enumerate() => FrontierMerge.Enumerate(_ours, _theirs).X.Length;

    /// <summary>Per-issue frontiers merged with dominance pruning.</summary>
    [Benchmark]
    public int Merge() => FrontierMerge.Compute(_ours, _theirs, int.MaxValue)!.Ours.Length;
}

/// <summary>The merge alone where enumeration is out of reach: 8 options per issue, up to 12 issues (8^12 ≈ 6.9e10 packages).</summary>
[MemoryDiagnoser]
public class NegotiationFrontierScaleBenchmarks
{
    private long[][] _ours = null!;
    private long[][] _theirs = null!;

    /// <summary>Number of issues, each with 8 options.</summary>
    [Params(8, 10, 12)]
    public int Issues { get; set; }

    /// <summary>Builds the instance and prints the frontier's size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_ours, _theirs) = FrontierInstances.Create(Issues, 8, 42);
        Console.WriteLine("// frontier points for {0} issues x 8 options: {1}", Issues, FrontierMerge.Compute(_ours, _theirs, int.MaxValue)!.Ours.Length);
    }

    /// <summary>Per-issue frontiers merged with dominance pruning.</summary>
    [Benchmark]
    public int Merge() => FrontierMerge.Compute(_ours, _theirs, int.MaxValue)!.Ours.Length;
}
