using System.CommandLine;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;

namespace KeyAccount.Cli.Review;

/// <summary>
/// <c>keyaccount review [portfolio.json]</c>: the whole method over a portfolio, or over the built-in
/// sample. The library runs it (<see cref="PortfolioReview.Run"/>); this command reads the file and
/// renders the result.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("portfolio.json")
        {
            Description = "A portfolio document (docs/review.md), or - for standard input. Without it, the built-in sample portfolio.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CommonOptions.Format("table", "json", "html");
        var output = Html.HtmlOutput.Option();
        var command = new Command("review", "The whole method over a portfolio: the 20/80 summary, key clients with their reasons, ladder positions, the best opportunities within the budgets, the plan's diagnostics and the checks across areas (exit 1 when a document has errors).")
        {
            file, format, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            Html.HtmlOutput.Check(parse.GetValue(output), parse.GetValue(format)!);
            PortfolioDocument portfolio;
            if (path is null)
            {
                portfolio = SamplePortfolios.PublisherAndBookshops();
            }
            else
            {
                using var stream = InputFile.Open(path, console);
                portfolio = PortfolioJson.Read(stream, InputFile.DisplayName(path));
            }

            var run = PortfolioReview.Run(portfolio);
            var review = run.Result!;
            if (parse.GetValue(format) == "html")
            {
                Html.HtmlOutput.Write(Html.HtmlRenderer.Render(Html.ReviewPage.Build(run, portfolio)), parse.GetValue(output), console);
            }
            else if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(KeyAccountJson.Serialize(review));
            }
            else
            {
                ReviewTable.Write(review, portfolio, console.CreateTableConsole());
            }

            return review.HasErrors ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        });
        return command;
    }
}
