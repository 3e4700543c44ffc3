using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>Two versions of a plan: an old one (valid or arbitrary) and a new one made from it by random edits.</summary>
public sealed record PlanVersions(AccountPlan Old, AccountPlan New, int Seed)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() => "versions from seed " + Seed + ": " + Old.Goals.Count + " -> " + New.Goals.Count + " goals, " + Old.Actions.Count + " -> " + New.Actions.Count + " actions";
}

/// <summary>FsCheck generators of plan versions, and the helpers the comparison's tests share.</summary>
public static class PlanVersionGenerators
{
    /// <summary>Pairs of versions: edits of valid plans, edits of arbitrary plans, and unrelated plans.</summary>
    public static Arbitrary<PlanVersions> Versions() =>
        Gen.Choose(0, int.MaxValue - 1).Select(Make).ToArbitrary();

    public static PlanVersions Make(int seed)
    {
        var random = new Random(seed);
        var old = random.Next(3) switch
        {
            0 => PlanGenerators.Chaos(seed).Plan,
            _ => PlanGenerators.Valid(seed, random.Next(1, 12)).Plan,
        };
        var @new = random.Next(8) == 0 ? PlanGenerators.Valid(seed + 1, random.Next(1, 12)).Plan : Edit(old, random);
        return new PlanVersions(old, @new, seed);
    }

    /// <summary>A new version of <paramref name="plan"/>: items removed, added and changed, lists reordered.</summary>
    public static AccountPlan Edit(AccountPlan plan, Random random)
    {
        bool Maybe(int inN = 3) => random.Next(inN) == 0;
        T[] Reorder<T>(IEnumerable<T> items) => items.OrderBy(_ => random.Next()).ToArray();
        IEnumerable<T> Drop<T>(IEnumerable<T> items) => items.Where(_ => !Maybe(5));
        string NewId() => "n" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
        string[] SomeGoals() => plan.Goals.Select(g => g.Id).Where(_ => Maybe(2)).Append(random.Next(2) == 0 ? "new-goal" : "g0").ToArray();
        LocalDate Shift(LocalDate? d) => Plus(d ?? new LocalDate(2026, 1, 1), random.Next(-20, 21));

        var goals = Drop(plan.Goals).Select(g => !Maybe() ? g : random.Next(5) switch
        {
            0 => g with { Description = g.Description + " (revised)" },
            1 => g with { Target = g.Target is null ? new GoalTarget("m", "u", 3m) : g.Target with { Value = g.Target.Value < 1000m ? g.Target.Value + random.Next(1, 5) : 7m } },
            2 => g with { Deadline = GoalDeadline.Fixed(Shift(g.Deadline?.On)) },
            3 => g with { Mirrors = Reorder(g.Mirrors.Append("c" + random.Next(3))) },
            _ => g with { Target = null, Deadline = null },
        }).ToList();
        if (Maybe())
        {
            goals.Add(new PlanGoal(NewId(), "a new goal") { Mirrors = new[] { "c0" }, Deadline = GoalDeadline.Fixed(new LocalDate(2026, 6, 30)) });
        }

        var actions = Drop(plan.Actions).Select(a => !Maybe() ? a : random.Next(6) switch
        {
            0 => a with { Owner = a.Owner is null ? "someone" : null },
            1 => a with { Due = Shift(a.Due), Start = a.Start },
            2 => a with { Serves = SomeGoals() },
            3 => a with { Uses = Reorder(a.Uses.Select(u => Maybe(2) ? u with { Amount = u.Amount < 1000m ? u.Amount + 1 : 7m } : u)) },
            4 => a with { DependsOn = Reorder(a.DependsOn) },
            _ => a with { Description = "reworded" },
        }).ToList();
        if (Maybe())
        {
            actions.Add(new PlanAction(NewId(), "a new action", new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 9)) { Owner = "o", Serves = SomeGoals() });
        }

        MixElement? EditElement(MixElement? element) => element is null
            ? (Maybe(4) ? MixElement.Unchanged("considered at last") : null)
            : random.Next(5) switch
            {
                0 => element with { Decisions = Reorder(Drop(element.Decisions)) },
                1 => element with { Decisions = element.Decisions.Append(new MixDecision("a decision added")).ToArray() },
                2 => element with { NoChange = !element.NoChange, Rationale = "why " + random.Next(9) },
                3 => element with { Decisions = element.Decisions.Select(d => Maybe(2) ? d with { Serves = SomeGoals() } : d).ToArray() },
                _ => Maybe(4) ? null : element,
            };

        var history = plan.StatusHistory.ToList();
        if (Maybe() && history.Count > 0)
        {
            history.RemoveAt(history.Count - 1);
        }

        if (Maybe())
        {
            history.Add(new PlanStatusChange(PlanStatus.Approved, new LocalDate(2026, 2, 1)) { Note = "re-approved" });
        }

        if (Maybe() && history.Count > 0)
        {
            history[0] = history[0] with { Note = "edited", ClientParticipants = Reorder(history[0].ClientParticipants.Append("owner")) };
        }

