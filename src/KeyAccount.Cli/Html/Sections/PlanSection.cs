using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Planning;
using NodaTime;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 4: the development plan — a timeline of its actions with the critical path and the goals' deadlines, and the resource load per month against the budget.</summary>
internal static class PlanSection
{
    public static IReadOnlyList<Block> Blocks(AccountPlan plan, ScheduleAnalysis? schedule, LocalDate asOf)
    {
        var blocks = new List<Block>
        {
            new Paragraph(I($"{plan.Title ?? "The plan"} for {plan.Client.Value}: {plan.Goals.Count} goals, {plan.Actions.Count} actions, status {plan.Status}."), "explanation"),
        };
        if (schedule is null)
        {
            blocks.Add(new Paragraph("The schedule is not drawn: the plan has errors that stand in the way (see its diagnostics)."));
            return blocks;
        }

        if (schedule.Explanation.Length > 0)
        {
            blocks.Add(new Paragraph(schedule.Explanation));
        }

        if (schedule.Actions.Count > 0)
        {
            blocks.Add(Timeline(plan, schedule, asOf));
        }

        if (schedule.Goals.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                "The goals: deadline and when they can be met",
                new[] { "goal", "deadline", "earliest met", "slack (days)", "outlook", "why" },
                schedule.Goals.Select(g => (IReadOnlyList<Cell>)new[]
                {
                    new Cell(g.GoalId), Cells.Date(g.Deadline), Cells.Date(g.EarliestMet), g.SlackDays is { } s ? Cells.Int(s) : new Cell("–"), new Cell(g.Outlook.ToString()), new Cell(g.Explanation),
                }).ToList())));
        }

        if (schedule.ResourceLoads.Count > 0)
        {
            blocks.Add(Load(schedule));
        }

        if (schedule.Notes.Count > 0)
        {
            blocks.Add(new Bullets("What the schedule set aside", schedule.Notes));
        }

        return blocks;
    }

    private static Figure Timeline(AccountPlan plan, ScheduleAnalysis schedule, LocalDate asOf)
    {
        var actions = schedule.Actions;
        var descriptions = plan.Actions.GroupBy(a => a.Id.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Description, StringComparer.Ordinal);
        var model = ChartLayer.Model("Timeline of the actions", "bars: earliest start to earliest finish; vermillion, labelled: the critical path; dashed: deadlines; dotted: the review's day");
        var axis = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0, AxislineColor = Palette.Black, TicklineColor = Palette.Black };
        axis.Labels.AddRange(actions.Select(a => HtmlText.Label(a.ActionId, 24)));
        model.Axes.Add(axis);
        var first = actions.Min(a => a.EarliestStart < a.PlannedStart ? a.EarliestStart : a.PlannedStart);
        var last = actions.Max(a => a.EarliestFinish);
        foreach (var g in schedule.Goals)
        {
            if (g.Deadline is { } d && d > last)
            {
                last = d;
            }
        }

        model.Axes.Add(new DateTimeAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = ChartLayer.Day(first.PlusDays(-7)),
            Maximum = ChartLayer.Day(last.PlusDays(14)),
            StringFormat = "yyyy-MM",
            IntervalType = DateTimeIntervalType.Months,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromAColor(70, Palette.Black),
            AxislineColor = Palette.Black,
            TicklineColor = Palette.Black,
            Title = "date",
        });
        var bars = new IntervalBarSeries { StrokeThickness = 0, LabelFormatString = null };
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            bars.Items.Add(new IntervalBarItem(ChartLayer.Day(a.EarliestStart), ChartLayer.Day(a.EarliestFinish.PlusDays(1))) { Color = a.IsCritical ? Palette.Vermillion : Palette.Blue });
            if (a.IsCritical)
            {
                model.Annotations.Add(new TextAnnotation
                {
                    Text = "critical",
                    TextPosition = new DataPoint(ChartLayer.Day(a.EarliestFinish.PlusDays(3)), i),
                    TextHorizontalAlignment = HorizontalAlignment.Left,
                    TextVerticalAlignment = VerticalAlignment.Middle,
                    TextColor = Palette.Black,
                    FontSize = 10,
                    StrokeThickness = 0,
                });
            }
        }

        model.Series.Add(bars);
        // An id listed twice (an error the plan's diagnostics report) keeps the row of its first action.
        var rows = actions.Select((a, i) => (a.ActionId, i)).GroupBy(x => x.ActionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var deadlines = new ScatterSeries { Title = "a goal's deadline, on the row of its last action", MarkerType = MarkerType.Diamond, MarkerSize = 6, MarkerFill = Palette.Green, MarkerStroke = Palette.Black, MarkerStrokeThickness = 1 };
        foreach (var g in schedule.Goals.Where(g => g.Deadline is not null))
        {
            var x = ChartLayer.Day(g.Deadline!.Value.PlusDays(1));
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = x, Color = g.Outlook == GoalOutlook.Late ? Palette.Vermillion : Palette.Green, LineStyle = LineStyle.Dash, StrokeThickness = 1 });
            if (g.DrivingAction is { } driver && rows.TryGetValue(driver, out var row))
            {
                deadlines.Points.Add(new ScatterPoint(x, row));
                model.Annotations.Add(new TextAnnotation
                {
                    Text = HtmlText.Label(g.GoalId, 24) + (g.Outlook == GoalOutlook.Late ? " (late)" : string.Empty),
                    TextPosition = new DataPoint(x, row - 0.32),
                    TextHorizontalAlignment = HorizontalAlignment.Center,
                    TextVerticalAlignment = VerticalAlignment.Bottom,
                    TextColor = Palette.Black,
                    FontSize = 9,
                    StrokeThickness = 0,
                });
            }
        }

        model.Series.Add(deadlines);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = ChartLayer.Day(asOf), Color = Palette.Black, LineStyle = LineStyle.Dot, StrokeThickness = 1.5 });
        ChartLayer.LegendBelow(model);
        var alt = I($"A timeline of {actions.Count} actions from {Cells.Iso(first)} to {Cells.Iso(schedule.End ?? last)}; the critical path is ") + string.Join(", then ", schedule.CriticalPath.Select(id => HtmlText.Label(id, 40)))
            + ". " + string.Join(" ", schedule.Goals.Where(g => g.Deadline is not null).Select(g => I($"Goal {HtmlText.Label(g.GoalId, 40)} is due {Cells.Iso(g.Deadline!.Value)} ({g.Outlook}).")));
        var table = new DataTable(
            "Each action's dates, slack and whether it is on the critical path",
            new[] { "action", "what", "planned start", "planned due", "earliest start", "earliest finish", "slack (days)", "critical" },
            actions.Select(a => (IReadOnlyList<Cell>)new[]
            {
                new Cell(a.ActionId),
                new Cell(descriptions.TryGetValue(a.ActionId, out var what) ? what : string.Empty),
                Cells.Date(a.PlannedStart), Cells.Date(a.PlannedDue), Cells.Date(a.EarliestStart), Cells.Date(a.EarliestFinish), Cells.Int(a.SlackDays), Cells.YesNo(a.IsCritical),
            }).ToList());
        var height = Math.Max(260, 110 + (actions.Count * 28));
        return new Figure("timeline", "The plan's timeline: actions, the critical path and the deadlines", alt, ChartLayer.Svg(model, "timeline", "Timeline of the actions", alt, ChartLayer.Width, height), table);
    }

    private static Figure Load(ScheduleAnalysis schedule)
    {
        var loads = schedule.ResourceLoads;
        var shares = loads.Any(l => l.MonthlyBudget is > 0);
        var model = ChartLayer.Model(
            "Resource load per month",
            shares ? "each resource's load as a share of its monthly budget; the dashed line is the budget" : "each resource's load in its own unit (no monthly budgets are set)");
        var months = loads.Select(l => l.Month).Distinct().OrderBy(m => m).ToList();
        var axis = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0, AxislineColor = Palette.Black, TicklineColor = Palette.Black };
        axis.Labels.AddRange(months.Select(Month));
        model.Axes.Add(axis);
        var resources = loads.Where(l => !shares || l.MonthlyBudget is > 0).Select(l => l.ResourceId).Distinct(StringComparer.Ordinal).ToList();
        var unbudgeted = loads.Select(l => l.ResourceId).Distinct(StringComparer.Ordinal).Where(r => !resources.Contains(r)).ToList();
        var top = 0.0;
        for (var r = 0; r < resources.Count; r++)
        {
            var id = resources[r];
            var unit = loads.First(l => l.ResourceId == id).Unit;
            var series = new BarSeries { Title = HtmlText.Label(id + " (" + unit + ")", 40), FillColor = Palette.Nth(r) };
            foreach (var month in months)
            {
                var load = loads.FirstOrDefault(l => l.ResourceId == id && l.Month == month);
                var value = load is null ? 0 : shares ? (load.MonthlyBudget is > 0 ? (double)load.Load / (double)load.MonthlyBudget.Value : 0) : (double)load.Load;
                top = Math.Max(top, value);
                series.Items.Add(new BarItem(value));
            }

            model.Series.Add(series);
        }

        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, shares ? "share of the monthly budget" : "load", 0, Math.Max(shares ? 1.1 : 1, top * 1.08), shares ? "0%" : "#,0.##"));
        if (shares)
        {
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 1, Color = Palette.Vermillion, LineStyle = LineStyle.Dash, StrokeThickness = 1.5, Text = "monthly budget", TextColor = Palette.Vermillion });
        }

        ChartLayer.LegendBelow(model);
        var over = loads.Where(l => l.IsOverBudget).ToList();
        var alt = I($"Bars of the load of {resources.Count} resources in each of {months.Count} months") + (shares ? " against their monthly budgets. " : ". ")
            + (unbudgeted.Count == 0 ? string.Empty : "Without a monthly budget, and so only in the table: " + string.Join(", ", unbudgeted.Select(r => HtmlText.Label(r, 40))) + ". ")
            + (over.Count == 0 ? "No month is over budget." : "Over budget: " + string.Join("; ", over.Select(l => I($"{HtmlText.Label(l.ResourceId, 40)} in {Month(l.Month)}"))) + ".");
        var table = new DataTable(
            "Each resource's load per month against its monthly budget",
            new[] { "resource", "month", "load", "monthly budget", "unit", "over budget" },
            loads.Select(l => (IReadOnlyList<Cell>)new[]
            {
                new Cell(l.ResourceId), new Cell(Month(l.Month), Month(l.Month)), Cells.Amount(l.Load), l.MonthlyBudget is { } b ? Cells.Amount(b) : new Cell("–"), new Cell(l.Unit), Cells.YesNo(l.IsOverBudget),
            }).ToList());
        var height = Math.Max(260, 110 + (months.Count * Math.Max(1, resources.Count) * 16));
        return new Figure("resource-load", "The resource load per month against the budget", alt, ChartLayer.Svg(model, "resource-load", "Resource load per month", alt, ChartLayer.Width, height), table);
    }

    private static string Month(YearMonth month) => I($"{month.Year:0000}-{month.Month:00}");
}
