using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Cli.Input;
using KeyAccount.Core;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Reads one amount per client from a CSV in chunks of whole rows, parsed and summed on every core
/// and merged: the text is never held in memory at once, only one exact running total per client
/// per thread, so inputs of hundreds of millions of rows stream in the same memory. The result,
/// and the first error reported, do not depend on the number of threads or where chunks are cut.
/// </summary>
internal static class CsvAmountReader
{
    /// <summary>The bytes read per chunk.</summary>
    internal const int DefaultChunkBytes = 1 << 20;

    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>Reads the <paramref name="idColumn"/> and <paramref name="valueColumn"/> of every data row.</summary>
    /// <param name="stream">The CSV bytes (UTF-8, a byte-order mark is skipped).</param>
    /// <param name="fileName">The input's name, for messages.</param>
    /// <param name="idColumn">The header name of the client id column.</param>
    /// <param name="valueColumn">The header name of the amount column (invariant culture: <c>-1234.5</c>, exponents allowed).</param>
    /// <param name="delimiter">The column separator (ASCII).</param>
    /// <param name="aggregate">Sum the rows of each client; otherwise a repeated id is an error.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <param name="progress">Called now and then with the rows read and the bytes read so far; may be null.</param>
    /// <param name="allRead">Called once every row is read, before the threads' totals are combined on one core (a caller may start work of its own on the others); may be null.</param>
    /// <exception cref="CliInputException">The file is empty, its header lacks a column or repeats the id or amount column, a row has too few columns, an empty or non-UTF-8 id, a value that is not a number, a quote that is not closed, a repeated id without <paramref name="aggregate"/>, or there are no data rows. The message names the file and line.</exception>
    public static ClientAmounts Read(
        Stream stream,
        string fileName,
        string idColumn,
        string valueColumn,
        char delimiter,
        bool aggregate,
        Currency currency,
        Action<long, long>? progress,
        Action? allRead = null) =>
        Read(stream, fileName, idColumn, valueColumn, delimiter, aggregate, currency, progress, Math.Clamp(Environment.ProcessorCount, 1, 8), DefaultChunkBytes, allRead);

    /// <summary>As <see cref="Read(Stream, string, string, string, char, bool, Currency, Action{long, long}, Action)"/>, with the number of threads and the chunk size chosen (tests use tiny chunks).</summary>
    internal static ClientAmounts Read(
        Stream stream,
        string fileName,
        string idColumn,
        string valueColumn,
        char delimiter,
        bool aggregate,
        Currency currency,
        Action<long, long>? progress,
        int threads,
        int chunkBytes,
        Action? allRead = null)
    {
        if (delimiter > 0x7F)
        {
            throw new CliInputException($"--delimiter must be an ASCII character, such as , ; | or tab, but was '{delimiter}'.");
        }

        var source = new CsvChunkSource(stream, fileName, chunkBytes);
        var layout = ReadHeader(source, fileName, idColumn, valueColumn, (byte)delimiter, aggregate);
        var parsers = new CsvAmountParser[Math.Max(1, threads)];
        var errors = new List<CsvRowException>();
        var clock = Stopwatch.StartNew();
        long rowsRead = 0;
        Parallel.For(0, parsers.Length, new ParallelOptions { MaxDegreeOfParallelism = parsers.Length }, worker =>
        {
            var parser = parsers[worker] = new CsvAmountParser(layout);
            var buffer = Array.Empty<byte>();
            var lastReport = TimeSpan.Zero;
            try
            {
                while (source.TryNext(ref buffer, out var chunk))
                {
                    var before = parser.Rows;
                    parser.Parse(buffer.AsSpan(chunk.Start, chunk.Length), chunk.FirstLine);
                    var rows = Interlocked.Add(ref rowsRead, parser.Rows - before);
                    if (progress is not null && worker == 0 && clock.Elapsed - lastReport > ProgressEvery)
                    {
                        lastReport = clock.Elapsed;
                        progress(rows, source.BytesRead);
                    }
                }
            }
            catch (CsvRowException ex)
            {
                source.Stop();
                lock (errors)
                {
                    errors.Add(ex);
                }
            }
        });

        allRead?.Invoke();
        var table = parsers[0].Table;
        for (var i = 1; i < parsers.Length; i++)
        {
            table.Merge(parsers[i].Table);
        }

        var rows = parsers.Sum(p => p.Rows);

        // The other threads' tables are garbage now: collect them before the ids are made into
        // strings, so that the peak memory holds one table, not one per thread.
        Array.Clear(parsers);
        GC.Collect();
        var first = errors.MinBy(e => e.Line);
        return ClientTotals.Collect(table, rows, currency, aggregate, first?.Line, first?.Message, line => FormattableString.Invariant($"{fileName}:{line}"), fileName);
    }

    private static CsvLayout ReadHeader(CsvChunkSource source, string fileName, string idColumn, string valueColumn, byte delimiter, bool aggregate)
    {
        List<string> names;
        try
        {
            names = CsvAmountParser.HeaderNames(source.ReadHeader(), delimiter, fileName);
        }
        catch (CsvRowException ex)
        {
            throw new CliInputException(ex.Message, ex);
        }

        if (names.Count == 0 || (names.Count == 1 && names[0].Length == 0))
        {
            throw new CliInputException($"{fileName}: the file is empty; expected a header row with the columns '{idColumn}' and '{valueColumn}'.");
        }

        var idIndex = ColumnIndex(names, idColumn, fileName + ":1", "--id");
        var valueIndex = ColumnIndex(names, valueColumn, fileName + ":1", "--value");
        return new CsvLayout(fileName, delimiter, idColumn, idIndex, valueColumn, valueIndex, aggregate);
    }

    internal static int ColumnIndex(List<string> names, string column, string where, string option)
    {
        var index = names.IndexOf(column);
        if (index < 0)
        {
            throw new CliInputException($"{where}: no column '{column}' in the header (choose it with {option}); the columns are: {string.Join(", ", names)}.");
        }

        var again = names.IndexOf(column, index + 1);
        if (again >= 0)
        {
            throw new CliInputException(FormattableString.Invariant(
                $"{where}: the column '{column}' appears more than once in the header (columns {index + 1} and {again + 1}); rename one, or choose another column with {option}."));
        }

        return index;
    }
}
