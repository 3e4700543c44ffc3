using System;
using NodaTime;

namespace KeyAccount.Core.Tests.Internal;

/// <summary>
/// Date steps that stay inside the ISO calendar (-9998-01-01 to 9999-12-31): each one agrees with
/// NodaTime wherever NodaTime answers, and is null (or the stated fallback) exactly where NodaTime
/// would throw from inside an analysis.
/// </summary>
public class CalendarMathTests
{
    private static readonly LocalDate First = LocalDate.MinIsoValue;
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;

    /// <summary>Days across the whole calendar, most of them near its two edges, where the steps fall off it.</summary>
    private static readonly Gen<LocalDate> Dates = Gen.OneOf(
        Gen.Choose(0, 800).Select(d => First.PlusDays(d)),
        Gen.Choose(0, 800).Select(d => Last.PlusDays(-d)),
        Gen.Choose(-4_000_000, 2_900_000).Select(d => new LocalDate(1970, 1, 1).PlusDays(d)));

    private static readonly Gen<Period> Periods =
        from unit in Gen.Choose(0, 3)
        from size in Gen.OneOf(Gen.Choose(-30, 30), Gen.Choose(-9_999, 9_999), Gen.Choose(-3_700_000, 3_700_000))
        select unit switch
        {
            0 => Period.FromYears(size),
            1 => Period.FromMonths(size),
            2 => Period.FromWeeks(size),
            _ => Period.FromDays(size),
        };

    private static LocalDate? NodaPlus(Func<LocalDate> step)
    {
        try
        {
            return step();
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

    [Property(MaxTest = 500)]
    public Property TryPlus_is_NodaTimes_sum_or_null_where_it_leaves_the_calendar() =>
        Prop.ForAll(Dates.ToArbitrary(), Periods.ToArbitrary(), (date, period) =>
        {
            var expected = NodaPlus(() => date.Plus(period));
            var actual = CalendarMath.TryPlus(date, period);
            return (actual == expected && (actual is null || (actual >= First && actual <= Last))).Label($"{date} + {period}: {actual} (NodaTime: {expected})");
        });

    [Property(MaxTest = 500)]
    public Property TryPlusDays_and_TryPlusMonths_agree_with_NodaTime_or_are_null() =>
        Prop.ForAll(Dates.ToArbitrary(), Gen.OneOf(Gen.Choose(-400, 400), Gen.Choose(-3_700_000, 3_700_000)).ToArbitrary(), (date, n) =>
            CalendarMath.TryPlusDays(date, n) == NodaPlus(() => date.PlusDays(n))
            && CalendarMath.TryPlusMonths(date, n / 30) == NodaPlus(() => date.PlusMonths(n / 30)));

    [Fact]
    public void TryPlus_of_a_period_with_time_units_is_null()
    {
        var day = new LocalDate(2026, 3, 31);

        Assert.Null(CalendarMath.TryPlus(day, Period.FromHours(24)));
        Assert.Null(CalendarMath.TryPlus(day, Period.FromDays(1) + Period.FromSeconds(1)));
        Assert.Equal(new LocalDate(2026, 4, 1), CalendarMath.TryPlus(day, Period.FromDays(1)));
    }

    [Theory]
    [InlineData("2026-03-31", "2026-01-01")]
    [InlineData("2026-05-31", "2026-03-01")] // three months back is 2026-02-28, the end of the shorter month
    [InlineData("2026-01-15", "2025-10-16")]
    [InlineData("-9998-04-01", "-9998-01-02")]
    [InlineData("-9998-03-31", "-9998-01-01")] // three months back is -9999-12-31, before the calendar
    [InlineData("-9998-02-01", "-9998-01-01")]
    [InlineData("-9998-01-01", "-9998-01-01")]
    [InlineData("9999-12-31", "9999-10-01")]
    public void The_quarter_up_to_a_day_starts_the_day_after_three_months_back_or_on_the_calendars_first_day(string asOf, string start)
    {
        var day = Parse(asOf);

        var quarter = CalendarMath.QuarterUpTo(day);

        Assert.Equal(Parse(start), quarter.Start);
        Assert.Equal(day, quarter.End);
    }

    [Theory]
    [InlineData("2026-03-31T23:30:00Z", "Europe/Berlin", "2026-04-01")]
    [InlineData("2026-04-01T02:00:00Z", "America/New_York", "2026-03-31")]
    [InlineData("9999-12-31T23:59:59Z", "Europe/Berlin", "9999-12-31")] // Berlin's date is 10000-01-01: UTC's instead
    [InlineData("9999-12-31T12:00:00Z", "Europe/Berlin", "9999-12-31")]
    [InlineData("-9998-01-01T00:00:00Z", "America/New_York", "-9998-01-01")] // New York's date is -9999-12-31: UTC's instead
    [InlineData("-9998-01-01T00:00:00Z", "Asia/Tokyo", "-9998-01-01")]
    public void The_date_of_an_instant_is_its_zones_or_UTCs_where_the_zones_is_off_the_calendar(string instant, string zone, string date)
    {
        var at = NodaTime.Text.InstantPattern.ExtendedIso.Parse(instant).Value;

        Assert.Equal(Parse(date), CalendarMath.DateIn(at, DateTimeZoneProviders.Tzdb[zone]));
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
