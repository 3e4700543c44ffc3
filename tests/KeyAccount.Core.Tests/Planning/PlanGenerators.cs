using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>A plan with the date it is checked on.</summary>
public sealed record CheckedPlan(AccountPlan Plan, LocalDate AsOf, int Seed)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() => "plan from seed " + Seed + " (" + Plan.Actions.Count + " actions), as of " + AsOf;
}

/// <summary>A structurally complete plan that may be inconsistent in any way, with the date it is checked on.</summary>
public sealed record AnyPlan(AccountPlan Plan, LocalDate AsOf, int Seed)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() => "arbitrary plan from seed " + Seed + " (" + Plan.Actions.Count + " actions), as of " + AsOf;
}

/// <summary>FsCheck generators of plans: valid ones, and arbitrary structurally complete ones.</summary>
public static class PlanGenerators
{
    /// <summary>Valid plans (no diagnostic at all), built from a seed.</summary>
    public static Arbitrary<CheckedPlan> ValidPlans() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from actions in Gen.Choose(1, 40)
         select Valid(seed, actions)).ToArbitrary();

    /// <summary>Plans of any content the model allows, built from a seed.</summary>
    public static Arbitrary<AnyPlan> AnyPlans() =>
        Gen.Choose(0, int.MaxValue - 1).Select(Chaos).ToArbitrary();

    /// <summary>A valid plan: every goal mirrors a client goal and has a target and a deadline, every action fits its goals and dependencies, budgets are ample.</summary>
    public static CheckedPlan Valid(int seed, int actionCount)
    {
        var random = new Random(seed);
        var start = new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 3000));
        var end = start.PlusDays(364 + random.Next(0, 366));
        var length = Period.DaysBetween(start, end);
        var clientGoals = Enumerable.Range(0, random.Next(1, 4)).Select(c => new ClientGoal("c" + c, "client goal " + c)).ToArray();
        var goalCount = clientGoals.Length + random.Next(0, 4);

        var actions = new List<PlanAction>();
        var a0Due = start.PlusDays(random.Next(0, 31));
        var goals = new PlanGoal[goalCount];
        for (var g = 0; g < goalCount; g++)
        {
            var mirrors = new List<string> { clientGoals[g % clientGoals.Length].Id };
            if (random.Next(3) == 0)
            {
                mirrors.Add(clientGoals[random.Next(clientGoals.Length)].Id);
            }

            var deadline = random.Next(3) switch
            {
                0 => GoalDeadline.After("fixed-event", Period.FromDays(100 + random.Next(0, length - 200))),
                1 => GoalDeadline.After("first-done", Period.FromDays(200)),
                _ => GoalDeadline.Fixed(start.PlusDays(200 + random.Next(0, length - 199))),
            };
            goals[g] = new PlanGoal("g" + g, "goal " + g)
            {
                Mirrors = mirrors.Distinct().ToArray(),
                Target = new GoalTarget("metric " + g, "unit", random.Next(1, 100)) { Baseline = random.Next(2) == 0 ? null : 0m },
                Deadline = deadline,
            };
        }

        string[] Serves() => Enumerable.Range(0, random.Next(1, 3)).Select(_ => goals[random.Next(goalCount)].Id).Distinct().ToArray();

        for (var j = 0; j < actionCount; j++)
        {
            var first = j == 0;
            var from = first ? start : start.PlusDays(random.Next(0, 181));
            var due = first ? a0Due : from.PlusDays(random.Next(0, 19));
            var candidates = actions.Where(a => a.Due < from).ToList();
            var dependsOn = candidates.Count == 0 || random.Next(2) == 0
                ? Array.Empty<string>()
                : Enumerable.Range(0, random.Next(1, 3)).Select(_ => candidates[random.Next(candidates.Count)].Id).Distinct().ToArray();
            actions.Add(new PlanAction("a" + j, "action " + j, from, due)
            {
                Owner = "owner " + random.Next(5),
                Serves = Serves(),
                DependsOn = dependsOn,
                Uses = random.Next(3) == 0
                    ? Array.Empty<ResourceUse>()
                    : new[] { new ResourceUse("people", random.Next(0, 50)), new ResourceUse("money", random.Next(0, 10_000) / 100m) },
            });
        }

        MixElement Element() => random.Next(3) == 0
            ? MixElement.Unchanged("works as it is")
            : MixElement.Of(Enumerable.Range(0, random.Next(1, 3)).Select(d => new MixDecision("decision " + d) { Serves = Serves() }).ToArray());

        var plan = new AccountPlan(new ClientId("client-" + random.Next(100)), new DateInterval(start, end))
        {
            Status = PlanStatus.Approved,
            StatusHistory = new[]
            {
                new PlanStatusChange(PlanStatus.Draft, start.PlusDays(-10)),
                new PlanStatusChange(PlanStatus.Written, start.PlusDays(-5)),
                new PlanStatusChange(PlanStatus.Discussed, start.PlusDays(-2)) { ClientParticipants = new[] { "buyer" }, OurParticipants = new[] { "kam" } },
                new PlanStatusChange(PlanStatus.Approved, start),
            },
            ClientGoals = clientGoals,
            Goals = goals,
            Events = new[]
            {
                new PlanEvent("fixed-event", "an event with a date") { Date = start.PlusDays(100) },
                new PlanEvent("first-done", "the first action is done") { Action = "a0" },
            },
            Mix = new MarketingMix { Product = Element(), Price = Element(), Promotion = Element(), Place = Element() },
            Resources = new[]
            {
                new ResourceBudget("people", ResourceKind.Personnel, "person-days", 1_000_000m) { PerMonth = random.Next(2) == 0 ? null : 1_000_000m },
                new ResourceBudget("money", ResourceKind.Money, "EUR", 1_000_000_000m),
            },
            Actions = actions,
            ReviewCadence = Period.FromMonths(1),
            Reviews = new[] { new PlanReview(start) },
        };
        return new CheckedPlan(EveryGoalServed(plan), start, seed);
    }

    /// <summary>A plan with colliding, empty and unknown ids, dates in any order, odd periods, undefined values, negative and huge amounts.</summary>
    public static AnyPlan Chaos(int seed)
    {
        var random = new Random(seed);
        string Id() => random.Next(8) switch { 0 => string.Empty, 1 => " ", _ => ((char)('a' + random.Next(5))).ToString() };
        string[] Ids() => Enumerable.Range(0, random.Next(0, 4)).Select(_ => Id()).ToArray();
        LocalDate Date() => random.Next(20) == 0
            ? (random.Next(2) == 0 ? LocalDate.MaxIsoValue.PlusDays(-random.Next(0, 40)) : LocalDate.MinIsoValue.PlusDays(random.Next(0, 40)))
            : new LocalDate(2024, 1, 1).PlusDays(random.Next(-800, 800));
        Period Offset() => random.Next(6) switch
        {
            0 => Period.FromHours(random.Next(-5, 50)),
            1 => Period.FromMonths(random.Next(-3, 30)),
            2 => Period.FromYears(random.Next(0, 20000)),
            3 => Period.Zero,
            _ => Period.FromDays(random.Next(-10, 400)),
        };
        decimal Amount() => random.Next(10) switch { 0 => decimal.MaxValue, 1 => -random.Next(1, 100), _ => random.Next(0, 1000) };
        T? Maybe<T>(Func<T> make)
            where T : class => random.Next(4) == 0 ? null : make();
        GoalDeadline Deadline() => new() { On = random.Next(2) == 0 ? Date() : null, Event = random.Next(2) == 0 ? Id() : null, Offset = random.Next(2) == 0 ? Offset() : null };
        MixElement Element() => new() { NoChange = random.Next(2) == 0, Decisions = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new MixDecision("d") { Serves = Ids() }).ToArray() };

        var a = Date();
        var b = Date();
        var plan = new AccountPlan(new ClientId("x"), new DateInterval(a < b ? a : b, a < b ? b : a))
        {
            Status = (PlanStatus)random.Next(0, 6),
            StatusHistory = Enumerable.Range(0, random.Next(0, 4)).Select(_ => new PlanStatusChange((PlanStatus)random.Next(0, 5), Date())).ToArray(),
            ClientGoals = Enumerable.Range(0, random.Next(0, 4)).Select(_ => new ClientGoal(Id(), "c")).ToArray(),
            Goals = Enumerable.Range(0, random.Next(0, 5)).Select(_ => new PlanGoal(Id(), "g")
            {
                Mirrors = Ids(),
                Target = Maybe(() => new GoalTarget(random.Next(3) == 0 ? " " : "m", random.Next(3) == 0 ? string.Empty : "u", Amount())),
                Deadline = Maybe(Deadline),
            }).ToArray(),
            Events = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new PlanEvent(Id(), "e") { Date = random.Next(2) == 0 ? Date() : null, Action = random.Next(2) == 0 ? Id() : null }).ToArray(),
            Mix = new MarketingMix { Product = Maybe(Element), Price = Maybe(Element), Promotion = Maybe(Element), Place = Maybe(Element) },
            Resources = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new ResourceBudget(Id(), (ResourceKind)random.Next(0, 4), "u", Amount()) { PerMonth = random.Next(2) == 0 ? null : Amount() }).ToArray(),
            Actions = Enumerable.Range(0, random.Next(0, 8)).Select(_ =>
            {
                var from = Date();
                var to = random.Next(3) == 0 ? Date() : PlanDatesNear(from, random.Next(-5, 90));
                return new PlanAction(Id(), "a", from, to)
                {
                    Owner = random.Next(4) == 0 ? null : "o",
                    Serves = Ids(),
                    DependsOn = Ids(),
                    Uses = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new ResourceUse(Id(), Amount())).ToArray(),
                };
            }).ToArray(),
            ReviewCadence = random.Next(3) == 0 ? null : Offset(),
            Reviews = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new PlanReview(Date())).ToArray(),
        };
        return new AnyPlan(plan, Date(), seed);
    }

    private static LocalDate PlanDatesNear(LocalDate date, int days)
    {
        try
        {
            return date.PlusDays(days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return date;
        }
        catch (OverflowException)
        {
            return date;
        }
    }

    /// <summary>A valid plan serves every goal by an action and by a decision of the four P's (KAP041, KAP042): the first action and the product element take the goals nothing else serves.</summary>
    private static AccountPlan EveryGoalServed(AccountPlan plan)
    {
        var byAction = plan.Actions.SelectMany(a => a.Serves).ToHashSet(StringComparer.Ordinal);
        var mix = plan.Mix;
        var byDecision = new[] { mix.Product, mix.Price, mix.Promotion, mix.Place }.SelectMany(e => e?.Decisions ?? Array.Empty<MixDecision>()).SelectMany(d => d.Serves).ToHashSet(StringComparer.Ordinal);
        var withoutAction = plan.Goals.Select(g => g.Id).Where(id => !byAction.Contains(id)).ToArray();
        var withoutDecision = plan.Goals.Select(g => g.Id).Where(id => !byDecision.Contains(id)).ToArray();
        var actions = plan.Actions.Select((a, i) => i == 0 && withoutAction.Length > 0 ? a with { Serves = a.Serves.Concat(withoutAction).ToArray() } : a).ToArray();
        if (withoutDecision.Length > 0)
        {
            var decision = new MixDecision("a product decision for the remaining goals") { Serves = withoutDecision };
            mix = mix with { Product = mix.Product is { NoChange: false } product ? product with { Decisions = product.Decisions.Append(decision).ToArray() } : MixElement.Of(decision) };
        }

        return plan with { Actions = actions, Mix = mix };
    }
}
