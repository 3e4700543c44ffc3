using System.CommandLine;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Cli.Opportunities;

/// <summary><c>keyaccount opportunities &lt;portfolio.json&gt;</c>: the best set of opportunities within the budgets of time, money and people.</summary>
internal static class OpportunitiesCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("portfolio.json") { Description = "An OpportunityPortfolio document (docs/opportunities.md), or - for standard input." };
        var greedy = new Option<bool>("--greedy") { Description = "Use the fast greedy heuristic instead of the exact choice (for very large portfolios)." };
        var format = CommonOptions.Format("table", "json");
        var rows = RowLimit.Option();
        var command = new Command("opportunities", "Score the opportunities and choose the best set that fits the budgets of time, money and people (exit 1 when the document has errors or the must-dos cannot fit).")
        {
            file, greedy, format, rows,
        };
        command.SetAction(parse =>
        {
            var portfolio = InputFile.ReadDocument<OpportunityPortfolio>(parse.GetValue(file)!, console);
            var options = parse.GetValue(greedy) ? SelectionOptions.Greedy : SelectionOptions.Exact;
            var run = OpportunitySelector.Run(portfolio, options);
            var diagnostics = run.Diagnostics;
            var selection = run.Result;
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    JsonOut.WriteLibraryValue(json, "diagnostics", diagnostics);
                    if (selection is not null)
                    {
                        JsonOut.WriteLibraryValue(json, "selection", selection);
                    }
                });
            }
            else
            {
                var ansi = console.CreateTableConsole();
                DiagnosticsOutput.Write(ansi, diagnostics, "opportunity portfolio", RowLimit.From(parse.GetValue(rows)));
                if (selection is not null)
                {
                    OpportunitiesTable.Write(ansi, portfolio, selection, rows: RowLimit.From(parse.GetValue(rows)));
                }
            }

            return selection is null || selection.Status == SelectionStatus.Infeasible ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        });
        return command;
    }
}
