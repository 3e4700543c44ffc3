using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// Schedule analysis of a plan: the critical path through the actions, the earliest date each
/// goal can be met against its deadline, and the resource load per month.
/// </summary>
/// <remarks>
/// <para>
/// Each action keeps its planned length (due date minus start date plus one day). It starts on
/// its planned start date or, when a dependency finishes later, on the day after the last
/// dependency's earliest finish (the forward pass of the critical path method). The latest finish
/// comes from the backward pass from the end of the whole schedule; slack is the difference, and
/// actions without slack are critical. The critical path is the chain that sets the end: from the
/// action that finishes last (ties: smallest id), back through the dependency that finishes the
/// day before it starts (ties: smallest id), until an action starts on its planned date.
/// </para>
/// <para>
/// The analysis works on any plan the model allows: dependencies on unknown actions are ignored,
/// and a dependency cycle is broken by scheduling the waiting action with the smallest id without
/// its unfinished dependencies; each such step is listed in <see cref="ScheduleAnalysis.Notes"/>.
/// Duplicate ids refer to their first action. Run <see cref="PlanValidator"/> for the defects
/// themselves. Cost: linear in actions plus dependencies, plus the months each use of a resource
/// spans.
/// </para>
/// </remarks>
public static class PlanSchedule
{
    /// <summary>Analyses the schedule of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static ScheduleAnalysis Analyze(AccountPlan plan)
    {
        Require.NotNull(plan, nameof(plan));
        var actions = plan.Actions;
        var n = actions.Count;
        var graph = ActionGraph.Build(actions);
        var notes = new List<string>();
        foreach (var action in actions)
        {
            foreach (var id in action.DependsOn)
            {
                if (!graph.Index.ContainsKey(id))
                {
                    notes.Add("The dependency of '" + action.Id + "' on '" + id + "' is ignored: the plan has no such action.");
                }
            }
        }

        var starts = new LocalDate[n];
        var dues = new LocalDate[n];
        for (var i = 0; i < n; i++)
        {
            var action = actions[i];
            starts[i] = action.Start ?? action.Due ?? plan.Period.Start;
            dues[i] = action.Due ?? starts[i];
            if (action.Start is null || action.Due is null)
            {
                notes.Add("The action '" + action.Id + "' has no " + (action.Start is null ? (action.Due is null ? "dates" : "start date") : "due date") + ": it is scheduled from " + PlanDates.Iso(starts[i]) + " to " + PlanDates.Iso(dues[i]) + ".");
            }
        }

        var epoch = n == 0 ? plan.Period.Start : starts[0];
        foreach (var start in starts)
        {
            epoch = start < epoch ? start : epoch;
        }

        var timing = new Timing(n, epoch);
        for (var i = 0; i < n; i++)
        {
            timing.Planned[i] = Period.DaysBetween(epoch, starts[i]);
            timing.Duration[i] = Math.Max(1L, Period.DaysBetween(starts[i], dues[i]) + 1L);
        }

        var honored = ForwardPass(actions, graph, timing, notes);
        var end = BackwardPass(honored, timing);
        var critical = CriticalPath(actions, honored, timing);

        var actionTimings = new ActionTiming[n];
        for (var i = 0; i < n; i++)
        {
            var slack = timing.Latest[i] - timing.Finish[i];
            actionTimings[i] = new ActionTiming(
                actions[i].Id,
                starts[i],
                dues[i],
                Clamp(timing.Duration[i]),
                timing.Date(timing.Start[i]),
                timing.Date(timing.Finish[i]),
                timing.Date(timing.Latest[i]),
                Clamp(slack),
                Clamp(timing.Start[i] - timing.Planned[i]),
                slack == 0);
        }

        var forecasts = Forecasts(plan, graph, timing);
        LocalDate? finish = n == 0 ? null : timing.Date(end);
        return new ScheduleAnalysis(critical, actionTimings, forecasts, Loads(plan), notes, finish, Explain(n, finish, critical, forecasts, notes.Count));
    }

    private static string Explain(int actions, LocalDate? end, string[] critical, GoalForecast[] forecasts, int notes)
    {
        if (end is not { } last)
        {
            return "The plan has no actions to schedule.";
        }

        var onTime = 0;
        var late = 0;
        foreach (var forecast in forecasts)
        {
            onTime += forecast.Outlook == GoalOutlook.OnTime ? 1 : 0;
            late += forecast.Outlook == GoalOutlook.Late ? 1 : 0;
        }

        var text = "The " + Wording.Count(actions, "action") + (actions == 1 ? " can be done by " : " can all be done by ") + Wording.Date(last)
            + "; the critical path runs through " + Wording.Count(critical.Length, "action") + " (" + string.Join(" -> ", critical) + "). "
            + Wording.Capitalise(Wording.Count(onTime, "goal")) + " of " + Wording.Number(forecasts.Length) + " can be met by " + (forecasts.Length == 1 ? "its deadline" : "their deadlines")
            + (late > 0 ? ", " + Wording.Number(late) + " cannot" : string.Empty) + ".";
        return notes > 0 ? text + " " + Wording.Count(notes, "note") + " on what the analysis set aside." : text;
    }

