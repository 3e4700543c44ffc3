using System.Linq;
using KeyAccount.Core.Opportunities;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Opportunities;

/// <summary>The chosen set, the budgets and what was left out, as tables.</summary>
internal static class OpportunitiesTable
{
    public static void Write(IAnsiConsole console, OpportunityPortfolio portfolio, OpportunitySelection selection, int maxLeftOut = 10, Infrastructure.RowLimit? rows = null)
    {
        var byId = portfolio.Opportunities.ToDictionary(o => o.Id, System.StringComparer.Ordinal);
        Infrastructure.TableOutput.Write(
            console,
            I($"chosen: {selection.Chosen.Count} of {portfolio.Opportunities.Count} opportunities ({selection.Status})"),
            [new("id"), new("client"), new("class"), new("expected return", RightAligned: true), new("title")],
            selection.Chosen.Select(id => byId[id]),
            o => [o.Id, o.Client.Value, o.Class.ToString(), D(o.ExpectedReturn), o.Title],
            rows ?? Infrastructure.RowLimit.Default,
            "chosen opportunities");
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
