using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Spectre.Console;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>How many rows a table shows, and what to tell the reader when rows are left out.</summary>
/// <param name="Max">The most rows shown; null for all of them.</param>
/// <param name="ShowAll">How to see every row ("--rows all shows them all").</param>
internal sealed record RowLimit(int? Max, string ShowAll)
{
    /// <summary>The rows of a screenful, shown when nothing else is asked for.</summary>
    public const int Screenful = 40;

    /// <summary>For tables of commands without <c>--rows</c> (the review): a screenful, and JSON for all.</summary>
    public static RowLimit Default { get; } = new(Screenful, "--format json lists them all");

    /// <summary><c>--rows &lt;n|all&gt;</c>: how many rows each table shows (default a screenful); <c>all</c> streams the whole table.</summary>
    public static Option<string> Option()
    {
        var option = new Option<string>("--rows")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"How many rows each table shows: a number, or all (the whole table, written as it is produced). Default {Screenful}; the count of the rows left out is printed below a table."),
            DefaultValueFactory = _ => Screenful.ToString(CultureInfo.InvariantCulture),
            HelpName = "n|all",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            var text = result.Tokens[0].Value;
            if (Parse(text) is null)
            {
                result.AddError("--rows must be a whole number of 1 or more, or all, but was " + Text.Quote(text) + ".");
            }
        });
        return option;
    }

    /// <summary>The limit the <c>--rows</c> option's value asks for.</summary>
    public static RowLimit From(string? value) => Parse(value ?? string.Empty) ?? new RowLimit(Screenful, "--rows all shows them all");

    private static RowLimit? Parse(string text) =>
        text == "all" ? new RowLimit(null, "--rows all shows them all")
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? new RowLimit(n, "--rows all shows them all")
        : null;
}

/// <summary>A column of a <see cref="TableOutput"/> table.</summary>
/// <param name="Header">The header.</param>
/// <param name="RightAligned">Whether the values are right-aligned (numbers).</param>
internal sealed record TableField(string Header, bool RightAligned = false);

/// <summary>
/// Tables of any length. Up to a screenful of rows (or what <see cref="RowLimit"/> allows) is a
/// Spectre.Console table, followed by the count of the rows left out and how to see them all.
/// A longer table, when asked for, is streamed: plain columns, their widths taken from the first
/// rows, each row written as it is produced, so the whole table never sits in memory and its
/// time grows with its rows (a Spectre table measures every cell before it writes one).
/// </summary>
internal static class TableOutput
{
    /// <summary>The most rows drawn as a Spectre.Console table; longer tables are streamed.</summary>
    public const int MaxDrawnRows = 500;

    /// <summary>How many rows the streamed table's column widths are taken from.</summary>
    private const int WidthSample = 200;

    /// <summary>The widest a streamed column is padded to (longer values are written whole).</summary>
    private const int MaxStreamedWidth = 40;

    /// <summary>Writes <paramref name="items"/> as a table of <paramref name="fields"/>, at most <paramref name="limit"/> rows.</summary>
    /// <param name="console">Where the table goes.</param>
    /// <param name="title">The table's title, or null.</param>
    /// <param name="fields">The columns.</param>
    /// <param name="items">The rows' items; enumerated once for the rows shown (and counted, when not a collection).</param>
    /// <param name="cells">The plain-text cells of an item, one per column (escaped here).</param>
    /// <param name="limit">How many rows to show.</param>
    /// <param name="noun">What a row is, plural, for the count of rows left out ("clients").</param>
    public static void Write<T>(IAnsiConsole console, string? title, IReadOnlyList<TableField> fields, IEnumerable<T> items, Func<T, string[]> cells, RowLimit limit, string noun)
    {
        var count = items switch
        {
            IReadOnlyCollection<T> c => c.Count,
            ICollection<T> c => c.Count,
            _ => items.Count(),
        };
        var shown = limit.Max is int max ? Math.Min(max, count) : count;
        if (shown <= MaxDrawnRows)
        {
            Draw(console, title, fields, items.Take(shown), cells);
        }
        else
        {
            Stream(console.Profile.Out.Writer, title, fields, items.Take(shown), cells);
        }

        if (shown < count)
        {
            console.WriteLine(Text.I($"{Text.N(shown)} of {Text.N(count)} {noun} shown; {limit.ShowAll}."));
        }
    }

    private static void Draw<T>(IAnsiConsole console, string? title, IReadOnlyList<TableField> fields, IEnumerable<T> items, Func<T, string[]> cells)
    {
        var table = new Table();
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        foreach (var field in fields)
        {
            var column = new TableColumn(Markup.Escape(field.Header));
            table.AddColumn(field.RightAligned ? column.RightAligned() : column);
        }

        foreach (var item in items)
        {
            table.AddRow(cells(item).Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }

    /// <summary>Writes the rows as they come: a header, a rule, one line per row.</summary>
    internal static void Stream<T>(TextWriter output, string? title, IReadOnlyList<TableField> fields, IEnumerable<T> items, Func<T, string[]> cells)
    {
        var widths = fields.Select(f => f.Header.Length).ToArray();
        var first = new List<string[]>(WidthSample);
        using var rows = items.GetEnumerator();
        while (first.Count < WidthSample && rows.MoveNext())
        {
            var row = Clean(cells(rows.Current));
            first.Add(row);
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Math.Min(MaxStreamedWidth, row[i].Length));
            }
        }

        if (title is not null)
        {
            output.WriteLine(title);
        }

        var line = new StringBuilder();
        output.WriteLine(Format(line, fields, widths, fields.Select(f => f.Header).ToArray()));
        output.WriteLine(Format(line, fields, widths, widths.Select(w => new string('-', w)).ToArray()));
        foreach (var row in first)
        {
            output.WriteLine(Format(line, fields, widths, row));
        }

        first.Clear();
        while (rows.MoveNext())
        {
            output.WriteLine(Format(line, fields, widths, Clean(cells(rows.Current))));
        }
    }

    private static string Format(StringBuilder line, IReadOnlyList<TableField> fields, int[] widths, string[] cells)
    {
        line.Clear();
        for (var i = 0; i < fields.Count; i++)
        {
            var cell = cells[i];
            var last = i == fields.Count - 1;
            if (i > 0)
            {
                line.Append("  ");
            }

            if (fields[i].RightAligned)
            {
                line.Append(' ', Math.Max(0, widths[i] - cell.Length)).Append(cell);
            }
            else
            {
                line.Append(cell);
                if (!last)
                {
                    line.Append(' ', Math.Max(0, widths[i] - cell.Length));
                }
            }
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>One line per row: line breaks and other control characters in a cell become spaces.</summary>
    private static string[] Clean(string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Any(char.IsControl))
            {
                cells[i] = new string(cells[i].Select(c => char.IsControl(c) ? ' ' : c).ToArray());
            }
        }

        return cells;
    }
}
