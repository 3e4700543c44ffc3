using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// <c>keyaccount pareto</c> over generated CSV text: rows of a known model written with random
/// delimiters, quoting, line ends, byte-order marks, blank lines and extra columns (no row may be
/// lost: the total read equals the model's), and the same text damaged at random (stray quotes,
/// invalid UTF-8, cut short, huge fields, repeated header names): the contract holds
/// (<see cref="HostileContract"/>). Case counts are bounded for CI.
/// </summary>
public sealed class CsvFuzzProperties
{
    /// <summary>How a model is written as CSV.</summary>
    public sealed record Layout(char Delimiter, bool QuoteAll, string NewLine, bool Bom, bool TrailingNewLine, bool ValueFirst, int ExtraColumns, int BlankLineEvery);

    /// <summary>A client row: an id (any text, delimiters and quotes included) and an amount.</summary>
    public sealed record Row(string Id, decimal Value);

    private static readonly Gen<char> IdChar = Gen.OneOf(
        Gen.Choose('a', 'z').Select(c => (char)c),
        Gen.Choose('0', '9').Select(c => (char)c),
        Gen.Elements(',', ';', '\t', '|', '"', ' ', '\n', 'é', 'ß', '中', '-', '_', '\''));

    private static readonly Gen<string> Id =
        from first in Gen.Choose('a', 'z')
        from rest in IdChar.ArrayOf().Select(cs => new string(cs.Take(12).ToArray()))
        from last in Gen.Choose('0', '9')
        select (char)first + rest + (char)last;

    private static readonly Gen<Row> RowGen =
        from id in Id
        from cents in Gen.Choose(-2_000_000, 50_000_000)
        select new Row(id, cents / 100m);

    private static readonly Gen<Layout> LayoutGen =
        from delimiter in Gen.Elements(',', ';', '\t', '|')
        from quoteAll in Gen.Elements(false, true)
        from newLine in Gen.Elements("\n", "\r\n")
        from bom in Gen.Elements(false, true)
        from trailing in Gen.Elements(false, true)
        from valueFirst in Gen.Elements(false, true)
        from extra in Gen.Choose(0, 2)
        from blank in Gen.Elements(0, 0, 3, 7)
        select new Layout(delimiter, quoteAll, newLine, bom, trailing, valueFirst, extra, blank);

