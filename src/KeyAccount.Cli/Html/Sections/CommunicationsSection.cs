using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Communications;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 6: the communication programme — its calendar over the window (who hears what, by which tool, when), the coverage grid and the gaps.</summary>
internal static class CommunicationsSection
{
    private static readonly MarkerType[] Shapes = { MarkerType.Circle, MarkerType.Square, MarkerType.Diamond, MarkerType.Triangle, MarkerType.Cross, MarkerType.Star, MarkerType.Plus };

    public static IReadOnlyList<Block> Blocks(CommunicationProgramme programme, CommunicationReport report, IReadOnlyList<ProgrammeOccurrence> calendar)
    {
        var blocks = new List<Block>
        {
            new Paragraph(report.Explanation, "explanation"),
            new Paragraph(I($"Window {Cells.Iso(report.Window.Start)} to {Cells.Iso(report.Window.End)}: {report.Occurrences} occurrences, {report.Gaps.Count} gaps, {report.Silences.Count} silent audiences, {report.Overdue.Count} overdue items.")),
        };
        if (calendar.Count > 0)
        {
            blocks.Add(Calendar(programme, report, calendar));
        }

        var grid = report.Coverage;
        if (grid.Rows.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                grid.Explanation,
                new[] { "message type", "subject" }.Concat(grid.Tools).Concat(new[] { "total" }).ToArray(),
                grid.Rows.Select(r => (IReadOnlyList<Cell>)new[] { new Cell(r.Type.ToString()), new Cell(r.Subject.ToString()) }.Concat(r.Counts.Select(c => Cells.Int(c))).Concat(new[] { Cells.Int(r.Total) }).ToList()).ToList())));
        }

        if (report.Gaps.Count > 0)
        {
            blocks.Add(new Bullets("Gaps", report.Gaps.Select(g => g.Explanation).ToList()));
        }

        if (report.Overdue.Count > 0)
        {
            blocks.Add(new Bullets("Overdue", report.Overdue.Select(o => o.Explanation).ToList()));
        }

        return blocks;
    }

    public static string ToolName(ProgrammeItem item) => item.CustomTool is { Length: > 0 } custom ? custom : item.Tool.ToString();

    private static Figure Calendar(CommunicationProgramme programme, CommunicationReport report, IReadOnlyList<ProgrammeOccurrence> calendar)
    {
        var items = programme.Items.GroupBy(i => i.Id.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var audiences = programme.Audiences.GroupBy(a => a.Id.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var messages = programme.Messages.GroupBy(m => m.Id.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rows = calendar.OrderBy(o => o.Date).ThenBy(o => o.ItemId, StringComparer.Ordinal).ToList();
        ProgrammeItem? Item(ProgrammeOccurrence o) => items.TryGetValue(o.ItemId.Trim(), out var item) ? item : null;
        string AudienceOf(ProgrammeOccurrence o) => Item(o) is { } item ? (audiences.TryGetValue(item.Audience.Trim(), out var a) ? a.Name ?? a.Id : item.Audience) : "–";
        var lanes = rows.Select(AudienceOf).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
        var tools = rows.Select(o => Item(o) is { } item ? ToolName(item) : "–").Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var model = ChartLayer.Model("Communication calendar", I($"{Cells.Iso(report.Window.Start)} to {Cells.Iso(report.Window.End)}: each mark is one message to one audience; shape and colour: the tool"));
        var labels = lanes.Select(l => HtmlText.Label(l, 24)).ToArray();
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Minimum = -0.6,
            Maximum = lanes.Count - 0.4,
            MajorStep = 1,
            MinorStep = 1,
            StartPosition = 1,
            EndPosition = 0,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromAColor(50, Palette.Black),
            LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && v >= 0 && v < labels.Length ? labels[(int)Math.Round(v)] : string.Empty,
            AxislineColor = Palette.Black,
            TicklineColor = Palette.Black,
        });
        model.Axes.Add(new DateTimeAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = ChartLayer.Day(report.Window.Start.PlusDays(-3)),
            Maximum = ChartLayer.Day(report.Window.End.PlusDays(3)),
            StringFormat = "yyyy-MM-dd",
            IntervalType = DateTimeIntervalType.Months,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromAColor(70, Palette.Black),
            AxislineColor = Palette.Black,
            TicklineColor = Palette.Black,
            Title = "date",
        });
        for (var t = 0; t < tools.Count; t++)
        {
            var tool = tools[t];
            var series = new ScatterSeries { Title = HtmlText.Label(tool, 30), MarkerType = Shapes[t % Shapes.Length], MarkerSize = 5, MarkerFill = Palette.Nth(t), MarkerStroke = Palette.Nth(t), MarkerStrokeThickness = 1.5 };
            foreach (var o in rows.Where(o => (Item(o) is { } item ? ToolName(item) : "–") == tool))
            {
                series.Points.Add(new ScatterPoint(ChartLayer.Day(o.Date), lanes.IndexOf(AudienceOf(o))));
            }

            model.Series.Add(series);
        }

        if (report.Window.Contains(report.AsOf))
        {
            model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation { Type = OxyPlot.Annotations.LineAnnotationType.Vertical, X = ChartLayer.Day(report.AsOf), Color = Palette.Black, LineStyle = LineStyle.Dot, Text = "as of " + Cells.Iso(report.AsOf), TextColor = Palette.Black, FontSize = 10 });
        }

        ChartLayer.LegendBelow(model);
        var alt = I($"A calendar of {rows.Count} occurrences from {Cells.Iso(report.Window.Start)} to {Cells.Iso(report.Window.End)}, one row per audience (")
            + string.Join(", ", lanes.Select(l => HtmlText.Label(l, 40))) + "), marked by tool (" + string.Join(", ", tools.Select(t => HtmlText.Label(t, 40))) + ").";
        var table = new DataTable(
            "Every occurrence in the window: date, item, message, tool and audience",
            new[] { "date", "item", "message", "tool", "audience" },
            rows.Select(o =>
            {
                var item = Item(o);
                var message = item is not null && messages.TryGetValue(item.Message.Trim(), out var m) ? m.Summary : item?.Message ?? "–";
                return (IReadOnlyList<Cell>)new[] { Cells.Date(o.Date), new Cell(o.ItemId), new Cell(message), new Cell(item is null ? "–" : ToolName(item)), new Cell(AudienceOf(o)) };
            }).ToList());
        var height = Math.Max(260, 140 + (lanes.Count * 34));
        return new Figure("calendar", "The communication calendar", alt, ChartLayer.Svg(model, "calendar", "Communication calendar", alt, ChartLayer.Width, height), table);
    }
}
