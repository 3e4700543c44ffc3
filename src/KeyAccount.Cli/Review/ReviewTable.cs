using System.Linq;
using KeyAccount.Cli.Classification;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Cli.Opportunities;
using KeyAccount.Cli.Pareto;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Review;

/// <summary>The review for people: five sections in the order of the method.</summary>
internal static class ReviewTable
{
    private const int KeyClientsShown = 10;

    public static void Write(ReviewReport report, IAnsiConsole console)
    {
        var portfolio = report.Portfolio;
        console.Write(new Rule(Markup.Escape(I($"{portfolio.Name}, as of {portfolio.AsOf:yyyy-MM-dd}"))).LeftJustified());

        // 1. The 20/80 summary.
        Section(console, "1. The 20/80 analysis of profit over all periods");
        if (report.Pareto is { } analysis && report.ParetoSummary is { } summary)
        {
            var pareto = new ParetoReport(analysis, summary, summary.ClientCount, 0.8);
            console.Write(ParetoTable.Summary(pareto, "profit per client"));
            console.WriteLine(summary.Explanation);
        }
        else
        {
            console.WriteLine("Not analysed: the classification document has errors (see section 2).");
        }

        // 2. Key clients and their reasons.
        Section(console, "2. Key clients, with the reasons");
        DiagnosticsOutput.Write(console, report.Classification.Diagnostics, "classification document");
        if (report.Classification.Classification is { } classification && report.Pareto is { } ranking)
        {
            console.WriteLine(string.Join(", ", classification.Counts.Select(c => I($"{TierNames.Of(c.Tier)}: {c.Clients}"))));
            var key = classification.Clients.Where(c => c.Tier == ClientTier.Key).OrderBy(c => ranking.Find(c.Client).Rank).ToList();
            var keys = new Table().Title(Markup.Escape(I($"key clients by profit rank (first {System.Math.Min(KeyClientsShown, key.Count)} of {key.Count}; all: keyaccount classify)")))
                .AddColumn("client").AddColumn(new TableColumn("profit rank").RightAligned()).AddColumn("why");
            foreach (var client in key.Take(KeyClientsShown))
            {
                keys.AddRow(Markup.Escape(client.Client.Value), N(ranking.Find(client.Client).Rank), Markup.Escape(client.Explanation));
            }

            console.Write(keys);
        }

        // 3. Ladder positions.
        Section(console, "3. Where you stand on the client's ladder");
        if (report.Ladder is { } ladder)
        {
            console.WriteLine(string.Join(", ", ladder.Distribution.Select(d => I($"{PerceptionLadder.Rung(d.Level).Name}: {d.Count}"))));
            var table = new Table().AddColumn("client").AddColumn(new TableColumn("level").RightAligned()).AddColumn("rung")
                .AddColumn(new TableColumn("position").RightAligned()).AddColumn(new TableColumn("confidence").RightAligned()).AddColumn("from");
            foreach (var entry in ladder.Entries)
            {
                table.AddRow(
                    Markup.Escape(entry.Client.Value),
                    N((int)entry.Level),
                    Markup.Escape(PerceptionLadder.Rung(entry.Level).Name),
                    I($"{entry.Position:F2}"),
                    P(entry.Confidence),
                    entry.UsesClientView ? "client's view" : "own view");
            }

            console.Write(table);
            DiagnosticsOutput.Write(console, ladder.Diagnostics, "ladder answers");
        }
        else
        {
            DiagnosticsOutput.Write(console, report.LadderDiagnostics, "ladder answers (none, or with errors)");
        }

        // 4. Opportunities within the budgets.
        Section(console, "4. The best set of opportunities within the budgets");
        DiagnosticsOutput.Write(console, report.OpportunityDiagnostics, "opportunity portfolio");
        if (report.Opportunities is { } selection && portfolio.Opportunities is { } opportunities)
        {
            OpportunitiesTable.Write(console, opportunities, selection, maxLeftOut: 5);
        }

        // 5. The plan.
        Section(console, "5. The key-client development plan");
        if (portfolio.Plan is { } plan)
        {
            console.WriteLine(Markup.Escape(I($"{plan.Title ?? "plan"} for {plan.Client.Value}, {plan.Goals.Count} goals, {plan.Actions.Count} actions, status {plan.Status}")));
            DiagnosticsOutput.Write(console, report.PlanDiagnostics, I($"plan diagnostics as of {portfolio.AsOf:yyyy-MM-dd}"));
        }
        else
        {
            console.WriteLine("No plan in this portfolio.");
        }
    }

    private static void Section(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.Write(new Rule(Markup.Escape(title)).LeftJustified());
    }
}
