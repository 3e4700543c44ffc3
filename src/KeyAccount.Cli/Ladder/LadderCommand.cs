using System.CommandLine;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Ladder;

/// <summary><c>keyaccount ladder &lt;assessments.json&gt;</c>: positions on the client's perception ladder from the six questions.</summary>
internal static class LadderCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("assessments.json") { Description = "A LadderAssessmentSet (docs/ladder.md), or - for standard input." };
        var format = CommonOptions.Format("table", "json");
        var rows = RowLimit.Option();
        var command = new Command("ladder", "Place each assessed client on the four-rung perception ladder, with confidence, your view against the client's, and how to climb (exit 1 when the document has errors).")
        {
            file, format, rows,
        };
        command.SetAction(parse =>
        {
            var set = InputFile.ReadDocument<LadderAssessmentSet>(parse.GetValue(file)!, console);
            var run = LadderPositioner.Run(set);
            var diagnostics = run.Diagnostics;
            if (run.Result is not { } result)
            {
                if (parse.GetValue(format) == "json")
                {
                    JsonOut.WriteObject(console.Out, json => JsonOut.WriteLibraryValue(json, "diagnostics", diagnostics));
                }
                else
                {
                    DiagnosticsOutput.Write(console.CreateTableConsole(), diagnostics, "ladder answers", RowLimit.From(parse.GetValue(rows)));
                }

                return ExitCodes.AnalysisErrors;
            }

            var portfolio = result.Portfolio;
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    JsonOut.WriteLibraryValue(json, "portfolio", portfolio);
                    json.WriteStartArray("clients");
                    foreach (var perspectives in result.Clients)
                    {
                        JsonSerializerWrite(json, perspectives);
                    }

                    json.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            var ansi = console.CreateTableConsole();
            ansi.WriteLine(string.Join(", ", portfolio.Distribution.Select(d => I($"{PerceptionLadder.Rung(d.Level).Name}: {d.Count}"))));
            TableOutput.Write(
                ansi,
                null,
                [new("client"), new("rung"), new("own view", RightAligned: true), new("client's view", RightAligned: true), new("confidence", RightAligned: true), new("why")],
                result.Clients.OrderBy(p => p.Client.Value, System.StringComparer.Ordinal),
                perspectives =>
                {
                    var position = perspectives.ClientView ?? perspectives.Own;
                    return
                    [
                        perspectives.Client.Value,
                        PerceptionLadder.Rung(position.Level).Name,
                        I($"{perspectives.Own.Position:F2}"),
                        perspectives.ClientView is { } view ? I($"{view.Position:F2}") : "-",
                        P(position.Confidence),
                        position.Explanation,
                    ];
                },
                RowLimit.From(parse.GetValue(rows)),
                "clients");
            DiagnosticsOutput.Write(ansi, diagnostics, "ladder answers", RowLimit.From(parse.GetValue(rows)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void JsonSerializerWrite(System.Text.Json.Utf8JsonWriter json, LadderPerspectives perspectives) =>
        System.Text.Json.JsonSerializer.Serialize(json, perspectives, KeyAccountJson.TypeInfo<LadderPerspectives>());
}
