using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Benchmarks.Classification;

/// <summary>
/// The portfolio classification (8 periods per client, the default 4-period window) against a
/// straightforward LINQ classification of the same rules (the baseline): per period an
/// OrderByDescending/ThenBy and a running sum into a HashSet, then per client LINQ counts.
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private ClientEvidence[] _clients = [];

    /// <summary>Number of clients.</summary>
    [Params(10_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Deterministic portfolio: skewed profits, some losses, gaps, opportunities, ladder levels and ranks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _clients = new ClientEvidence[N];
        for (var i = 0; i < N; i++)
        {
            var scale = Math.Exp(random.NextDouble() * 8);
            var profits = new decimal?[8];
            var counts = new int?[8];
            for (var t = 0; t < 8; t++)
            {
                profits[t] = random.Next(20) == 0 ? null : Math.Round((decimal)(scale * (0.6 + random.NextDouble())) - 50m, 2);
                counts[t] = random.Next(10) == 0 ? null : random.Next(4);
            }

            _clients[i] = new ClientEvidence(
                new ClientId("C" + i.ToString("D7", CultureInfo.InvariantCulture)),
                profits: profits,
                opportunityCounts: counts,
                ladderLevel: random.Next(5) == 0 ? null : (LadderLevel)random.Next(1, 5),
                industryRank: random.Next(3) == 0 ? null : random.Next(1, 30));
        }
    }

    /// <summary>The naive LINQ classification (tiers only, no explanations).</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinq()
    {
        var policy = ClassificationPolicy.Default;
        var periods = _clients.Max(c => c.Profits.Count);
        var vitalFew = new List<HashSet<ClientId>>();
        for (var t = periods - policy.WindowPeriods; t < periods; t++)
        {
            var period = t;
            var known = _clients.Where(c => c.Profits[period].HasValue)
                .Select(c => (c.Client, Profit: c.Profits[period]!.Value))
                .OrderByDescending(x => x.Profit).ThenBy(x => x.Client)
                .ToList();
            var target = known.Where(x => x.Profit > 0).Sum(x => x.Profit) * (decimal)policy.VitalFewShare;
            var running = 0m;
            vitalFew.Add(known.TakeWhile(x => { var before = running; running += x.Profit; return x.Profit > 0 && before < target; }).Select(x => x.Client).ToHashSet());
        }

        var key = 0;
        foreach (var c in _clients.OrderBy(c => c.Client))
        {
            var window = Enumerable.Range(periods - policy.WindowPeriods, policy.WindowPeriods).ToList();
            var inside = window.Select((t, w) => vitalFew[w].Contains(c.Client)).Count(x => x);
            var unknownProfit = window.Count(t => !c.Profits[t].HasValue);
            var creating = window.Count(t => c.OpportunityCounts[t] >= policy.MinimumOpportunityCount);
            var unknownOpp = window.Count(t => !c.OpportunityCounts[t].HasValue);
            var outcomes = new[]
            {
                inside >= policy.MinimumVitalFewPeriods ? 2 : inside + unknownProfit < policy.MinimumVitalFewPeriods ? 1 : 0,
                creating >= policy.MinimumOpportunityPeriods ? 2 : creating + unknownOpp < policy.MinimumOpportunityPeriods ? 1 : 0,
                c.LadderLevel is { } l ? (l >= policy.MinimumLadderLevel ? 2 : 1) : 0,
                c.IndustryRank is { } r ? (r <= policy.MaximumIndustryRank ? 2 : 1) : 0,
            };
            if (outcomes.Count(o => o == 2) >= policy.KeyMinimumMet && outcomes[0] == 2)
            {
                key++;
            }
        }

        return key;
    }

    /// <summary>The library's portfolio classification (verdicts with findings; explanations built on demand).</summary>
    [Benchmark]
    public int ClassifyPortfolio() => KeyClientClassifier.ClassifyPortfolio(_clients).CountOf(ClientTier.Key).Clients;
}
