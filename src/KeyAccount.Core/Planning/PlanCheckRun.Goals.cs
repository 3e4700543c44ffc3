using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>Checks of stage 1: client goals, our goals, their targets and deadlines, and events.</summary>
internal sealed partial class PlanCheckRun
{
    private void CheckGoals()
    {
        var mirrored = new bool[_plan.ClientGoals.Count];
        var goals = _plan.Goals;
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (goal.Mirrors.Count == 0)
            {
                Report(PlanningDiagnosticCodes.GoalMirrorsNoClientGoal, At("goals", i, "mirrors"), "The goal '" + goal.Id + "' mirrors no client goal; list the client goals it serves.");
            }

            for (var j = 0; j < goal.Mirrors.Count; j++)
            {
                if (_clientGoalIndex.TryGetValue(goal.Mirrors[j], out var c))
                {
                    mirrored[c] = true;
                }
                else
                {
                    Report(PlanningDiagnosticCodes.UnknownClientGoal, At("goals", i, "mirrors") + "[" + PlanDates.Int(j) + "]", "The goal '" + goal.Id + "' mirrors '" + goal.Mirrors[j] + "', which is not a client goal of the plan.");
                }
            }

            CheckTarget(goal, i);
            _deadlines[i] = ResolveDeadline(goal, i);
            if (_deadlines[i] is { } deadline)
            {
                if (!_plan.Period.Contains(deadline))
                {
                    Report(PlanningDiagnosticCodes.DeadlineOutsidePeriod, At("goals", i, "deadline"), "The deadline " + PlanDates.Iso(deadline) + " of goal '" + goal.Id + "' is outside the plan period " + PlanDates.Iso(_plan.Period.Start) + " to " + PlanDates.Iso(_plan.Period.End) + ".");
                }

                if (deadline < _asOf)
                {
                    Report(PlanningDiagnosticCodes.DeadlinePassed, At("goals", i, "deadline"), "The deadline " + PlanDates.Iso(deadline) + " of goal '" + goal.Id + "' has passed (checked on " + PlanDates.Iso(_asOf) + "); record whether it was met and set a new goal or deadline.");
                }
            }
        }

