using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Cli.Input;
using KeyAccount.Cli.Pareto;
using KeyAccount.Core;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary>
/// The parallel CSV path against a simple sequential reference: for any CSV (random quoting, CRLF
/// or LF, a byte-order mark, blank lines, ids that need quotes, amounts with up to 20 decimals),
/// any number of threads and any chunk size (down to one byte, so that quoted fields span chunks),
/// the per-client sums are exactly the reference's, and the first error is the same message.
/// </summary>
public sealed class ParallelCsvReaderPropertyTests
{
    private static readonly string[][] Layouts =
    [
        ["id", "value"],
        ["value", "id"],
        ["id", "note", "value"],
        ["note", "value", "x", "id", "tail"],
        ["id", "value", "", ""],
    ];

    private static readonly string[] IdPool =
    [
        "a1", "B-2", "c,comma", "say \"hi\"", "two\nlines", "  padded  ", "Zürich", "日本", "x;y", "\"quoted\"", "tab\tin", "é",
    ];

    private static readonly Gen<(int Seed, int Threads, int ChunkBytes)> Runs =
        from seed in Gen.Choose(0, int.MaxValue)
        from threads in Gen.Choose(1, 4)
        from chunk in Gen.Elements(1, 2, 3, 7, 16, 64, 1000, 1 << 20)
        select (seed, threads, chunk);

