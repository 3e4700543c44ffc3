using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Classification;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Pareto;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 2: key clients with their reasons — the clients by tier, and every key client with the sentence that explains its verdict.</summary>
internal static class ClassificationSection
{
    public static IReadOnlyList<Block> Blocks(PortfolioClassification classification, ParetoAnalysis? ranking)
    {
        var blocks = new List<Block> { new Paragraph(classification.Explanation, "explanation"), Tiers(classification) };
        var key = classification.Clients.Where(c => c.Tier == ClientTier.Key)
            .OrderBy(c => ranking is null ? 0 : ranking.Find(c.Client).Rank)
            .ThenBy(c => c.Client.Value, System.StringComparer.Ordinal)
            .ToList();
        var rows = key.Select(c => (IReadOnlyList<Cell>)new[]
        {
            new Cell(c.Client.Value),
            ranking is null ? new Cell("–") : Cells.Int(ranking.Find(c.Client).Rank),
            Cells.Int(c.MetCount),
            new Cell(c.Explanation),
        }).ToList();
        blocks.Add(new TableBlock(new DataTable(I($"The {key.Count:N0} key clients, by profit rank, with the reasons"), new[] { "client", "profit rank", "criteria met", "why" }, rows)));
        if (classification.Changes.Count > 0)
        {
            blocks.Add(new Bullets("Changes since the previous classification", classification.Changes.Select(c => c.Client.Value + ": " + c.Reason).ToList()));
        }

        return blocks;
    }

    private static Figure Tiers(PortfolioClassification classification)
    {
        var counts = classification.Counts;
        var model = ChartLayer.Model("Clients by tier", I($"{classification.Clients.Count:N0} clients classified over the four criteria"));
        var categories = new CategoryAxis { Position = AxisPosition.Left, AxislineColor = Palette.Black, TicklineColor = Palette.Black };
        categories.Labels.AddRange(counts.Select(c => TierNames.Of(c.Tier)));
        model.Axes.Add(categories);
        model.Axes.Add(ChartLayer.Linear(AxisPosition.Bottom, "clients", 0));
        var firm = new BarSeries { Title = "on the evidence", FillColor = Palette.Blue, IsStacked = true, LabelFormatString = "{0}", LabelPlacement = LabelPlacement.Inside, TextColor = OxyColors.White };
        var open = new BarSeries { Title = "could rise with missing evidence", FillColor = Palette.Orange, IsStacked = true };
        foreach (var c in counts)
        {
            firm.Items.Add(new BarItem(c.Clients - c.RestingOnMissingEvidence));
            open.Items.Add(new BarItem(c.RestingOnMissingEvidence));
        }

        model.Series.Add(firm);
        model.Series.Add(open);
        ChartLayer.LegendBelow(model);
        var alt = "Bars of clients per tier: " + string.Join("; ", counts.Select(c => I($"{TierNames.Of(c.Tier)} {c.Clients:N0}, of which {c.RestingOnMissingEvidence:N0} could rise with missing evidence"))) + ".";
        var table = new DataTable(
            "Clients per tier",
            new[] { "tier", "clients", "could rise with missing evidence" },
            counts.Select(c => (IReadOnlyList<Cell>)new[] { new Cell(TierNames.Of(c.Tier)), Cells.Int(c.Clients), Cells.Int(c.RestingOnMissingEvidence) }).ToList());
        return new Figure("tiers", "Key clients by tier", alt, ChartLayer.Svg(model, "tiers", "Clients by tier", alt, ChartLayer.Width, 300), table);
    }
}