        for (var c = 0; c < mirrored.Length; c++)
        {
            var id = _plan.ClientGoals[c].Id;
            if (!mirrored[c] && !(_clientGoalIndex.TryGetValue(id, out var first) && first != c))
            {
                Report(PlanningDiagnosticCodes.ClientGoalNotMirrored, At("clientGoals", c), "No goal of ours mirrors the client goal '" + id + "'; add a goal that serves it, or say in the plan why not.");
            }
        }
    }

    private void CheckTarget(PlanGoal goal, int i)
    {
        if (goal.Target is not { } target)
        {
            Report(PlanningDiagnosticCodes.GoalWithoutTarget, At("goals", i, "target"), "The goal '" + goal.Id + "' has no measurable target; give a metric, a unit and the value to reach.");
            return;
        }

        if (string.IsNullOrWhiteSpace(target.Metric))
        {
            Report(PlanningDiagnosticCodes.TargetNotMeasurable, At("goals", i, "target.metric"), "The target of goal '" + goal.Id + "' names no metric, so it cannot be measured.");
        }

        if (string.IsNullOrWhiteSpace(target.Unit))
        {
            Report(PlanningDiagnosticCodes.TargetNotMeasurable, At("goals", i, "target.unit"), "The target of goal '" + goal.Id + "' has no unit, so its value cannot be read.");
        }
    }

    private LocalDate? ResolveDeadline(PlanGoal goal, int i)
    {
        var path = At("goals", i, "deadline");
        var deadline = goal.Deadline;
        var resolved = DeadlineResolution.Resolve(deadline, _plan.Events, _eventIndex, EventDate, out var problem);
        var offset = deadline?.Offset is { } o ? PlanDates.Iso(o) : "P0D";
        switch (problem)
        {
            case DeadlineProblem.Missing:
                Report(PlanningDiagnosticCodes.GoalWithoutDeadline, path, "The goal '" + goal.Id + "' has no deadline; give a date, or an event and the time after it.");
                break;
            case DeadlineProblem.Ambiguous:
                Report(PlanningDiagnosticCodes.AmbiguousDeadline, path, "The deadline of goal '" + goal.Id + "' gives both a date and an event or offset; keep one form.");
                break;
            case DeadlineProblem.OffsetWithoutEvent:
                Report(PlanningDiagnosticCodes.AmbiguousDeadline, path, "The deadline of goal '" + goal.Id + "' gives an offset but no event to count it from.");
                break;
            case DeadlineProblem.InvalidOffset:
                Report(PlanningDiagnosticCodes.InvalidPeriod, path + ".offset", "The offset " + offset + " of goal '" + goal.Id + "' must be a non-negative number of years, months, weeks or days.");
                break;
            case DeadlineProblem.UnknownEvent:
                Report(PlanningDiagnosticCodes.UnknownEvent, path + ".event", "The deadline of goal '" + goal.Id + "' is relative to '" + deadline!.Event + "', which is not an event of the plan.");
                break;
            case DeadlineProblem.EventDateUnknown:
                var planEvent = _plan.Events[_eventIndex[deadline!.Event!]];
                var why = planEvent.Action is null
                    ? "the event has neither a date nor an action whose completion marks it"
                    : _graph.Index.ContainsKey(planEvent.Action)
                        ? "the event is the completion of '" + planEvent.Action + "', which has no due date"
                        : "the event is the completion of '" + planEvent.Action + "', which is not an action of the plan";
                Report(PlanningDiagnosticCodes.EventDateUnknown, path + ".event", "The deadline of goal '" + goal.Id + "' cannot be placed: the date of event '" + planEvent.Id + "' is unknown (" + why + ").");
                break;
            case DeadlineProblem.OutOfCalendar:
                Report(PlanningDiagnosticCodes.InvalidPeriod, path + ".offset", "The offset " + offset + " of goal '" + goal.Id + "' takes the deadline out of the calendar.");
                break;
            default:
                break;
        }

        return resolved;
    }

    private LocalDate? EventDate(PlanEvent planEvent)
    {
        if (planEvent.Date is { } date)
        {
            return date;
        }

        return planEvent.Action is not null && _graph.Index.TryGetValue(planEvent.Action, out var a) ? _plan.Actions[a].Due : null;
    }

    private void CheckEvents()
    {
        for (var e = 0; e < _plan.Events.Count; e++)
        {
            var action = _plan.Events[e].Action;
            if (action is not null && !_graph.Index.ContainsKey(action))
            {
                Report(PlanningDiagnosticCodes.UnknownEventAction, At("events", e, "action"), "The event '" + _plan.Events[e].Id + "' is the completion of '" + action + "', which is not an action of the plan.");
            }
        }
    }

    private void CheckMix()
    {
        var mix = _plan.Mix;
        CheckMixElement(mix.Product, "mix.product", "product");
        CheckMixElement(mix.Price, "mix.price", "price");
        CheckMixElement(mix.Promotion, "mix.promotion", "promotion");
        CheckMixElement(mix.Place, "mix.place", "place");
    }

    private void CheckMixElement(MixElement? element, string path, string name)
    {
        if (element is null || (!element.NoChange && element.Decisions.Count == 0))
        {
            Report(PlanningDiagnosticCodes.MixElementNotConsidered, path, "The plan does not consider the " + name + ": list decisions tied to goals, or say explicitly that nothing changes and why.");
            return;
        }

        if (element.NoChange && element.Decisions.Count > 0)
        {
            Report(PlanningDiagnosticCodes.NoChangeWithDecisions, path + ".decisions", "The " + name + " is marked 'no change' but lists " + Wording.Count(element.Decisions.Count, "decision") + "; drop one or the other.");
        }

        for (var j = 0; j < element.Decisions.Count; j++)
        {
            var decision = element.Decisions[j];
            var decisionPath = At(path + ".decisions", j);
            if (decision.Serves.Count == 0)
            {
                Report(PlanningDiagnosticCodes.DecisionServesNoGoal, decisionPath + ".serves", "The " + name + " decision '" + decision.Description + "' serves no goal; tie it to the goals it serves or drop it.");
            }

            CheckServedGoals(decision.Serves, decisionPath + ".serves", "The " + name + " decision");
        }
    }

    private void CheckServedGoals(IReadOnlyList<string> serves, string path, string who)
    {
        for (var k = 0; k < serves.Count; k++)
        {
            if (!_goalIndex.ContainsKey(serves[k]))
            {
                Report(PlanningDiagnosticCodes.UnknownGoal, path + "[" + PlanDates.Int(k) + "]", who + " serves '" + serves[k] + "', which is not a goal of the plan.");
            }
        }
    }

    /// <summary>Goals that no action or no decision of the four P's serves: the strategy is broken down into actions and decisions.</summary>
    private void CheckGoalCoverage()
    {
        var byAction = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var action in _plan.Actions)
        {
            byAction.UnionWith(action.Serves);
        }

        var byDecision = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in new[] { _plan.Mix.Product, _plan.Mix.Price, _plan.Mix.Promotion, _plan.Mix.Place })
        {
            foreach (var decision in element?.Decisions ?? System.Array.Empty<MixDecision>())
            {
                byDecision.UnionWith(decision.Serves);
            }
        }

        for (var i = 0; i < _plan.Goals.Count; i++)
        {
            var id = _plan.Goals[i].Id;
            if (!_goalIndex.TryGetValue(id, out var first) || first != i)
            {
                continue;
            }

            if (!byAction.Contains(id))
            {
                Report(PlanningDiagnosticCodes.GoalWithoutAction, At("goals", i), "No action serves the goal '" + id + "'; break the strategy down into dated actions that reach it, or drop the goal.");
            }

            if (!byDecision.Contains(id))
            {
                Report(PlanningDiagnosticCodes.GoalWithoutDecision, At("goals", i), "No decision of the four P's (product, price, promotion, place) serves the goal '" + id + "'; tie a decision to it, or say why the mix does not need to change for it.");
            }
        }
    }
}
