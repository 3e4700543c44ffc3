using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using nietras.SeparatedValues;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Reads one amount per client from a CSV, row by row (Sep): the text is never held in memory at
/// once, only one running total per client, so inputs of tens of millions of rows stream.
/// </summary>
internal static class CsvAmountReader
{
    private const long ProgressEveryRows = 1 << 18;

    /// <summary>Reads the <paramref name="idColumn"/> and <paramref name="valueColumn"/> of every data row.</summary>
    /// <param name="stream">The CSV bytes (UTF-8, a byte-order mark is skipped).</param>
    /// <param name="fileName">The input's name, for messages.</param>
    /// <param name="idColumn">The header name of the client id column.</param>
    /// <param name="valueColumn">The header name of the amount column (invariant culture: <c>-1234.5</c>, exponents allowed).</param>
    /// <param name="delimiter">The column separator.</param>
    /// <param name="aggregate">Sum the rows of each client; otherwise a repeated id is an error.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <param name="progress">Called now and then with the rows read and the bytes read so far; may be null.</param>
    /// <exception cref="CliInputException">The file is empty, lacks a column, has a row with too few columns, an empty id, a value that is not a number, a repeated id without <paramref name="aggregate"/>, or no data rows. The message names the file and line.</exception>
    public static ClientAmounts Read(
        Stream stream,
        string fileName,
        string idColumn,
        string valueColumn,
        char delimiter,
        bool aggregate,
        Currency currency,
        Action<long, long>? progress)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(delimiter),
            HasHeader = true,
            Unescape = true,
            Trim = SepTrim.Outer,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(text);

        var header = reader.Header;
        if (header.IsEmpty || (header.ColNames.Count == 1 && header.ColNames[0].Length == 0))
        {
            throw new CliInputException($"{fileName}: the file is empty; expected a header row with the columns '{idColumn}' and '{valueColumn}'.");
        }

        var idIndex = ColumnIndex(header, idColumn, fileName, "--id");
        var valueIndex = ColumnIndex(header, valueColumn, fileName, "--value");
        var needed = Math.Max(idIndex, valueIndex) + 1;

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<ClientId>();
        var amounts = new List<decimal>();
        var firstLines = new List<int>();
        long rows = 0;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;

        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.Length == 0)
            {
                continue; // a blank line
            }

            if (row.ColCount < needed)
            {
                throw new CliInputException(Invariant($"{fileName}:{line}: the row has {row.ColCount} column(s), but the column '{(idIndex >= valueIndex ? idColumn : valueColumn)}' is column {needed} of the header."));
            }

            var idSpan = row[idIndex].Span;
            if (idSpan.IsWhiteSpace())
            {
                throw new CliInputException(Invariant($"{fileName}:{line}: the client id in column '{idColumn}' is empty."));
            }

            var valueSpan = row[valueIndex].Span;
            if (!decimal.TryParse(valueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                var shown = valueSpan.Length == 0 ? "an empty value" : $"'{valueSpan.ToString()}'";
                if (double.TryParse(valueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var asDouble) && !double.IsNaN(asDouble) && !double.IsInfinity(asDouble))
                {
                    throw new CliInputException(Invariant($"{fileName}:{line}: {shown} in column '{valueColumn}' is beyond the range of an exact amount (decimal, about ±7.9e28); express the amounts in a larger unit."));
                }

                throw new CliInputException(Invariant($"{fileName}:{line}: {shown} in column '{valueColumn}' is not a number (write it like 1234.56, invariant culture, no thousands separators)."));
            }

            var client = new ClientId(idSpan.ToString());
            var id = client.Value;
            if (index.TryGetValue(id, out var at))
            {
                if (!aggregate)
                {
                    throw new CliInputException(Invariant($"{fileName}:{line}: the client id '{id}' appears again (first on line {firstLines[at]}); pass --aggregate to sum the rows of each client."));
                }

                try
                {
                    amounts[at] = checked(amounts[at] + amount);
                }
                catch (OverflowException)
                {
                    throw new CliInputException(Invariant($"{fileName}:{line}: the total of client '{id}' overflows a decimal."));
                }
            }
            else
            {
                index.Add(id, ids.Count);
                ids.Add(client);
                amounts.Add(amount);
                firstLines.Add(line);
            }

            rows++;
            if (progress is not null && rows % ProgressEveryRows == 0 && clock.Elapsed - lastReport > TimeSpan.FromMilliseconds(250))
            {
                lastReport = clock.Elapsed;
                progress(rows, stream.CanSeek ? stream.Position : -1);
            }
        }

        if (ids.Count == 0)
        {
            throw new CliInputException($"{fileName}: the file has a header but no data rows.");
        }

        RequireRepresentableTotals(ids, amounts, firstLines, fileName);
        return new ClientAmounts(ids.ToArray(), amounts.ToArray(), rows, currency);
    }

    /// <summary>
    /// The analysis sums the positive and the negative amounts exactly; when either sum is beyond
    /// decimal, the input is refused here, naming the client at which the sum left the range.
    /// </summary>
    private static void RequireRepresentableTotals(List<ClientId> ids, List<decimal> amounts, List<int> firstLines, string fileName)
    {
        decimal positive = 0, negative = 0;
        for (var i = 0; i < amounts.Count; i++)
        {
            try
            {
                if (amounts[i] > 0)
                {
                    positive = checked(positive + amounts[i]);
                }
                else
                {
                    negative = checked(negative + amounts[i]);
                }
            }
            catch (OverflowException)
            {
                var which = amounts[i] > 0 ? "positive" : "negative";
                throw new CliInputException(Invariant($"{fileName}:{firstLines[i]}: with client '{ids[i].Value}' the {which} amounts add up beyond the range of an exact amount (decimal, about ±7.9e28); express the amounts in a larger unit (thousands, millions): shares and classes do not change."));
            }
        }
    }

    private static int ColumnIndex(SepReaderHeader header, string column, string fileName, string option)
    {
        if (header.TryIndexOf(column, out var index))
        {
            return index;
        }

        var names = string.Join(", ", header.ColNames);
        throw new CliInputException($"{fileName}:1: no column '{column}' in the header (choose it with {option}); the columns are: {names}.");
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
