using System;
using System.IO;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Negotiation;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace KeyAccount.Cli.Negotiation;

/// <summary>
/// Draws a negotiation's packages as an SVG (OxyPlot's managed exporter): our utility across,
/// the client's up; every package when there are few enough, the efficient frontier, the
/// agreeable frontier, the suggested packages, and both BATNAs as lines.
/// </summary>
internal static class FrontierChart
{
    /// <summary>The most packages drawn one by one; above it only the frontiers are drawn.</summary>
    public const int MaxScatter = 5_000;

    /// <summary>Draws the chart and opens its file before anything is printed (a file that cannot be written fails with exit 2).</summary>
    public static Pareto.ParetoChart.PendingChart Prepare(NegotiationPlan plan, NegotiationAnalysis analysis, string path)
    {
        var svg = new MemoryStream();
        new SvgExporter { Width = 800, Height = 600, UseVerticalTextAlignmentWorkaround = true }.Export(BuildModel(plan, analysis), svg);
        return Pareto.ParetoChart.PendingChart.Open(path, svg);
    }

    internal static PlotModel BuildModel(NegotiationPlan plan, NegotiationAnalysis analysis)
    {
        var model = new PlotModel
        {
            Title = "Packages: our utility and the client's",
            Subtitle = FormattableString.Invariant($"{analysis.Frontier.PackagesConsidered:N0} packages; {analysis.Frontier.Packages.Count} on the efficient frontier; {analysis.Suggestions.Count} suggested"),
            Background = OxyColors.White,
            DefaultFont = "Arial",
        };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomLeft, LegendBackground = OxyColor.FromAColor(220, OxyColors.White) });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "our utility (0 = our walk-aways, 1 = our targets)", MajorGridlineStyle = LineStyle.Dot });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "client's utility (our estimate)", MajorGridlineStyle = LineStyle.Dot });
        if (analysis.Frontier.PackagesConsidered <= MaxScatter)
        {
            var all = new ScatterSeries { Title = "package", MarkerType = MarkerType.Circle, MarkerSize = 2, MarkerFill = Html.Charts.Palette.Grey };
            foreach (var package in Enumerate(plan))
            {
                all.Points.Add(new ScatterPoint(package.OurUtility, package.ClientUtility));
            }

            model.Series.Add(all);
        }

        var frontier = new LineSeries { Title = "efficient frontier", Color = Html.Charts.Palette.Blue, StrokeThickness = 2, MarkerType = MarkerType.Circle, MarkerSize = 3 };
        foreach (var p in analysis.Frontier.Packages)
        {
            frontier.Points.Add(new DataPoint(p.OurUtility, p.ClientUtility));
        }

        var agreeable = new LineSeries { Title = "frontier within both walk-aways", Color = Html.Charts.Palette.Green, StrokeThickness = 1.5, LineStyle = LineStyle.Dash };
        foreach (var p in analysis.AgreeableFrontier.Packages)
        {
            agreeable.Points.Add(new DataPoint(p.OurUtility, p.ClientUtility));
        }

        var suggested = new ScatterSeries { Title = "suggested (Nash product)", MarkerType = MarkerType.Diamond, MarkerSize = 7, MarkerFill = Html.Charts.Palette.Vermillion };
        foreach (var s in analysis.Suggestions)
        {
            suggested.Points.Add(new ScatterPoint(s.Package.OurUtility, s.Package.ClientUtility));
        }

        model.Series.Add(frontier);
        model.Series.Add(agreeable);
        model.Series.Add(suggested);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = analysis.OurBatna, Color = Html.Charts.Palette.Orange, LineStyle = LineStyle.Dash, Text = "our BATNA" });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = analysis.ClientBatna, Color = Html.Charts.Palette.Purple, LineStyle = LineStyle.Dash, Text = "client's BATNA" });
        return model;
    }

    /// <summary>Every package of a small plan, through the library's utility of a package.</summary>
    private static System.Collections.Generic.IEnumerable<NegotiationPackage> Enumerate(NegotiationPlan plan)
    {
        var values = plan.Issues.Select(i => i.Options.Count > 0 ? i.Options.Select(o => o.Value).ToArray() : Range(i.Range!)).ToArray();
        var digits = new int[values.Length];
        while (true)
        {
            yield return NegotiationPreparation.Evaluate(plan, values.Select((v, i) => new PackageTerm(plan.Issues[i].Id, v[digits[i]])).ToArray());
            var k = values.Length - 1;
            while (k >= 0 && ++digits[k] == values[k].Length)
            {
                digits[k] = 0;
                k--;
            }

            if (k < 0)
            {
                yield break;
            }
        }
    }

    private static decimal[] Range(IssueRange range)
    {
        var count = (int)decimal.Floor((range.Max - range.Min) / range.Step) + 1;
        return Enumerable.Range(0, count).Select(k => range.Min + (range.Step * k)).ToArray();
    }
}
