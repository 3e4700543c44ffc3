using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Cli.Input;
using KeyAccount.Core;
using MiniExcelLibs;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Reads one amount per client from a sheet of an Excel workbook (.xlsx) with MiniExcel, which
/// streams the sheet's rows from the zipped XML (and keeps a large shared-string table on disk), so
/// memory grows with the number of clients, not rows. The same rules and messages as the CSV path,
/// with the sheet, row and column named.
/// </summary>
/// <remarks>
/// Excel keeps numbers as doubles and shows 15 significant digits; a number cell is taken as
/// <c>(decimal)value</c>, those 15 digits. A text cell is parsed as the CSV path parses a field, exactly.
/// </remarks>
internal static class XlsxAmountReader
{
    /// <summary>Whether <paramref name="path"/> names an Excel workbook by its extension (.xlsx, .xlsm).</summary>
    public static bool IsWorkbook(string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the <paramref name="idColumn"/> and <paramref name="valueColumn"/> of every row of the first sheet, or of <paramref name="sheet"/>.</summary>
    /// <exception cref="CliInputException">The file is missing or not a workbook, the sheet does not exist or is empty, or a row is bad; the message names the sheet, row and column.</exception>
    public static ClientAmounts Read(string path, string? sheet, string idColumn, string valueColumn, bool aggregate, Currency currency)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException(Directory.Exists(path) ? $"{path}: cannot be read (it is a directory)." : $"{path}: file not found.");
        }

        try
        {
            var sheets = MiniExcel.GetSheetNames(path);
            var name = sheet ?? sheets.FirstOrDefault() ?? throw new CliInputException($"{path}: the workbook has no sheet.");
            if (!sheets.Contains(name))
            {
                throw new CliInputException($"{path}: no sheet '{name}' in the workbook (choose it with --sheet); the sheets are: {string.Join(", ", sheets)}.");
            }

            return ReadSheet(path, name, idColumn, valueColumn, aggregate, currency);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new CliInputException($"{path}: cannot be read as an Excel workbook (.xlsx): {ex.Message}", ex);
        }
    }

    private static ClientAmounts ReadSheet(string path, string sheet, string idColumn, string valueColumn, bool aggregate, Currency currency)
    {
        string At(long row) => FormattableString.Invariant($"{path}: sheet '{sheet}', row {row}");
        var table = new ClientSumTable();
        long row = 0;
        long rows = 0;
        string? idLetter = null;
        string? valueLetter = null;
        try
        {
            foreach (IDictionary<string, object?> cells in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet))
            {
                row++;
                if (idLetter is null)
                {
                    var letters = cells.Keys.ToList();
                    var names = cells.Values.Select(v => CellText(v).Trim()).ToList();
                    if (names.All(n => n.Length == 0))
                    {
                        throw new CliInputException($"{At(row)}: the header row is empty; expected the columns '{idColumn}' and '{valueColumn}'.");
                    }

                    idLetter = letters[CsvAmountReader.ColumnIndex(names, idColumn, At(row), "--id")];
                    valueLetter = letters[CsvAmountReader.ColumnIndex(names, valueColumn, At(row), "--value")];
                    continue;
                }

                if (cells.Values.All(v => v is null || CellText(v).Trim().Length == 0))
                {
                    continue; // a blank row
                }

                var id = CellText(cells[idLetter]).Trim();
                if (id.Length == 0)
                {
                    throw new CliInputException($"{At(row)}, column {idLetter}: the client id in column '{idColumn}' is empty.");
                }

                var key = Encoding.UTF8.GetBytes(id);
                var hash = ClientSumTable.Hash(key);
                try
                {
                    switch (cells[valueLetter!])
                    {
                        case double number:
                            table.Add(key, hash, (decimal)number, row);
                            break;
                        case string text when ExactAmount.TryParse(Encoding.UTF8.GetBytes(text), out var mantissa, out var scale, out var isLarge, out var large):
                            _ = isLarge ? table.Add(key, hash, large, row) : table.Add(key, hash, mantissa, scale, row);
                            break;
                        case var other:
                            throw new CliInputException($"{At(row)}, column {valueLetter}: " + InputText.NotAnAmount(CellText(other), valueColumn));
                    }
                }
                catch (OverflowException) when (aggregate)
                {
                    throw new CliInputException($"{At(row)}, column {valueLetter}: the total of client '{InputText.Shorten(id)}' overflows a decimal, or the number is beyond the range of an exact amount (decimal, about ±7.9e28).");
                }
                catch (OverflowException)
                {
                    // Without --aggregate only a repeated id is summed: Collect reports the repeat.
                }

                rows++;
            }
        }
        catch (CliInputException ex)
        {
            // Reported after the rows before it are checked for a repeated id (as on the CSV path).
            return ClientTotals.Collect(table, rows, currency, aggregate, row, ex.Message, At, path, "row");
        }

        if (idLetter is null)
        {
            throw new CliInputException($"{path}: sheet '{sheet}' is empty; expected a header row with the columns '{idColumn}' and '{valueColumn}'.");
        }

        return ClientTotals.Collect(table, rows, currency, aggregate, null, null, At, path, "row");
    }

    /// <summary>A cell as text: numbers in invariant culture, as Excel shows them (15 significant digits).</summary>
    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => ((decimal)number).ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture).Replace(" 00:00:00", string.Empty, StringComparison.Ordinal),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
