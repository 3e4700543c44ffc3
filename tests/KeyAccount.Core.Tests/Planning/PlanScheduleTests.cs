using System;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

public class PlanScheduleTests
{
    internal static readonly LocalDate Start = new(2026, 1, 1);

    /// <summary>An action from day <paramref name="from"/> to day <paramref name="to"/> after 2026-01-01, serving the goal "g".</summary>
    internal static PlanAction Action(string id, int from, int to, params string[] dependsOn) =>
        new(id, id, Start.PlusDays(from), Start.PlusDays(to)) { Owner = "o", Serves = new[] { "g" }, DependsOn = dependsOn };

    /// <summary>A plan of 2026 with one goal "g", due on day 100, and <paramref name="actions"/>.</summary>
    internal static AccountPlan PlanWith(params PlanAction[] actions) =>
        new(new ClientId("c"), new DateInterval(Start, Start.PlusDays(364)))
        {
            Goals = new[] { new PlanGoal("g", "g") { Deadline = GoalDeadline.Fixed(Start.PlusDays(100)) } },
            Actions = actions,
        };

    [Fact]
    public void The_sample_plan_runs_through_the_research_to_the_series_and_meets_every_deadline()
    {
        var analysis = PlanSchedule.Analyze(SamplePlans.PublisherAndBookshop(Start));

        // Hand-checked: brief 0-13, survey 14-59, report 60-80, series 81-160, launch 161-170, promote 171-330.
        Assert.Equal(new[] { "brief", "survey", "report", "series", "launch", "promote" }, analysis.CriticalPath);
        Assert.Equal(Start.PlusDays(330), analysis.End);
        var pilot = analysis.Actions.Single(a => a.ActionId == "pilot");
        Assert.Equal(200, pilot.SlackDays);
        Assert.False(pilot.IsCritical);
        Assert.Equal(200, analysis.Actions.Single(a => a.ActionId == "process").SlackDays);
        Assert.All(analysis.Actions.Where(a => analysis.CriticalPath.Contains(a.ActionId)), a => Assert.True(a.IsCritical && a.SlackDays == 0));

        var goals = analysis.Goals.ToDictionary(g => g.GoalId);
        Assert.Equal((Start.PlusDays(80), Start.PlusDays(90), 10), (goals["research"].EarliestMet!.Value, goals["research"].Deadline!.Value, goals["research"].SlackDays!.Value));
        Assert.Equal((Start.PlusDays(130), 20), (goals["small-orders"].EarliestMet!.Value, goals["small-orders"].SlackDays!.Value));
        // Six months after the launch finishes on 2026-06-20: 2026-12-20; promotion ends 2026-11-27.
        Assert.Equal(new LocalDate(2026, 12, 20), goals["handicraft-series"].Deadline);
        Assert.Equal(23, goals["handicraft-series"].SlackDays);
        Assert.Equal("promote", goals["handicraft-series"].DrivingAction);
        Assert.All(analysis.Goals, g => Assert.Equal(GoalOutlook.OnTime, g.Outlook));
        Assert.Empty(analysis.Notes);
    }

    [Fact]
    public void Resource_load_spreads_each_use_over_its_days_and_sums_exactly()
    {
        var analysis = PlanSchedule.Analyze(SamplePlans.PublisherAndBookshop(Start));
        var staff = analysis.ResourceLoads.Where(l => l.ResourceId == "staff").ToList();
        Assert.Equal(130m, staff.Sum(l => l.Load));
        Assert.Equal(staff.OrderBy(l => l.Month).Select(l => l.Month), staff.Select(l => l.Month));
        // January: survey 20 over 46 days (15-31 January: 17) and process 20 over 47 days (17 in January).
        var january = staff.Single(l => l.Month == new YearMonth(2026, 1)).Load;
        Assert.Equal((20m / 46 * 17) + (20m / 47 * 17), january, 20);
        Assert.All(staff, l => Assert.False(l.IsOverBudget));
        // The brief's 10 hours fall in January, the report's 16 in March (2-22 March).
        Assert.Equal(new[] { (new YearMonth(2026, 1), 10m), (new YearMonth(2026, 3), 16m) }, analysis.ResourceLoads.Where(l => l.ResourceId == "kam-hours").Take(2).Select(l => (l.Month, l.Load)));
    }

    [Fact]
    public void A_late_dependency_pushes_its_successor_and_makes_the_goal_late()
    {
        var analysis = PlanSchedule.Analyze(PlanWith(Action("a", 0, 59), Action("b", 30, 69, "a")));
        var b = analysis.Actions[1];
        Assert.Equal((Start.PlusDays(60), Start.PlusDays(99), 30), (b.EarliestStart, b.EarliestFinish, b.DelayDays));
        Assert.Equal(new[] { "a", "b" }, analysis.CriticalPath);
        Assert.Equal(GoalOutlook.OnTime, analysis.Goals[0].Outlook);
        Assert.Equal(1, analysis.Goals[0].SlackDays);

        var late = PlanSchedule.Analyze(PlanWith(Action("a", 0, 61), Action("b", 30, 69, "a")));
        Assert.Equal(GoalOutlook.Late, late.Goals[0].Outlook);
        Assert.Equal(-1, late.Goals[0].SlackDays);
        Assert.Contains("only 1 day after", late.Goals[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_and_unknown_dependencies_are_set_aside_and_noted()
    {
        var analysis = PlanSchedule.Analyze(PlanWith(Action("a", 0, 9, "b", "zz"), Action("b", 20, 29, "a"), Action("c", 40, 49, "b")));
        Assert.Equal(2, analysis.Notes.Count);
        Assert.Contains(analysis.Notes, n => n.Contains("'zz'", StringComparison.Ordinal));
        Assert.Contains(analysis.Notes, n => n.Contains("'a' on 'b'", StringComparison.Ordinal) && n.Contains("cycle", StringComparison.Ordinal));
        // a is scheduled first without b; b then waits for a; c for b.
        Assert.Equal(Start.PlusDays(49), analysis.End);
        Assert.Equal(new[] { "c" }, analysis.CriticalPath);
    }

    [Fact]
    public void An_empty_plan_has_no_schedule()
    {
        var analysis = PlanSchedule.Analyze(PlanWith());
        Assert.Null(analysis.End);
        Assert.Empty(analysis.CriticalPath);
        Assert.Equal(GoalOutlook.Unknown, analysis.Goals[0].Outlook);
    }

    [Fact]
    public void The_analysis_round_trips_through_json()
    {
        var analysis = PlanSchedule.Analyze(SamplePlans.PublisherAndBookshop(Start));
        var json = KeyAccountJson.Serialize(analysis);
        Assert.Equal(json, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<ScheduleAnalysis>(json)));
        Assert.Contains("\"month\": \"2026-01\"", json, StringComparison.Ordinal);
    }
}
