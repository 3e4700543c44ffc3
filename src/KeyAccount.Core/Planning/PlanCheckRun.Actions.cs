using System.Text;

namespace KeyAccount.Core.Planning;

/// <summary>Checks of the tactics: actions, their owners, dates, goals, dependencies and resources.</summary>
internal sealed partial class PlanCheckRun
{
    private void CheckActions()
    {
        var actions = _plan.Actions;
        var period = _plan.Period;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var who = "The action '" + action.Id + "'";
            if (string.IsNullOrWhiteSpace(action.Owner))
            {
                Report(PlanningDiagnosticCodes.ActionWithoutOwner, At("actions", i, "owner"), who + " has no owner; name the person or team responsible.");
            }

            if (action.Start is null)
            {
                Report(PlanningDiagnosticCodes.ActionWithoutDates, At("actions", i, "start"), who + " has no start date; give the first day of the action, such as \"start\": \"" + PlanDates.Iso(period.Start) + "\".");
            }

            if (action.Due is null)
            {
                Report(PlanningDiagnosticCodes.ActionWithoutDates, At("actions", i, "due"), who + " has no due date; give the last day of the action, such as \"due\": \"" + PlanDates.Iso(period.End) + "\".");
            }

            if (action.Start is { } start && action.Due is { } due && start > due)
            {
                Report(PlanningDiagnosticCodes.ActionStartAfterDue, At("actions", i, "start"), who + " starts on " + PlanDates.Iso(start) + ", after its due date " + PlanDates.Iso(due) + ".");
            }

            if (action.Start is { } first && first < period.Start)
            {
                Report(PlanningDiagnosticCodes.ActionOutsidePeriod, At("actions", i, "start"), who + " starts on " + PlanDates.Iso(first) + ", before the plan period begins on " + PlanDates.Iso(period.Start) + ".");
            }

            if (action.Due is { } last && last > period.End)
            {
                Report(PlanningDiagnosticCodes.ActionOutsidePeriod, At("actions", i, "due"), who + " is due on " + PlanDates.Iso(last) + ", after the plan period ends on " + PlanDates.Iso(period.End) + ".");
            }

            if (action.Serves.Count == 0)
            {
                Report(PlanningDiagnosticCodes.ActionServesNoGoal, At("actions", i, "serves"), who + " serves no goal; tie it to the goals it serves or drop it.");
            }

            CheckServedGoals(action.Serves, At("actions", i, "serves"), who);
            foreach (var goalId in action.Serves)
            {
                if (_goalIndex.TryGetValue(goalId, out var g) && _deadlines[g] is { } deadline && action.Due is { } dueDate && dueDate > deadline)
                {
                    Report(PlanningDiagnosticCodes.ActionDueAfterGoalDeadline, At("actions", i, "due"), who + " is due on " + PlanDates.Iso(dueDate) + ", after the deadline " + PlanDates.Iso(deadline) + " of goal '" + goalId + "' it serves.");
                }
            }

            CheckDependencies(action, i);
            for (var j = 0; j < action.Uses.Count; j++)
            {
                var use = action.Uses[j];
                var usePath = At(At("actions", i, "uses"), j);
                if (!_resourceLoads.Index.ContainsKey(use.Resource))
                {
                    Report(PlanningDiagnosticCodes.UnknownResource, usePath + ".resource", who + " uses '" + use.Resource + "', which is not a resource of the plan's budget.");
                }

                if (use.Amount < 0)
                {
                    Report(PlanningDiagnosticCodes.NegativeAmount, usePath + ".amount", who + " uses a negative amount (" + PlanDates.Amount(use.Amount) + ") of '" + use.Resource + "'.");
                }
            }
        }
    }

    private void CheckDependencies(PlanAction action, int i)
    {
        for (var j = 0; j < action.DependsOn.Count; j++)
        {
            var id = action.DependsOn[j];
            if (!_graph.Index.TryGetValue(id, out var d))
            {
                Report(PlanningDiagnosticCodes.UnknownDependency, At(At("actions", i, "dependsOn"), j), "The action '" + action.Id + "' depends on '" + id + "', which is not an action of the plan.");
                continue;
            }

            var dependency = _plan.Actions[d];
            if (d != i && action.Start is { } start && dependency.Due is { } due && start <= due)
            {
                Report(PlanningDiagnosticCodes.StartsBeforeDependencyEnds, At("actions", i, "start"), "The action '" + action.Id + "' starts on " + PlanDates.Iso(start) + ", but '" + dependency.Id + "', which it depends on, is due only on " + PlanDates.Iso(due) + ".");
            }
        }
    }

    private void CheckCycles()
    {
        foreach (var cycle in _graph.Cycles(_plan.Actions))
        {
            var text = new StringBuilder();
            for (var k = 0; k < cycle.Length; k++)
            {
                if (k > 0)
                {
                    text.Append(" -> ");
                }

                text.Append(_plan.Actions[cycle[k]].Id);
            }

            Report(PlanningDiagnosticCodes.DependencyCycle, At("actions", cycle[0], "dependsOn"), "The actions depend on each other in a cycle, " + text + " (each depends on the next), so none of them can start; remove one of these dependencies.");
        }
    }
}