    /// <summary>The CSV text of <paramref name="rows"/> in <paramref name="layout"/>, as bytes.</summary>
    public static byte[] Write(IReadOnlyList<Row> rows, Layout layout)
    {
        string Field(string text) =>
            layout.QuoteAll || text.IndexOfAny([layout.Delimiter, '"', '\n', '\r']) >= 0 || text != text.Trim()
                ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : text;

        var csv = new StringBuilder();
        void Line(string id, string value, int n)
        {
            var fields = new List<string> { Field(id), Field(value) };
            if (layout.ValueFirst)
            {
                fields.Reverse();
            }

            for (var e = 0; e < layout.ExtraColumns; e++)
            {
                fields.Insert(e % (fields.Count + 1), Field(n < 0 ? "extra" + e : "x" + n + "," + e));
            }

            csv.Append(string.Join(layout.Delimiter, fields));
        }

        Line("id", "value", -1);
        for (var i = 0; i < rows.Count; i++)
        {
            csv.Append(layout.NewLine);
            if (layout.BlankLineEvery > 0 && i % layout.BlankLineEvery == 1)
            {
                csv.Append(layout.NewLine);
            }

            Line(rows[i].Id, rows[i].Value.ToString(CultureInfo.InvariantCulture), i);
        }

        if (layout.TrailingNewLine)
        {
            csv.Append(layout.NewLine);
        }

        var bytes = new UTF8Encoding(false).GetBytes(csv.ToString());
        return layout.Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static string[] Args(Layout layout, params string[] more) =>
        ["pareto", "{file}", "--delimiter", layout.Delimiter == '\t' ? "tab" : layout.Delimiter.ToString(), .. more];

    /// <summary>No row lost, however the rows are written: the rows and the total read are the model's.</summary>
    [Property(MaxTest = 80)]
    public Property Every_row_of_a_well_written_csv_is_read()
    {
        var gen = from rows in RowGen.ArrayOf().Select(r => r.Take(60).ToArray()).Where(r => r.Length > 0)
                  from layout in LayoutGen
                  select (rows, layout);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (rows, layout) = input;
            var bytes = Write(rows, layout);
            var (result, file) = HostileContract.RunOnFile(bytes, ".csv", Args(layout, "--aggregate", "--format", "json"));
            var why = HostileContract.Violation(result, file, needsPath: false);
            if (why is not null || result.ExitCode != 0)
            {
                return false.Label($"{why ?? "exit " + result.ExitCode}\n{result}\n{Encoding.UTF8.GetString(bytes)}");
            }

            using var json = JsonDocument.Parse(result.Out);
            var total = json.RootElement.GetProperty("total").GetDecimal();
            var read = json.RootElement.GetProperty("rows").GetInt64();
            return (total == rows.Sum(r => r.Value) && read == rows.Length)
                .Label($"read {read} rows totalling {total}; the file has {rows.Length} totalling {rows.Sum(r => r.Value)}\n{Encoding.UTF8.GetString(bytes)}");
        });
    }

    /// <summary>A kind of damage done to CSV bytes.</summary>
    public enum Damage
    {
        /// <summary>A byte that is never UTF-8 (0xFF), or half of a two-byte character.</summary>
        InvalidUtf8,

        /// <summary>The text cut at a random byte.</summary>
        CutShort,

        /// <summary>A field of 100,000 characters.</summary>
        HugeField,

        /// <summary>A delimiter inserted.</summary>
        ExtraDelimiter,

        /// <summary>A line break inserted.</summary>
        ExtraNewLine,

        /// <summary>A value that is not a number.</summary>
        NotANumber,

        /// <summary>A value beyond decimal.</summary>
        HugeNumber,

        /// <summary>A byte-order mark in the middle.</summary>
        BomInside,

        /// <summary>A NUL and other control characters.</summary>
        ControlCharacters,

        /// <summary>Everything after the header removed, or the header too.</summary>
        Empty,

        /// <summary>A quote inserted where a field starts, never closed.</summary>
        StrayQuote,

        /// <summary>A header name repeated (an unused one, or the empty names of trailing delimiters).</summary>
        DuplicateHeader,
    }

    /// <summary><paramref name="bytes"/> damaged by <paramref name="damage"/> at the relative position <paramref name="at"/> (0..1).</summary>
    public static byte[] Apply(byte[] bytes, Damage damage, double at, char delimiter)
    {
        var list = bytes.ToList();
        var i = Math.Clamp((int)(at * list.Count), 0, list.Count);
        var d = (byte)delimiter;
        switch (damage)
        {
            case Damage.InvalidUtf8: list.InsertRange(i, at < 0.5 ? [0xFF] : [0xC3]); break;
            case Damage.CutShort: list.RemoveRange(i, list.Count - i); break;
            case Damage.HugeField: list.InsertRange(i, Enumerable.Repeat((byte)'w', 100_000)); break;
            case Damage.ExtraDelimiter: list.Insert(i, d); break;
            case Damage.ExtraNewLine: list.Insert(i, (byte)'\n'); break;
            case Damage.NotANumber: list.AddRange(Encoding.UTF8.GetBytes($"\nzz{(char)d}1,5e{(char)d}\nyy{(char)d}abc")); break;
            case Damage.HugeNumber: list.AddRange(Encoding.UTF8.GetBytes($"\nzz{(char)d}79228162514264337593543950335\nyy{(char)d}79228162514264337593543950335\nxx{(char)d}1e400")); break;
            case Damage.BomInside: list.InsertRange(i, [0xEF, 0xBB, 0xBF]); break;
            case Damage.ControlCharacters: list.InsertRange(i, [0, 7, 27, (byte)'[', (byte)'2', (byte)'J']); break;
            case Damage.Empty: list.RemoveRange(at < 0.5 ? 0 : Math.Max(0, list.IndexOf((byte)'\n')), at < 0.5 ? list.Count : list.Count - Math.Max(0, list.IndexOf((byte)'\n'))); break;
            case Damage.StrayQuote:
                var start = list.IndexOf((byte)'\n', i);
                list.Insert(start < 0 ? list.Count : start + 1, (byte)'"');
                break;
            case Damage.DuplicateHeader:
                var end = list.IndexOf((byte)'\n');
                var header = Encoding.UTF8.GetBytes(at < 0.5 ? $"{(char)d}{(char)d}" : $"{(char)d}note{(char)d}note");
                list.InsertRange(end < 0 ? list.Count : (end > 0 && list[end - 1] == '\r' ? end - 1 : end), header);
                break;
        }

        return [.. list];
    }

    /// <summary>Damage known to reach exit 70 or a silently short read today, fixed in the CSV reader on its own branch (issue 13, items 1, 2 and 6).</summary>
    private static readonly Damage[] PendingInCsvReader = [Damage.DuplicateHeader, Damage.StrayQuote];

    private static Property Contract(Damage[] damages)
    {
        var gen = from rows in RowGen.ArrayOf().Select(r => r.Take(30).ToArray())
                  from layout in LayoutGen
                  from damage in Gen.Elements(damages)
                  from at in Gen.Choose(0, 1000).Select(n => n / 1000.0)
                  from aggregate in Gen.Elements(false, true)
                  from format in Gen.Elements("table", "json", "csv")
                  select (rows, layout, damage, at, aggregate, format);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (rows, layout, damage, at, aggregate, format) = input;
            var bytes = Apply(Write(rows, layout), damage, at, layout.Delimiter);
            var args = Args(layout, "--format", format);
            var (result, file) = HostileContract.RunOnFile(bytes, ".csv", aggregate ? [.. args, "--aggregate"] : args);
            var why = HostileContract.Violation(result, file, needsPath: false);
            return (why is null).Label($"{damage} at {at}: {why}\n{result}\n--- input\n{Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 3000)])}");
        });
    }

    [Property(MaxTest = 150)]
    public Property A_damaged_csv_keeps_the_contract() =>
        Contract(Enum.GetValues<Damage>().Except(PendingInCsvReader).ToArray());

    [Property(MaxTest = 60)]
    public Property A_csv_with_repeated_header_names_or_stray_quotes_keeps_the_contract() =>
        Contract(PendingInCsvReader);

    /// <summary>A quote never closed must not swallow rows silently: exit 2, or every row read.</summary>
    [Property(MaxTest = 60)]
    public Property A_stray_quote_never_loses_rows_silently()
    {
        var gen = from rows in RowGen.ArrayOf().Select(r => r.Take(30).ToArray()).Where(r => r.Length > 2)
                  from at in Gen.Choose(0, 1000).Select(n => n / 1000.0)
                  select (rows, at);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (rows, at) = input;
            var layout = new Layout(',', false, "\n", false, false, false, 0, 0);
            var bytes = Apply(Write(rows, layout), Damage.StrayQuote, at, ',');
            var (result, file) = HostileContract.RunOnFile(bytes, ".csv", "pareto", "{file}", "--aggregate", "--format", "json");
            if (result.ExitCode != 0)
            {
                return (HostileContract.Violation(result, file, needsPath: false) is null).Label(result.ToString());
            }

            using var json = JsonDocument.Parse(result.Out);
            return (json.RootElement.GetProperty("rows").GetInt64() == rows.Length).Label($"exit 0 with rows lost\n{result}\n{Encoding.UTF8.GetString(bytes)}");
        });
    }
}
