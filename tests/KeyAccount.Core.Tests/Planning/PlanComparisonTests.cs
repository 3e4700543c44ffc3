using System;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>The plan comparison on the method's bookshop plan: what each kind of edit gives.</summary>
public class PlanComparisonTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static AccountPlan Sample() => SamplePlans.PublisherAndBookshop(Start);

    [Fact]
    public void A_moved_deadline_is_one_change_at_the_goals_path_with_both_dates()
    {
        var old = Sample();
        var later = Start.PlusDays(121);
        var @new = PlanEdits.WithGoal(old, "research", g => g with { Deadline = GoalDeadline.Fixed(later) });

        var change = Assert.Single(PlanComparison.Compare(old, @new).Changes);

        Assert.Equal(PlanChangeKind.Changed, change.Kind);
        Assert.Equal(PlanPart.Goals, change.Part);
        Assert.Equal("research", change.Id);
        Assert.Equal("deadline.on", change.Member);
        Assert.Equal("goals[0].deadline.on", change.Path);
        Assert.Equal("\"" + Wording.Date(Start.PlusDays(90)) + "\"", change.OldValue);
        Assert.Equal("\"" + Wording.Date(later) + "\"", change.NewValue);
        Assert.Equal("Goal 'research': deadline moved from " + Wording.Date(Start.PlusDays(90)) + " to " + Wording.Date(later) + " (31 days later).", change.Summary);
    }

    [Fact]
    public void Items_are_matched_by_id_so_reordering_lists_is_no_change_and_paths_follow_the_new_order()
    {
        var old = Sample();
        var reversed = old with { Goals = old.Goals.Reverse().ToArray(), Actions = old.Actions.Reverse().ToArray(), Resources = old.Resources.Reverse().ToArray() };
        Assert.True(PlanComparison.Compare(old, reversed).IsEmpty);

        var edited = PlanEdits.WithAction(reversed, "brief", a => a with { Owner = "Editorial" });
        var change = Assert.Single(PlanComparison.Compare(old, edited).Changes);
        Assert.Equal("actions[" + (old.Actions.Count - 1) + "].owner", change.Path);
        Assert.Equal("Action 'brief': owner changed from 'Key account manager' to 'Editorial'.", change.Summary);
    }

    [Fact]
    public void An_action_added_and_a_budget_removed_carry_the_whole_item()
    {
        var old = Sample();
        var added = new PlanAction("newsletter", "A newsletter to the shop's customers.", Start.PlusDays(200), Start.PlusDays(210)) { Owner = "Marketing", Serves = new[] { "handicraft-series" } };
        var @new = old with { Actions = old.Actions.Append(added).ToArray(), Resources = old.Resources.Where(r => r.Id != "kam-hours").ToArray() };

        var diff = PlanComparison.Compare(old, @new);

        var budget = diff.Changes.Single(c => c.Part == PlanPart.Resources);
        Assert.Equal((PlanChangeKind.Removed, "kam-hours", "resources[1]"), (budget.Kind, budget.Id, budget.Path));
        var oldJson = System.Text.Json.Nodes.JsonNode.Parse(KeyAccountJson.Serialize(old))!;
        Assert.Equal(PlanVersionGenerators.Canonical(PlanVersionGenerators.At(oldJson, "resources[1]")), PlanVersionGenerators.Canonical(System.Text.Json.Nodes.JsonNode.Parse(budget.OldValue!)));
        Assert.Equal("Budget 'kam-hours' removed.", budget.Summary);

        var action = diff.Changes.Single(c => c.Part == PlanPart.Actions);
        Assert.Equal((PlanChangeKind.Added, "newsletter", "actions[8]"), (action.Kind, action.Id, action.Path));
        Assert.Null(action.OldValue);
        Assert.Equal("Action 'newsletter' added: 'A newsletter to the shop's customers.'", action.Summary);
        Assert.Equal("The new plan differs from the old in 2 places: 1 budget removed, 1 action added.", diff.Explanation);
    }

    [Fact]
    public void The_explanation_counts_items_by_part_not_members()
    {
        var old = Sample();
        var @new = PlanEdits.WithGoal(old, "research", g => g with { Description = "Research, revised.", Target = g.Target! with { Value = 2m } });
        @new = PlanEdits.WithAction(@new, "pilot", a => a with { Owner = "Sales" }) with { Title = "Revised plan" };

        var diff = PlanComparison.Compare(old, @new);

        Assert.Equal(4, diff.Changes.Count);
        Assert.Equal(new[] { PlanPart.Plan, PlanPart.Goals, PlanPart.Goals, PlanPart.Actions }, diff.Changes.Select(c => c.Part));
        Assert.Equal("The new plan differs from the old in 4 places: 1 plan setting changed, 1 goal changed, 1 action changed.", diff.Explanation);
        Assert.Contains(diff.Changes, c => c.Summary == "Goal 'research': target value raised from 1 to 2.");
    }

    [Fact]
    public void A_reworded_decision_is_one_removed_and_one_added_and_a_decisions_goals_are_a_set()
    {
        var old = Sample();
        var price = old.Mix.Price!;
        var reworded = old with { Mix = old.Mix with { Price = price with { Decisions = new[] { price.Decisions[0] with { Description = "No surcharge on small regular orders." } } } } };
        var diff = PlanComparison.Compare(old, reworded);
        Assert.Equal(new[] { PlanChangeKind.Added, PlanChangeKind.Removed }, diff.Changes.Select(c => c.Kind).OrderBy(k => k));
        Assert.All(diff.Changes, c => Assert.Equal(PlanPart.Decisions, c.Part));
        Assert.Contains(diff.Changes, c => c.Summary == "Price decision added: 'No surcharge on small regular orders.'");

        var reordered = old with { Mix = old.Mix with { Price = price with { Decisions = new[] { price.Decisions[0] with { Serves = price.Decisions[0].Serves.Reverse().ToArray() } } } } };
        Assert.True(PlanComparison.Compare(old, reordered).IsEmpty);

        var narrowed = old with { Mix = old.Mix with { Price = price with { Decisions = new[] { price.Decisions[0] with { Serves = new[] { "small-orders", "research" } } } } } };
        var change = Assert.Single(PlanComparison.Compare(old, narrowed).Changes);
        Assert.Equal("mix.price.decisions[0].serves", change.Path);
        Assert.Equal("serves", change.Member);
        Assert.EndsWith(": goals served now also 'research'; no longer 'handicraft-series'.", change.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_compare_by_value_and_the_status_history_by_position()
    {
        var old = Sample();
        var same = old with { Resources = old.Resources.Select(r => r with { Total = decimal.Parse(r.Total.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".00", System.Globalization.CultureInfo.InvariantCulture) }).ToArray() };
        Assert.True(PlanComparison.Compare(old, same).IsEmpty);

        var appended = old with { StatusHistory = old.StatusHistory.Append(new PlanStatusChange(PlanStatus.Discussed, Start.PlusDays(40)) { Note = "Reopened after the review." }).ToArray() };
        var change = Assert.Single(PlanComparison.Compare(old, appended).Changes);
        Assert.Equal((PlanChangeKind.Added, PlanPart.StatusHistory, "statusHistory[4]"), (change.Kind, change.Part, change.Path));
        Assert.Null(change.Id);
        Assert.Equal("Status change 5 added: 'Discussed' on " + Wording.Date(Start.PlusDays(40)) + ".", change.Summary);

        var swapped = old with { StatusHistory = new[] { old.StatusHistory[1], old.StatusHistory[0] }.Concat(old.StatusHistory.Skip(2)).ToArray() };
        Assert.All(PlanComparison.Compare(old, swapped).Changes, c => Assert.Equal(PlanPart.StatusHistory, c.Part));
        Assert.NotEmpty(PlanComparison.Compare(old, swapped).Changes);
    }

    [Fact]
    public void Duplicate_ids_are_matched_occurrence_by_occurrence()
    {
        var old = Sample();
        var twin = old.Actions[0] with { Description = "A second brief." };
        var doubled = old with { Actions = old.Actions.Append(twin).ToArray() };

        var added = Assert.Single(PlanComparison.Compare(old, doubled).Changes);
        Assert.Equal((PlanChangeKind.Added, "brief", 1), (added.Kind, added.Id, added.Occurrence));

        // The twin changes; which occurrence it is follows the items' JSON, not their place in the list.
        var edited = doubled with { Actions = doubled.Actions.Select((a, i) => i == doubled.Actions.Count - 1 ? a with { Owner = "Editorial" } : a).ToArray() };
        var change = Assert.Single(PlanComparison.Compare(doubled, edited).Changes);
        Assert.Equal(("brief", "owner", "Action 'brief': owner changed from 'Key account manager' to 'Editorial'."), (change.Id, change.Member, change.Summary));
        var moved = doubled with { Actions = doubled.Actions.Reverse().ToArray() };
        Assert.Equal(change.Occurrence, Assert.Single(PlanComparison.Compare(moved, edited).Changes).Occurrence);
        var applied = PlanComparison.Apply(moved, PlanComparison.Compare(doubled, edited));
        Assert.Equal("Editorial", applied.Actions.Single(a => a.Description == "A second brief.").Owner);
        Assert.Equal("Key account manager", applied.Actions.Single(a => a.Id == "brief" && a.Description != "A second brief.").Owner);
    }

    [Fact]
    public void A_four_P_considered_late_is_one_change_of_the_whole_element()
    {
        var old = Sample() with { Mix = Sample().Mix with { Place = null } };
        var @new = Sample();
        var change = Assert.Single(PlanComparison.Compare(old, @new).Changes);
        Assert.Equal((PlanPart.Mix, "mix.place", "mix.place"), (change.Part, change.Member, change.Path));
        Assert.Null(change.OldValue);
        Assert.StartsWith("Four P's: place set to '{", change.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_refuses_a_diff_that_does_not_fit_the_plan_and_names_the_change()
    {
        var old = Sample();
        var @new = PlanEdits.WithGoal(old, "research", g => g with { Deadline = GoalDeadline.Fixed(Start.PlusDays(100)) });
        var diff = PlanComparison.Compare(old, @new);
        var elsewhere = PlanEdits.WithGoal(old, "research", g => g with { Deadline = GoalDeadline.Fixed(Start.PlusDays(95)) });

        var misfit = Assert.Throws<ArgumentException>(() => PlanComparison.Apply(elsewhere, diff));
        Assert.Equal("diff", misfit.ParamName);
        Assert.Contains("goals[0].deadline.on", misfit.Message, StringComparison.Ordinal);

        var withoutGoal = old with { Goals = old.Goals.Where(g => g.Id != "research").ToArray() };
        Assert.Contains("no item keyed 'research'", Assert.Throws<ArgumentException>(() => PlanComparison.Apply(withoutGoal, diff)).Message, StringComparison.Ordinal);

        var addition = PlanComparison.Compare(withoutGoal, old);
        Assert.Throws<ArgumentException>(() => PlanComparison.Apply(old, addition));
        Assert.Throws<ArgumentNullException>(() => PlanComparison.Compare(old, null!));
        Assert.Throws<ArgumentNullException>(() => PlanComparison.Apply(null!, diff));
    }

    [Fact]
    public void The_diffs_JSON_gives_values_as_JSON_not_as_quoted_text()
    {
        var old = Sample();
        var @new = PlanEdits.WithGoal(old, "small-orders", g => g with { Target = g.Target! with { Value = 3m } });
        using var json = JsonDocument.Parse(KeyAccountJson.Serialize(PlanComparison.Compare(old, @new)));
        var change = json.RootElement.GetProperty("changes")[0];
        Assert.Equal(JsonValueKind.Number, change.GetProperty("oldValue").ValueKind);
        Assert.Equal(3m, change.GetProperty("newValue").GetDecimal());
        Assert.Equal("Changed", change.GetProperty("kind").GetString());
    }
}
