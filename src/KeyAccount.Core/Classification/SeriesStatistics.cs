using System;

namespace KeyAccount.Core.Classification;

/// <summary>Mean, relative trend and volatility of the known values of a window of a series with gaps, without allocating.</summary>
internal readonly struct SeriesStatistics
{
    private SeriesStatistics(int count, decimal? mean, double? trend, double? volatility)
    {
        Count = count;
        Mean = mean;
        RelativeTrend = trend;
        CoefficientOfVariation = volatility;
    }

    /// <summary>The number of known values in the window.</summary>
    public int Count { get; }

    /// <summary>The exact mean of the known values, or null without any.</summary>
    public decimal? Mean { get; }

    /// <summary>
    /// Least-squares slope per period over the mean; 0 for a flat window (all known values equal,
    /// zeros included); otherwise null with fewer than 2 values or a mean of 0 or less.
    /// </summary>
    public double? RelativeTrend { get; }

    /// <summary>Population standard deviation over the mean; null with fewer than 2 values or a mean of 0 or less.</summary>
    public double? CoefficientOfVariation { get; }

    /// <summary>
    /// Statistics of <c>series[start .. start + window - 1]</c>, where positions outside the series
    /// and null elements are unknown; x is the position within the window. Two passes (centred sums)
    /// so that large, nearly constant values keep their precision.
    /// </summary>
    public static SeriesStatistics Of(decimal?[] series, int start, int window)
    {
        var from = Math.Max(0, start);
        var to = Math.Min(series.Length, start + window);
        var count = 0;
        var exact = 0m;
        double sumX = 0;
        decimal? first = null;
        var flat = true;
        for (var i = from; i < to; i++)
        {
            if (series[i] is { } y)
            {
                count++;
                exact += y;
                sumX += i - start;
                first ??= y;
                flat &= y == first.Value;
            }
        }

        if (count == 0)
        {
            return default;
        }

        var mean = exact / count;
        if (count >= 2 && flat && mean <= 0)
        {
            // A window of equal values (e.g. four periods of zero sales) has a slope of exactly 0:
            // that is known evidence of no growth, not missing evidence, whatever the mean.
            return new SeriesStatistics(count, mean, 0.0, null);
        }

        if (count < 2 || mean <= 0)
        {
            return new SeriesStatistics(count, mean, null, null);
        }

        var meanY = (double)mean;
        var meanX = sumX / count;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = from; i < to; i++)
        {
            if (series[i] is { } y)
            {
                var dx = i - start - meanX;
                var dy = (double)y - meanY;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }

        return new SeriesStatistics(count, mean, Finite(sxy / sxx / meanY), Finite(Math.Sqrt(syy / count) / meanY));
    }

    private static double? Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : value;
}
