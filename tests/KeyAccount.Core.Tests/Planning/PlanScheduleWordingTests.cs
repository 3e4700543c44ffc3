using System;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;
using static KeyAccount.Core.Tests.Planning.PlanScheduleTests;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>
/// The schedule's sentences word for word (the explanation, each goal's forecast, the notes on
/// what it set aside) and the ties it breaks (the critical path's last action and driver, a
/// goal's driving action, both by id when two finish on the same day; a month's load equal to
/// its budget). The mutation run of Planning left 80 of <c>PlanSchedule</c>'s mutants alive.
/// </summary>
public class PlanScheduleWordingTests
{
    private static string Day(int n) => Wording.Date(Start.PlusDays(n));

    [Fact]
    public void The_explanation_counts_actions_the_path_and_the_goals_that_can_be_met()
    {
        Assert.Equal(
            $"The 8 actions can all be done by {Wording.Date(new LocalDate(2026, 1, 5).PlusDays(330))}; the critical path runs through 6 actions (brief -> survey -> report -> series -> launch -> promote). 3 goals of 3 can be met by their deadlines.",
            PlanSchedule.Analyze(SamplePlans.PublisherAndBookshop(new LocalDate(2026, 1, 5))).Explanation);

        Assert.Equal($"The 1 action can be done by {Day(10)}; the critical path runs through 1 action (a). 1 goal of 1 can be met by its deadline.", PlanSchedule.Analyze(PlanWith(Action("a", 0, 10))).Explanation);
        Assert.Equal($"The 1 action can be done by {Day(101)}; the critical path runs through 1 action (a). 0 goals of 1 can be met by its deadline, 1 cannot.", PlanSchedule.Analyze(PlanWith(Action("a", 0, 101))).Explanation);
        Assert.Equal(
            $"The 2 actions can all be done by {Day(20)}; the critical path runs through 2 actions (a -> b). 1 goal of 1 can be met by its deadline. 1 note on what the analysis set aside.",
            PlanSchedule.Analyze(PlanWith(Action("a", 0, 10), Action("b", 11, 20, "a", "nope"))).Explanation);
        Assert.Equal("The plan has no actions to schedule.", PlanSchedule.Analyze(PlanWith()).Explanation);
    }

    [Fact]
    public void A_goals_forecast_says_by_how_many_days_it_is_met_or_missed()
    {
        Assert.Equal($"The last action serving goal 'g', 'a', can finish on {Day(99)}, 1 day before the deadline {Day(100)}.", Forecast(PlanWith(Action("a", 0, 99))).Explanation);
        Assert.Equal($"The last action serving goal 'g', 'a', can finish on {Day(100)}, 0 days before the deadline {Day(100)}.", Forecast(PlanWith(Action("a", 0, 100))).Explanation);
        Assert.Equal(GoalOutlook.OnTime, Forecast(PlanWith(Action("a", 0, 100))).Outlook);

        var late = Forecast(PlanWith(Action("a", 0, 101)));
        Assert.Equal($"The last action serving goal 'g', 'a', can finish on {Day(101)}, only 1 day after the deadline {Day(100)}.", late.Explanation);
        Assert.Equal((GoalOutlook.Late, -1), (late.Outlook, late.SlackDays!.Value));
        Assert.Equal($"The last action serving goal 'g', 'a', can finish on {Day(102)}, only 2 days after the deadline {Day(100)}.", Forecast(PlanWith(Action("a", 0, 102))).Explanation);
    }

    [Fact]
    public void A_goal_no_action_serves_or_whose_deadline_cannot_be_placed_is_unknown_and_says_why()
    {
        var unserved = PlanWith(Action("a", 0, 10) with { Serves = new[] { "other" } });
        var forecast = Forecast(unserved);
        Assert.Equal((GoalOutlook.Unknown, $"No action serves goal 'g', so nothing in the plan brings it about by its deadline {Day(100)}."), (forecast.Outlook, forecast.Explanation));
        Assert.Null(forecast.EarliestMet);

        var nowhere = unserved with { Goals = new[] { unserved.Goals[0] with { Deadline = GoalDeadline.After("launch", Period.FromDays(1)) } } };
        Assert.Equal("No action serves goal 'g', and its deadline cannot be placed.", Forecast(nowhere).Explanation);

        var unplaced = PlanWith(Action("a", 0, 10)) with { Goals = new[] { new PlanGoal("g", "g") } };
        var placed = Forecast(unplaced);
        Assert.Equal((GoalOutlook.Unknown, $"The deadline of goal 'g' cannot be placed (the validator says why); its last action, 'a', can finish on {Day(10)}."), (placed.Outlook, placed.Explanation));
        Assert.Equal((Start.PlusDays(10), "a"), (placed.EarliestMet!.Value, placed.DrivingAction));
    }

