using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Negotiation;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 7: negotiation — the frontier of packages with both BATNAs and the suggested packages, and the offer's numbers and rules.</summary>
internal static class NegotiationSection
{
    public static IReadOnlyList<Block> Negotiation(NegotiationPlan plan, NegotiationAnalysis analysis)
    {
        var blocks = new List<Block>
        {
            new Paragraph(analysis.Explanation, "explanation"),
            new Paragraph(analysis.Zone.Explanation),
        };
        if (analysis.Frontier.Packages.Count > 0)
        {
            blocks.Add(Frontier(plan, analysis));
        }

        if (analysis.Suggestions.Count > 0)
        {
            blocks.Add(new Bullets("Suggested packages", analysis.Suggestions.Select(s => I($"{s.Rank}. {Terms(s.Package)}: {s.Explanation}")).ToList()));
        }

        return blocks;
    }

    public static IReadOnlyList<Block> Offer(Offer offer, OfferEvaluation evaluation)
    {
        var f = evaluation.Financials;
        var blocks = new List<Block>
        {
            new SubHeading("The offer " + offer.Id),
            new Paragraph(evaluation.Explanation, "explanation"),
            new TableBlock(new DataTable(
                "The offer's numbers",
                new[] { "measure", "value" },
                new List<IReadOnlyList<Cell>>
                {
                    new Cell[] { "net price", new Cell(f.NetPrice.ToString(), HtmlText.Value(f.NetPrice.Amount)) },
                    new Cell[] { "margin", new Cell(f.Margin.ToString(), HtmlText.Value(f.Margin.Amount)) },
                    new Cell[] { "margin share", Cells.Share(f.MarginShare) },
                    new Cell[] { "client's benefit", new Cell(f.Benefit.ToString(), HtmlText.Value(f.Benefit.Amount)) },
                    new Cell[] { "client's cost", new Cell(f.Cost.ToString(), HtmlText.Value(f.Cost.Amount)) },
                    new Cell[] { "client's return on investment", Cells.Share(f.Roi) },
                    new Cell[] { "payback", Cells.Date(f.PaybackDate) },
                    new Cell[] { "net present value", new Cell(f.NetPresentValue.ToString(), HtmlText.Value(f.NetPresentValue.Amount)) },
                })),
        };
        if (evaluation.Rules.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                "The key-client rules",
                new[] { "rule", "verdict", "approver", "why" },
                evaluation.Rules.Select(r => (IReadOnlyList<Cell>)new[] { new Cell(r.Rule), new Cell(r.Verdict.ToString()), new Cell(r.Approver ?? "–"), new Cell(r.Explanation) }).ToList())));
        }

        return blocks;
    }

    /// <summary>A package's identity by its terms (the library's packages hold their terms in lists, which records compare by reference).</summary>
    private static string Key(NegotiationPackage package) => string.Join("\u0001", package.Terms.Select(t => t.Issue + "\u0002" + t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Terms(NegotiationPackage package) => string.Join("; ", package.Terms.Select(t => t.Issue + " " + D(t.Value)));

    private static Figure Frontier(NegotiationPlan plan, NegotiationAnalysis analysis)
    {
        var model = ChartLayer.Model("Negotiation frontier", I($"{analysis.Frontier.PackagesConsidered:N0} packages considered; {analysis.Frontier.Packages.Count} on the efficient frontier"));
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, "our utility (0 = our walk-aways, 1 = our targets)"));
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Left, "the client's utility (our estimate)"));
        var frontier = new LineSeries { Title = "efficient frontier", Color = Palette.Blue, StrokeThickness = 2, MarkerType = MarkerType.Circle, MarkerSize = 3.5, MarkerFill = Palette.Blue };
        frontier.Points.AddRange(analysis.Frontier.Packages.Select(p => new DataPoint(p.OurUtility, p.ClientUtility)));
        var agreeable = new LineSeries { Title = "within both walk-aways", Color = Palette.Green, StrokeThickness = 3, LineStyle = LineStyle.Dash };
        agreeable.Points.AddRange(analysis.AgreeableFrontier.Packages.Select(p => new DataPoint(p.OurUtility, p.ClientUtility)));
        var suggested = new ScatterSeries { Title = "suggested (Nash product)", MarkerType = MarkerType.Diamond, MarkerSize = 8, MarkerFill = Palette.Vermillion, MarkerStroke = Palette.Black, MarkerStrokeThickness = 1 };
        suggested.Points.AddRange(analysis.Suggestions.Select(s => new ScatterPoint(s.Package.OurUtility, s.Package.ClientUtility)));
        model.Series.Add(frontier);
        model.Series.Add(agreeable);
        model.Series.Add(suggested);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = analysis.OurBatna, Color = Palette.Orange, LineStyle = LineStyle.Dash, StrokeThickness = 1.5, Text = "our BATNA", TextColor = Palette.Black });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = analysis.ClientBatna, Color = Palette.Purple, LineStyle = LineStyle.Dash, StrokeThickness = 1.5, Text = "the client's BATNA", TextColor = Palette.Black });
        ChartLayer.LegendBelow(model);
        var alt = I($"The efficient frontier of negotiation {HtmlText.Label(plan.Id, 40)}: {analysis.Frontier.Packages.Count} packages where neither side can gain without the other losing, our utility across and the client's up; {analysis.AgreeableFrontier.Packages.Count} lie within both walk-aways; our BATNA at {analysis.OurBatna:0.00}, the client's at {analysis.ClientBatna:0.00}; {analysis.Suggestions.Count} suggested packages are marked with diamonds.");
        var agreeableSet = new HashSet<string>(analysis.AgreeableFrontier.Packages.Select(Key), System.StringComparer.Ordinal);
        var suggestions = analysis.Suggestions.GroupBy(s => Key(s.Package), System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Rank, System.StringComparer.Ordinal);
        var table = new DataTable(
            "The packages on the efficient frontier",
            new[] { "our utility", "client's utility", "terms", "within both walk-aways", "suggested" },
            analysis.Frontier.Packages.Select(p => (IReadOnlyList<Cell>)new[]
            {
                Cells.Number(p.OurUtility, "0.000"), Cells.Number(p.ClientUtility, "0.000"), new Cell(Terms(p)), Cells.YesNo(agreeableSet.Contains(Key(p))), suggestions.TryGetValue(Key(p), out var rank) ? Cells.Int(rank) : new Cell("–"),
            }).ToList());
        return new Figure("frontier", "The negotiation frontier", alt, ChartLayer.Svg(model, "frontier", "Negotiation frontier", alt, ChartLayer.Width, 470), table);
    }
}
