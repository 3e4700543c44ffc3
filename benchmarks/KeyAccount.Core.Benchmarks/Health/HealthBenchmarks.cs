using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using KeyAccount.Core.Tests.Health;
using NodaTime;

namespace KeyAccount.Core.Benchmarks.Health;

/// <summary>
/// The health of a portfolio of accounts, each holding the other areas' documents of realistic size
/// (two areas in three held: classification evidence over up to five periods, a ladder assessment,
/// the publisher's development plan, up to five opportunities; a diary of up to 60 entries with
/// decisions and commitments; section updates), scored on two dates a quarter apart, ranked, with
/// the fallers; against a naive baseline in the same run that runs the account's analysis afresh
/// for every component that reads it (validation included, as a first version calling each area's
/// <c>Run</c> would) and ranks with LINQ.
/// </summary>
[MemoryDiagnoser]
public class HealthBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);
    private static readonly LocalDate Since = new(2025, 12, 31);
    private AccountDocument[] _accounts = null!;

    /// <summary>Accounts in the portfolio.</summary>
    [Params(10_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _accounts = Enumerable.Range(0, Accounts).Select(i => HealthAccounts.Account(i, "client-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), maxEntries: 60)).ToArray();

    /// <summary>The naive baseline: every component re-runs the analyses it reads (the account's run with its validation, the plan's run), then a LINQ ranking.</summary>
    [Benchmark(Baseline = true)]
    public int NaivePerComponent()
    {
        var settings = HealthSettings.Default;
        var now = new List<(ClientId Client, decimal? Score)>(_accounts.Length);
        var falls = new List<(ClientId Client, decimal Change)>();
        foreach (var account in _accounts)
        {
            var after = NaiveScore(account, AsOf, settings);
            var before = NaiveScore(account, Since, settings);
            now.Add((account.Client, after));
            if (after is { } a && before is { } b && a < b)
            {
                falls.Add((account.Client, a - b));
            }
        }

        var ranked = now.OrderByDescending(x => x.Score ?? -1).ThenBy(x => x.Client).ToList();
        var fallers = falls.OrderBy(x => x.Change).ThenBy(x => x.Client).Take(settings.Fallers).ToList();
        return ranked.Count + fallers.Count;
    }

    /// <summary>Every account scored on one date (no ranking, no change).</summary>
    [Benchmark]
    public int ScoreEach()
    {
        var scored = 0;
        foreach (var account in _accounts)
        {
            scored += HealthScorecard.Score(account, AsOf).Score is null ? 0 : 1;
        }

        return scored;
    }

    /// <summary>The library's portfolio: every account scored on both dates, the change attributed, ranked, the fallers.</summary>
    [Benchmark]
    public int Portfolio()
    {
        var portfolio = HealthScorecard.Portfolio(_accounts, AsOf, Since);
        return portfolio.Accounts.Count + portfolio.Fallers.Count;
    }

    private static decimal? NaiveScore(AccountDocument account, LocalDate asOf, HealthSettings settings)
    {
        var drafts = new[]
        {
            HealthComponents.Tier(account, out _),
            HealthComponents.Ladder(account, asOf, out _),
            HealthComponents.Plan(account, asOf),
            HealthComponents.Relationships(account, asOf),
            HealthComponents.Communications(account, asOf),
            HealthComponents.Commitments(AccountBasics.Of(AccountAnalysis.Run(account, asOf).Result!), "settings", asOf),
            HealthComponents.Freshness(AccountBasics.Of(AccountAnalysis.Run(account, asOf).Result!), "settings"),
            HealthComponents.Opportunities(account),
        };
        decimal total = 0, weighted = 0;
        foreach (var d in drafts)
        {
            var w = settings.Weight(d.Kind);
            if (d.Score is { } s && w > 0)
            {
                total += w;
                weighted += w * s;
            }
        }

        return total > 0 ? Math.Round(weighted / total, 2, MidpointRounding.AwayFromZero) : null;
    }
}
