using System.CommandLine;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Classification;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Classification;

/// <summary><c>keyaccount classify &lt;classification.json&gt;</c>: key clients over the four criteria, with reasons.</summary>
internal static class ClassifyCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("classification.json") { Description = "A ClassificationPortfolioDocument (docs/classification.md), or - for standard input." };
        var all = new Option<bool>("--all") { Description = "List every client, not only key and potential key clients." };
        var format = CommonOptions.Format("table", "json");
        var rows = RowLimit.Option();
        var command = new Command("classify", "Classify clients as key, potential key or other over the method's four criteria, each verdict with its evidence (exit 1 when the document has errors).")
        {
            file, all, format, rows,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var document = InputFile.ReadDocument<ClassificationPortfolioDocument>(path, console);
            var report = ClassificationRun.Classify(document, InputFile.DisplayName(path), "$.clients");
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(KeyAccount.Core.Json.KeyAccountJson.Serialize(report));
            }
            else
            {
                var ansi = console.CreateTableConsole();
                DiagnosticsOutput.Write(ansi, report.Diagnostics, "classification document");
                if (report.Classification is { } classification)
                {
                    ansi.WriteLine(string.Join(", ", classification.Counts.Select(c => I($"{TierNames.Of(c.Tier)}: {c.Clients}"))));
                    var clients = classification.Clients.Where(c => parse.GetValue(all) || c.Tier != ClientTier.Other).OrderByDescending(c => c.Tier).ThenBy(c => c.Client.Value, System.StringComparer.Ordinal);
                    TableOutput.Write(ansi, null, [new("client"), new("tier"), new("why")], clients, c => [c.Client.Value, TierNames.Of(c.Tier), c.Explanation], RowLimit.From(parse.GetValue(rows)), "clients");
                }
            }

            return DiagnosticsOutput.ExitCode(report.Diagnostics);
        });
        return command;
    }
}