    [Fact]
    public void A_goal_after_an_event_counts_from_the_events_action_as_scheduled_not_as_planned()
    {
        // 'b' is planned for days 5-9 but waits for 'a' (to day 10): it finishes on day 15, and the event with it.
        var plan = PlanWith(Action("a", 0, 10), Action("b", 5, 9, "a")) with
        {
            Goals = new[] { new PlanGoal("g", "g") { Deadline = GoalDeadline.After("done", Period.FromDays(3)) } },
            Events = new[] { new PlanEvent("done", "b is done") { Action = "b" } },
        };
        var forecast = Forecast(plan);
        Assert.Equal((Start.PlusDays(18), Start.PlusDays(15), 3), (forecast.Deadline!.Value, forecast.EarliestMet!.Value, forecast.SlackDays!.Value));
        var b = PlanSchedule.Analyze(plan).Actions.Single(t => t.ActionId == "b");
        Assert.Equal((Start.PlusDays(11), Start.PlusDays(15), 6, 5), (b.EarliestStart, b.EarliestFinish, b.DelayDays, b.DurationDays));
    }

    [Fact]
    public void Each_thing_set_aside_is_noted_in_words()
    {
        var plan = PlanWith(
            Action("a", 0, 10) with { Start = null },
            Action("b", 0, 10) with { Due = null },
            Action("c", 0, 10) with { Start = null, Due = null },
            Action("d", 0, 10, "ghost"));

        Assert.Equal(
            new[]
            {
                "The dependency of 'd' on 'ghost' is ignored: the plan has no such action.",
                $"The action 'a' has no start date: it is scheduled from {Day(10)} to {Day(10)}.",
                $"The action 'b' has no due date: it is scheduled from {Day(0)} to {Day(0)}.",
                $"The action 'c' has no dates: it is scheduled from {Day(0)} to {Day(0)}.",
            },
            PlanSchedule.Analyze(plan).Notes);

        var cycle = PlanSchedule.Analyze(PlanWith(Action("x", 0, 10, "y"), Action("y", 11, 20, "x")));
        Assert.Equal(new[] { "The dependency of 'x' on 'y' is ignored: they are in a dependency cycle." }, cycle.Notes);
        Assert.Equal(new[] { "x", "y" }, cycle.CriticalPath);
    }

    [Fact]
    public void Ties_on_the_finishing_day_go_to_the_first_id_in_ordinal_order()
    {
        // Two actions end on day 10; the later-listed 'a' wins over 'b' by its id, as the path's end and as the goal's driver.
        var ends = PlanSchedule.Analyze(PlanWith(Action("b", 0, 10), Action("a", 0, 10)));
        Assert.Equal(new[] { "a" }, ends.CriticalPath);
        Assert.Equal("a", ends.Goals[0].DrivingAction);

        // 'c' waits for both 'q' and 'p', which end on day 10: the driver named on the path is 'p'.
        var drivers = PlanSchedule.Analyze(PlanWith(Action("q", 0, 10), Action("p", 0, 10), Action("c", 11, 20, "q", "p")));
        Assert.Equal(new[] { "p", "c" }, drivers.CriticalPath);

        // A driver that ends earlier is not on the path: 'c' starts on day 11 because of 'q', not 'p'.
        var earlier = PlanSchedule.Analyze(PlanWith(Action("q", 0, 10), Action("p", 0, 5), Action("c", 11, 20, "p", "q")));
        Assert.Equal(new[] { "q", "c" }, earlier.CriticalPath);
        Assert.Equal((5, false), (earlier.Actions.Single(t => t.ActionId == "p").SlackDays, earlier.Actions.Single(t => t.ActionId == "p").IsCritical));
    }

    [Fact]
    public void A_month_over_its_budget_is_flagged_and_a_month_at_it_is_not()
    {
        var sample = SamplePlans.PublisherAndBookshop(new LocalDate(2026, 1, 5));
        var atTen = sample with { Resources = sample.Resources.Select(r => r.Id == "kam-hours" ? r with { PerMonth = 10m } : r).ToArray() };
        var loads = PlanSchedule.Analyze(atTen).ResourceLoads.Where(l => l.ResourceId == "kam-hours").ToList();

        Assert.Equal(loads.OrderBy(l => l.Month).Select(l => l.Month), loads.Select(l => l.Month));
        Assert.Equal((new YearMonth(2026, 1), 10m, false, 10m), (loads[0].Month, loads[0].Load, loads[0].IsOverBudget, loads[0].MonthlyBudget!.Value));
        Assert.Equal((new YearMonth(2026, 3), 16m, true), (loads[1].Month, loads[1].Load, loads[1].IsOverBudget));
        Assert.All(PlanSchedule.Analyze(sample).ResourceLoads.Where(l => l.ResourceId == "kam-hours"), l => Assert.False(l.IsOverBudget));
    }

    private static GoalForecast Forecast(AccountPlan plan) => Assert.Single(PlanSchedule.Analyze(plan).Goals);
}
