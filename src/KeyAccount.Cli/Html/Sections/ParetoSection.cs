using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Pareto;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 1: the 20/80 analysis — the Lorenz curve and the cumulative (whale) curve with the vital few and the A/B/C bounds.</summary>
internal static class ParetoSection
{
    /// <summary>The points of each curve (the library's exact vertices, evenly spread): the picture and its table show the same.</summary>
    public const int CurvePoints = 41;

    public static IReadOnlyList<Block> Blocks(ParetoAnalysis analysis, ParetoSummary summary, string what)
    {
        var blocks = new List<Block> { new Paragraph(summary.Explanation, "explanation") };
        var abc = summary.Abc;
        var rows = new List<IReadOnlyList<Cell>>
        {
            new Cell[] { "clients", Cells.Int(summary.ClientCount) },
            new Cell[] { "net total (" + summary.Currency.Code + ")", Cells.Amount(summary.Total) },
        };
        if (summary.VitalFew is { } few)
        {
            rows.Add(new Cell[] { I($"vital few (reach {few.TargetShare:0%})"), Cells.Int(few.Count) });
            rows.Add(new Cell[] { "vital few: share of clients", Cells.Share(few.ClientShare) });
            rows.Add(new Cell[] { "vital few: share of the total", Cells.Share(few.ValueShare) });
        }

        rows.Add(new Cell[] { "Gini", Cells.Number(summary.Gini, "0.000") });
        rows.Add(new Cell[] { "HHI", Cells.Number(summary.Hhi, "0.0000") });
        rows.Add(new Cell[] { "class A clients", Cells.Int(abc.A) });
        rows.Add(new Cell[] { "class B clients", Cells.Int(abc.B) });
        rows.Add(new Cell[] { "class C clients", Cells.Int(abc.C) });
        blocks.Add(new TableBlock(new DataTable("The 20/80 figures of " + what, new[] { "measure", "value" }, rows)));
        blocks.Add(new Paragraph(abc.Explanation));
        if (summary.Whale is { } whale)
        {
            blocks.Add(new Paragraph(whale.Explanation));
        }

        if (!analysis.HasShares)
        {
            blocks.Add(new Paragraph("No curve is drawn: the net total is not positive, so shares of it are undefined."));
            return blocks;
        }

        blocks.Add(analysis.CanMeasureConcentration
            ? Lorenz(analysis, summary)
            : new Paragraph(I($"No Lorenz curve: it is defined only for amounts that are not negative, and {analysis.LossMakerCount:N0} clients lose money; the whale curve below shows them.")));

        blocks.Add(Cumulative(analysis, summary));
        return blocks;
    }

