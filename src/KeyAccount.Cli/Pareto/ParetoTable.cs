using System;
using System.Linq;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Pareto;

/// <summary>The human-readable output of <c>keyaccount pareto</c>: a summary table, the library's explanation and the top clients.</summary>
internal static class ParetoTable
{
    private const int TopClients = 10;

    public static void Write(ParetoReport report, IAnsiConsole console)
    {
        console.Write(Summary(report, "20/80 analysis"));
        console.WriteLine(report.Summary.Explanation);
        console.WriteLine();
        console.Write(Top(report, TopClients));
    }

    /// <summary>The summary figures as a two-column table.</summary>
    internal static Table Summary(ParetoReport report, string title)
    {
        var summary = report.Summary;
        var currency = summary.Currency.Code;
        var table = new Table().Title(Markup.Escape(title)).AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("clients", N(summary.ClientCount));
        if (report.Rows != summary.ClientCount)
        {
            table.AddRow("rows read", N(report.Rows));
        }

        table.AddRow("net total", Money(summary.Total, currency));
        if (summary.VitalFew is { } vitalFew)
        {
            table.AddRow(Markup.Escape(I($"vital few (reach {vitalFew.TargetShare:0.##%} of the total)")), I($"{vitalFew.Count:N0} clients"));
            table.AddRow("  share of clients", P(vitalFew.ClientShare));
            table.AddRow("  share of the total", P(vitalFew.ValueShare));
        }

        // Concentration is undefined with a loss maker, and also when the amounts add up to zero.
        var undefined = summary.Whale is not null ? "undefined (losses)" : "undefined (total 0)";
        table.AddRow("Gini coefficient", summary.Gini is { } gini ? I($"{gini:F3}") : undefined);
        table.AddRow("HHI (0..1)", summary.Hhi is { } hhi ? I($"{hhi:F4}") : undefined);
        table.AddRow("computed ABC: A / B / C", I($"{summary.Abc.A:N0} / {summary.Abc.B:N0} / {summary.Abc.C:N0}"));
        if (summary.Whale is { } whale)
        {
            table.AddRow("whale: profitable clients", N(whale.PeakClients));
            table.AddRow("whale: peak profit", Money(whale.PeakAmount, currency) + (whale.PeakShare is { } share ? I($" ({share:0%} of net)") : string.Empty));
            table.AddRow("whale: loss makers", N(whale.LossMakers));
            table.AddRow("whale: profit they destroy", Money(whale.LossAmount, currency));
        }

        return table;
    }

    /// <summary>The top clients by rank.</summary>
    internal static Table Top(ParetoReport report, int count)
    {
        var shown = Math.Min(count, report.Summary.ClientCount);
        var table = new Table().Title(I($"top {shown} clients"))
            .AddColumn(new TableColumn("rank").RightAligned())
            .AddColumn("client")
            .AddColumn(new TableColumn("amount").RightAligned())
            .AddColumn(new TableColumn("share").RightAligned())
            .AddColumn(new TableColumn("cumulative").RightAligned())
            .AddColumn("ABC");
        foreach (var client in report.Analysis.Ranking.Take(shown))
        {
            table.AddRow(
                N(client.Rank),
                Markup.Escape(client.Client.Value),
                D(client.Amount),
                client.Share is { } share ? P(share) : "-",
                client.CumulativeShare is { } cumulative ? P(cumulative) : "-",
                report.AbcClassAt(client.Rank).ToString());
        }

        return table;
    }

    private static string Money(decimal value, string currency) => currency == "XXX" ? D(value) : D(value) + " " + currency;
}
