using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>Checks of the resource budget, the status and its history, and the reviews.</summary>
internal sealed partial class PlanCheckRun
{
    private void CheckResources()
    {
        var resources = _plan.Resources;
        for (var r = 0; r < resources.Count; r++)
        {
            var budget = resources[r];
            var who = "the resource '" + budget.Id + "'";
            if (!IsDefined(budget.Kind))
            {
                Report(PlanningDiagnosticCodes.UndefinedValue, At("resources", r, "kind"), "The kind of " + who + " is not personnel, time or finance.");
            }

            if (budget.Total < 0)
            {
                Report(PlanningDiagnosticCodes.NegativeAmount, At("resources", r, "total"), "The total budget of " + who + " is negative (" + PlanDates.Amount(budget.Total) + ").");
            }

            if (budget.PerMonth < 0)
            {
                Report(PlanningDiagnosticCodes.NegativeAmount, At("resources", r, "perMonth"), "The monthly budget of " + who + " is negative (" + PlanDates.Amount(budget.PerMonth.Value) + ").");
            }

            if (!_resourceLoads.Index.TryGetValue(budget.Id, out var first) || first != r)
            {
                continue;
            }

            var used = _resourceLoads.Totals[r];
            if (used > budget.Total)
            {
                Report(PlanningDiagnosticCodes.OverBudget, At("resources", r, "total"), "The actions use " + PlanDates.Amount(used) + " " + budget.Unit + " of '" + budget.Id + "', over its budget of " + PlanDates.Amount(budget.Total) + " by " + PlanDates.Amount(PlanDates.SafeAdd(used, -budget.Total)) + ".");
            }

            if (budget.PerMonth is { } perMonth)
            {
                var months = new List<KeyValuePair<YearMonth, decimal>>(_resourceLoads.Months[r]);
                months.Sort((a, b) => a.Key.CompareTo(b.Key));
                foreach (var month in months)
                {
                    if (month.Value > perMonth)
                    {
                        Report(PlanningDiagnosticCodes.OverMonthlyBudget, At("resources", r, "perMonth"), "In " + PlanDates.Iso(month.Key) + " the actions use " + PlanDates.Amount(month.Value) + " " + budget.Unit + " of '" + budget.Id + "', over its monthly budget of " + PlanDates.Amount(perMonth) + ".");
                    }
                }
            }
        }
    }

    private static bool IsDefined(ResourceKind kind) => kind is ResourceKind.Personnel or ResourceKind.Time or ResourceKind.Money;

    private static bool IsDefined(PlanStatus status) => status is PlanStatus.Draft or PlanStatus.Written or PlanStatus.Discussed or PlanStatus.Approved;

    private void CheckStatus()
    {
        if (!IsDefined(_plan.Status))
        {
            Report(PlanningDiagnosticCodes.UndefinedValue, "status", "The status is not draft, written, discussed or approved.");
        }

        var history = _plan.StatusHistory;
        for (var h = 0; h < history.Count; h++)
        {
            if (!IsDefined(history[h].Status))
            {
                Report(PlanningDiagnosticCodes.UndefinedValue, At("statusHistory", h, "status"), "The status of this history entry is not draft, written, discussed or approved.");
            }

            if (h > 0 && history[h].On < history[h - 1].On)
            {
                Report(PlanningDiagnosticCodes.StatusHistoryInconsistent, At("statusHistory", h, "on"), "The status history goes back in time: " + PlanDates.Iso(history[h].On) + " follows " + PlanDates.Iso(history[h - 1].On) + "; list the changes oldest first.");
            }

            if (h > 0 && IsDefined(history[h].Status) && IsDefined(history[h - 1].Status) && history[h].Status < history[h - 1].Status)
            {
                Report(PlanningDiagnosticCodes.StatusGoesBack, At("statusHistory", h, "status"), "The status goes back from " + Name(history[h - 1].Status) + " to " + Name(history[h].Status) + " on " + PlanDates.Iso(history[h].On) + "; the stages follow each other (draft, written, discussed, approved): if the plan was reopened, say why in the entry's note and record each stage again.");
            }
        }

        CheckStages();

        if (history.Count == 0)
        {
            if (_plan.Status != PlanStatus.Draft)
            {
                Report(PlanningDiagnosticCodes.StatusHistoryInconsistent, "statusHistory", "The plan is " + _plan.Status.ToString().ToLowerInvariant() + " but its status history is empty; record when each status was reached.");
            }
        }
        else if (history[history.Count - 1].Status != _plan.Status)
        {
            Report(PlanningDiagnosticCodes.StatusHistoryInconsistent, "status", "The status is " + _plan.Status.ToString().ToLowerInvariant() + " but the last entry of the status history is " + history[history.Count - 1].Status.ToString().ToLowerInvariant() + ".");
        }
    }

