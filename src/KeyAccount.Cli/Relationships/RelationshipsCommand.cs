using System;
using System.CommandLine;
using System.IO;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using KeyAccount.Core.Relationships;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace KeyAccount.Cli.Relationships;

/// <summary>
/// <c>keyaccount relationships MAP.json [--as-of DATE] [--decision ID] [--format table|json|dot|mermaid] [--chart org.svg]</c>:
/// the map's diagnostics, coverage, risks, influence paths, next contacts and departures; the org chart as SVG, DOT or Mermaid.
/// </summary>
internal static class RelationshipsCommand
{
    public static Command Create(CliConsole console, Func<LocalDate> today)
    {
        var file = new Argument<string?>("map.json") { Description = "A RelationshipMap document (docs/relationships.md), or - for standard input; leave it out with --sample.", Arity = ArgumentArity.ZeroOrOne };
        var sample = new Option<bool>("--sample") { Description = "Analyse the built-in sample map (the publisher's bookshop, as of 2026-03-31 unless --as-of says otherwise)." };
        var asOf = CommonOptions.Date("--as-of", "The day the map describes: who has left, how stale contacts are (2026-03-31); by default today.");
        var decision = new Option<string?>("--decision") { Description = "Analyse one decision of the map (its roles and the account-wide ones); by default every role counts.", HelpName = "id" };
        var settingsFile = new Option<string?>("--settings") { Description = "A RelationshipSettings JSON object (staleness days, thresholds, decay, next contacts); any subset.", HelpName = "settings.json" };
        var format = CommonOptions.Format("table", "json", "dot", "mermaid");
        var chart = new Option<string?>("--chart") { Description = "Also draw the org chart as an SVG picture to this file.", HelpName = "org.svg" };
        var command = new Command("relationships", "Analyse a client's relationship map: diagnostics, coverage and risks, the strongest paths to the decision makers, next contacts and who the account depends on; or draw it (exit 1 when the map has errors).")
        {
            file, sample, asOf, decision, settingsFile, format, chart,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            var useSample = parse.GetValue(sample);
            if (useSample == (path is not null))
            {
                throw new CliInputException("give a map file (or - for standard input), or --sample, but not both.");
            }

            var map = useSample ? SampleMaps.Bookshop : InputFile.ReadDocument<RelationshipMap>(path!, console);
            var day = parse.GetValue(asOf) ?? (useSample ? SampleMaps.AsOf : today());
            var settings = parse.GetValue(settingsFile) is string s ? InputFile.ReadDocument<RelationshipSettings>(s, console) : RelationshipSettings.Default;
            var id = parse.GetValue(decision);
            var run = RelationshipAnalyzer.Run(map, settings, day, id);
            var kind = parse.GetValue(format);
            var title = FormattableString.Invariant($"relationship map {map.Title ?? map.Client.Value}, as of {LocalDatePattern.Iso.Format(day)}");
            if (kind == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    json.WriteString("asOf", LocalDatePattern.Iso.Format(day));
                    json.WriteNumber("errors", run.Diagnostics.Count(DiagnosticSeverity.Error));
                    json.WriteNumber("warnings", run.Diagnostics.Count(DiagnosticSeverity.Warning));
                    JsonOut.WriteLibraryValue(json, "diagnostics", run.Diagnostics);
                    if (run.Result is not null)
                    {
                        JsonOut.WriteLibraryValue(json, "analysis", run.Result);
                    }
                });
            }
            else if (kind is "dot" or "mermaid")
            {
                if (run.HasErrors)
                {
                    DiagnosticsOutput.Write(console.CreateTableConsole(), run.Diagnostics, title);
                }
                else
                {
                    var model = new OrgChartModel(map, day, id?.Trim(), settings);
                    console.Out.Write(kind == "dot" ? GraphText.Dot(model) : GraphText.Mermaid(model));
                }
            }
            else
            {
                var table = console.CreateTableConsole();
                DiagnosticsOutput.Write(table, run.Diagnostics, title);
                if (run.Result is not null)
                {
                    table.WriteLine();
                    RelationshipsTable.Write(table, run.Result);
                }
            }

            if (parse.GetValue(chart) is string svg && !run.HasErrors)
            {
                WriteChart(svg, OrgChartSvg.Render(new OrgChartModel(map, day, id?.Trim(), settings)));
                console.Error.WriteLine($"keyaccount: org chart written to {svg}");
            }

            return DiagnosticsOutput.ExitCode(run.Diagnostics);
        });
        return command;
    }

    /// <summary>
    /// Writes the org chart (after the report): a file that cannot be created is bad usage (2), one
    /// that cannot be written an output failure (74), as for the other charts.
    /// </summary>
    private static void WriteChart(string path, string svg)
    {
        using var chart = Pareto.ParetoChart.PendingChart.Open(path, new MemoryStream(new System.Text.UTF8Encoding(false).GetBytes(svg)));
        chart.Save();
    }
}