    [Property(MaxTest = 200)]
    public Property Per_client_sums_equal_the_sequential_reference_whatever_the_threads_and_chunks()
    {
        return Prop.ForAll(Runs.ToArbitrary(), run =>
        {
            var csv = GeneratedCsv.Create(new Random(run.Seed), Layouts, IdPool);
            var actual = Read(csv.Bytes, aggregate: true, run.Threads, run.ChunkBytes);
            var sums = Enumerable.Range(0, actual.Ids.Length).ToDictionary(i => actual.Ids[i].Value, i => actual.Amounts[i].ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
            var expected = csv.Reference.ToDictionary(p => p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
            var same = sums.Count == expected.Count && sums.All(p => expected.TryGetValue(p.Key, out var e) && e == p.Value) && actual.Rows == csv.Rows;
            return Prop.Label(same, $"threads {run.Threads}, chunk {run.ChunkBytes}, csv:\n{csv.Text}\nexpected {string.Join("; ", expected)}\nactual {string.Join("; ", sums)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property The_first_error_is_the_same_whatever_the_threads_and_chunks()
    {
        var gen = from run in Runs
                  from defect in Gen.Elements("abc", string.Empty, "\"open", "1e999")
                  select (run, defect);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (run, defect) = input;
            var csv = GeneratedCsv.Create(new Random(run.Seed), Layouts, IdPool, defect);
            var sequential = ErrorOf(() => Read(csv.Bytes, aggregate: false, threads: 1, chunkBytes: 1 << 20));
            var parallel = ErrorOf(() => Read(csv.Bytes, aggregate: false, run.Threads, run.ChunkBytes));
            return Prop.Label(sequential == parallel, $"threads {run.Threads}, chunk {run.ChunkBytes}: '{sequential}' against '{parallel}'\n{csv.Text}");
        });
    }

    /// <summary>
    /// A file is read by position, every thread reading its own block at once; any other stream in
    /// order under a lock. Both give the same sums, rows and first error.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property A_file_read_by_position_gives_what_a_stream_read_in_order_gives()
    {
        var gen = from run in Runs
                  from defect in Gen.Elements<string?>(null, null, "abc", "\"open", "1e999")
                  from aggregate in Gen.Elements(true, false)
                  select (run, defect, aggregate);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (run, defect, aggregate) = input;
            var csv = GeneratedCsv.Create(new Random(run.Seed), Layouts, IdPool, defect);
            var path = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(path, csv.Bytes);
                var fromStream = Outcome(() => Read(csv.Bytes, aggregate, threads: 1, chunkBytes: 1 << 20));
                var fromFile = Outcome(() =>
                {
                    using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
                    return CsvAmountReader.Read(file, "t.csv", "id", "value", ',', aggregate, new Currency("XXX"), null, run.Threads, run.ChunkBytes);
                });
                return Prop.Label(fromStream == fromFile, $"threads {run.Threads}, chunk {run.ChunkBytes}: '{fromStream}' against '{fromFile}'\n{csv.Text}");
            }
            finally
            {
                File.Delete(path);
            }
        });

        static string Outcome(Func<ClientAmounts> read)
        {
            try
            {
                var amounts = read();
                return string.Join("; ", Enumerable.Range(0, amounts.Ids.Length)
                    .Select(i => FormattableString.Invariant($"{amounts.Ids[i].Value}={amounts.Amounts[i]}"))
                    .Order(StringComparer.Ordinal)) + FormattableString.Invariant($" ({amounts.Rows} rows)");
            }
            catch (CliInputException ex)
            {
                return ex.Message;
            }
        }
    }

    /// <summary>Ids that need no quotes: files made of them take the vector path for quote-free chunks.</summary>
    private static readonly string[] PlainIdPool = ["a1", "B-2", "  padded  ", "Zürich", "日本", "x;y", "tab\tin", "é", "z"];

    [Property(MaxTest = 200)]
    public Property Quote_free_files_give_the_same_sums_as_the_general_path()
    {
        return Prop.ForAll(Runs.ToArbitrary(), run =>
        {
            var csv = GeneratedCsv.Create(new Random(run.Seed), Layouts, PlainIdPool, quoteFree: true);
            var vector = Sums(Read(csv.Bytes, aggregate: true, run.Threads, run.ChunkBytes));
            var general = Sums(Read(csv.WithQuotedRowAtEnd(), aggregate: true, threads: 1, chunkBytes: 1 << 20));
            general["q\"q"] = general["q\"q"] - 1m;
            if (general["q\"q"] == 0m)
            {
                general.Remove("q\"q");
            }

            var expected = csv.Reference.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var same = Same(vector, expected) && Same(general, expected);
            return Prop.Label(same, $"threads {run.Threads}, chunk {run.ChunkBytes}, csv:\n{csv.Text}\nexpected {string.Join("; ", expected)}\nvector {string.Join("; ", vector)}\ngeneral {string.Join("; ", general)}");
        });

        static Dictionary<string, decimal> Sums(ClientAmounts amounts) =>
            Enumerable.Range(0, amounts.Ids.Length).ToDictionary(i => amounts.Ids[i].Value, i => amounts.Amounts[i], StringComparer.Ordinal);

        static bool Same(Dictionary<string, decimal> a, Dictionary<string, decimal> b) =>
            a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v.ToString(CultureInfo.InvariantCulture) == p.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Property(MaxTest = 200)]
    public Property Quote_free_files_report_the_same_first_error_as_the_general_path()
    {
        var gen = from run in Runs
                  from defect in Gen.Elements("abc", string.Empty, "1e999", GeneratedCsv.ShortRow)
                  select (run, defect);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (run, defect) = input;
            var csv = GeneratedCsv.Create(new Random(run.Seed), Layouts, PlainIdPool, defect, quoteFree: true);
            var general = ErrorOf(() => Read(csv.WithQuotedRowAtEnd(), aggregate: false, threads: 1, chunkBytes: 1 << 20));
            var vector = ErrorOf(() => Read(csv.Bytes, aggregate: false, run.Threads, run.ChunkBytes));
            return Prop.Label(general is not null && general == vector, $"threads {run.Threads}, chunk {run.ChunkBytes}: '{general}' against '{vector}'\n{csv.Text}");
        });
    }

    /// <summary>
    /// Hundreds of clients, so that each thread's table holds many and the tables are combined in
    /// many batches (the merge touches 16 clients' slots at a time): the sums, the order of the
    /// clients, and without --aggregate the first repeated id, are those of one thread.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Many_clients_combine_as_one_thread_reads_them()
    {
        var gen = from seed in Gen.Choose(0, int.MaxValue)
                  from threads in Gen.Choose(2, 4)
                  from chunk in Gen.Elements(64, 300, 1000, 4096)
                  from clients in Gen.Choose(1, 700)
                  from rows in Gen.Choose(1, 3000)
                  select (seed, threads, chunk, clients, rows);
        return Prop.ForAll(gen.ToArbitrary(), run =>
        {
            var random = new Random(run.seed);
            var text = new StringBuilder("id,value\n");
            var reference = new Dictionary<string, decimal>(StringComparer.Ordinal);
            for (var r = 0; r < run.rows; r++)
            {
                var id = "c" + random.Next(run.clients).ToString(CultureInfo.InvariantCulture);
                var amount = random.Next(-5000, 100000) / 100m;
                text.Append(id).Append(',').Append(amount.ToString(CultureInfo.InvariantCulture)).Append('\n');
                reference[id] = reference.GetValueOrDefault(id) + amount;
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            var one = Read(bytes, aggregate: true, threads: 1, chunkBytes: 1 << 20);
            var many = Read(bytes, aggregate: true, run.threads, run.chunk);
            var sums = Enumerable.Range(0, many.Ids.Length).ToDictionary(i => many.Ids[i].Value, i => many.Amounts[i], StringComparer.Ordinal);
            var sameSums = sums.Count == reference.Count && reference.All(p => sums.TryGetValue(p.Key, out var s) && s == p.Value);
            var sameError = ErrorOf(() => Read(bytes, aggregate: false, threads: 1, chunkBytes: 1 << 20)) == ErrorOf(() => Read(bytes, aggregate: false, run.threads, run.chunk));
            return Prop.Label(sameSums && one.Ids.Length == many.Ids.Length && sameError, $"threads {run.threads}, chunk {run.chunk}, {run.clients} clients, {run.rows} rows: sums {sameSums}, first repeat {sameError}");
        });
    }

    [Fact]
    public void A_total_beyond_decimal_is_named_at_the_clients_first_line_whatever_the_threads()
    {
        // 7.9e28 + 1e-10 leaves 128 bits at scale 10 (decimal addition from there on); adding 7.9e28
        // again leaves decimal. One thread meets it on line 4; two may each hold a part.
        var bytes = Encoding.UTF8.GetBytes("id,value\nb,1\na,79228162514264337593543950335\na,0.0000000001\nb,2\na,79228162514264337593543950335\n");
        foreach (var threads in new[] { 1, 2, 3, 4 })
        {
            foreach (var chunk in new[] { 1, 5, 40, 1 << 20 })
            {
                var error = ErrorOf(() => Read(bytes, aggregate: true, threads, chunk));
                Assert.Equal("t.csv:3: the total of client 'a' (first on this line) overflows a decimal.", error);
            }
        }
    }

    [Property(MaxTest = 500)]
    public Property Amounts_parse_as_decimal_parses_them()
    {
        var gen = from sign in Gen.Elements(string.Empty, "-", "+", " ", "--")
                  from whole in Gen.Elements(string.Empty, "0", "7", "0012", "123456789012345678", "1234567890123456789012345", "79228162514264337593543950336")
                  from point in Gen.Elements(string.Empty, ".", ",")
                  from decimals in Gen.Choose(0, 30)
                  from tail in Gen.Elements(string.Empty, " ", "\t", "e3", "E-2", "x", ".5")
                  select $"{sign}{whole}{point}{new string('5', decimals)}{tail}";
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var ok = ExactAmount.TryParse(Encoding.UTF8.GetBytes(text), out var mantissa, out var scale, out var isLarge, out var large);
            var expectedOk = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
            var actual = !ok ? (decimal?)null : isLarge ? large : ExactAmount.TryToDecimal(mantissa, scale, out var d) ? d : null;
            var same = ok == expectedOk && (!ok || actual!.Value.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture));
            return Prop.Label(same, $"'{text}': {actual} against {expected} ({expectedOk})");
        });
    }

    internal static ClientAmounts Read(byte[] bytes, bool aggregate, int threads, int chunkBytes)
    {
        using var stream = new MemoryStream(bytes);
        return CsvAmountReader.Read(stream, "t.csv", "id", "value", ',', aggregate, new Currency("XXX"), null, threads, chunkBytes);
    }

    private static string? ErrorOf(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (CliInputException ex)
        {
            return ex.Message;
        }
    }
}

