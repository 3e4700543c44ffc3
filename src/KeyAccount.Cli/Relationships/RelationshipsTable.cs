using System.Linq;
using KeyAccount.Core.Relationships;
using Spectre.Console;
using Text = KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Relationships;

/// <summary>The relationship analysis as tables: coverage, paths, findings, next contacts, departures.</summary>
internal static class RelationshipsTable
{
    public static void Write(IAnsiConsole console, RelationshipAnalysis a)
    {
        console.WriteLine(a.Explanation);
        console.WriteLine();
        var coverage = new Table().Title("Coverage by kind of person").AddColumn("kind").AddColumn("people", c => c.RightAligned()).AddColumn("with a relationship", c => c.RightAligned())
            .AddColumn("mirror", c => c.RightAligned()).AddColumn("mirror at level", c => c.RightAligned()).AddColumn("strong", c => c.RightAligned()).AddColumn("fresh", c => c.RightAligned()).AddColumn("never assessed", c => c.RightAligned());
        foreach (var k in a.Coverage.Kinds)
        {
            coverage.AddRow(Name(k.Kind), Text.N(k.People), Text.N(k.WithRelationship), Text.N(k.WithMirror), Text.N(k.MirrorsAtLevel), Text.N(k.WithStrong), Text.N(k.Fresh), Text.N(k.UnassessedOnly));
        }

        console.Write(coverage);
        console.WriteLine(Text.I($"Threads: {a.Coverage.TheirThreads} of their people and {a.Coverage.OurThreads} of ours hold the {a.Coverage.StrongRelationships} strong relationships."));
        console.WriteLine();

        var paths = new Table().Title("Strongest path to each decision maker").AddColumn("decision maker").AddColumn("verdict").AddColumn("strength", c => c.RightAligned()).AddColumn("path");
        foreach (var p in a.Paths)
        {
            paths.AddRow(Markup.Escape(p.Name), p.Verdict.ToString().ToLowerInvariant(), p.Strength is double s ? Text.P(s) : "unknown", Markup.Escape(p.People.Count == 0 ? p.Explanation : string.Join(" -> ", p.People)));
        }

        console.Write(paths);
        console.WriteLine();
        if (a.Findings.Count > 0)
        {
            var findings = new Table().Title("Findings").AddColumn("severity").AddColumn("code").AddColumn("about").AddColumn("finding");
            foreach (var f in a.Findings)
            {
                findings.AddRow(f.Severity.ToString(), f.Code, Markup.Escape(f.Subject), Markup.Escape(f.Explanation));
            }

            console.Write(findings);
            console.WriteLine();
        }

        if (a.NextContacts.Count > 0)
        {
            var next = new Table().Title("Next contacts (greedy plan)").AddColumn("rank", c => c.RightAligned()).AddColumn("person").AddColumn("gain", c => c.RightAligned()).AddColumn("why");
            foreach (var n in a.NextContacts)
            {
                next.AddRow(Text.N(n.Rank), Markup.Escape(n.Name), n.Gain.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(n.Explanation));
            }

            console.Write(next);
            console.WriteLine();
        }

        if (a.Departures.Count > 0)
        {
            var leave = new Table().Title("If someone left (most costly first)").AddColumn("person").AddColumn("side").AddColumn("path loss", c => c.RightAligned()).AddColumn("cut off", c => c.RightAligned()).AddColumn("what would go");
            foreach (var d in a.Departures.Take(10))
            {
                leave.AddRow(Markup.Escape(d.Name), d.Side.ToString().ToLowerInvariant(), d.PathLoss.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), Text.N(d.DecisionMakersCut), Markup.Escape(d.Explanation));
            }

            console.Write(leave);
        }
    }

    private static string Name(StakeholderKind kind) => OrgChartModel.Legend.First(l => l.Kind == kind).Name;
}
