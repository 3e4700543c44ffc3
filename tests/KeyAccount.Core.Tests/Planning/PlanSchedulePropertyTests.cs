using System;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

[Properties(Arbitrary = new[] { typeof(PlanGenerators) }, MaxTest = 60)]
public class PlanSchedulePropertyTests
{
    [Property]
    public bool On_a_valid_plan_the_critical_path_is_a_gapless_chain_ending_the_schedule(CheckedPlan valid)
    {
        var analysis = PlanSchedule.Analyze(valid.Plan);
        var timings = analysis.Actions.ToDictionary(a => a.ActionId);
        var path = analysis.CriticalPath.Select(id => timings[id]).ToList();
        var chained = path.Zip(path.Skip(1), (a, b) => a.EarliestFinish.PlusDays(1) == b.EarliestStart).All(x => x);
        return chained
            && path[^1].EarliestFinish == analysis.End
            && path[0].EarliestStart == path[0].PlannedStart
            && path.All(a => a.IsCritical)
            && analysis.Actions.All(a => a.SlackDays >= 0 && a.EarliestStart >= a.PlannedStart && a.LatestFinish >= a.EarliestFinish)
            && analysis.Notes.Count == 0;
    }

    [Property]
    public bool On_a_valid_plan_every_goal_with_actions_is_on_time_and_its_forecast_is_its_last_action(CheckedPlan valid)
    {
        var analysis = PlanSchedule.Analyze(valid.Plan);
        var finish = analysis.Actions.ToDictionary(a => a.ActionId, a => a.EarliestFinish);
        return analysis.Goals.All(g =>
        {
            var serving = valid.Plan.Actions.Where(a => a.Serves.Contains(g.GoalId)).Select(a => finish[a.Id]).ToList();
            return serving.Count == 0
                ? g.Outlook == GoalOutlook.Unknown && g.EarliestMet is null
                : g.EarliestMet == serving.Max() && g.Outlook == GoalOutlook.OnTime && g.SlackDays == Period.DaysBetween(g.EarliestMet!.Value, g.Deadline!.Value);
        });
    }

    [Property]
    public bool Monthly_loads_sum_to_the_total_use_of_each_resource(CheckedPlan valid)
    {
        var analysis = PlanSchedule.Analyze(valid.Plan);
        // Exact per action; across actions, decimal sums round at the 28th significant digit.
        return valid.Plan.Resources.All(r =>
            Math.Abs(analysis.ResourceLoads.Where(l => l.ResourceId == r.Id).Sum(l => l.Load)
            - valid.Plan.Actions.SelectMany(a => a.Uses).Where(u => u.Resource == r.Id).Sum(u => u.Amount)) < 1e-18m);
    }

    [Property(MaxTest = 300)]
    public bool The_schedule_analysis_never_throws_on_any_loadable_plan(AnyPlan any)
    {
        var analysis = PlanSchedule.Analyze(any.Plan);
        return analysis.Actions.Count == any.Plan.Actions.Count && analysis.Goals.Count == any.Plan.Goals.Count;
    }
}
