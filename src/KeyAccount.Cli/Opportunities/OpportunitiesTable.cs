using System.Linq;
using KeyAccount.Core.Opportunities;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Opportunities;

/// <summary>The chosen set, the budgets and what was left out, as tables.</summary>
internal static class OpportunitiesTable
{
    public static void Write(IAnsiConsole console, OpportunityPortfolio portfolio, OpportunitySelection selection, int maxLeftOut = 10)
    {
        var byId = portfolio.Opportunities.ToDictionary(o => o.Id, System.StringComparer.Ordinal);
        var chosen = new Table().Title(Markup.Escape(I($"chosen: {selection.Chosen.Count} of {portfolio.Opportunities.Count} opportunities ({selection.Status})")))
            .AddColumn("id").AddColumn("client").AddColumn("class").AddColumn(new TableColumn("expected return").RightAligned()).AddColumn("title");
        foreach (var id in selection.Chosen)
        {
            var o = byId[id];
            chosen.AddRow(Markup.Escape(o.Id), Markup.Escape(o.Client.Value), Markup.Escape(o.Class.ToString()), D(o.ExpectedReturn), Markup.Escape(o.Title));
        }

        console.Write(chosen);
        var budgets = new Table().Title("budgets").AddColumn("resource").AddColumn(new TableColumn("budget").RightAligned())
            .AddColumn(new TableColumn("used").RightAligned()).AddColumn(new TableColumn("slack").RightAligned()).AddColumn("unit");
        foreach (var r in selection.Resources)
        {
            budgets.AddRow(Markup.Escape(r.Resource.ToString()), D(r.Budget), D(r.Used), D(r.Slack), Markup.Escape(r.Unit));
        }

        console.Write(budgets);
        if (selection.LeftOut.Count > 0)
        {
            var left = new Table().Title(Markup.Escape(I($"left out (first {System.Math.Min(maxLeftOut, selection.LeftOut.Count)} of {selection.LeftOut.Count})")))
                .AddColumn("id").AddColumn(new TableColumn("expected return").RightAligned()).AddColumn("reason");
            foreach (var o in selection.LeftOut.Take(maxLeftOut))
            {
                left.AddRow(Markup.Escape(o.Id), D(o.ExpectedReturn), Markup.Escape(o.Reason));
            }

            console.Write(left);
        }

        console.WriteLine(selection.Explanation);
    }
}
