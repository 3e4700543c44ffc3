using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Ladder;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 2 of the method, the ladder: where each client places you, your own view against the client's, and the competitors.</summary>
internal static class LadderSection
{
    public static IReadOnlyList<Block> Blocks(string explanation, IReadOnlyList<LadderPerspectives> clients)
    {
        var blocks = new List<Block> { new Paragraph(explanation, "explanation") };
        if (clients.Count > 0)
        {
            blocks.Add(Figure(clients));
        }

        return blocks;
    }

    /// <summary>The figure's rows, one per client, in the order given (by client id).</summary>
    private static Figure Figure(IReadOnlyList<LadderPerspectives> clients)
    {
        var model = ChartLayer.Model("Where the clients place you", "ladder position: rung 1 (commodity broker) to 4 (business partner), plus how far up the rung");
        var names = clients.Select(c => HtmlText.Label(c.Client.Value, 24)).ToArray();
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Minimum = -1.3,
            Maximum = clients.Count - 0.4,
            MajorStep = 1,
            MinorStep = 1,
            StartPosition = 1,
            EndPosition = 0,
            LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && v >= 0 && v < names.Length ? names[(int)Math.Round(v)] : string.Empty,
            AxislineColor = Palette.Black,
            TicklineColor = Palette.Black,
        });
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, "position on the ladder", 1, 5));
        foreach (var level in new[] { LadderLevel.CommodityBroker, LadderLevel.ValueAdder })
        {
            model.Annotations.Add(new RectangleAnnotation { MinimumX = (int)level, MaximumX = (int)level + 1, Fill = OxyColor.FromAColor(22, Palette.Black), Layer = AnnotationLayer.BelowSeries });
        }

        for (var level = 1; level <= 4; level++)
        {
            model.Annotations.Add(new TextAnnotation
            {
                Text = I($"{level}. ") + HtmlText.Label(PerceptionLadder.Rung((LadderLevel)level).Name, 20),
                TextPosition = new DataPoint(level + 0.5, -0.9),
                TextColor = Palette.Black,
                FontSize = 10,
                StrokeThickness = 0,
                TextVerticalAlignment = VerticalAlignment.Middle,
            });
        }

        var own = new ScatterSeries { Title = "your own view", MarkerType = MarkerType.Circle, MarkerSize = 6, MarkerFill = Palette.Blue };
        var theirs = new ScatterSeries { Title = "the client's view", MarkerType = MarkerType.Diamond, MarkerSize = 7, MarkerFill = Palette.Vermillion };
        var rivals = new ScatterSeries { Title = "a competitor", MarkerType = MarkerType.Triangle, MarkerSize = 5, MarkerFill = Palette.Green };
        var gaps = new LineSeries { Title = "gap between the views", Color = Palette.Grey, StrokeThickness = 2 };
        for (var i = 0; i < clients.Count; i++)
        {
            var c = clients[i];
            own.Points.Add(new ScatterPoint(c.Own.Position, i));
            if (c.ClientView is { } view)
            {
                theirs.Points.Add(new ScatterPoint(view.Position, i));
                gaps.Points.Add(new DataPoint(c.Own.Position, i));
                gaps.Points.Add(new DataPoint(view.Position, i));
                gaps.Points.Add(DataPoint.Undefined);
            }

            foreach (var s in c.Standings.Where(s => !s.IsYou))
            {
                rivals.Points.Add(new ScatterPoint(s.Position.Position, i));
            }
        }

        model.Series.Add(gaps);
        model.Series.Add(rivals);
        model.Series.Add(own);
        model.Series.Add(theirs);
        ChartLayer.LegendBelow(model);
        var withView = clients.Where(c => c.ClientView is not null).ToList();
        var lower = withView.Count(c => c.Gap < 0);
        var behind = clients.Count(c => c.YourRank > 1);
        var alt = I($"One row per client, {clients.Count} clients: a circle for your own view of your place on the client's ladder, a diamond for the client's view, triangles for the competitors. {withView.Count} clients gave their view; {lower} of them place you lower than you place yourself. A competitor stands above you at {behind} clients.");
        var table = new DataTable(
            "Each client's ladder: your own view, the client's view, the gap and the competitors",
            new[] { "client", "own view", "client's view", "gap", "rung (as the client sees it)", "your rank", "competitors" },
            clients.Select(c => (IReadOnlyList<Cell>)new[]
            {
                new Cell(c.Client.Value),
                Cells.Number(c.Own.Position),
                Cells.Number(c.ClientView?.Position),
                Cells.Number(c.Gap, "+0.00;-0.00;0.00"),
                new Cell(PerceptionLadder.Rung((c.ClientView ?? c.Own).Level).Name),
                new Cell(I($"{c.YourRank} of {c.Standings.Count}"), c.YourRank.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Cell(string.Join("; ", c.Standings.Where(s => !s.IsYou).Select(s => I($"{s.Name} {s.Position.Position:0.00}")))),
            }).ToList());
        var height = Math.Max(260, 120 + (clients.Count * 30));
        return new Figure("ladder", "The ladder: your own view against the client's, and the competitors", alt, ChartLayer.Svg(model, "ladder", "Where the clients place you", alt, ChartLayer.Width, height), table);
    }
}
