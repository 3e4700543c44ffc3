using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Core.Health;
using NodaTime;

namespace KeyAccount.Core.Tests.Health;

/// <summary>
/// The scorecard's own arithmetic recomputed from docs/health.md on generated accounts and
/// settings: the weighted mean and its band, each component's share, each fact's cost, the
/// costliest facts, the sentences that frame them; a portfolio's ranking, band counts and
/// fallers; and a change's per-fact moves.
/// </summary>
public class HealthScorecardFormulaTests
{
    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string N(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string D(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] Names = { "key-client tier", "ladder", "plan", "commitments", "freshness", "opportunities", "relationships", "communications" };

    private static string Name(HealthComponentKind kind) => Names[(int)kind];

    /// <summary>Weights from 0 to 30 (about one in four 0, never all), bands anywhere in order, 0 to 5 facts explained.</summary>
    private static HealthSettings Settings(int seed) => Settings(seed, out _);

    private static HealthSettings Settings(int seed, out decimal[] weights)
    {
        var random = new Random(seed);
        decimal W() => random.Next(4) == 0 ? 0m : random.Next(1, 31) + (random.Next(4) * 0.25m);
        weights = Enumerable.Range(0, 8).Select(_ => W()).ToArray();
        if (weights.All(w => w == 0))
        {
            weights[random.Next(8)] = 1m;
        }

        var watch = random.Next(0, 90);
        var healthy = watch + random.Next(0, 100 - watch);
        return new HealthSettings(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5], weights[6], weights[7], healthy, watch, random.Next(0, 6), random.Next(0, 4));
    }

    /// <summary>The generated weight of a component: the constructor takes them in the order tier, ladder, plan, relationships, communications, commitments, freshness, opportunities.</summary>
    private static decimal WeightOf(HealthComponentKind kind, decimal[] weights) => kind switch
    {
        HealthComponentKind.Tier => weights[0],
        HealthComponentKind.Ladder => weights[1],
        HealthComponentKind.Plan => weights[2],
        HealthComponentKind.Relationships => weights[3],
        HealthComponentKind.Communications => weights[4],
        HealthComponentKind.Commitments => weights[5],
        HealthComponentKind.Freshness => weights[6],
        _ => weights[7],
    };

    private static HealthBand BandOf(decimal score, HealthSettings settings) =>
        score >= settings.HealthyFrom ? HealthBand.Healthy : score >= settings.WatchFrom ? HealthBand.Watch : HealthBand.AtRisk;

    private static string BandName(HealthBand band) => band switch { HealthBand.Healthy => "healthy", HealthBand.Watch => "watch", _ => "at risk" };

