using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Opportunities;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 3: the opportunity choice — value against effort by class, chosen and left out, and the use of each budget.</summary>
internal static class OpportunitiesSection
{
    private static readonly MarkerType[] Shapes = { MarkerType.Circle, MarkerType.Square, MarkerType.Diamond, MarkerType.Triangle, MarkerType.Cross, MarkerType.Star };

    public static IReadOnlyList<Block> Blocks(OpportunityPortfolio portfolio, OpportunitySelection selection, OpportunityScoreReport scores)
    {
        var blocks = new List<Block> { new Paragraph(selection.Explanation, "explanation") };
        if (scores.Scores.Count > 0)
        {
            blocks.Add(ValueEffort(portfolio, selection, scores));
        }

        if (selection.Resources.Count > 0)
        {
            blocks.Add(Budgets(selection));
        }

        if (selection.LeftOut.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                "Left out, and why",
                new[] { "opportunity", "expected return", "reason" },
                selection.LeftOut.Select(o => (IReadOnlyList<Cell>)new[] { new Cell(o.Id), Cells.Amount(o.ExpectedReturn), new Cell(o.Reason) }).ToList())));
        }

        return blocks;
    }

    public static string ClassName(OpportunityClass c) => c switch
    {
        OpportunityClass.IncreaseExistingProductUse => "more use of the product",
        OpportunityClass.ImproveService => "better service",
        OpportunityClass.ExpandBusiness => "expand the business",
        OpportunityClass.MarketInformation => "market information",
        OpportunityClass.AccessToInfluentialPeople => "influential people",
        _ => "other",
    };

    public static string QuadrantName(ValueEffortQuadrant q) => q switch
    {
        ValueEffortQuadrant.QuickWin => "quick win",
        ValueEffortQuadrant.MajorProject => "major project",
        ValueEffortQuadrant.FillIn => "fill-in",
        _ => "thankless task",
    };

    private static Figure ValueEffort(OpportunityPortfolio portfolio, OpportunitySelection selection, OpportunityScoreReport scores)
    {
        var byId = portfolio.Opportunities.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var chosen = new HashSet<string>(selection.Chosen, StringComparer.Ordinal);
        var model = ChartLayer.Model("Value against effort", "filled: chosen; hollow: left out; shape and colour: the class");
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, "effort (1 = a typical opportunity's time, money and people)", 0));
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Left, "expected return (" + scores.Currency.Code + ")", 0, null, "#,0"));
        var classes = scores.Scores.Select(s => byId.TryGetValue(s.Id, out var o) ? o.Class : OpportunityClass.Other).Distinct().OrderBy(c => c).ToList();
        for (var k = 0; k < classes.Count; k++)
        {
            var cls = classes[k];
            var colour = Palette.Nth(k);
            var shape = Shapes[(int)cls % Shapes.Length];
            var taken = new ScatterSeries { Title = ClassName(cls), MarkerType = shape, MarkerSize = 6, MarkerFill = colour, MarkerStroke = colour, MarkerStrokeThickness = 1.5 };
            var left = new ScatterSeries { MarkerType = shape, MarkerSize = 6, MarkerFill = OxyColors.White, MarkerStroke = colour, MarkerStrokeThickness = 1.5 };
            foreach (var s in scores.Scores.Where(s => (byId.TryGetValue(s.Id, out var o) ? o.Class : OpportunityClass.Other) == cls))
            {
                (chosen.Contains(s.Id) ? taken : left).Points.Add(new ScatterPoint(s.Effort, (double)s.ExpectedReturn));
            }

            model.Series.Add(left);
            model.Series.Add(taken);
        }

        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = (double)scores.ValueThreshold, Color = Palette.Grey, LineStyle = LineStyle.Dash, Text = "high value above", TextColor = Palette.Black });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = scores.EffortThreshold, Color = Palette.Grey, LineStyle = LineStyle.Dash, Text = "high effort to the right", TextColor = Palette.Black });
        ChartLayer.LegendBelow(model);
        var alt = I($"A scatter of {scores.Scores.Count} opportunities, effort across and expected return up; {selection.Chosen.Count} chosen are filled, the {selection.LeftOut.Count} left out are hollow. Dashed lines split the matrix into quick wins, major projects, fill-ins and thankless tasks.");
        var table = new DataTable(
            "Every opportunity's value, effort and quadrant, and whether it is chosen",
            new[] { "opportunity", "client", "class", "effort", "expected return", "quadrant", "chosen" },
            scores.Scores.OrderBy(s => s.Rank).Select(s => (IReadOnlyList<Cell>)new[]
            {
                new Cell(s.Id),
                new Cell(s.Client.Value),
                new Cell(byId.TryGetValue(s.Id, out var o) ? ClassName(o.Class) : "–"),
                Cells.Number(s.Effort),
                Cells.Amount(s.ExpectedReturn),
                new Cell(QuadrantName(s.Quadrant)),
                Cells.YesNo(chosen.Contains(s.Id)),
            }).ToList());
        return new Figure("value-effort", "The opportunity choice: value against effort, by class", alt, ChartLayer.Svg(model, "value-effort", "Value against effort", alt, ChartLayer.Width, 470), table);
    }

    private static Figure Budgets(OpportunitySelection selection)
    {
        var resources = selection.Resources;
        var model = ChartLayer.Model("Budget use", "share of each budget the chosen set uses");
        var axis = new CategoryAxis { Position = AxisPosition.Left, AxislineColor = Palette.Black, TicklineColor = Palette.Black };
        axis.Labels.AddRange(resources.Select(r => r.Resource.ToString().ToLowerInvariant()));
        model.Axes.Add(axis);
        var shares = resources.Select(r => r.Budget > 0 ? (double)r.Used / (double)r.Budget : 0).ToArray();
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, "share of the budget used", 0, Math.Max(1.05, shares.DefaultIfEmpty(0).Max() * 1.05), "0%"));
        var bars = new BarSeries { Title = "used", FillColor = Palette.Blue, LabelFormatString = "{0:0%}", LabelPlacement = LabelPlacement.Inside, TextColor = OxyColors.White };
        bars.Items.AddRange(shares.Select(s => new BarItem(s)));
        model.Series.Add(bars);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 1, Color = Palette.Vermillion, LineStyle = LineStyle.Dash, StrokeThickness = 1.5, Text = "budget", TextColor = Palette.Vermillion });
        var alt = "Bars of the share of each budget used: " + string.Join("; ", resources.Select((r, i) => I($"{r.Resource.ToString().ToLowerInvariant()} {D(r.Used)} of {D(r.Budget)} {r.Unit} ({shares[i]:0%})"))) + ".";
        var table = new DataTable(
            "Each budget: used, slack and the value of one more unit",
            new[] { "resource", "unit", "budget", "used", "slack", "share used", "shadow price" },
            resources.Select((r, i) => (IReadOnlyList<Cell>)new[]
            {
                new Cell(r.Resource.ToString().ToLowerInvariant()), new Cell(r.Unit), Cells.Amount(r.Budget), Cells.Amount(r.Used), Cells.Amount(r.Slack), Cells.Share(shares[i]), Cells.Number(r.ShadowPrice),
            }).ToList());
        return new Figure("budgets", "Budget use per resource", alt, ChartLayer.Svg(model, "budgets", "Budget use", alt, ChartLayer.Width, 260), table);
    }
}