        var reviews = Drop(plan.Reviews).Select(r => Maybe() ? r with { Note = "found more" } : r).ToList();
        if (Maybe())
        {
            reviews.Add(new PlanReview(new LocalDate(2026, 3, 31)) { By = "kam" });
        }

        return plan with
        {
            Title = Maybe() ? "retitled" : plan.Title,
            Status = Maybe(5) ? PlanStatus.Discussed : plan.Status,
            Period = Maybe(6) ? new DateInterval(plan.Period.Start, Plus(plan.Period.End, 30)) : plan.Period,
            ReviewCadence = Maybe(5) ? Period.FromMonths(2) : plan.ReviewCadence,
            StatusHistory = history,
            ClientGoals = Reorder(Drop(plan.ClientGoals).Select(c => Maybe() ? c with { Description = "said otherwise" } : c)),
            Goals = Reorder(goals),
            Events = Reorder(plan.Events.Select(e => Maybe() ? e with { Date = Shift(e.Date) } : e)),
            Mix = plan.Mix with { Product = EditElement(plan.Mix.Product), Price = EditElement(plan.Mix.Price), Promotion = EditElement(plan.Mix.Promotion), Place = EditElement(plan.Mix.Place) },
            Resources = Reorder(Drop(plan.Resources).Select(r => Maybe() ? r with { Total = r.Total < 1000m ? r.Total + 10 : 7m, PerMonth = Maybe(2) ? null : 5m } : r)),
            Actions = Reorder(actions),
            Reviews = Reorder(reviews),
        };
    }

    private static LocalDate Plus(LocalDate date, int days) => date.Year is > 9000 or < -9000 ? date : date.PlusDays(days);

    /// <summary>The same plan with every list whose order carries no meaning shuffled (the status history keeps its order).</summary>
    public static AccountPlan Shuffle(AccountPlan plan, Random random)
    {
        T[] R<T>(IEnumerable<T> items) => items.OrderBy(_ => random.Next()).ToArray();
        MixElement? E(MixElement? e) => e is null ? null : e with { Decisions = R(e.Decisions.Select(d => d with { Serves = R(d.Serves) })) };
        return plan with
        {
            ClientGoals = R(plan.ClientGoals),
            Goals = R(plan.Goals.Select(g => g with { Mirrors = R(g.Mirrors) })),
            Events = R(plan.Events),
            Mix = plan.Mix with { Product = E(plan.Mix.Product), Price = E(plan.Mix.Price), Promotion = E(plan.Mix.Promotion), Place = E(plan.Mix.Place) },
            Resources = R(plan.Resources),
            Actions = R(plan.Actions.Select(a => a with { Serves = R(a.Serves), Uses = R(a.Uses), DependsOn = R(a.DependsOn) })),
            StatusHistory = plan.StatusHistory.Select(s => s with { ClientParticipants = R(s.ClientParticipants), OurParticipants = R(s.OurParticipants) }).ToArray(),
            Reviews = R(plan.Reviews),
        };
    }

    /// <summary>
    /// The plan's JSON with every array sorted except the status history (whose order is its
    /// meaning), and numbers by value: two plans that differ only in the order of lists whose order
    /// means nothing, or in trailing zeros of amounts, give the same text. Written independently of
    /// the library's comparison, so the two check each other.
    /// </summary>
    public static string Canonical(AccountPlan plan) => Canonical(JsonNode.Parse(KeyAccountJson.Serialize(plan)), string.Empty);

    /// <summary>The canonical text of any JSON value, by the rules of <see cref="Canonical(AccountPlan)"/>.</summary>
    public static string Canonical(JsonNode? node) => Canonical(node, string.Empty);

    private static string Canonical(JsonNode? node, string name)
    {
        switch (node)
        {
            case null:
                return "null";
            case JsonObject o:
                return "{" + string.Join(",", o.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key + ":" + Canonical(m.Value, m.Key))) + "}";
            case JsonArray a:
                var items = a.Select(i => Canonical(i, string.Empty));
                return "[" + string.Join(",", name == "statusHistory" ? items : items.OrderBy(s => s, StringComparer.Ordinal)) + "]";
            default:
                var raw = node.ToJsonString();
                return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && raw.Length > 0 && raw[0] != '"'
                    ? (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
                    : raw;
        }
    }

    /// <summary>The node at a diagnostics-style path (<c>goals[2].deadline.on</c>) of a JSON tree; null when there is none.</summary>
    public static JsonNode? At(JsonNode root, string path)
    {
        JsonNode? node = root;
        var name = new StringBuilder();
        for (var i = 0; i <= path.Length && node is not null; i++)
        {
            var c = i < path.Length ? path[i] : '.';
            if (c == '.' || c == '[')
            {
                if (name.Length > 0)
                {
                    node = (node as JsonObject)?[name.ToString()];
                    name.Clear();
                }

                if (c == '[')
                {
                    var close = path.IndexOf(']', i);
                    node = (node as JsonArray)?[int.Parse(path[(i + 1)..close], CultureInfo.InvariantCulture)];
                    i = close;
                }
            }
            else
            {
                name.Append(c);
            }
        }

        return node;
    }
}
