using System;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace KeyAccount.Cli.Pareto;

/// <summary>The human-readable output of <c>keyaccount pareto</c>: a summary table and the top clients.</summary>
internal static class ParetoTable
{
    private const int TopClients = 10;

    public static void Write(ParetoReport report, IAnsiConsole console)
    {
        console.Write(Summary(report));
        console.Write(Top(report));
    }

    internal static Table Summary(ParetoReport report)
    {
        var table = new Table().Title("20/80 analysis").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("clients", N(report.Clients));
        if (report.Rows != report.Clients)
        {
            table.AddRow("rows read", N(report.Rows));
        }

        table.AddRow("total", D(report.Total));
        table.AddRow(Markup.Escape(I($"vital few (reach {report.Target:P0} of the total)")), I($"{report.VitalFewCount:N0} clients"));
        table.AddRow("  share of clients", P(report.VitalFewClientShare));
        table.AddRow("  share of the total", P(report.VitalFewValueShare));
        table.AddRow("Gini coefficient", I($"{report.Gini:F3}"));
        table.AddRow("HHI (0..1)", I($"{report.Hhi:F4}"));
        table.AddRow("ABC (computed): A / B / C", I($"{report.AbcA:N0} / {report.AbcB:N0} / {report.AbcC:N0}"));
        if (report.Whale is { } whale)
        {
            table.AddRow("whale: peak after", I($"{whale.PeakClients:N0} clients"));
            table.AddRow("whale: peak profit / total", P(whale.PeakShare));
            table.AddRow("whale: loss makers", N(whale.LossMakers));
            table.AddRow("whale: their losses", D(whale.LossAmount));
        }

        return table;
    }

    private static Table Top(ParetoReport report)
    {
        var table = new Table().Title(I($"top {Math.Min(TopClients, report.Clients)} clients"))
            .AddColumn(new TableColumn("rank").RightAligned())
            .AddColumn("client")
            .AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn("share").RightAligned())
            .AddColumn(new TableColumn("cumulative").RightAligned())
            .AddColumn("ABC");
        foreach (var client in report.Ranked.Take(TopClients))
        {
            table.AddRow(N(client.Rank), Markup.Escape(client.Id), D(client.Amount), P(client.Share), P(client.CumulativeShare), client.AbcClass.ToString());
        }

        return table;
    }

    private static string I(FormattableString text) => FormattableString.Invariant(text);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string D(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}
