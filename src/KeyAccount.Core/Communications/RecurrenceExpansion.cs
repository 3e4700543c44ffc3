using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>
/// Expands dates and recurrences into day offsets from the start of a window, without building a
/// date per step: a step of weeks and days is integer arithmetic; a step with months or years is
/// <c>start + n × step</c> from an estimate of the first n in the window.
/// </summary>
internal static class RecurrenceExpansion
{
    /// <summary>True for a positive period of years, months, weeks and days only.</summary>
    public static bool IsValidStep(Period step) =>
        !step.HasTimeComponent && step.Years >= 0 && step.Months >= 0 && step.Weeks >= 0 && step.Days >= 0
        && (step.Years > 0 || step.Months > 0 || step.Weeks > 0 || step.Days > 0);

    /// <summary>Appends the offsets (days from <paramref name="from"/>) of an item's dates within [from, to], ascending.</summary>
    public static void AppendOffsets(ProgrammeItem item, LocalDate from, LocalDate to, List<int> into)
    {
        if (item.Recurrence is { } recurrence)
        {
            AppendOffsets(recurrence, from, to, into);
        }
        else if (item.Date is { } date && date >= from && date <= to)
        {
            into.Add(Period.DaysBetween(from, date));
        }
    }

    /// <summary>Appends the offsets (days from <paramref name="from"/>) of a recurrence's dates within [from, to], ascending.</summary>
    public static void AppendOffsets(Recurrence recurrence, LocalDate from, LocalDate to, List<int> into)
    {
        var step = recurrence.Every;
        var lo = recurrence.Start > from ? recurrence.Start : from;
        var hi = recurrence.End < to ? recurrence.End : to;
        if (lo > hi)
        {
            return;
        }

        if (step.Years == 0 && step.Months == 0)
        {
            long days = ((long)step.Weeks * 7) + step.Days;
            long startOffset = Period.DaysBetween(from, recurrence.Start);
            long loOffset = Period.DaysBetween(from, lo);
            long hiOffset = Period.DaysBetween(from, hi);
            var k = (loOffset - startOffset + days - 1) / days;
            for (var offset = startOffset + (k * days); offset <= hiOffset; offset += days)
            {
                into.Add((int)offset);
            }

            return;
        }

        // At most 366 days a year and 31 a month: n from this bound is never past the first date in the window.
        long upper = ((long)step.Years * 366) + ((long)step.Months * 31) + ((long)step.Weeks * 7) + step.Days;
        var n = Period.DaysBetween(recurrence.Start, lo) / upper;
        while (true)
        {
            var date = At(recurrence.Start, step, n);
            if (date is null || date.Value > hi)
            {
                return;
            }

            if (date.Value >= lo)
            {
                into.Add(Period.DaysBetween(from, date.Value));
            }

            n++;
        }
    }

    /// <summary>The last date of a recurrence (on or before its end), or null when it never occurs.</summary>
    public static LocalDate? Last(Recurrence recurrence) => LastOccurrence(recurrence) is ({ } date, _) ? date : null;

    /// <summary>How many dates a recurrence with a valid step has (0 when it never occurs).</summary>
    public static long Count(Recurrence recurrence) => LastOccurrence(recurrence).Index + 1;

    /// <summary>
    /// The last date, <c>start + n × step</c>, on or before the end, with its n; a null date and
    /// -1 when the recurrence never occurs.
    /// </summary>
    private static (LocalDate? Date, long Index) LastOccurrence(Recurrence recurrence)
    {
        if (recurrence.End < recurrence.Start)
        {
            return (null, -1);
        }

        var step = recurrence.Every;
        long span = Period.DaysBetween(recurrence.Start, recurrence.End);
        if (step.Years == 0 && step.Months == 0)
        {
            var days = ((long)step.Weeks * 7) + step.Days;
            var index = span / days;
            return (recurrence.Start.PlusDays((int)(index * days)), index);
        }

        // At least 365 days a year and 28 a month: n from this bound is never before the last date's.
        long lower = ((long)step.Years * 365) + ((long)step.Months * 28) + ((long)step.Weeks * 7) + step.Days;
        for (var n = span / lower; n > 0; n--)
        {
            if (At(recurrence.Start, step, n) is { } date && date <= recurrence.End)
            {
                return (date, n);
            }
        }

        return (recurrence.Start, 0);
    }

    /// <summary><paramref name="start"/> plus <paramref name="n"/> times <paramref name="step"/>; null past the calendar's end.</summary>
    private static LocalDate? At(LocalDate start, Period step, long n)
    {
        try
        {
            var scaled = new PeriodBuilder
            {
                Years = checked((int)(step.Years * n)),
                Months = checked((int)(step.Months * n)),
                Weeks = checked((int)(step.Weeks * n)),
                Days = checked((int)(step.Days * n)),
            }.Build();
            return start.Plus(scaled);
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
