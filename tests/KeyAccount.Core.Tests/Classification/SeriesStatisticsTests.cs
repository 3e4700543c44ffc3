using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Classification;

namespace KeyAccount.Core.Tests.Classification;

/// <summary>
/// The window statistics behind the profit trend, the sales growth and the volatility, against the
/// formulas of their documentation computed plainly (LINQ, one pass per sum). The first mutation run
/// of Classification (80.8%) left SeriesStatistics the weakest file: the volatility's sum of squares,
/// its sign and the positions of a window that does not start at 0 were read by no test.
/// </summary>
public class SeriesStatisticsTests
{
    [Property(MaxTest = 500)]
    public Property Mean_growth_and_volatility_follow_their_formulas(DoNotSize<int> seedArg)
    {
        var seed = seedArg.Item;
        var random = new Random(seed);
        var series = Series(random);
        var start = random.Next(-3, series.Length + 2);
        var window = random.Next(1, 9);
        var actual = SeriesStatistics.Of(series, start, window);

        // The known values of the window, with t their position within it.
        var known = new List<(int T, decimal Y)>();
        for (var t = 0; t < window; t++)
        {
            var i = start + t;
            if (i >= 0 && i < series.Length && series[i] is { } y)
            {
                known.Add((t, y));
            }
        }

        var label = $"seed {seed}: series [{string.Join(", ", series.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"))}], start {start}, window {window}";
        if (known.Count == 0)
        {
            return (actual.Count == 0 && actual.Mean is null && actual.GrowthRate is null && actual.CoefficientOfVariation is null).Label(label);
        }

        var mean = known.Sum(k => k.Y) / known.Count;
        double? rate = null;
        double? volatility = null;
        if (known.Count >= 2)
        {
            var tMean = known.Average(k => (double)k.T);
            var sxx = known.Sum(k => (k.T - tMean) * (k.T - tMean));
            if (known.All(k => k.Y == known[0].Y))
            {
                rate = 0.0;
            }
            else if (known.All(k => k.Y > 0))
            {
                var logMean = known.Average(k => Math.Log((double)k.Y));
                var slope = known.Sum(k => (k.T - tMean) * (Math.Log((double)k.Y) - logMean)) / sxx;
                rate = Math.Exp(slope) - 1;
            }
            else
            {
                var yMean = (double)mean;
                var slope = known.Sum(k => (k.T - tMean) * ((double)k.Y - yMean)) / sxx;
                rate = slope / known.Average(k => Math.Abs((double)k.Y));
            }

            if (mean > 0)
            {
                var variance = known.Sum(k => ((double)k.Y - (double)mean) * ((double)k.Y - (double)mean)) / known.Count;
                volatility = Math.Sqrt(variance) / (double)mean;
            }
        }

        var ok = actual.Count == known.Count
            && actual.Mean == mean
            && Close(actual.GrowthRate, rate)
            && Close(actual.CoefficientOfVariation, volatility);
        return ok.Label($"{label}: got count {actual.Count}, mean {actual.Mean}, rate {actual.GrowthRate:R}, volatility {actual.CoefficientOfVariation:R}; expected {known.Count}, {mean}, {rate:R}, {volatility:R}");
    }

    [Fact]
    public void Hand_worked_windows()
    {
        // Exact compound growth of 5%: the rate is exactly 0.05 (rounded to 12 decimals).
        var growth = SeriesStatistics.Of([1000m, 1050m, 1102.5m, 1157.625m], 0, 4);
        Assert.Equal(0.05, growth.GrowthRate);

        // 90, 110: mean 100, population deviation 10, volatility 0.1; the window from 1 sees
        // null, 90 and 110 at t = 1 and 2 (t = 0 is unknown).
        var volatile_ = SeriesStatistics.Of([5m, null, 90m, 110m, 7m], 1, 3);
        Assert.Equal(2, volatile_.Count);
        Assert.Equal(100m, volatile_.Mean);
        Assert.Equal(0.1, volatile_.CoefficientOfVariation!.Value, 12);
        Assert.Equal((110.0 / 90.0) - 1, volatile_.GrowthRate!.Value, 12);

        // A window hanging over both ends: only 4 and 8 at positions 2 and 3 of the window from -2.
        var over = SeriesStatistics.Of([4m, 8m], -2, 6);
        Assert.Equal(2, over.Count);
        Assert.Equal(6m, over.Mean);
        Assert.Equal(1.0, over.GrowthRate!.Value, 12);

        // A zero: the linear slope (4 per period) over the mean absolute value (2): 2.
        var linear = SeriesStatistics.Of([0m, 4m], 0, 2);
        Assert.Equal(2.0, linear.GrowthRate!.Value, 12);
        Assert.Equal(1.0, linear.CoefficientOfVariation!.Value, 12);

        // Flat: no growth and no volatility; flat at zero: no volatility (the mean is not positive).
        Assert.Equal(0.0, SeriesStatistics.Of([7m, 7m, null, 7m], 0, 4).CoefficientOfVariation);
        Assert.Equal(0.0, SeriesStatistics.Of([0m, 0m], 0, 2).GrowthRate);
        Assert.Null(SeriesStatistics.Of([0m, 0m], 0, 2).CoefficientOfVariation);

        // A negative mean has no volatility; one value has neither rate nor volatility.
        Assert.Null(SeriesStatistics.Of([-10m, -30m], 0, 2).CoefficientOfVariation);
        Assert.Equal(-1.0, SeriesStatistics.Of([-10m, -30m], 0, 2).GrowthRate!.Value, 12); // slope -20 over the mean absolute value 20
        var one = SeriesStatistics.Of([3m], 0, 1);
        Assert.Equal(1, one.Count);
        Assert.Equal(3m, one.Mean);
        Assert.Null(one.GrowthRate);
        Assert.Null(one.CoefficientOfVariation);
    }

    private static bool Close(double? actual, double? expected) =>
        actual is null ? expected is null
        : expected is { } e && Math.Abs(actual.Value - e) <= 1e-9 * Math.Max(1, Math.Abs(e));

    private static decimal?[] Series(Random random)
    {
        var length = random.Next(0, 11);
        var flat = random.Next(0, 8) == 0;
        var flatValue = random.Next(0, 4) == 0 ? 0m : random.Next(1, 100_000) / 100m;
        var series = new decimal?[length];
        for (var i = 0; i < length; i++)
        {
            series[i] = random.Next(0, 4) switch
            {
                0 => null,
                _ when flat => flatValue,
                _ => random.Next(0, 12) switch
                {
                    0 => 0m,
                    1 => -random.Next(1, 100_000) / 100m,
                    _ => random.Next(1, 10_000_000) / 100m,
                },
            };
        }

        return series;
    }
}
