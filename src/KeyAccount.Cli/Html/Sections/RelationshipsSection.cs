using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Cli.Relationships;
using KeyAccount.Core.Relationships;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html.Sections;

/// <summary>Section 5: relationships — the org chart with the six kinds of people and our relationships, the coverage by kind, the findings and the next contacts.</summary>
internal static class RelationshipsSection
{
    public static IReadOnlyList<Block> Blocks(RelationshipMap map, RelationshipAnalysis analysis)
    {
        var blocks = new List<Block> { new Paragraph(analysis.Explanation, "explanation"), OrgChart(map, analysis) };
        blocks.Add(new Paragraph(analysis.Coverage.Explanation));
        blocks.Add(new TableBlock(new DataTable(
            "Coverage by kind of person",
            new[] { "kind", "people", "with a relationship", "with a mirror", "with a strong one", "fresh" },
            analysis.Coverage.Kinds.Select(k => (IReadOnlyList<Cell>)new[]
            {
                new Cell(KindName(k.Kind)), Cells.Int(k.People), Cells.Int(k.WithRelationship), Cells.Int(k.WithMirror), Cells.Int(k.WithStrong), Cells.Int(k.Fresh),
            }).ToList())));
        if (analysis.Findings.Count > 0)
        {
            blocks.Add(new Bullets("Findings", analysis.Findings.Select(f => f.Severity.ToString().ToLowerInvariant() + " " + f.Code + ": " + f.Explanation).ToList()));
        }

        if (analysis.NextContacts.Count > 0)
        {
            blocks.Add(new Bullets("Who to see next", analysis.NextContacts.Select(c => I($"{c.Rank}. {c.Name}: {c.Explanation}")).ToList()));
        }

        if (analysis.Departures.Count > 0)
        {
            blocks.Add(new Bullets("Departures that would cost the account", analysis.Departures.Select(d => d.Explanation).ToList()));
        }

        return blocks;
    }

    public static string KindName(StakeholderKind kind) =>
        OrgChartModel.Legend.FirstOrDefault(l => l.Kind == kind).Name ?? kind.ToString();

    private static Figure OrgChart(RelationshipMap map, RelationshipAnalysis analysis)
    {
        var model = new OrgChartModel(map, analysis.AsOf, analysis.Decision, RelationshipSettings.Default);
        var svg = OrgChartSvg.Render(model);
        var (width, height) = Size(svg);
        var kinds = OrgChartModel.Legend.Select(l => (l.Name, Count: model.Theirs.Count(n => n.Kinds.Contains(l.Kind)))).Where(k => k.Count > 0).ToList();
        var alt = I($"The client's org chart: {model.Theirs.Count} people in their reporting lines, coloured by kind (")
            + string.Join(", ", kinds.Select(k => I($"{k.Count} {k.Name}"))) + I($"), our {model.Ours.Count} people below, and our {model.Relationships.Count} relationships as lines whose weight grows with their strength.");
        var byIndex = model.Theirs;
        var rows = new List<IReadOnlyList<Cell>>();
        for (var i = 0; i < model.Theirs.Count; i++)
        {
            var node = model.Theirs[i];
            var ours = model.Relationships.Where(e => e.To == i).Select(e => model.Ours[e.From].Name + " (" + e.Label + ")");
            rows.Add(new Cell[]
            {
                new Cell(node.Name), new Cell(node.Title ?? string.Empty), new Cell(model.Parent[i] >= 0 ? byIndex[model.Parent[i]].Name : "–"),
                new Cell(OrgChartModel.KindNames(node)), new Cell(string.Join("; ", ours)),
            });
        }

        var table = new DataTable("The client's people, their kinds and our relationships", new[] { "person", "title", "reports to", "kinds", "our relationships" }, rows);
        return new Figure("org-chart", "The relationship map: the org chart with the six kinds of people and our relationships", alt, ChartLayer.Embed(svg, "org-chart", "Org chart of " + model.Title, alt, width, height), table);
    }

    private static (double Width, double Height) Size(string svg)
    {
        static double Read(string svg, string name)
        {
            var at = svg.IndexOf(" " + name + "=\"", StringComparison.Ordinal);
            if (at < 0)
            {
                return 0;
            }

            var start = at + name.Length + 3;
            var end = svg.IndexOf('"', start);
            return double.Parse(svg.AsSpan(start, end - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return (Read(svg, "width"), Read(svg, "height"));
    }
}
