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
                Report(PlanDiagnosticCodes.ActionWithoutOwner, At("actions", i, "owner"), who + " has no owner; name the person or team responsible.");
            }

            if (action.Start > action.Due)
            {
                Report(PlanDiagnosticCodes.ActionStartAfterDue, At("actions", i, "start"), who + " starts on " + PlanDates.Iso(action.Start) + ", after its due date " + PlanDates.Iso(action.Due) + ".");
            }

            if (action.Start < period.Start)
            {
                Report(PlanDiagnosticCodes.ActionOutsidePeriod, At("actions", i, "start"), who + " starts on " + PlanDates.Iso(action.Start) + ", before the plan period begins on " + PlanDates.Iso(period.Start) + ".");
            }

            if (action.Due > period.End)
            {
                Report(PlanDiagnosticCodes.ActionOutsidePeriod, At("actions", i, "due"), who + " is due on " + PlanDates.Iso(action.Due) + ", after the plan period ends on " + PlanDates.Iso(period.End) + ".");
            }

            if (action.Serves.Count == 0)
            {
                Report(PlanDiagnosticCodes.ActionServesNoGoal, At("actions", i, "serves"), who + " serves no goal; tie it to the goals it serves or drop it.");
            }

            CheckServedGoals(action.Serves, At("actions", i, "serves"), who);
            foreach (var goalId in action.Serves)
            {
                if (_goalIndex.TryGetValue(goalId, out var g) && _deadlines[g] is { } deadline && action.Due > deadline)
                {
                    Report(PlanDiagnosticCodes.ActionDueAfterGoalDeadline, At("actions", i, "due"), who + " is due on " + PlanDates.Iso(action.Due) + ", after the deadline " + PlanDates.Iso(deadline) + " of goal '" + goalId + "' it serves.");
                }
            }

            CheckDependencies(action, i);
            for (var j = 0; j < action.Uses.Count; j++)
            {
                var use = action.Uses[j];
                var usePath = At(At("actions", i, "uses"), j);
                if (!_resourceLoads.Index.ContainsKey(use.Resource))
                {
                    Report(PlanDiagnosticCodes.UnknownResource, usePath + ".resource", who + " uses '" + use.Resource + "', which is not a resource of the plan's budget.");
                }

                if (use.Amount < 0)
                {
                    Report(PlanDiagnosticCodes.NegativeAmount, usePath + ".amount", who + " uses a negative amount (" + PlanDates.Amount(use.Amount) + ") of '" + use.Resource + "'.");
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
                Report(PlanDiagnosticCodes.UnknownDependency, At(At("actions", i, "dependsOn"), j), "The action '" + action.Id + "' depends on '" + id + "', which is not an action of the plan.");
                continue;
            }

            var dependency = _plan.Actions[d];
            if (d != i && action.Start <= dependency.Due)
            {
                Report(PlanDiagnosticCodes.StartsBeforeDependencyEnds, At("actions", i, "start"), "The action '" + action.Id + "' starts on " + PlanDates.Iso(action.Start) + ", but '" + dependency.Id + "', which it depends on, is due only on " + PlanDates.Iso(dependency.Due) + ".");
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

            Report(PlanDiagnosticCodes.DependencyCycle, At("actions", cycle[0], "dependsOn"), "The actions depend on each other in a cycle, " + text + " (each depends on the next), so none of them can start; remove one of these dependencies.");
        }
    }
}
