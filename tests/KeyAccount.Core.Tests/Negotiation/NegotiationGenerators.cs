using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>A valid negotiation plan small enough to enumerate every package.</summary>
public sealed record SmallPlan(NegotiationPlan Plan)
{
    public override string ToString() => KeyAccount.Core.Json.KeyAccountJson.Serialize(Plan);
}

/// <summary>Seeded generators of negotiation plans.</summary>
public static class NegotiationGenerators
{
    private static readonly double[] Weights = { 0, 0.5, 1, 1, 2, 3 };
    private static readonly double[] Batnas = { -0.5, 0, 0, 0.2, 0.4, 0.7 };

    public static Arbitrary<SmallPlan> SmallPlans() =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => new SmallPlan(Small(seed, 4, 4))).ToArbitrary();

    /// <summary>A valid plan of 1 to <paramref name="maxIssues"/> issues with 1 to <paramref name="maxOptions"/> options each, values 0..9 (ties and dominated options are common).</summary>
    public static NegotiationPlan Small(int seed, int maxIssues, int maxOptions)
    {
        var random = new Random(seed);
        var count = random.Next(1, maxIssues + 1);
        var issues = new List<NegotiationIssue>();
        for (var i = 0; i < count; i++)
        {
            var values = Enumerable.Range(0, 10).OrderBy(_ => random.Next()).Take(random.Next(1, maxOptions + 1)).Select(v => new IssueOption(v)).ToArray();
            var direction = random.Next(2) == 0 ? IssueDirection.HigherIsBetter : IssueDirection.LowerIsBetter;
            IssueDirection? clientDirection = random.Next(4) == 0 ? direction : null;
            var (ourTarget, ourWalk) = Pair(random, direction);
            var (clientTarget, clientWalk) = Pair(random, clientDirection ?? Opposite(direction));
            issues.Add(new NegotiationIssue(
                "i" + i, IssueKind.Custom, direction, ourTarget, ourWalk, clientTarget, clientWalk,
                i == 0 ? 1 : Weights[random.Next(Weights.Length)],
                i == 0 ? 1 : Weights[random.Next(Weights.Length)],
                values,
                clientDirection: clientDirection));
        }

        return new NegotiationPlan(
            "p" + seed,
            new ClientId("c"),
            issues,
            ourBatna: new Batna("ours", Batnas[random.Next(Batnas.Length)]),
            clientBatna: new Batna("theirs", Batnas[random.Next(Batnas.Length)]));
    }

    /// <summary>A valid plan of exactly <paramref name="issues"/> issues of <paramref name="options"/> options with real-valued scores, as the benchmark uses.</summary>
    public static NegotiationPlan Wide(int seed, int issues, int options)
    {
        var random = new Random(seed);
        var list = new List<NegotiationIssue>();
        for (var i = 0; i < issues; i++)
        {
            var values = Enumerable.Range(0, options).Select(v => new IssueOption(v * 10 + random.Next(10))).ToArray();
            list.Add(new NegotiationIssue("i" + i, IssueKind.Custom, IssueDirection.HigherIsBetter, values[^1].Value, values[0].Value, values[0].Value, values[^1].Value, 0.5 + random.NextDouble(), 0.5 + random.NextDouble(), values));
        }

        return new NegotiationPlan("wide", new ClientId("c"), list, ourBatna: new Batna("ours", 0.3), clientBatna: new Batna("theirs", 0.3));
    }

    private static IssueDirection Opposite(IssueDirection d) => d == IssueDirection.HigherIsBetter ? IssueDirection.LowerIsBetter : IssueDirection.HigherIsBetter;

    private static (decimal Target, decimal WalkAway) Pair(Random random, IssueDirection direction)
    {
        var a = random.Next(0, 10);
        var b = random.Next(0, 9);
        if (b >= a)
        {
            b++;
        }

        var (low, high) = (Math.Min(a, b), Math.Max(a, b));
        return direction == IssueDirection.HigherIsBetter ? (high, low) : (low, high);
    }
}