    private static Figure Lorenz(ParetoAnalysis analysis, ParetoSummary summary)
    {
        var points = analysis.GetLorenzCurve(CurvePoints);
        var model = ChartLayer.Model("Lorenz curve", summary.Gini is { } gini ? I($"{summary.ClientCount:N0} clients, smallest first; Gini {gini:0.000}") : I($"{summary.ClientCount:N0} clients, smallest first; the loss makers take it below zero"));
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, "share of clients, smallest first", 0, 1, "0%"));
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Left, "cumulative share of the total", 0, 1, "0%"));
        var equality = new LineSeries { Title = "equal shares", Color = Palette.Grey, LineStyle = LineStyle.Dash, StrokeThickness = 1 };
        equality.Points.Add(new DataPoint(0, 0));
        equality.Points.Add(new DataPoint(1, 1));
        model.Series.Add(equality);
        var curve = new LineSeries { Title = "Lorenz curve", Color = Palette.Blue, StrokeThickness = 2.5, MarkerType = MarkerType.Circle, MarkerSize = 2.5, MarkerFill = Palette.Blue };
        curve.Points.AddRange(points.Select(p => new DataPoint(p.ClientShare, p.ValueShare)));
        model.Series.Add(curve);
        var alt = "The Lorenz curve of " + summary.ClientCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " clients from the smallest up, below the diagonal of equal shares.";
        if (summary.VitalFew is { } few)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = 1 - few.ClientShare,
                Color = Palette.Vermillion,
                LineStyle = LineStyle.Dash,
                StrokeThickness = 1.5,
                Text = I($"vital few: {few.Count:N0} clients to the right"),
                TextColor = Palette.Vermillion,
            });
            alt += I($" A dashed line marks the vital few: the largest {few.ClientShare:0.0%} of clients hold {few.ValueShare:0.0%} of the total.");
        }

        ChartLayer.LegendBelow(model);
        var table = new DataTable(
            "The Lorenz curve's points",
            new[] { "share of clients", "share of the total" },
            points.Select(p => (IReadOnlyList<Cell>)new[] { Cells.Share(p.ClientShare), Cells.Share(p.ValueShare) }).ToList());
        return new Figure("lorenz", "The Lorenz curve: how unequal the clients are", alt, ChartLayer.Svg(model, "lorenz", "Lorenz curve", alt), table);
    }

    private static Figure Cumulative(ParetoAnalysis analysis, ParetoSummary summary)
    {
        var points = analysis.GetCumulativeCurve(CurvePoints);
        var whale = summary.Whale is not null;
        var name = whale ? "Whale curve" : "Cumulative curve";
        var model = ChartLayer.Model(name, whale ? "cumulative profit, largest first: it rises above 100% and the loss makers bring it back" : "cumulative share of the total, largest clients first");
        var top = Math.Max(1.0, points.Max(p => p.ValueShare));
        var bottom = Math.Min(0.0, points.Min(p => p.ValueShare));
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, "share of clients, largest first", 0, 1, "0%"));
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Left, "cumulative share of the net total", bottom, top * 1.04, "0%"));
        var n = (double)Math.Max(summary.ClientCount, 1);
        var abc = summary.Abc;
        var a = abc.A / n;
        var b = (abc.A + abc.B) / n;
        Band(model, 0, a, "A", Palette.Blue);
        Band(model, a, b, "B", Palette.SkyBlue);
        Band(model, b, 1, "C", Palette.Grey);
        var curve = new LineSeries { Title = name, Color = Palette.Blue, StrokeThickness = 2.5, MarkerType = MarkerType.Circle, MarkerSize = 2.5, MarkerFill = Palette.Blue };
        curve.Points.AddRange(points.Select(p => new DataPoint(p.ClientShare, p.ValueShare)));
        model.Series.Add(curve);
        var alt = I($"The {name.ToLowerInvariant()} of {summary.ClientCount:N0} clients, largest first. Shaded bands mark the A/B/C classes: A holds the first {abc.A:N0} clients, B the next {abc.B:N0}, C the last {abc.C:N0}.");
        if (summary.VitalFew is { } few)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = few.ClientShare,
                Color = Palette.Vermillion,
                LineStyle = LineStyle.Dash,
                StrokeThickness = 1.5,
                Text = I($"vital few: {few.Count:N0} clients"),
                TextColor = Palette.Vermillion,
                TextOrientation = AnnotationTextOrientation.Vertical,
            });
            alt += I($" A dashed line marks the vital few: {few.Count:N0} clients reach {few.ValueShare:0.0%} of the total.");
        }

        if (whale)
        {
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 1, Color = Palette.Black, LineStyle = LineStyle.Dot, Text = "net total", TextColor = Palette.Black });
            alt += " " + summary.Whale!.Explanation;
        }

        ChartLayer.LegendBelow(model);
        var table = new DataTable(
            "The " + name.ToLowerInvariant() + "'s points, with the A/B/C class of the last client counted",
            new[] { "share of clients", "share of the total", "class" },
            points.Select(p => (IReadOnlyList<Cell>)new[] { Cells.Share(p.ClientShare), Cells.Share(p.ValueShare), new Cell(ClassAt(abc, p.ClientShare, summary.ClientCount)) }).ToList());
        return new Figure("cumulative", whale ? "The whale curve: who makes the profit and who destroys it" : "The cumulative curve with the vital few and the A/B/C classes", alt, ChartLayer.Svg(model, "cumulative", name, alt), table);
    }

    /// <summary>The class of the client at a point of the curve (the last one counted); the library's <see cref="AbcClasses.ClassAt"/>.</summary>
    private static string ClassAt(AbcClasses abc, double clientShare, int clients)
    {
        var rank = (int)Math.Round(clientShare * clients);
        return rank < 1 ? "–" : abc.ClassAt(Math.Min(rank, clients)).ToString();
    }

    private static void Band(PlotModel model, double from, double to, string label, OxyColor colour)
    {
        if (to <= from)
        {
            return;
        }

        model.Annotations.Add(new RectangleAnnotation
        {
            MinimumX = from,
            MaximumX = to,
            Fill = OxyColor.FromAColor(40, colour),
            Text = "class " + label,
            TextColor = Palette.Black,
            TextVerticalAlignment = VerticalAlignment.Bottom,
            Layer = AnnotationLayer.BelowSeries,
        });
    }
}
