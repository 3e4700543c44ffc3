using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Communications;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Communications;

/// <summary>The report as tables: coverage grid, gaps, silences, overloads, costs, overdue items and the calendar.</summary>
internal static class CommunicationsTable
{
    private const int MaxCalendarRows = 60;

    public static void Write(IAnsiConsole console, CommunicationReport report, CommunicationProgramme programme, IReadOnlyList<ProgrammeOccurrence> calendar)
    {
        var grid = new Table().Title(Markup.Escape(report.Coverage.Explanation)).AddColumn("type").AddColumn("subject");
        foreach (var tool in report.Coverage.Tools)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(tool)).RightAligned());
        }

        grid.AddColumn(new TableColumn("total").RightAligned());
        foreach (var row in report.Coverage.Rows)
        {
            var cells = new List<string> { row.Type.ToString(), row.Subject.ToString() };
            cells.AddRange(row.Counts.Select(n => n == 0 ? "." : N(n)));
            cells.Add(N(row.Total));
            grid.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(grid);
        Findings(console, "gaps", report.Gaps.Select(g => (g.Kind.ToString(), g.Subject, g.Explanation)));
        var silences = new Table().Title("silences").AddColumn("audience").AddColumn(new TableColumn("occurrences").RightAligned())
            .AddColumn(new TableColumn("longest silence (days)").RightAligned()).AddColumn("too long").AddColumn("verdict");
        foreach (var s in report.Silences)
        {
            silences.AddRow(Markup.Escape(s.Audience), N(s.Occurrences), N(s.LongestSilence), s.TooLong ? "yes" : "no", Markup.Escape(s.Explanation));
        }

        console.Write(silences);
        Findings(console, "overloads", report.Overloads.Select(o => (o.Person, I($"{o.WeekStart:yyyy-MM-dd}"), o.Explanation)));
        Findings(console, "costs per month", report.Costs.Select(c => (I($"{c.Month:yyyy-MM}"), c.Cost.ToString(), c.Explanation)));
        Findings(console, "overdue", report.Overdue.Select(o => (o.Item, I($"{o.LastDate:yyyy-MM-dd}"), o.Explanation)));

        var items = programme.Items.ToDictionary(i => i.Id.Trim(), System.StringComparer.Ordinal);
        var shown = calendar.Take(MaxCalendarRows).ToList();
        var table = new Table().Title(Markup.Escape(calendar.Count > shown.Count ? I($"calendar (first {shown.Count} of {N(calendar.Count)} occurrences; --format ics for all)") : I($"calendar ({N(calendar.Count)} occurrences)")))
            .AddColumn("date").AddColumn("item").AddColumn("message").AddColumn("tool").AddColumn("audience").AddColumn("status");
        foreach (var o in shown)
        {
            var item = items[o.ItemId];
            var tool = item.Tool == CommunicationTool.Custom ? item.CustomTool!.Trim() : item.Tool.ToString();
            table.AddRow(Markup.Escape(I($"{o.Date:yyyy-MM-dd}")), Markup.Escape(o.ItemId), Markup.Escape(item.Message), Markup.Escape(tool), Markup.Escape(item.Audience), item.Status.ToString());
        }

        console.Write(table);
        console.WriteLine(report.Explanation);
    }

    private static void Findings(IAnsiConsole console, string title, IEnumerable<(string What, string Detail, string Verdict)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            console.WriteLine(title + ": none");
            return;
        }

        var table = new Table().Title(Markup.Escape(I($"{title} ({list.Count})"))).AddColumn("what").AddColumn("detail").AddColumn("verdict");
        foreach (var (what, detail, verdict) in list)
        {
            table.AddRow(Markup.Escape(what), Markup.Escape(detail), Markup.Escape(verdict));
        }

        console.Write(table);
    }
}
