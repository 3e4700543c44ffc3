using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>One check of a plan review against its plan: the diagnostics and the summary, made together.</summary>
/// <remarks>
/// Two internal variants serve the account document (<c>AccountValidator</c>), which holds only the
/// plan as it stands now: without a plan, only what the review holds itself is checked (a goal
/// reviewed twice, an undefined status, a status without evidence, no participants), for reviews
/// of earlier versions of the plan; with <c>changesApplied</c>, a goal the plan no longer holds
/// but that one of the review's own agreed changes names is taken as changed as agreed, not as
/// unknown (<c>KAP044</c>), and is left out of the summary.
/// </remarks>
internal sealed class PlanReviewCheck
{
    private readonly PlanReviewRecord _review;
    private readonly AccountPlan? _plan;
    private readonly bool _changesApplied;
    private readonly DiagnosticBag _found = new();

    public PlanReviewCheck(PlanReviewRecord review, AccountPlan? plan, bool changesApplied = false)
    {
        _review = review;
        _plan = plan;
        _changesApplied = changesApplied;
    }

    public (IReadOnlyList<Diagnostic> Diagnostics, PlanReviewSummary Summary) Run()
    {
        var goals = new Dictionary<string, PlanGoal>(StringComparer.Ordinal);
        foreach (var goal in _plan?.Goals ?? Array.Empty<PlanGoal>())
        {
            if (!goals.TryGetValue(goal.Id, out _))
            {
                goals.Add(goal.Id, goal);
            }
        }

        var agreedAway = AgreedAway(goals);
        if (_plan is not null && _review.Client != _plan.Client)
        {
            Report(PlanningDiagnosticCodes.ReviewOfAnotherClient, "client", "The review is of client {0}, the plan of {1}; check it against the plan it reviews.", Wording.Quote(_review.Client.Value), Wording.Quote(_plan.Client.Value));
        }

        if (_review.ClientParticipants.Count == 0 && _review.OurParticipants.Count == 0)
        {
            Report(PlanningDiagnosticCodes.ReviewWithoutParticipants, "ourParticipants", "The review names no one who took part; list our people and the client's, so its decisions have owners.");
        }

        var forecasts = Forecasts(out var scheduleChecked);
        var reviewed = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new int[4];
        var contradicted = new List<string>();
        for (var i = 0; i < _review.Goals.Count; i++)
        {
            var entry = _review.Goals[i];
            var at = "goals[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var defined = entry.Status is >= GoalReviewStatus.OnTrack and <= GoalReviewStatus.Met;
            if (!defined)
            {
                Report(PlanningDiagnosticCodes.UndefinedValue, at + ".status", "The status {0} is not one of OnTrack, AtRisk, Missed, Met.", ((int)entry.Status).ToString(CultureInfo.InvariantCulture));
            }

            if (agreedAway.Contains(entry.Goal))
            {
                continue;
            }

            PlanGoal? goal = null;
            if (_plan is not null && !goals.TryGetValue(entry.Goal, out goal))
            {
                Report(PlanningDiagnosticCodes.UnknownReviewedGoal, at + ".goal", "The plan has no goal {0}; use the id of one of its goals.", Wording.Quote(entry.Goal));
                continue;
            }

            if (reviewed.TryGetValue(entry.Goal, out var first))
            {
                Report(PlanningDiagnosticCodes.GoalReviewedTwice, at + ".goal", "The goal {0} is already reviewed at goals[{1}]; give each goal one status.", Wording.Quote(entry.Goal), first.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            reviewed.Add(entry.Goal, i);
            if (string.IsNullOrWhiteSpace(entry.Evidence))
            {
                Report(PlanningDiagnosticCodes.StatusWithoutEvidence, at + ".evidence", "The goal {0} is marked {1} without evidence; say what the status rests on (a figure, a delivery, the client's word).", Wording.Quote(entry.Goal), Name(entry.Status));
            }

            if (!defined)
            {
                continue;
            }

            counts[(int)entry.Status]++;
            forecasts.TryGetValue(entry.Goal, out var forecast);
            if (entry.Status is GoalReviewStatus.OnTrack or GoalReviewStatus.Met && forecast is { Outlook: GoalOutlook.Late })
            {
                contradicted.Add(entry.Goal);
                Report(PlanningDiagnosticCodes.ReviewContradictsSchedule, at + ".status", "The review marks the goal {0} {1}, but the plan's schedule says it cannot be met by its deadline {2}: {3} finishes on {4} at the earliest, {5} late. Correct the status, or the plan's dates.", Wording.Quote(entry.Goal), Name(entry.Status), Wording.Date(forecast.Deadline!.Value), forecast.DrivingAction is null ? "its last action" : "its last action " + Wording.Quote(forecast.DrivingAction), Wording.Date(forecast.EarliestMet!.Value), Wording.Count(-(forecast.SlackDays ?? 0), "day"));
            }

            var deadline = forecast?.Deadline ?? goal?.Deadline?.On;
            if (entry.Status is GoalReviewStatus.OnTrack or GoalReviewStatus.AtRisk && deadline is { } due && _review.On > due)
            {
                Report(PlanningDiagnosticCodes.OpenAfterDeadline, at + ".status", "The review on {0} marks the goal {1} {2}, but its deadline was {3}; by now it is met or missed.", Wording.Date(_review.On), Wording.Quote(entry.Goal), Name(entry.Status), Wording.Date(due));
            }
        }

        var notReviewed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goal in _plan?.Goals ?? Array.Empty<PlanGoal>())
        {
            if (seen.Add(goal.Id) && !reviewed.ContainsKey(goal.Id))
            {
                notReviewed.Add(goal.Id);
                Report(PlanningDiagnosticCodes.GoalNotReviewed, "goals", "The plan's goal {0} is not in the review; give it a status with evidence.", Wording.Quote(goal.Id));
            }
        }

        if (_plan is not null)
        {
            CheckReferences(_review.Decisions, d => d.Goals, "decisions", goals, agreedAway);
            CheckReferences(_review.Changes, c => c.Goals, "changes", goals, agreedAway);
        }

        var summary = new PlanReviewSummary(
            _review.On,
            counts[(int)GoalReviewStatus.OnTrack],
            counts[(int)GoalReviewStatus.AtRisk],
            counts[(int)GoalReviewStatus.Missed],
            counts[(int)GoalReviewStatus.Met],
            notReviewed,
            contradicted,
            scheduleChecked,
            Explain(counts, notReviewed, contradicted, scheduleChecked));
        return (_found.ToSortedList(), summary);
    }

    /// <summary>With <c>changesApplied</c>, the goals the review's agreed changes name that the plan no longer holds; otherwise none.</summary>
    private HashSet<string> AgreedAway(Dictionary<string, PlanGoal> goals)
    {
        var away = new HashSet<string>(StringComparer.Ordinal);
        if (_plan is null || !_changesApplied)
        {
            return away;
        }

        foreach (var change in _review.Changes)
        {
            foreach (var id in change.Goals)
            {
                if (!goals.ContainsKey(id))
                {
                    away.Add(id);
                }
            }
        }

        return away;
    }

    private Dictionary<string, GoalForecast> Forecasts(out bool scheduleChecked)
    {
        var forecasts = new Dictionary<string, GoalForecast>(StringComparer.Ordinal);
        if (_plan is null)
        {
            scheduleChecked = false;
            return forecasts;
        }

        foreach (var action in _plan.Actions)
        {
            if (action.Start is null || action.Due is null)
            {
                scheduleChecked = false;
                return forecasts;
            }
        }

        foreach (var forecast in PlanSchedule.Analyze(_plan).Goals)
        {
            if (!forecasts.TryGetValue(forecast.GoalId, out _))
            {
                forecasts.Add(forecast.GoalId, forecast);
            }
        }

        scheduleChecked = true;
        return forecasts;
    }

    private void CheckReferences<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<string>> ids, string list, Dictionary<string, PlanGoal> goals, HashSet<string> agreedAway)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var refs = ids(items[i]);
            for (var j = 0; j < refs.Count; j++)
            {
                if (!goals.ContainsKey(refs[j]) && !agreedAway.Contains(refs[j]))
                {
                    Report(PlanningDiagnosticCodes.UnknownReviewedGoal, string.Format(CultureInfo.InvariantCulture, "{0}[{1}].goals[{2}]", list, i, j), "The plan has no goal {0}; use the id of one of its goals.", Wording.Quote(refs[j]));
                }
            }
        }
    }

    private string Explain(int[] counts, List<string> notReviewed, List<string> contradicted, bool scheduleChecked)
    {
        var parts = new List<string>();
        var names = new[] { "on track", "at risk", "missed", "met" };
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] > 0)
            {
                parts.Add(Wording.Number(counts[s]) + " " + names[s]);
            }
        }

        var text = "The review on " + Wording.Date(_review.On) + " judged " + Wording.Count(Sum(counts), "goal") + (parts.Count > 0 ? " (" + string.Join(", ", parts) + ")" : string.Empty) + ".";
        if (notReviewed.Count > 0)
        {
            text += " Not reviewed: " + string.Join(", ", notReviewed.ConvertAll(Wording.Quote)) + ".";
        }

        if (contradicted.Count > 0)
        {
            text += " The schedule disagrees with the review on " + string.Join(", ", contradicted.ConvertAll(Wording.Quote)) + ": marked on track or met, but its actions cannot be done by the deadline.";
        }

        if (_plan is null)
        {
            text += " It was not checked against a plan.";
        }
        else if (!scheduleChecked)
        {
            text += " The statuses were not checked against the schedule: an action of the plan has no dates.";
        }

        return text;
    }

    private static int Sum(int[] counts)
    {
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        return total;
    }

    private static string Name(GoalReviewStatus status) => status switch
    {
        GoalReviewStatus.OnTrack => "on track",
        GoalReviewStatus.AtRisk => "at risk",
        GoalReviewStatus.Missed => "missed",
        GoalReviewStatus.Met => "met",
        _ => "with an undefined status",
    };

    private void Report(string code, string path, string format, params object?[] args) =>
        _found.Add(PlanningDiagnosticCodes.Get(code), path, format, args);
}
