using System;
using System.CommandLine;
using KeyAccount.Cli.Accounts;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;
using NodaTime;

namespace KeyAccount.Cli.Review;

/// <summary>
/// <c>keyaccount review [portfolio.json | account.json] [--as-of DATE]</c>: the whole method over a
/// portfolio, over one account (every area the account holds, and its state), or over the built-in
/// sample portfolio. The library runs it (<see cref="PortfolioReview.Run"/>,
/// <see cref="KeyAccount.Core.Accounts.AccountReview.Run"/>); this command reads the file, tells
/// which document it is by its members, and renders the result.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliConsole console, Func<LocalDate> today)
    {
        var file = new Argument<string?>("portfolio.json")
        {
            Description = "A portfolio document (docs/review.md) or an account document (docs/accounts.md), told apart by their members, or - for standard input. Without it, the built-in sample portfolio.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = CommonOptions.Date("--as-of", "For an account document: the day to review it on (2026-03-31); by default today. A portfolio states its own asOf.");
        var format = CommonOptions.Format("table", "json");
        var command = new Command("review", "The whole method over a portfolio: the 20/80 summary, key clients with their reasons, ladder positions, the best opportunities within the budgets, the plan's diagnostics and the checks across areas (exit 1 when a document has errors); or over one account document: every area it holds and its state.")
        {
            file, format, asOf,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            PortfolioDocument portfolio;
            if (path is null)
            {
                portfolio = SamplePortfolios.PublisherAndBookshops();
            }
            else
            {
                // Input detection: an account document (client, no name/asOf/classification) or a portfolio.
                var input = AccountReviewOutput.Read(path, console);
                if (input.IsAccount)
                {
                    return AccountReviewOutput.Run(input, parse.GetValue(asOf) ?? today(), parse.GetValue(format) == "json", console);
                }

                if (parse.GetValue(asOf) is not null)
                {
                    throw new CliInputException($"{input.File}: --as-of is for an account document; this is a portfolio, which states its own asOf.");
                }

                using var stream = new System.IO.MemoryStream(input.Bytes, writable: false);
                portfolio = PortfolioJson.Read(stream, input.File);
            }

            var review = PortfolioReview.Run(portfolio).Result!;
            if (parse.GetValue(format) == "json")
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
