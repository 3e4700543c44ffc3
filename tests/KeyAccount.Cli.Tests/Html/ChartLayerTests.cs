using KeyAccount.Cli.Html.Charts;
using NodaTime;
using OxyPlot.Axes;

namespace KeyAccount.Cli.Tests.Html;

/// <summary>The charts' date axis: <see cref="ChartLayer.Day"/> places a date where OxyPlot's own conversion does, and places dates OxyPlot cannot (before year 1) too.</summary>
public sealed class ChartLayerTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1899, 12, 30)]
    [InlineData(1899, 12, 31)]
    [InlineData(1900, 3, 1)]
    [InlineData(2026, 3, 31)]
    [InlineData(9999, 12, 31)]
    public void A_date_is_where_OxyPlot_puts_it(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(DateTimeAxis.ToDouble(date.ToDateTimeUnspecified()), ChartLayer.Day(date));
    }

    [Fact]
    public void Dates_before_year_1_keep_their_order_one_day_apart()
    {
        var first = LocalDate.MinIsoValue;
        Assert.Equal(ChartLayer.Day(first) + 1, ChartLayer.Day(first.PlusDays(1)));
        Assert.True(ChartLayer.Day(first) < ChartLayer.Day(new LocalDate(1, 1, 1)));
    }
}
