using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Benchmarks.Planning;

/// <summary>
/// The plan validator and the schedule analysis on plans of many actions, against the floor of
/// any validation: indexing the action ids and resolving every dependency and served goal once.
/// </summary>
[MemoryDiagnoser]
public class PlanningBenchmarks
{
    private static readonly string[] ClientGoalIds = { "c" };
    private static readonly string[] FirstGoal = { "g0" };
    private AccountPlan _plan = null!;
    private LocalDate _asOf;

    /// <summary>Number of actions.</summary>
    [Params(1_000, 10_000)]
    public int Actions { get; set; }

    /// <summary>A valid plan: 20 goals, actions over a year, each depending on up to two earlier ones, using two resources.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = new LocalDate(2026, 1, 1);
        _asOf = start;
        var goals = Enumerable.Range(0, 20).Select(g => new PlanGoal("g" + g, "goal")
        {
            Mirrors = ClientGoalIds,
            Target = new GoalTarget("m", "u", 1m),
            Deadline = GoalDeadline.Fixed(start.PlusDays(364)),
        }).ToArray();
        var actions = new List<PlanAction>(Actions);
        for (var i = 0; i < Actions; i++)
        {
            var from = start.PlusDays(random.Next(0, 300));
            var candidates = i == 0 ? Array.Empty<string>() : new[] { actions[random.Next(i)], actions[random.Next(i)] }.Where(a => a.Due < from).Select(a => a.Id).Distinct().ToArray();
            actions.Add(new PlanAction("a" + i, "action", from, from.PlusDays(random.Next(0, 40)))
            {
                Owner = "o",
                Serves = new[] { "g" + random.Next(20) },
                DependsOn = candidates,
                Uses = new[] { new ResourceUse("people", 1m), new ResourceUse("money", 100m) },
            });
        }

        var decision = MixElement.Of(new MixDecision("d") { Serves = FirstGoal });
        _plan = new AccountPlan(new ClientId("c"), new DateInterval(start, start.PlusDays(364)))
        {
            ClientGoals = new[] { new ClientGoal("c", "client goal") },
            Goals = goals,
            Mix = new MarketingMix { Product = decision, Price = decision, Promotion = decision, Place = decision },
            Resources = new[]
            {
                new ResourceBudget("people", ResourceKind.Personnel, "person-days", 1e9m) { PerMonth = 1e9m },
                new ResourceBudget("money", ResourceKind.Money, "EUR", 1e12m),
            },
            Actions = actions,
            ReviewCadence = Period.FromMonths(1),
        };
        if (PlanValidator.Validate(_plan, _asOf).HasErrors())
        {
            throw new InvalidOperationException("The benchmark plan must be valid.");
        }
    }

    /// <summary>Baseline: index the action and goal ids and resolve every reference once.</summary>
    [Benchmark(Baseline = true)]
    public int IndexAndResolve()
    {
        var actions = _plan.Actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var goals = _plan.Goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var resolved = 0;
        foreach (var action in _plan.Actions)
        {
            resolved += action.DependsOn.Count(actions.ContainsKey) + action.Serves.Count(goals.ContainsKey);
        }

        return resolved;
    }

    /// <summary>Every check of the validator.</summary>
    [Benchmark]
    public int Validate() => PlanValidator.Validate(_plan, _asOf).Count;

    /// <summary>Critical path, goal forecasts and monthly resource load.</summary>
    [Benchmark]
    public int Analyze() => PlanSchedule.Analyze(_plan).CriticalPath.Count;
}
