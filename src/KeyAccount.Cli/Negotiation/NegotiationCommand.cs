using System.CommandLine;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Negotiation;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Negotiation;

/// <summary><c>keyaccount negotiation &lt;plan.json&gt; [--chart frontier.svg]</c>: the zone of agreement, the efficient frontier, the suggested packages and the concession-plan check.</summary>
internal static class NegotiationCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("plan.json") { Description = "A NegotiationPlan document (docs/negotiation.md), or - for standard input." };
        var format = CommonOptions.Format("table", "json");
        var chart = new Option<string?>("--chart") { Description = "Also draw the packages' utilities, the frontier and the BATNAs as an SVG chart to this file.", HelpName = "frontier.svg" };
        var command = new Command("negotiation", "Prepare a negotiation: the zone of possible agreement per issue and overall, the exact efficient frontier of packages, the most balanced packages (Nash product) and the concession-plan check (exit 1 when there are errors).")
        {
            file, format, chart,
        };
        command.SetAction(parse =>
        {
            var plan = InputFile.ReadDocument<NegotiationPlan>(parse.GetValue(file)!, console);
            var run = NegotiationPreparation.Run(plan);
            using var pending = run.Result is not null && parse.GetValue(chart) is { } path ? FrontierChart.Prepare(plan, run.Result, path) : null;
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    JsonOut.WriteLibraryValue(json, "diagnostics", run.Diagnostics);
                    if (run.Result is not null)
                    {
                        JsonOut.WriteLibraryValue(json, "analysis", run.Result);
                    }
                });
            }
            else
            {
                var ansi = console.CreateTableConsole();
                DiagnosticsOutput.Write(ansi, run.Diagnostics, "negotiation " + (plan.Title ?? plan.Id));
                if (run.Result is { } analysis)
                {
                    Write(ansi, analysis);
                }
            }

            pending?.Save();
            return run.Result is null || run.HasErrors ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole ansi, NegotiationAnalysis analysis)
    {
        var zones = new Table().Title("zone of possible agreement").AddColumn("issue").AddColumn(new TableColumn("from").RightAligned()).AddColumn(new TableColumn("to").RightAligned()).AddColumn(new TableColumn("values inside").RightAligned());
        foreach (var z in analysis.Zone.Issues)
        {
            zones.AddRow(Markup.Escape(z.Issue), z.HasAgreement ? z.Low is { } low ? D(low) : "any" : "none", z.HasAgreement ? z.High is { } high ? D(high) : "any" : "none", N(z.AgreeableValues.Count));
        }

        ansi.Write(zones);
        ansi.WriteLine(analysis.Zone.Explanation);
        ansi.WriteLine(analysis.Frontier.Explanation);
        ansi.WriteLine(analysis.AgreeableFrontier.Explanation);
        var issues = analysis.Zone.Issues.Select(z => z.Issue).ToArray();
        var suggested = new Table().Title("suggested packages (largest Nash product first)").AddColumn("#").AddColumn(new TableColumn("ours").RightAligned()).AddColumn(new TableColumn("client's").RightAligned()).AddColumn(new TableColumn("Nash product").RightAligned());
        foreach (var issue in issues)
        {
            suggested.AddColumn(new TableColumn(Markup.Escape(issue)).RightAligned());
        }

        foreach (var s in analysis.Suggestions)
        {
            suggested.AddRow(new[] { N(s.Rank), I($"{s.Package.OurUtility:0.000}"), I($"{s.Package.ClientUtility:0.000}"), I($"{s.NashProduct:0.0000}") }.Concat(s.Package.Terms.Select(t => D(t.Value))).ToArray());
        }

        ansi.Write(suggested);
        foreach (var s in analysis.Suggestions)
        {
            ansi.WriteLine(s.Explanation);
        }

        if (analysis.Concessions is { } concessions)
        {
            var steps = new Table().Title("concession plan").AddColumn("step").AddColumn(new TableColumn("ours").RightAligned()).AddColumn(new TableColumn("client's").RightAligned()).AddColumn(new TableColumn("conceded").RightAligned()).AddColumn("on");
            foreach (var step in concessions.Steps)
            {
                steps.AddRow(N(step.Step), I($"{step.OurUtility:0.000}"), I($"{step.ClientUtility:0.000}"), I($"{step.Concession:0.000}"), Markup.Escape(string.Join(", ", step.ConcededIssues)));
            }

            ansi.Write(steps);
            ansi.WriteLine(concessions.Explanation);
        }

        if (analysis.Outcome is { } outcome)
        {
            ansi.WriteLine(outcome.Explanation);
        }
    }
}
