using System;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>
/// The sentences of a plan comparison word for word, one for each way a change is put: each
/// part added and removed, a member set, cleared, moved, raised, lowered, switched, a set
/// widened and narrowed, a text changed, and the explanation's counts. The mutation run of
/// Planning left most of <c>PlanDiffWording</c>'s mutants alive: no test read these sentences.
/// </summary>
public class PlanDiffWordingTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static AccountPlan Sample() => SamplePlans.PublisherAndBookshop(Start);

    private static string Day(int n) => Wording.Date(Start.PlusDays(n));

    /// <summary>The one change between <paramref name="old"/> and <paramref name="new"/>, in words.</summary>
    private static string Said(AccountPlan old, AccountPlan @new) => Assert.Single(PlanComparison.Compare(old, @new).Changes).Summary;

    [Fact]
    public void The_plans_own_settings_are_the_plans()
    {
        var old = Sample();

        Assert.Equal("Plan: title changed from 'Publisher and bookshop: mail-order books for pensioners' to 'Revised'.", Said(old, old with { Title = "Revised" }));
        Assert.Equal("Plan: review cadence changed from 'P1M' to 'P3M'.", Said(old, old with { ReviewCadence = Period.FromMonths(3) }));
        Assert.Equal("Plan: status changed from 'Approved' to 'Discussed'.", Said(old, old with { Status = PlanStatus.Discussed }));
    }

    [Fact]
    public void Dates_move_later_or_earlier_by_days_counted_in_words()
    {
        var old = Sample();

        Assert.Equal($"Goal 'research': deadline moved from {Day(90)} to {Day(89)} (1 day earlier).", Said(old, PlanEdits.WithGoal(old, "research", g => g with { Deadline = GoalDeadline.Fixed(Start.PlusDays(89)) })));
        Assert.Equal($"Action 'brief': due date moved from {Day(13)} to {Day(15)} (2 days later).", Said(old, PlanEdits.WithAction(old, "brief", a => a with { Due = Start.PlusDays(15) })));
        Assert.Equal($"Action 'survey': start date moved from {Day(14)} to {Day(13)} (1 day earlier).", Said(old, PlanEdits.WithAction(old, "survey", a => a with { Start = Start.PlusDays(13) })));
    }

    [Fact]
    public void Numbers_are_raised_or_lowered_and_a_value_set_or_cleared()
    {
        var old = Sample();

        Assert.Equal("Goal 'small-orders': target value lowered from 2 to 1.5.", Said(old, PlanEdits.WithGoal(old, "small-orders", g => g with { Target = g.Target! with { Value = 1.5m } })));
        Assert.Equal("Goal 'small-orders': target baseline cleared (was 7).", Said(old, PlanEdits.WithGoal(old, "small-orders", g => g with { Target = g.Target! with { Baseline = null } })));
        Assert.Equal("Budget 'staff': monthly budget cleared (was 30).", Said(old, PlanEdits.WithBudget(old, "staff", r => r with { PerMonth = null })));
        Assert.Equal("Budget 'kam-hours': monthly budget set to 20.", Said(old, PlanEdits.WithBudget(old, "kam-hours", r => r with { PerMonth = 20m })));
        Assert.Equal("Budget 'money': total budget raised from 60,000 to 60,000.5.", Said(old, PlanEdits.WithBudget(old, "money", r => r with { Total = 60000.5m })));
    }

    [Fact]
    public void Texts_and_names_are_changed_from_one_to_the_other_quoted()
    {
        var old = Sample();

        Assert.Equal("Action 'brief': owner changed from 'Key account manager' to 'Sales'.", Said(old, PlanEdits.WithAction(old, "brief", a => a with { Owner = "Sales" })));
        Assert.Equal("Budget 'kam-hours': kind changed from 'Time' to 'Personnel'.", Said(old, PlanEdits.WithBudget(old, "kam-hours", r => r with { Kind = ResourceKind.Personnel })));
        Assert.Equal("Budget 'kam-hours': unit changed from 'hours' to 'days'.", Said(old, PlanEdits.WithBudget(old, "kam-hours", r => r with { Unit = "days" })));
        Assert.Equal("Event 'series-launch': completing action changed from 'launch' to 'series'.", Said(old, old with { Events = new[] { old.Events[0] with { Action = "series" } } }));
        Assert.Equal("Goal 'research': target metric changed from 'market research reports on pensioner readers delivered' to 'reports'.", Said(old, PlanEdits.WithGoal(old, "research", g => g with { Target = g.Target! with { Metric = "reports" } })));
    }

    [Fact]
    public void A_set_says_what_it_now_also_holds_and_no_longer_holds_each_in_order()
    {
        var old = Sample();

        Assert.Equal("Action 'process': goals served now also 'handicraft-series', 'research'.", Said(old, PlanEdits.WithAction(old, "process", a => a with { Serves = new[] { "small-orders", "research", "handicraft-series" } })));
        Assert.Equal("Action 'promote': resources used no longer 'kam-hours' 12, 'money' 8,000.", Said(old, PlanEdits.WithAction(old, "promote", a => a with { Uses = new[] { a.Uses[0] } })));
        Assert.Equal("Action 'pilot': dependencies now also 'brief'; no longer 'process'.", Said(old, PlanEdits.WithAction(old, "pilot", a => a with { DependsOn = new[] { "brief" } })));
        // An action without dependencies holds an empty set, so one added is "now also", not "set to".
        Assert.Equal("Action 'brief': dependencies now also 'survey'.", Said(old, PlanEdits.WithAction(old, "brief", a => a with { DependsOn = new[] { "survey" } })));
    }

    [Fact]
    public void Each_part_added_or_removed_is_named_with_its_id_and_what_it_is()
    {
        var old = Sample();

        Assert.Equal("Client goal 'lending' added: 'Lend large-print books to pensioners.'", Said(old, old with { ClientGoals = old.ClientGoals.Append(new ClientGoal("lending", "Lend large-print books to pensioners.")).ToArray() }));
        Assert.Equal("Goal 'research' removed.", Said(old, old with { Goals = old.Goals.Where(g => g.Id != "research").ToArray() }));
        Assert.Equal("Event 'series-launch' removed.", Said(old, old with { Events = Array.Empty<PlanEvent>() }));
        Assert.Equal("Action 'promote' removed.", Said(old, old with { Actions = old.Actions.Where(a => a.Id != "promote").ToArray() }));
        Assert.Equal("Budget 'travel' added: 5,000 EUR.", Said(old, old with { Resources = old.Resources.Append(new ResourceBudget("travel", ResourceKind.Money, "EUR", 5000m)).ToArray() }));
        Assert.Equal("Budget 'kam-hours' removed.", Said(old, old with { Resources = old.Resources.Where(r => r.Id != "kam-hours").ToArray() }));
    }

    [Fact]
    public void Decisions_and_reviews_are_named_by_what_keys_them()
    {
        var old = Sample();
        var product = old.Mix.Product!;

        // The decision's description is its key; a quote that ends its sentence keeps its own full stop.
        Assert.Equal("Product decision removed: 'Market research on pensioner readers as a service to the shop.'", Said(old, old with { Mix = old.Mix with { Product = product with { Decisions = new[] { product.Decisions[0] } } } }));
        Assert.Equal($"Review of {Day(31)} added: 'Monthly review.'", Said(old, old with { Reviews = old.Reviews.Append(new PlanReview(Start.PlusDays(31)) { Note = "Monthly review." }).ToArray() }));
        Assert.Equal($"Review of {Day(31)} added.", Said(old, old with { Reviews = old.Reviews.Append(new PlanReview(Start.PlusDays(31))).ToArray() }));
        Assert.Equal($"Review of {Day(0)} removed: 'Kick-off with the shop owner.'", Said(old, old with { Reviews = Array.Empty<PlanReview>() }));
        Assert.Equal($"Review of {Day(0)}: reviewer changed from 'Key account manager' to 'Sales'.", Said(old, old with { Reviews = new[] { old.Reviews[0] with { By = "Sales" } } }));
    }

    [Fact]
    public void The_status_history_is_numbered_by_position()
    {
        var old = Sample();
        var history = old.StatusHistory.ToArray();

        Assert.Equal($"Status change 4 removed: 'Approved' on {Day(0)}.", Said(old, old with { StatusHistory = history.Take(3).ToArray() }));
        history[0] = history[0] with { On = Start.PlusDays(-20) };
        Assert.Equal($"Status change 1: date moved from {Day(-21)} to {Day(-20)} (1 day later).", Said(old, old with { StatusHistory = history }));
        history = old.StatusHistory.ToArray();
        history[2] = history[2] with { ClientParticipants = new[] { "shop-owner", "buyer" } };
        Assert.Equal("Status change 3: client participants now also 'buyer'.", Said(old, old with { StatusHistory = history }));
    }

    [Fact]
    public void The_four_Ps_are_named_by_element_and_member()
    {
        var old = Sample();
        var unchanged = old with { Mix = old.Mix with { Place = MixElement.Unchanged("The shop already delivers.") } };
        var rationale = unchanged with { Mix = unchanged.Mix with { Place = MixElement.Unchanged("The shop delivers by post.") } };

        Assert.Equal("Four P's: place rationale changed from 'The shop already delivers.' to 'The shop delivers by post.'", Said(unchanged, rationale));
        Assert.StartsWith("Four P's: place set to '{", Said(old with { Mix = old.Mix with { Place = null } }, old), StringComparison.Ordinal);
        Assert.StartsWith("Four P's: place cleared (was '{", Said(old, old with { Mix = old.Mix with { Place = null } }), StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_counts_each_part_in_the_singular_or_plural()
    {
        var old = Sample();
        Assert.Equal("The two plans are the same: nothing was added, removed or changed.", PlanComparison.Compare(old, old).Explanation);

        var @new = PlanEdits.WithGoal(old, "research", g => g with { Description = "Research, revised." });
        @new = PlanEdits.WithGoal(@new, "small-orders", g => g with { Description = "Small orders, revised." });
        @new = @new with
        {
            Events = Array.Empty<PlanEvent>(),
            ClientGoals = old.ClientGoals.Append(new ClientGoal("lending", "Lend books.")).ToArray(),
            Reviews = old.Reviews.Append(new PlanReview(Start.PlusDays(31))).ToArray(),
            StatusHistory = old.StatusHistory.Take(3).ToArray(),
            Mix = old.Mix with { Place = MixElement.Unchanged("Delivery stays.") },
        };

        var diff = PlanComparison.Compare(old, @new);

        Assert.Equal(
            "The new plan differs from the old in " + diff.Changes.Count + " places: 1 client goal added, 2 goals changed, 1 event removed, "
            + "2 settings of the four P's changed, 1 decision removed, 1 status change removed, 1 review added.",
            diff.Explanation);
    }
}