    private static string Name(PlanStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Stage 3 of the method: an approved plan was written down, then discussed with the client, before its approval.</summary>
    private void CheckStages()
    {
        if (_plan.Status != PlanStatus.Approved)
        {
            return;
        }

        var history = _plan.StatusHistory;
        var approved = history.Count;
        for (var h = history.Count - 1; h >= 0; h--)
        {
            if (history[h].Status == PlanStatus.Approved)
            {
                approved = h;
                break;
            }
        }

        var written = -1;
        var discussed = -1;
        var withClient = -1;
        for (var h = 0; h < approved; h++)
        {
            var status = history[h].Status;
            written = status == PlanStatus.Written && written < 0 ? h : written;
            if (status == PlanStatus.Discussed && written >= 0)
            {
                discussed = discussed < 0 ? h : discussed;
                withClient = withClient < 0 && NamesSomeone(history[h].ClientParticipants) ? h : withClient;
            }
        }

        if (discussed < 0)
        {
            var missing = written < 0 ? "written down and then discussed" : "discussed after it was written down";
            Report(PlanningDiagnosticCodes.StagesSkipped, "statusHistory", "The plan is approved, but its status history does not show it " + missing + " before the approval; stage 3 of the method is writing the plan down and discussing it with the client: record both stages, in order (draft, written, discussed, approved).");
        }

        if (withClient < 0)
        {
            Report(
                PlanningDiagnosticCodes.NotDiscussedWithClient,
                discussed < 0 ? "statusHistory" : At("statusHistory", discussed, "clientParticipants"),
                "The approved plan was never discussed with anyone from the client: no discussed entry of its status history names a client participant. Discuss it with the client's people and list them (by their id in the relationship map, or by name).");
        }
    }

    private static bool NamesSomeone(IReadOnlyList<string> people)
    {
        foreach (var person in people)
        {
            if (!string.IsNullOrWhiteSpace(person))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckReviews()
    {
        if (_plan.ReviewCadence is not { } cadence)
        {
            Report(PlanningDiagnosticCodes.NoReviewCadence, "reviewCadence", "The plan does not say how often it is reviewed; set a review cadence such as P1M.");
            return;
        }

        if (cadence.HasTimeComponent || !PlanDates.IsPositive(cadence))
        {
            Report(PlanningDiagnosticCodes.InvalidPeriod, "reviewCadence", "The review cadence " + PlanDates.Iso(cadence) + " must be a positive number of years, months, weeks or days.");
            return;
        }

        if (_plan.Status != PlanStatus.Approved || !_plan.Period.Contains(_asOf))
        {
            return;
        }

        LocalDate? lastReview = null;
        foreach (var review in _plan.Reviews)
        {
            if (review.On <= _asOf && (lastReview is null || review.On > lastReview))
            {
                lastReview = review.On;
            }
        }

        var since = lastReview;
        var what = "last reviewed on ";
        if (since is null)
        {
            foreach (var change in _plan.StatusHistory)
            {
                if (change.Status == PlanStatus.Approved && change.On <= _asOf && (since is null || change.On > since))
                {
                    since = change.On;
                }
            }

            what = since is null ? "never reviewed since the period began on " : "never reviewed since it was approved on ";
            since ??= _plan.Period.Start;
        }

        var due = CalendarMath.TryPlus(since.Value, cadence);
        if (due is { } next && _asOf > next)
        {
            Report(PlanningDiagnosticCodes.ReviewOverdue, "reviews", "The plan was " + what + PlanDates.Iso(since.Value) + "; with a cadence of " + PlanDates.Iso(cadence) + " the next review was due on " + PlanDates.Iso(next) + " (checked on " + PlanDates.Iso(_asOf) + ").");
        }
    }
}
