using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// How much of each budgeted resource the actions use, in all and per calendar month.
/// </summary>
/// <remarks>
/// Each use is spread evenly over its action's days (both ends inclusive); each month takes its
/// share of the days, and the action's last month takes the remainder, so the months of an action
/// sum exactly to its amount. Negative amounts and uses of unknown resources are left out (the
/// validator reports them). An action that starts after its due date counts in the totals but in
/// no month. Sums saturate at <see cref="decimal.MaxValue"/>.
/// </remarks>
internal sealed class ResourceLoadTable
{
    private ResourceLoadTable(Dictionary<string, int> index, decimal[] totals, Dictionary<YearMonth, decimal>[] months)
    {
        Index = index;
        Totals = totals;
        Months = months;
    }

    /// <summary>Resource id to the index of its first budget; empty ids are left out.</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Per resource (by budget index), the total used.</summary>
    public decimal[] Totals { get; }

    /// <summary>Per resource, the amount used in each month that has any use.</summary>
    public Dictionary<YearMonth, decimal>[] Months { get; }

    public static ResourceLoadTable Build(AccountPlan plan)
    {
        var resources = plan.Resources;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < resources.Count; r++)
        {
            var id = resources[r].Id;
            if (!string.IsNullOrWhiteSpace(id) && !index.ContainsKey(id))
            {
                index.Add(id, r);
            }
        }

        var totals = new decimal[resources.Count];
        var months = new Dictionary<YearMonth, decimal>[resources.Count];
        for (var r = 0; r < months.Length; r++)
        {
            months[r] = new Dictionary<YearMonth, decimal>();
        }

        foreach (var action in plan.Actions)
        {
            var days = action.Start is { } start && action.Due is { } due && start <= due ? Period.DaysBetween(start, due) + 1L : 0L;
            foreach (var use in action.Uses)
            {
                if (use.Amount < 0 || !index.TryGetValue(use.Resource, out var r))
                {
                    continue;
                }

                totals[r] = PlanDates.SafeAdd(totals[r], use.Amount);
                if (days > 0)
                {
                    Spread(months[r], action.Start!.Value, action.Due!.Value, days, use.Amount);
                }
            }
        }

        return new ResourceLoadTable(index, totals, months);
    }

    private static void Spread(Dictionary<YearMonth, decimal> months, LocalDate start, LocalDate due, long days, decimal amount)
    {
        var month = start.ToYearMonth();
        var last = due.ToYearMonth();
        var perDay = amount / days;
        var allocated = 0m;
        while (true)
        {
            decimal share;
            if (month == last)
            {
                share = amount - allocated;
            }
            else
            {
                var range = month.ToDateInterval();
                var from = range.Start < start ? start : range.Start;
                share = perDay * (Period.DaysBetween(from, range.End) + 1);
                allocated += share;
            }

            months[month] = months.TryGetValue(month, out var sum) ? PlanDates.SafeAdd(sum, share) : share;
            if (month == last)
            {
                return;
            }

            month = month.PlusMonths(1);
        }
    }
}