    [Property(Arbitrary = new[] { typeof(HealthGenerators) }, MaxTest = 150)]
    public Property The_score_shares_costs_and_costliest_facts_follow_the_formulas(ScoredAccount s, int settingsSeed)
    {
        var settings = Settings(settingsSeed, out var weights);
        var health = HealthScorecard.Score(s.Account, s.AsOf, settings);
        var wrong = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                wrong.Add(what);
            }
        }

        Check(health.Components.Select(c => c.Kind).SequenceEqual(HealthScorecard.Kinds), "components out of order");
        Check(health.Components.All(c => c.Weight == WeightOf(c.Kind, weights)), "a weight is not the one given for its component");
        var counting = health.Components.Where(c => c.Score is not null && c.Weight > 0).ToArray();
        var total = counting.Sum(c => c.Weight);
        decimal? score = total > 0 ? Round(counting.Sum(c => c.Weight * c.Score!.Value) / total) : null;
        Check(health.Score == score, $"score {health.Score}, the weighted mean is {score}");
        Check(health.Band == (score is { } v ? BandOf(v, settings) : null), $"band {health.Band} for {score}");

        foreach (var c in health.Components)
        {
            var counts = c.Score is not null && c.Weight > 0;
            var share = counts ? c.Weight / total : 0m;
            Check(c.Share == Math.Round(share, 4, MidpointRounding.AwayFromZero), $"{c.Kind} share {c.Share}, expected {share}");
            Check(c.Counts == counts, $"{c.Kind} counts");
            var points = c.Facts.Sum(f => f.Points);
            foreach (var f in c.Facts)
            {
                Check(f.Component == c.Kind, $"{f.Key} filed under {f.Component}");
                var cost = counts && points > 0 ? f.Points / points * (100m - c.Score!.Value) * share : 0m;
                Check(Math.Abs(f.Cost - cost) <= 0.02m && (cost != 0 || f.Cost == 0), $"{c.Kind} {f.Key} costs {f.Cost}, expected about {cost}");
            }

            if (c.Score is not null && c.Weight == 0)
            {
                Check(c.Explanation.EndsWith(" Weighted 0, so it does not count in the score.", StringComparison.Ordinal), $"{c.Kind} weighted 0 does not say so");
            }
        }

        var kinds = HealthScorecard.Kinds.ToList();
        var costliest = health.Components.SelectMany(c => c.Facts).Where(f => f.Cost > 0)
            .OrderByDescending(f => f.Cost).ThenBy(f => kinds.IndexOf(f.Component)).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(settings.ExplainedFacts);
        Check(health.Costliest.SequenceEqual(costliest), "costliest: " + string.Join(", ", health.Costliest.Select(f => f.Key)));

        var scoredCount = health.Components.Count(c => c.Score is not null && c.Weight > 0);
        var opening = "Health of '" + s.Account.Client.Value + "' as of " + D(s.AsOf) + ": "
            + (score is { } x ? N(x) + " of 100, " + BandName(health.Band!.Value) + ", from " + scoredCount + " of 8 components." : "no score, since no component counts.");
        Check(health.Explanation.StartsWith(opening, StringComparison.Ordinal), "explanation opens \"" + health.Explanation + "\", expected \"" + opening + "\"");
        var notScored = health.Components.Where(c => c.Score is null).Select(c => Name(c.Kind) + " (").ToArray();
        Check(health.Explanation.Contains(" Not scored: ", StringComparison.Ordinal) == (notScored.Length > 0) && notScored.All(n => health.Explanation.Contains(n, StringComparison.Ordinal)), "not scored: " + health.Explanation);
        var zero = health.Components.Where(c => c.Score is not null && c.Weight == 0).Select(c => Name(c.Kind)).ToArray();
        Check(zero.Length == 0 ? !health.Explanation.Contains(" Weighted 0: ", StringComparison.Ordinal) : health.Explanation.Contains(" Weighted 0: " + string.Join(", ", zero) + ".", StringComparison.Ordinal), "weighted 0: " + health.Explanation);
        var costing = string.Join(" ", health.Costliest.Select(f => f.Explanation.TrimEnd('.') + " (" + Name(f.Component) + ", -" + N(f.Cost) + " points)."));
        Check(health.Costliest.Count == 0 ? !health.Explanation.Contains(" Costing the most: ", StringComparison.Ordinal) : health.Explanation.EndsWith(" Costing the most: " + costing, StringComparison.Ordinal), "costing the most: " + health.Explanation);
        Check(health.Explanation.EndsWith(" Nothing costs it points.", StringComparison.Ordinal) == (score == 100m && health.Costliest.Count == 0), "nothing costs: " + health.Explanation);

        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    [Property(Arbitrary = new[] { typeof(HealthGenerators) }, MaxTest = 40)]
    public Property A_portfolio_is_ranked_counted_and_its_fallers_listed(int seed, byte size, int settingsSeed)
    {
        var random = new Random(seed);
        var settings = Settings(settingsSeed) with { Fallers = random.Next(0, 4) };
        var accounts = Enumerable.Range(0, 1 + (size % 8)).Select(i => HealthGenerators.Account(random.Next(), "p" + ((i * 7) % 11) + "-" + i)).ToArray();
        var asOf = HealthGenerators.First.PlusDays(random.Next(90, 366));
        var since = asOf.PlusDays(-random.Next(0, 120));
        var portfolio = HealthScorecard.Portfolio(accounts, asOf, since, settings);
        var wrong = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                wrong.Add(what);
            }
        }

        var each = accounts.Select(a => (Health: HealthScorecard.Score(a, asOf, settings), Change: HealthScorecard.Change(a, since, asOf, settings))).ToArray();
        var ranked = each.OrderBy(e => e.Health.Score is null).ThenByDescending(e => e.Health.Score).ThenBy(e => e.Health.Client).ToArray();
        Check(portfolio.Accounts.Select(e => e.Client).SequenceEqual(ranked.Select(e => e.Health.Client)), "ranking " + string.Join(", ", portfolio.Accounts.Select(e => e.Client.Value + " " + e.Score)));
        Check(portfolio.Accounts.Select(e => e.Rank).SequenceEqual(Enumerable.Range(1, accounts.Length)), "ranks");
        Check(portfolio.Accounts.Zip(ranked, (e, r) => e.Score == r.Health.Score && e.Change!.Change == r.Change.Change).All(b => b), "scores or changes differ from each account's own");

        var healthy = each.Count(e => e.Health.Band == HealthBand.Healthy);
        var watch = each.Count(e => e.Health.Band == HealthBand.Watch);
        var atRisk = each.Count(e => e.Health.Band == HealthBand.AtRisk);
        var unscored = each.Count(e => e.Health.Band is null);
        Check((portfolio.Healthy, portfolio.Watch, portfolio.AtRisk, portfolio.Unscored) == (healthy, watch, atRisk, unscored), $"bands {portfolio.Healthy}/{portfolio.Watch}/{portfolio.AtRisk}/{portfolio.Unscored}");

        var fallers = each.Where(e => e.Change.Change < 0).OrderBy(e => e.Change.Change).ThenBy(e => e.Health.Client).Take(settings.Fallers).ToArray();
        Check(portfolio.Fallers.Select(f => f.Client).SequenceEqual(fallers.Select(f => f.Health.Client)), "fallers " + string.Join(", ", portfolio.Fallers.Select(f => f.Client.Value)));

        var accountsWord = accounts.Length == 1 ? "account" : "accounts";
        var text = accounts.Length + " " + accountsWord + " as of " + D(asOf) + ": " + healthy + " healthy, " + watch + " to watch, " + atRisk + " at risk" + (unscored > 0 ? ", " + unscored + " without a score" : string.Empty) + "."
            + (fallers.Length == 0 ? " No score fell since " + D(since) + "." : " Fell most since " + D(since) + ": " + string.Join(", ", fallers.Select(f => "'" + f.Health.Client.Value + "' " + N(f.Change.Change!.Value))) + ".");
        Check(portfolio.Explanation == text, "explanation \"" + portfolio.Explanation + "\", expected \"" + text + "\"");
        Check(portfolio.AsOf == asOf && portfolio.Since == since, "dates");

        var undated = HealthScorecard.Portfolio(accounts, asOf, null, settings);
        Check(undated.Fallers.Count == 0 && undated.Accounts.All(e => e.Change is null) && !undated.Explanation.Contains("since", StringComparison.Ordinal), "a portfolio without an earlier date has changes");
        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    [Property(Arbitrary = new[] { typeof(HealthGenerators) }, MaxTest = 100)]
    public Property A_change_lists_each_fact_that_moved_largest_first(ScoredAccount s, byte days)
    {
        var since = s.AsOf.PlusDays(-(days % 200));
        var change = HealthScorecard.Change(s.Account, since, s.AsOf);
        var wrong = new List<string>();
        Check(change.Change == (change.Before.Score is { } b && change.After.Score is { } a ? a - b : null), "change");
        Check(change.Before.AsOf == since && change.After.AsOf == s.AsOf, "dates");
        foreach (var c in change.Components)
        {
            var before = change.Before.Component(c.Kind);
            var after = change.After.Component(c.Kind);
            Check(c.Before == before.Score && c.After == after.Score, $"{c.Kind} scores");
            var then = before.Facts.ToDictionary(f => f.Key, f => f.Points, StringComparer.Ordinal);
            var now = after.Facts.ToDictionary(f => f.Key, f => f.Points, StringComparer.Ordinal);
            var expected = then.Keys.Union(now.Keys)
                .Select(k => (Key: k, Before: then.GetValueOrDefault(k), After: now.GetValueOrDefault(k)))
                .Where(x => x.Before != x.After)
                .OrderByDescending(x => Math.Abs(x.After - x.Before)).ThenBy(x => x.Key, StringComparer.Ordinal)
                .ToArray();
            Check(c.Facts.Select(f => (f.Key, f.PointsBefore, f.PointsAfter)).SequenceEqual(expected), $"{c.Kind} facts " + string.Join(", ", c.Facts.Select(f => f.Key)));
            foreach (var f in c.Facts)
            {
                var source = (f.PointsAfter != 0 ? after : before).Facts.Single(x => x.Key == f.Key);
                Check(f.Explanation == source.Explanation, $"{c.Kind} {f.Key} sentence");
            }

            if (!before.Counts && !after.Counts)
            {
                Check(c.Explanation == char.ToUpperInvariant(Name(c.Kind)[0]) + Name(c.Kind).Substring(1) + ": not counting on either date." && c.Attribution == 0, $"{c.Kind} not counting");
            }
            else if (change.Change is not null)
            {
                Check(c.Explanation.Contains(" Its part of the change: " + (c.Attribution > 0 ? "+" : string.Empty) + N(c.Attribution) + " points.", StringComparison.Ordinal), $"{c.Kind} part: {c.Explanation}");
            }
        }

        var opening = "Health of '" + s.Account.Client.Value + "': ";
        Check(change.Explanation.StartsWith(opening, StringComparison.Ordinal), "opening");
        if (change.Change is { } delta)
        {
            Check(change.Explanation.Contains(": " + (delta > 0 ? "+" : string.Empty) + N(delta) + " points.", StringComparison.Ordinal), "delta: " + change.Explanation);
            var moved = change.Components.Where(c => c.Attribution != 0).ToArray();
            Check(moved.Length == 0 ? change.Explanation.Contains(" No component moved it.", StringComparison.Ordinal) : change.Explanation.Contains(" By component: ", StringComparison.Ordinal), "by component: " + change.Explanation);
        }
        else
        {
            Check(change.Explanation.EndsWith("; with no score on one of the dates there is no change to attribute.", StringComparison.Ordinal), "no change: " + change.Explanation);
        }

        return (wrong.Count == 0).Label(string.Join("; ", wrong));

        void Check(bool ok, string what)
        {
            if (!ok)
            {
                wrong.Add(what);
            }
        }
    }
}