    private static int[][] ForwardPass(IReadOnlyList<PlanAction> actions, ActionGraph graph, Timing timing, List<string> notes)
    {
        var n = actions.Count;
        var dependencies = graph.Dependencies;
        var waiting = new int[n];
        var successors = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            successors[i] = new List<int>();
        }

        for (var i = 0; i < n; i++)
        {
            waiting[i] = dependencies[i].Length;
            foreach (var d in dependencies[i])
            {
                successors[d].Add(i);
            }
        }

        var queued = new bool[n];
        var done = new bool[n];
        var queue = new Queue<int>();
        for (var i = 0; i < n; i++)
        {
            if (waiting[i] == 0)
            {
                queue.Enqueue(i);
                queued[i] = true;
            }
        }

        var byId = new int[n];
        for (var i = 0; i < n; i++)
        {
            byId[i] = i;
        }

        Array.Sort(byId, (a, b) =>
        {
            var order = string.CompareOrdinal(actions[a].Id, actions[b].Id);
            return order != 0 ? order : a.CompareTo(b);
        });

        var honored = new int[n][];
        var next = 0;
        for (var count = 0; count < n; count++)
        {
            if (queue.Count == 0)
            {
                while (queued[byId[next]])
                {
                    next++;
                }

                var forced = byId[next];
                queued[forced] = true;
                queue.Enqueue(forced);
                foreach (var d in dependencies[forced])
                {
                    if (!done[d])
                    {
                        notes.Add("The dependency of '" + actions[forced].Id + "' on '" + actions[d].Id + "' is ignored: they are in a dependency cycle.");
                    }
                }
            }

            var v = queue.Dequeue();
            var start = timing.Planned[v];
            var kept = new List<int>(dependencies[v].Length);
            foreach (var d in dependencies[v])
            {
                if (done[d])
                {
                    kept.Add(d);
                    start = Math.Max(start, timing.Finish[d] + 1);
                }
            }

            honored[v] = kept.ToArray();
            timing.Start[v] = start;
            timing.Finish[v] = start + timing.Duration[v] - 1;
            timing.Order[count] = v;
            done[v] = true;
            foreach (var s in successors[v])
            {
                if (--waiting[s] == 0 && !queued[s])
                {
                    queued[s] = true;
                    queue.Enqueue(s);
                }
            }
        }

