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
                Report(PlanDiagnosticCodes.UndefinedValue, At("resources", r, "kind"), "The kind of " + who + " is not personnel, time or finance.");
            }

            if (budget.Total < 0)
            {
                Report(PlanDiagnosticCodes.NegativeAmount, At("resources", r, "total"), "The total budget of " + who + " is negative (" + PlanDates.Amount(budget.Total) + ").");
            }

            if (budget.PerMonth < 0)
            {
                Report(PlanDiagnosticCodes.NegativeAmount, At("resources", r, "perMonth"), "The monthly budget of " + who + " is negative (" + PlanDates.Amount(budget.PerMonth.Value) + ").");
            }

            if (!_resourceLoads.Index.TryGetValue(budget.Id, out var first) || first != r)
            {
                continue;
            }

            var used = _resourceLoads.Totals[r];
            if (used > budget.Total)
            {
                Report(PlanDiagnosticCodes.OverBudget, At("resources", r, "total"), "The actions use " + PlanDates.Amount(used) + " " + budget.Unit + " of '" + budget.Id + "', over its budget of " + PlanDates.Amount(budget.Total) + " by " + PlanDates.Amount(PlanDates.SafeAdd(used, -budget.Total)) + ".");
            }

            if (budget.PerMonth is { } perMonth)
            {
                var months = new List<KeyValuePair<YearMonth, decimal>>(_resourceLoads.Months[r]);
                months.Sort((a, b) => a.Key.CompareTo(b.Key));
                foreach (var month in months)
                {
                    if (month.Value > perMonth)
                    {
                        Report(PlanDiagnosticCodes.OverMonthlyBudget, At("resources", r, "perMonth"), "In " + PlanDates.Iso(month.Key) + " the actions use " + PlanDates.Amount(month.Value) + " " + budget.Unit + " of '" + budget.Id + "', over its monthly budget of " + PlanDates.Amount(perMonth) + ".");
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
            Report(PlanDiagnosticCodes.UndefinedValue, "status", "The status is not draft, written, discussed or approved.");
        }

        var history = _plan.StatusHistory;
        for (var h = 0; h < history.Count; h++)
        {
            if (!IsDefined(history[h].Status))
            {
                Report(PlanDiagnosticCodes.UndefinedValue, At("statusHistory", h, "status"), "The status of this history entry is not draft, written, discussed or approved.");
            }

            if (h > 0 && history[h].On < history[h - 1].On)
            {
                Report(PlanDiagnosticCodes.StatusHistoryInconsistent, At("statusHistory", h, "on"), "The status history goes back in time: " + PlanDates.Iso(history[h].On) + " follows " + PlanDates.Iso(history[h - 1].On) + "; list the changes oldest first.");
            }
        }

        if (history.Count == 0)
        {
            if (_plan.Status != PlanStatus.Draft)
            {
                Report(PlanDiagnosticCodes.StatusHistoryInconsistent, "statusHistory", "The plan is " + _plan.Status.ToString().ToLowerInvariant() + " but its status history is empty; record when each status was reached.");
            }
        }
        else if (history[history.Count - 1].Status != _plan.Status)
        {
            Report(PlanDiagnosticCodes.StatusHistoryInconsistent, "status", "The status is " + _plan.Status.ToString().ToLowerInvariant() + " but the last entry of the status history is " + history[history.Count - 1].Status.ToString().ToLowerInvariant() + ".");
        }
    }

    private void CheckReviews()
    {
        if (_plan.ReviewCadence is not { } cadence)
        {
            Report(PlanDiagnosticCodes.NoReviewCadence, "reviewCadence", "The plan does not say how often it is reviewed; set a review cadence such as P1M.");
            return;
        }

        if (cadence.HasTimeComponent || !PlanDates.IsPositive(cadence))
        {
            Report(PlanDiagnosticCodes.InvalidPeriod, "reviewCadence", "The review cadence " + PlanDates.Iso(cadence) + " must be a positive number of years, months, weeks or days.");
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

        var due = PlanDates.TryPlus(since.Value, cadence);
        if (due is { } next && _asOf > next)
        {
            Report(PlanDiagnosticCodes.ReviewOverdue, "reviews", "The plan was " + what + PlanDates.Iso(since.Value) + "; with a cadence of " + PlanDates.Iso(cadence) + " the next review was due on " + PlanDates.Iso(next) + " (checked on " + PlanDates.Iso(_asOf) + ").");
        }
    }
}