/// <summary>A random CSV and what a sequential reader makes of it.</summary>
internal sealed class GeneratedCsv
{
    /// <summary>A defect that cuts a row after its first field.</summary>
    public const string ShortRow = "<short row>";

    private readonly string[] _layout = [];
    private readonly string _newline = "\n";

    private GeneratedCsv(string text, byte[] bytes, Dictionary<string, decimal> reference, long rows, string[] layout, string newline)
        : this(text, bytes, reference, rows)
    {
        _layout = layout;
        _newline = newline;
    }

    private GeneratedCsv(string text, byte[] bytes, Dictionary<string, decimal> reference, long rows)
    {
        Text = text;
        Bytes = bytes;
        Reference = reference;
        Rows = rows;
    }

    public string Text { get; }

    public byte[] Bytes { get; }

    /// <summary>Each client's sum, added row by row in file order.</summary>
    public Dictionary<string, decimal> Reference { get; }

    public long Rows { get; }

    /// <summary>
    /// 1 to 40 rows over <paramref name="layouts"/> and <paramref name="ids"/>; with
    /// <paramref name="defect"/>, one row's amount is replaced by it (a quote left open when it starts with one).
    /// </summary>
    public static GeneratedCsv Create(Random random, string[][] layouts, string[] ids, string? defect = null, bool quoteFree = false)
    {
        var layout = layouts[random.Next(layouts.Length)];
        var newline = random.Next(2) == 0 ? "\n" : "\r\n";
        var text = new StringBuilder();
        text.Append(string.Join(",", layout)).Append(newline);
        var reference = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var rows = random.Next(1, 41);
        var defective = defect is null ? -1 : random.Next(rows);
        for (var r = 0; r < rows; r++)
        {
            if (random.Next(8) == 0)
            {
                text.Append(newline); // a blank line
            }

            var id = ids[random.Next(ids.Length)];
            var amount = Amount(random);
            var fields = layout.Select(column => column switch
            {
                "id" => quoteFree ? id : Field(random, id),
                "value" => r == defective ? defect! : quoteFree ? amount : Field(random, amount),
                _ => quoteFree ? "n" : Field(random, random.Next(3) == 0 ? "n,\"o\"\nte" : "n"),
            }).ToList();
            text.Append(r == defective && defect == ShortRow ? fields[0] : string.Join(",", fields));
            if (r < rows - 1 || random.Next(2) == 0)
            {
                text.Append(newline);
            }

            var key = id.Trim();
            reference[key] = reference.TryGetValue(key, out var sum) ? sum + decimal.Parse(amount, NumberStyles.Float, CultureInfo.InvariantCulture) : decimal.Parse(amount, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        var bom = random.Next(3) == 0;
        var bytes = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new GeneratedCsv(text.ToString(), bytes, reference, rows, layout, newline);
    }

    /// <summary>
    /// The file with one more row whose id is quoted (<c>q"q</c>, amount 1): a chunk that holds a
    /// quote takes the general path, so this is the same file read without the vector path.
    /// </summary>
    public byte[] WithQuotedRowAtEnd()
    {
        var row = string.Join(",", _layout.Select(column => column switch
        {
            "id" => "\"q\"\"q\"",
            "value" => "1",
            _ => "n",
        }));
        var text = Text.EndsWith('\n') ? Text : Text + _newline;
        var prefix = Bytes.Length > 0 && Bytes[0] == 0xEF ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>();
        return prefix.Concat(Encoding.UTF8.GetBytes(text + row + _newline)).ToArray();
    }

    /// <summary>Up to 4 integer digits and 0 to 20 decimals, sometimes negative or padded.</summary>
    private static string Amount(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append('-');
        }

        text.Append(random.Next(10_000).ToString(CultureInfo.InvariantCulture));
        var decimals = random.Next(21);
        if (decimals > 0)
        {
            text.Append('.');
            for (var i = 0; i < decimals; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }
        }

        return random.Next(6) == 0 ? " " + text + " " : text.ToString();
    }

    /// <summary>The field as CSV: quoted when it must be, and sometimes when it need not.</summary>
    private static string Field(Random random, string value)
    {
        var must = value.IndexOfAny([',', '"', '\n', '\r']) >= 0;
        return must || random.Next(4) == 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
