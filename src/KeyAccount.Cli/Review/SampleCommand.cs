using System.CommandLine;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;

namespace KeyAccount.Cli.Review;

/// <summary><c>keyaccount sample [portfolio|classification|ladder|opportunities|plan|account]</c>: prints a built-in document to start from.</summary>
internal static class SampleCommand
{
    public static Command Create(CliConsole console)
    {
        var kind = new Argument<string>("document")
        {
            Description = "Which document: portfolio (the review's built-in portfolio), classification, ladder, opportunities, plan or account.",
            DefaultValueFactory = _ => "portfolio",
        };
        kind.AcceptOnlyFromAmong("portfolio", "classification", "ladder", "opportunities", "plan", "account");
        var command = new Command("sample", "Print a built-in sample document as JSON, to read the format or to start your own.") { kind };
        command.SetAction(parse =>
        {
            var portfolio = SamplePortfolios.PublisherAndBookshops();
            switch (parse.GetValue(kind))
            {
                case "classification":
                    console.Out.WriteLine(KeyAccountJson.Serialize(portfolio.Classification));
                    break;
                case "ladder":
                    console.Out.WriteLine(KeyAccountJson.Serialize(portfolio.Ladder!));
                    break;
                case "opportunities":
                    console.Out.WriteLine(KeyAccountJson.Serialize(portfolio.Opportunities!));
                    break;
                case "plan":
                    console.Out.WriteLine(KeyAccountJson.Serialize(portfolio.Plan!));
                    break;
                case "account":
                    console.Out.WriteLine(KeyAccountJson.Serialize(KeyAccount.Core.Accounts.SampleAccounts.PublisherAndBookshop()));
                    break;
                default:
                    PortfolioJson.Write(portfolio, console.Out);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
