using System;
using System.Collections.Generic;
using System.IO;
using KeyAccount.Cli.Infrastructure;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Draws the Lorenz curve (or, when there are losses, the whale curve) as an SVG with OxyPlot's
/// managed SVG exporter: no native graphics library, so it works on any machine the tool runs on.
/// </summary>
internal static class ParetoChart
{
    private const int MaxPoints = 2000;

    public static void Write(ParetoReport report, string path)
    {
        var model = BuildModel(report);
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            new SvgExporter { Width = 800, Height = 560 }.Export(model, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot write the chart: {ex.Message}", ex);
        }
    }

    internal static PlotModel BuildModel(ParetoReport report)
    {
        var whale = report.Whale is not null;
        var model = new PlotModel
        {
            Title = whale ? "Whale curve: cumulative profit by client rank" : "Lorenz curve: cumulative share by client rank",
            Subtitle = FormattableString.Invariant(
                $"{report.Clients} clients; vital few: {report.VitalFewClientShare:P1} of clients bring {report.VitalFewValueShare:P1}; Gini {report.Gini:F3}"),
            Background = OxyColors.White,
        };
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = 0,
            Maximum = 1,
            Title = "share of clients, largest first",
            StringFormat = "P0",
            MajorGridlineStyle = LineStyle.Dot,
        });
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Minimum = whale ? Math.Min(0, MinShare(report.Curve)) : 0,
            Maximum = whale ? Math.Max(1, report.Whale!.PeakShare) * 1.05 : 1,
            Title = "cumulative share of the total",
            StringFormat = "P0",
            MajorGridlineStyle = LineStyle.Dot,
        });

        var curve = new LineSeries { Title = whale ? "whale curve" : "Lorenz curve", Color = OxyColor.FromRgb(0x1f, 0x77, 0xb4), StrokeThickness = 2 };
        foreach (var point in Thin(report.Curve))
        {
            curve.Points.Add(new DataPoint(point.ClientShare, point.ValueShare));
        }

        var equality = new LineSeries { Title = "equal shares", Color = OxyColors.Gray, LineStyle = LineStyle.Dash };
        equality.Points.Add(new DataPoint(0, 0));
        equality.Points.Add(new DataPoint(1, 1));
        model.Series.Add(equality);
        model.Series.Add(curve);

        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Vertical,
            X = report.VitalFewClientShare,
            Color = OxyColor.FromRgb(0xd6, 0x27, 0x28),
            LineStyle = LineStyle.Dash,
            Text = FormattableString.Invariant($"vital few: {report.VitalFewCount} clients"),
        });
        if (whale)
        {
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 1, Color = OxyColors.Gray, LineStyle = LineStyle.Dot, Text = "total profit" });
        }

        return model;
    }

    private static double MinShare(IReadOnlyList<CurvePoint> curve)
    {
        var min = 0.0;
        foreach (var point in curve)
        {
            min = Math.Min(min, point.ValueShare);
        }

        return min;
    }

    /// <summary>At most <see cref="MaxPoints"/> points, keeping the first, the last and the peak.</summary>
    private static IEnumerable<CurvePoint> Thin(IReadOnlyList<CurvePoint> curve)
    {
        if (curve.Count <= MaxPoints)
        {
            foreach (var point in curve)
            {
                yield return point;
            }

            yield break;
        }

        var peak = 0;
        for (var i = 1; i < curve.Count; i++)
        {
            if (curve[i].ValueShare > curve[peak].ValueShare)
            {
                peak = i;
            }
        }

        var step = (double)(curve.Count - 1) / (MaxPoints - 1);
        var previous = -1;
        for (var k = 0; k < MaxPoints; k++)
        {
            var i = (int)Math.Round(k * step);
            if (previous < peak && i > peak)
            {
                yield return curve[peak];
            }

            if (i != previous)
            {
                yield return curve[i];
            }

            previous = i;
        }
    }
}
