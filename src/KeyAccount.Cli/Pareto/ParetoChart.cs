using System;
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

    /// <summary>
    /// Draws the chart and opens its file before anything is printed, so that a chart that cannot be
    /// drawn or a file that cannot be written fails the command (exit 2) with no report on stdout.
    /// Dispose the result after the report is printed; <see cref="PendingChart.Save"/> writes it.
    /// </summary>
    public static PendingChart Prepare(ParetoReport report, string path)
    {
        var svg = new MemoryStream();
        new SvgExporter { Width = 800, Height = 560, UseVerticalTextAlignmentWorkaround = true }.Export(BuildModel(report), svg);
        return PendingChart.Open(path, svg);
    }

    /// <summary>A drawn chart and its opened file, waiting to be written.</summary>
    internal sealed class PendingChart : IDisposable
    {
        private readonly FileStream _file;
        private readonly MemoryStream _svg;
        private readonly string _path;

        private PendingChart(FileStream file, MemoryStream svg, string path)
        {
            _file = file;
            _svg = svg;
            _path = path;
        }

        /// <summary>Opens (creates or truncates) the chart's file for <paramref name="svg"/>, which it then owns.</summary>
        /// <exception cref="CliInputException">The file cannot be created (a missing folder, no permission, an invalid path): bad usage, exit 2.</exception>
        public static PendingChart Open(string path, MemoryStream svg)
        {
            try
            {
                return new PendingChart(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None), svg, path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                svg.Dispose();
                throw new CliInputException($"{path}: cannot write the chart: {ex.Message}", ex);
            }
        }

        /// <summary>Writes the SVG to the file.</summary>
        /// <exception cref="OutputFailedException">The write fails (a full disk): exit 74.</exception>
        public void Save()
        {
            try
            {
                _svg.WriteTo(_file);
                _file.Flush();
            }
            catch (IOException ex)
            {
                // The report is printed by now: only the chart is missing (or cut short).
                throw new OutputFailedException($"{_path}: cannot write the chart ({ex.Message.TrimEnd('.')}); the report was printed, the chart is incomplete.", ex);
            }
        }

        public void Dispose()
        {
            _file.Dispose();
            _svg.Dispose();
        }
    }

    internal static PlotModel BuildModel(ParetoReport report)
    {
        var analysis = report.Analysis;
        var summary = report.Summary;
        var whale = summary.Whale is not null;
        if (!analysis.HasShares)
        {
            throw new CliInputException(FormattableString.Invariant(
                $"--chart: no curve can be drawn, because the net total ({summary.Total}) is not positive, so shares of it are undefined."));
        }

        // Lorenz: smallest first, below the diagonal; whale: largest first, rising above 1 and back.
        var points = whale ? analysis.GetCumulativeCurve(MaxPoints) : analysis.GetLorenzCurve(MaxPoints);
        var vitalFew = summary.VitalFew;
        var model = new PlotModel
        {
            Title = whale ? "Whale curve: cumulative profit, largest first" : "Lorenz curve: share of the total held by the smallest clients",
            Subtitle = whale
                ? FormattableString.Invariant($"{summary.ClientCount} clients; profitable clients bring {summary.Whale!.PeakShare:0%} of the net; {summary.Whale.LossMakers} loss makers")
                : FormattableString.Invariant($"{summary.ClientCount} clients; Gini {summary.Gini:F3}; vital few: {vitalFew?.ClientShare:0.0%} of clients bring {vitalFew?.ValueShare:0.0%}; dashed grey: equal shares"),
            Background = OxyColors.White,
            DefaultFont = "Arial",
        };
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = 0,
            Maximum = 1,
            Title = whale ? "share of clients, largest profit first" : "share of clients, smallest first",
            StringFormat = "0%",
            MajorGridlineStyle = LineStyle.Dot,
            AxisTitleDistance = 10,
        });
        var top = 1.0;
        var bottom = 0.0;
        foreach (var point in points)
        {
            top = Math.Max(top, point.ValueShare);
            bottom = Math.Min(bottom, point.ValueShare);
        }

        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Minimum = bottom,
            Maximum = whale ? top * 1.05 : 1,
            Title = "cumulative share of the net total",
            StringFormat = "0%",
            MajorGridlineStyle = LineStyle.Dot,
            AxisTitleDistance = 10,
        });

        var curve = new LineSeries { Color = Html.Charts.Palette.Blue, StrokeThickness = 2 };
        foreach (var point in points)
        {
            curve.Points.Add(new DataPoint(point.ClientShare, point.ValueShare));
        }

        if (!whale)
        {
            var equality = new LineSeries { Color = Html.Charts.Palette.Grey, LineStyle = LineStyle.Dash };
            equality.Points.Add(new DataPoint(0, 0));
            equality.Points.Add(new DataPoint(1, 1));
            model.Series.Add(equality);
        }

        model.Series.Add(curve);
        if (whale)
        {
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 1, Color = Html.Charts.Palette.Grey, LineStyle = LineStyle.Dot, Text = "net total" });
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = (double)summary.Whale!.PeakClients / summary.ClientCount,
                Color = Html.Charts.Palette.Vermillion,
                LineStyle = LineStyle.Dash,
                Text = "last profitable client",
            });
        }
        else if (vitalFew is not null)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = 1 - vitalFew.ClientShare,
                Color = Html.Charts.Palette.Vermillion,
                LineStyle = LineStyle.Dash,
                Text = FormattableString.Invariant($"the vital few: {vitalFew.Count} clients to the right"),
            });
        }

        return model;
    }
}
