using System;
using System.Globalization;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>Period tests and number formatting for a plan's messages (date arithmetic: <see cref="CalendarMath"/>).</summary>
internal static class PlanDates
{
    /// <summary>True when some unit of the period is negative.</summary>
    public static bool IsNegative(Period period) =>
        period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0;

    /// <summary>True when the period has a positive date unit and no negative one.</summary>
    public static bool IsPositive(Period period) =>
        !IsNegative(period) && (period.Years > 0 || period.Months > 0 || period.Weeks > 0 || period.Days > 0);

    /// <summary>Sum that saturates at <see cref="decimal.MaxValue"/> instead of overflowing.</summary>
    public static decimal SafeAdd(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>An amount for a message: invariant culture, thousands separators, at most two decimals.</summary>
    public static string Amount(decimal value) => Wording.Number(value, 2);

    /// <summary>A date for a message: ISO.</summary>
    public static string Iso(LocalDate date) => Wording.Date(date);

    /// <summary>A month for a message: ISO.</summary>
    public static string Iso(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    /// <summary>A period for a message: ISO, such as <c>P6M</c>.</summary>
    public static string Iso(Period period) => period.ToString();

    /// <summary>An integer, invariant, without separators (for paths).</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
