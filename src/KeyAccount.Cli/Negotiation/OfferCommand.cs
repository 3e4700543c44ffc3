using System.CommandLine;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Relationships;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Negotiation;

/// <summary>
/// <c>keyaccount offer &lt;offer.json&gt; [--rules rules.json] [--map map.json] [--format table|json]</c>:
/// an offer's diagnostics, the client's ROI, payback and NPV, our margin, and the key-client rules
/// (the default ones, or the company's from <c>--rules</c>); with <c>--map</c> the presentation's
/// audience is checked against the client's relationship map.
/// </summary>
internal static class OfferCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("offer.json") { Description = "An Offer document (docs/negotiation.md), or - for standard input." };
        var rulesFile = new Option<string?>("--rules") { Description = "An OfferRules document: the company's key-client rules per tier (discount approvals, payment terms, exclusivity, minimum ROI); any subset, the rest default. By default the library's OfferRules.Default.", HelpName = "file" };
        var mapFile = new Option<string?>("--map") { Description = "A RelationshipMap document of the offer's client, to check the presentation's audience against its people and their roles.", HelpName = "file" };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("offer", "Check an offer to a key client: benefits tied to client goals, price and margin, the client's ROI, payback and NPV, the tier's rules and who must approve, the presentation's audience (exit 1 when there are errors).")
        {
            file, rulesFile, mapFile, format,
        };
        command.SetAction(parse =>
        {
            var offer = InputFile.ReadDocument<Offer>(parse.GetValue(file)!, console);
            var offerRules = parse.GetValue(rulesFile) is { } rulesPath ? InputFile.ReadDocument<OfferRules>(rulesPath, console) : OfferRules.Default;
            var relationshipMap = parse.GetValue(mapFile) is { } mapPath ? InputFile.ReadDocument<RelationshipMap>(mapPath, console) : null;
            var run = OfferAnalysis.Run(offer, offerRules, plan: null, relationshipMap);
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    JsonOut.WriteLibraryValue(json, "diagnostics", run.Diagnostics);
                    if (run.Result is not null)
                    {
                        JsonOut.WriteLibraryValue(json, "evaluation", run.Result);
                    }
                });
            }
            else
            {
                var ansi = console.CreateTableConsole();
                DiagnosticsOutput.Write(ansi, run.Diagnostics, "offer " + (offer.Title ?? offer.Id));
                if (run.Result is { } evaluation)
                {
                    var f = evaluation.Financials;
                    var numbers = new Table().Title("the offer's numbers").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
                    numbers.AddRow("client's expected benefit", Markup.Escape(f.Benefit.ToString()));
                    numbers.AddRow("client's cost", Markup.Escape(f.Cost.ToString()));
                    numbers.AddRow("client's ROI", f.Roi is { } roi ? P(roi) : "undefined");
                    numbers.AddRow("payback", f.PaybackDate is { } date ? Markup.Escape(I($"{date:uuuu'-'MM'-'dd} ({f.PaybackDays} days)")) : "not within the horizon");
                    numbers.AddRow("net present value", D(decimal.Round(f.NetPresentValue.Amount, 2)) + " " + f.NetPresentValue.Currency.Code);
                    numbers.AddRow("our net price", D(f.NetPrice.Amount) + " " + f.NetPrice.Currency.Code);
                    numbers.AddRow("our margin", D(f.Margin.Amount) + " " + f.Margin.Currency.Code + (f.MarginShare is { } m ? " (" + P(m) + ")" : string.Empty));
                    ansi.Write(numbers);
                    var rules = new Table().Title("key-client rules").AddColumn("rule").AddColumn("verdict").AddColumn("approver").AddColumn("why");
                    foreach (var r in evaluation.Rules)
                    {
                        rules.AddRow(Markup.Escape(r.Rule), r.Verdict.ToString(), Markup.Escape(r.Approver ?? "-"), Markup.Escape(r.Explanation));
                    }

                    ansi.Write(rules);
                    ansi.WriteLine(evaluation.Explanation);
                }
            }

            return run.Result is null || run.HasErrors ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        });
        return command;
    }
}
