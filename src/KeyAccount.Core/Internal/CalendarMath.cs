using System;
using NodaTime;

namespace KeyAccount.Core;

/// <summary>
/// Date arithmetic that stays inside NodaTime's ISO calendar (-9998-01-01 to 9999-12-31) on any
/// data. A document may hold any date of the calendar, and a step from one near its edges (a
/// quarter back from -9998-02-01, a review cadence after 9999-12-31, the local date of an instant
/// on the last second of 9999 in a zone east of UTC) would otherwise throw from inside an
/// analysis. Each caller decides what a step off the calendar means; these say only whether it
/// happened.
/// </summary>
internal static class CalendarMath
{
    /// <summary>The date plus the period, or null when the period has time units, or the result leaves the calendar.</summary>
    public static LocalDate? TryPlus(LocalDate date, Period period)
    {
        if (period.HasTimeComponent)
        {
            return null;
        }

        try
        {
            return date.Plus(period);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The date plus whole days (negative for earlier), or null outside the calendar.</summary>
    public static LocalDate? TryPlusDays(LocalDate date, int days)
    {
        try
        {
            return date.PlusDays(days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The date plus whole months (negative for earlier), or null outside the calendar.</summary>
    public static LocalDate? TryPlusMonths(LocalDate date, int months)
    {
        try
        {
            return date.PlusMonths(months);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The quarter (three months) up to and including <paramref name="asOf"/>: for 2026-03-31,
    /// 2026-01-01 to 2026-03-31. The window of the communications when no plan gives one. It starts
    /// on the calendar's first day when the quarter would begin before it.
    /// </summary>
    public static DateInterval QuarterUpTo(LocalDate asOf) =>
        new(TryPlusMonths(asOf, -3)?.PlusDays(1) ?? LocalDate.MinIsoValue, asOf);

    /// <summary>
    /// The date of <paramref name="instant"/> in <paramref name="zone"/>, or its date in UTC when
    /// the zone's date is off the calendar (the last hours of 9999 east of UTC, the first of -9998
    /// west of it).
    /// </summary>
    public static LocalDate DateIn(Instant instant, DateTimeZone zone)
    {
        try
        {
            return instant.InZone(zone).Date;
        }
        catch (ArgumentOutOfRangeException)
        {
            return instant.InUtc().Date;
        }
        catch (OverflowException)
        {
            return instant.InUtc().Date;
        }
    }
}