        return honored;
    }

    private static long BackwardPass(int[][] honored, Timing timing)
    {
        var n = honored.Length;
        var end = long.MinValue;
        for (var i = 0; i < n; i++)
        {
            end = Math.Max(end, timing.Finish[i]);
        }

        for (var i = 0; i < n; i++)
        {
            timing.Latest[i] = end;
        }

        for (var k = n - 1; k >= 0; k--)
        {
            var v = timing.Order[k];
            var latestStart = timing.Latest[v] - timing.Duration[v] + 1;
            foreach (var d in honored[v])
            {
                timing.Latest[d] = Math.Min(timing.Latest[d], latestStart - 1);
            }
        }

        return end;
    }

    private static string[] CriticalPath(IReadOnlyList<PlanAction> actions, int[][] honored, Timing timing)
    {
        var n = actions.Count;
        if (n == 0)
        {
            return Array.Empty<string>();
        }

        var last = 0;
        for (var i = 1; i < n; i++)
        {
            if (timing.Finish[i] > timing.Finish[last] || (timing.Finish[i] == timing.Finish[last] && string.CompareOrdinal(actions[i].Id, actions[last].Id) < 0))
            {
                last = i;
            }
        }

        var path = new List<string> { actions[last].Id };
        var onPath = new HashSet<int> { last };
        for (var v = last; ;)
        {
            var driver = -1;
            foreach (var d in honored[v])
            {
                if (timing.Finish[d] + 1 == timing.Start[v] && (driver < 0 || string.CompareOrdinal(actions[d].Id, actions[driver].Id) < 0))
                {
                    driver = d;
                }
            }

            if (driver < 0 || !onPath.Add(driver))
            {
                break;
            }

            path.Add(actions[driver].Id);
            v = driver;
        }

        path.Reverse();
        return path.ToArray();
    }

    private static GoalForecast[] Forecasts(AccountPlan plan, ActionGraph graph, Timing timing)
    {
        var goals = plan.Goals;
        var goalIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < goals.Count; g++)
        {
            if (!goalIndex.TryGetValue(goals[g].Id, out _))
            {
                goalIndex[goals[g].Id] = g;
            }
        }

        var driving = new int[goals.Count];
        for (var g = 0; g < driving.Length; g++)
        {
            driving[g] = -1;
        }

        var actions = plan.Actions;
        for (var i = 0; i < actions.Count; i++)
        {
            foreach (var goalId in actions[i].Serves)
            {
                if (goalIndex.TryGetValue(goalId, out var g))
                {
                    var current = driving[g];
                    if (current < 0 || timing.Finish[i] > timing.Finish[current] || (timing.Finish[i] == timing.Finish[current] && string.CompareOrdinal(actions[i].Id, actions[current].Id) < 0))
                    {
                        driving[g] = i;
                    }
                }
            }
        }

        var events = DeadlineResolution.IndexEvents(plan.Events);
        LocalDate? EventDate(PlanEvent e) => e.Date ?? (e.Action is not null && graph.Index.TryGetValue(e.Action, out var a) ? timing.Date(timing.Finish[a]) : null);

        var forecasts = new GoalForecast[goals.Count];
        for (var g = 0; g < goals.Count; g++)
        {
            var goal = goals[g];
            var deadline = DeadlineResolution.Resolve(goal.Deadline, plan.Events, events, EventDate, out _);
            var g0 = goalIndex[goal.Id];
            var driver = driving[g0];
            LocalDate? earliest = driver < 0 ? null : timing.Date(timing.Finish[driver]);
            forecasts[g] = Forecast(goal.Id, deadline, earliest, driver < 0 ? null : actions[driver].Id);
        }

        return forecasts;
    }

    private static GoalForecast Forecast(string goalId, LocalDate? deadline, LocalDate? earliest, string? driver)
    {
        if (earliest is null)
        {
            var text = deadline is { } d
                ? "No action serves goal '" + goalId + "', so nothing in the plan brings it about by its deadline " + PlanDates.Iso(d) + "."
                : "No action serves goal '" + goalId + "', and its deadline cannot be placed.";
            return new GoalForecast(goalId, GoalOutlook.Unknown, text, deadline);
        }

        var met = earliest.Value;
        if (deadline is not { } due)
        {
            return new GoalForecast(goalId, GoalOutlook.Unknown, "The deadline of goal '" + goalId + "' cannot be placed (the validator says why); its last action, '" + driver + "', can finish on " + PlanDates.Iso(met) + ".", null, met, driver);
        }

        var slack = Period.DaysBetween(met, due);
        var onTime = slack >= 0;
        var explanation = "The last action serving goal '" + goalId + "', '" + driver + "', can finish on " + PlanDates.Iso(met) + ", "
            + (onTime ? Wording.Count(slack, "day") + " before" : "only " + Wording.Count(-slack, "day") + " after")
            + " the deadline " + PlanDates.Iso(due) + ".";
        return new GoalForecast(goalId, onTime ? GoalOutlook.OnTime : GoalOutlook.Late, explanation, due, met, driver, slack);
    }

    private static List<ResourceMonthLoad> Loads(AccountPlan plan)
    {
        var table = ResourceLoadTable.Build(plan);
        var loads = new List<ResourceMonthLoad>();
        for (var r = 0; r < plan.Resources.Count; r++)
        {
            var budget = plan.Resources[r];
            if (!table.Index.TryGetValue(budget.Id, out var first) || first != r)
            {
                continue;
            }

            var months = new List<KeyValuePair<YearMonth, decimal>>(table.Months[r]);
            months.Sort((a, b) => a.Key.CompareTo(b.Key));
            foreach (var month in months)
            {
                loads.Add(new ResourceMonthLoad(budget.Id, budget.Unit, month.Key, month.Value, month.Value > budget.PerMonth, budget.PerMonth));
            }
        }

        return loads;
    }

    private static int Clamp(long value) => (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, value));

    /// <summary>Day numbers of the schedule, counted from the earliest planned start.</summary>
    private sealed class Timing
    {
        private readonly LocalDate _epoch;

        public Timing(int n, LocalDate epoch)
        {
            _epoch = epoch;
            Planned = new long[n];
            Duration = new long[n];
            Start = new long[n];
            Finish = new long[n];
            Latest = new long[n];
            Order = new int[n];
        }

        public long[] Planned { get; }

        public long[] Duration { get; }

        public long[] Start { get; }

        public long[] Finish { get; }

        public long[] Latest { get; }

        public int[] Order { get; }

        public LocalDate Date(long day) => CalendarMath.TryPlusDays(_epoch, Clamp(day)) ?? (day < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue);
    }
}
