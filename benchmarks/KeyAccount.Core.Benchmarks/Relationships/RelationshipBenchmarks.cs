using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Benchmarks.Relationships;

/// <summary>
/// The relationship analysis on a large map (10,000 client people, 50,000 influence links, 2,000
/// of our relationships, 100 decision makers) against a naive baseline in the same run: for each
/// decision maker in turn, a breadth-first search backwards over the influence links that
/// relaxes a node again whenever a stronger route to it appears (label-correcting, exact), then
/// the best relationship into the nodes it reached.
/// </summary>
[MemoryDiagnoser]
public class RelationshipBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);
    private RelationshipMap _map = null!;
    private int[][] _inFrom = null!;
    private double[][] _inWeight = null!;
    private double[] _entry = null!;
    private int[] _decisionMakers = null!;

    /// <summary>Client people (links are five times as many, relationships a fifth).</summary>
    [Params(10_000)]
    public int People { get; set; }

    /// <summary>A valid random map: a reporting tree, 5 influence links per person, 2,000 relationships from 200 of our people, 1% decision makers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var n = People;
        var people = new ClientPerson[n];
        for (var i = 0; i < n; i++)
        {
            var kinds = new List<PersonRole>();
            if (i % 100 == 7)
            {
                kinds.Add(new PersonRole(StakeholderKind.DecisionMaker));
            }

            if (i % 50 == 3)
            {
                kinds.Add(new PersonRole(StakeholderKind.Influencer));
            }

            if (i % 80 == 5)
            {
                kinds.Add(new PersonRole(i % 160 == 5 ? StakeholderKind.Sponsor : StakeholderKind.AntiSponsor));
            }

            people[i] = new ClientPerson("p" + i, "Person " + i) { ReportsTo = i == 0 ? null : "p" + random.Next(i / 2, i), Roles = kinds };
        }

        var links = new List<InfluenceLink>(5 * n);
        var seen = new HashSet<(int, int)>();
        while (links.Count < 5 * n)
        {
            var a = random.Next(n);
            var b = random.Next(n);
            if (a != b && seen.Add((a, b)))
            {
                links.Add(new InfluenceLink("p" + a, "p" + b, Math.Round(0.05 + (0.9 * random.NextDouble()), 2)));
            }
        }

        var team = Enumerable.Range(0, 200).Select(o => new TeamMember("o" + o, "Ours " + o)).ToArray();
        var relationships = new List<Relationship>(n / 5);
        var pairs = new HashSet<(int, int)>();
        while (relationships.Count < n / 5)
        {
            var o = random.Next(team.Length);
            var t = random.Next(n);
            if (pairs.Add((o, t)))
            {
                relationships.Add(new Relationship("o" + o, "p" + t) { Strength = (RelationshipStrength)random.Next(1, 5), LastContact = AsOf.PlusDays(-random.Next(0, 200)) });
            }
        }

        _map = new RelationshipMap(new ClientId("big")) { People = people, Influences = links, Team = team, Relationships = relationships };
        if (RelationshipMapValidator.Validate(_map, AsOf).Count != 0)
        {
            throw new InvalidOperationException("The benchmark map must be valid.");
        }

        var index = Enumerable.Range(0, n).ToDictionary(i => "p" + i, i => i, StringComparer.Ordinal);
        var inFrom = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var inWeight = Enumerable.Range(0, n).Select(_ => new List<double>()).ToArray();
        foreach (var l in links)
        {
            inFrom[index[l.To]].Add(index[l.From]);
            inWeight[index[l.To]].Add(l.Strength!.Value);
        }

        _inFrom = inFrom.Select(l => l.ToArray()).ToArray();
        _inWeight = inWeight.Select(l => l.ToArray()).ToArray();
        _entry = new double[n];
        foreach (var r in relationships)
        {
            var t = index[r.Theirs];
            _entry[t] = Math.Max(_entry[t], StrengthScale.Weight(r.Strength!.Value));
        }

        _decisionMakers = Enumerable.Range(0, n).Where(i => i % 100 == 7).ToArray();
    }

    /// <summary>The naive baseline: per decision maker, a label-correcting breadth-first search backwards.</summary>
    [Benchmark(Baseline = true)]
    public double NaivePerDecisionMaker()
    {
        var n = People;
        var best = new double[n];
        var queue = new Queue<int>();
        var total = 0.0;
        foreach (var dm in _decisionMakers)
        {
            Array.Clear(best);
            best[dm] = 1;
            queue.Enqueue(dm);
            var strongest = 0.0;
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                strongest = Math.Max(strongest, best[v] * _entry[v]);
                var from = _inFrom[v];
                var weight = _inWeight[v];
                for (var e = 0; e < from.Length; e++)
                {
                    var candidate = best[v] * weight[e];
                    if (candidate > best[from[e]])
                    {
                        best[from[e]] = candidate;
                        queue.Enqueue(from[e]);
                    }
                }
            }

            total += strongest;
        }

        return total;
    }

    /// <summary>The validator alone.</summary>
    [Benchmark]
    public int Validate() => RelationshipMapValidator.Validate(_map, AsOf).Count;

    /// <summary>Validation plus every decision maker's strongest path (one Dijkstra from all our people).</summary>
    [Benchmark]
    public int ValidateAndPaths() => RelationshipAnalyzer.StrongestPaths(_map, AsOf).Count;

    /// <summary>The whole run: validation, coverage, findings, paths, next contacts and departures.</summary>
    [Benchmark]
    public int Run() => RelationshipAnalyzer.Run(_map, null, AsOf).Result!.Paths.Count;
}
