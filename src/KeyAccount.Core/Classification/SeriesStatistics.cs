using System;

namespace KeyAccount.Core.Classification;

/// <summary>Mean, growth rate and volatility of the known values of a window of a series with gaps, without allocating.</summary>
/// <remarks>
/// <para>
/// <b>Growth rate</b> (the profit trend and the sales growth): the compound rate per period
/// <c>g</c> such that the known values follow <c>y(t) ≈ A·(1 + g)^t</c>, where t is the position in
/// the window. With every known value positive it comes from the log-linear least-squares fit:
/// <c>b = Σ (t − t̄)(ln y − mean ln y) / Σ (t − t̄)²</c> and <c>g = e^b − 1</c>; exact compound growth
/// (1,000, 1,050, 1,102.5, 1,157.625) reads as exactly +5%. A window whose known values are all
/// equal has a rate of exactly 0 (zeros included: no growth is known evidence). Otherwise, when a
/// known value is zero or negative, the logarithm does not exist and the rate is the linear
/// least-squares slope over the mean absolute value of the known values (for small rates the same
/// number as the compound one; the sign always that of the slope). Null with fewer than two known
/// values. The rate is rounded to 12 decimal places, so that a series that is exactly at a
/// threshold in decimal arithmetic is not put below it by floating-point rounding.
/// </para>
/// <para>
/// <b>Volatility</b>: population standard deviation over the mean; null with fewer than two known
/// values or a mean of 0 or less.
/// </para>
/// <para>
/// The sums of the window's values must fit in <see cref="decimal"/>
/// (<see cref="ClassificationValidator"/> reports <c>KCL010</c> otherwise).
/// </para>
/// </remarks>
internal readonly struct SeriesStatistics
{
    private const int RateDecimals = 12;

    private SeriesStatistics(int count, decimal? mean, double? rate, double? volatility)
    {
        Count = count;
        Mean = mean;
        GrowthRate = rate;
        CoefficientOfVariation = volatility;
    }

    /// <summary>The number of known values in the window.</summary>
    public int Count { get; }

    /// <summary>The exact mean of the known values, or null without any.</summary>
    public decimal? Mean { get; }

    /// <summary>The compound growth rate per period (see the remarks); null with fewer than two known values.</summary>
    public double? GrowthRate { get; }

    /// <summary>Population standard deviation over the mean; null with fewer than 2 values or a mean of 0 or less.</summary>
    public double? CoefficientOfVariation { get; }

    /// <summary>
    /// Statistics of <c>series[start .. start + window - 1]</c>, where positions outside the series
    /// and null elements are unknown; t is the position within the window. Two passes (centred
    /// sums) so that large, nearly constant values keep their precision.
    /// </summary>
    public static SeriesStatistics Of(decimal?[] series, int start, int window)
    {
        var from = Math.Max(0, start);
        var to = Math.Min(series.Length, start + window);
        var count = 0;
        var exact = 0m;
        double sumX = 0, sumLog = 0, sumAbs = 0;
        decimal? first = null;
        var flat = true;
        var positive = true;
        for (var i = from; i < to; i++)
        {
            if (series[i] is { } y)
            {
                count++;
                exact += y;
                sumX += i - start;
                var d = (double)y;
                sumAbs += Math.Abs(d);
                if (y > 0)
                {
                    sumLog += Math.Log(d);
                }
                else
                {
                    positive = false;
                }

                first ??= y;
                flat &= y == first.Value;
            }
        }

        if (count == 0)
        {
            return default;
        }

        var mean = exact / count;
        if (count < 2)
        {
            return new SeriesStatistics(count, mean, null, null);
        }

        var meanX = sumX / count;
        var meanY = (double)mean;
        var meanLog = sumLog / count;
        double sxx = 0, sxy = 0, sxl = 0, syy = 0;
        for (var i = from; i < to; i++)
        {
            if (series[i] is { } y)
            {
                var dx = i - start - meanX;
                var d = (double)y;
                var dy = d - meanY;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
                if (positive)
                {
                    sxl += dx * (Math.Log(d) - meanLog);
                }
            }
        }

        double? rate;
        if (flat)
        {
            rate = 0.0;
        }
        else if (positive)
        {
            rate = Rounded(Math.Exp(sxl / sxx) - 1);
        }
        else
        {
            rate = Rounded(sxy / sxx / (sumAbs / count));
        }

        var volatility = mean > 0 ? Finite(Math.Sqrt(syy / count) / meanY) : null;
        if (flat && mean > 0)
        {
            volatility = 0.0;
        }

        return new SeriesStatistics(count, mean, rate, volatility);
    }

    private static double? Rounded(double value) => Finite(value) is { } v ? Math.Round(v, RateDecimals) : null;

    private static double? Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : value;
}
