using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Health;

/// <summary>
/// <c>keyaccount health ACCOUNT.json... [--as-of date] [--since date] [--format table|json] [--chart health.svg]</c>:
/// the health scorecard of one account, or the ranked health of several, with the change since an
/// earlier date attributed to the components (docs/health.md).
/// </summary>
internal static class HealthCommand
{
    public static Command Create(CliConsole console, Func<LocalDate> today)
    {
        var files = new Argument<string[]>("account.json")
        {
            Description = "One or more AccountDocuments (docs/accounts.md), one per client; - reads one from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var asOf = CommonOptions.Date("--as-of", "The day of the scorecard (2026-03-31); by default today.");
        var since = CommonOptions.Date("--since", "An earlier day: each account's change since then, attributed exactly to the components, and the accounts whose score fell most.");
        var format = CommonOptions.Format("table", "json");
        var chart = new Option<string?>("--chart")
        {
            Description = "Also draw an SVG: for one account its components and score over time (monthly, from --since or the start of its history), for several their scores, lowest first.",
            HelpName = "health.svg",
        };
        var rows = RowLimit.Option();
        var command = new Command("health", "The health of key accounts: one 0-100 score per account from every area it holds, its band (healthy, watch, at risk), the components and the facts that cost the most; with --since, the change attributed to the components. Exit 1 when an account has errors.")
        {
            files, asOf, since, format, chart, rows,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            var svg = parse.GetValue(chart);
            CheckChart(svg, paths);
            var day = parse.GetValue(asOf) ?? today();
            var earlier = parse.GetValue(since);
            if (earlier is { } d && d > day)
            {
                throw new CliInputException($"--since {LocalDatePattern.Iso.Format(d)} is after the scorecard's day {LocalDatePattern.Iso.Format(day)}; give an earlier date.");
            }

            var accounts = Read(paths, console);
            var diagnostics = accounts.Select(a => AccountValidator.Validate(a.Document, day)).ToArray();
            var portfolio = HealthScorecard.Portfolio(accounts.Select(a => a.Document).ToArray(), day, earlier);
            using var pending = svg is null ? null : HealthChart.Prepare(accounts.Select(a => a.Document).ToArray(), portfolio, svg);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(console, accounts, diagnostics, portfolio);
            }
            else
            {
                HealthTable.Write(console.CreateTableConsole(), portfolio, RowLimit.From(parse.GetValue(rows)));
                var table = console.CreateTableConsole();
                for (var i = 0; i < accounts.Count; i++)
                {
                    DiagnosticsOutput.Write(table, diagnostics[i], FormattableString.Invariant($"{accounts[i].Name} (account {accounts[i].Document.Client.Value}), as of {LocalDatePattern.Iso.Format(day)}"), RowLimit.From(parse.GetValue(rows)));
                }
            }

            pending?.Save();
            return diagnostics.Any(DiagnosticsOutput.HasErrors) ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>An account read from a file, with the name its messages use.</summary>
    internal sealed record AccountInput(string Name, AccountDocument Document);

    private static List<AccountInput> Read(string[] paths, CliConsole console)
    {
        var accounts = new List<AccountInput>(paths.Length);
        var byClient = new Dictionary<ClientId, string>();
        foreach (var path in paths)
        {
            var name = InputFile.DisplayName(path);
            var document = InputFile.ReadDocument<AccountDocument>(path, console);
            if (byClient.TryGetValue(document.Client, out var first))
            {
                throw new CliInputException($"{name}: the account of client {Text.Quote(document.Client.Value)} is also in {first}; give one account per client.");
            }

            byClient.Add(document.Client, name);
            accounts.Add(new AccountInput(name, document));
        }

        return accounts;
    }

    private static void WriteJson(CliConsole console, List<AccountInput> accounts, IReadOnlyList<Diagnostic>[] diagnostics, PortfolioHealth portfolio)
    {
        JsonOut.WriteObject(console.Out, json =>
        {
            json.WriteString("asOf", LocalDatePattern.Iso.Format(portfolio.AsOf));
            if (portfolio.Since is { } since)
            {
                json.WriteString("since", LocalDatePattern.Iso.Format(since));
            }
            else
            {
                json.WriteNull("since");
            }

            json.WriteNumber("errors", diagnostics.Sum(list => list.Count(d => d.Severity == DiagnosticSeverity.Error)));
            json.WriteNumber("warnings", diagnostics.Sum(list => list.Count(d => d.Severity == DiagnosticSeverity.Warning)));
            JsonOut.WriteLibraryValue(json, "health", portfolio);
            json.WriteStartArray("files");
            for (var i = 0; i < accounts.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("file", accounts[i].Name);
                json.WriteString("client", accounts[i].Document.Client.Value);
                JsonOut.WriteLibraryValue(json, "diagnostics", diagnostics[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>Refuses a chart file that is empty or that is one of the inputs (drawing would overwrite it).</summary>
    private static void CheckChart(string? svg, string[] inputs)
    {
        if (svg is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(svg))
        {
            throw new CliInputException("--chart needs a file name for the SVG, such as health.svg, but was empty.");
        }

        var target = Path.GetFullPath(svg);
        foreach (var input in inputs)
        {
            if (input != "-" && string.Equals(Path.GetFullPath(input), target, StringComparison.Ordinal))
            {
                throw new CliInputException($"--chart {svg} is an input file; drawing the chart would overwrite it. Choose another file name.");
            }
        }
    }
}
