using System.CommandLine;
using KeyAccount.Cli.Infrastructure;

namespace KeyAccount.Cli.Review;

/// <summary><c>keyaccount review [portfolio.json]</c>: the whole method over a portfolio, or over the built-in sample.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("portfolio.json")
        {
            Description = "A portfolio document (docs/cli.md), or - for standard input. Without it, the built-in sample portfolio.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("review", "The whole method over a portfolio: the 20/80 summary, key clients with their reasons, ladder positions, the best opportunities within the budgets, and the plan's diagnostics (exit 1 when a document has errors).")
        {
            file, format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            PortfolioDocument portfolio;
            var source = "the sample portfolio";
            if (path is null)
            {
                portfolio = SamplePortfolio.Create();
            }
            else
            {
                source = InputFile.DisplayName(path);
                using var stream = InputFile.Open(path, console);
                portfolio = PortfolioJson.Read(stream, source);
            }

            var report = ReviewReport.Create(portfolio, source);
            if (parse.GetValue(format) == "json")
            {
                ReviewJson.Write(report, console.Out);
            }
            else
            {
                ReviewTable.Write(report, console.CreateTableConsole());
            }

            return report.HasErrors ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        });
        return command;
    }
}
