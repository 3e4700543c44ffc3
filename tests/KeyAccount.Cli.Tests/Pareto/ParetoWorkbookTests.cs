using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary>
/// <c>keyaccount pareto orders.xlsx</c>: the same figures as the CSV path on the same data, and the
/// same errors with the sheet, row and column named. Workbooks are written here with MiniExcel.
/// </summary>
public sealed class ParetoWorkbookTests
{
    private static readonly string[] Ids = ["a1", "B-2", "c,comma", "say \"hi\"", "Zürich", "日本", " padded ", "007"];

    [Property(MaxTest = 30)]
    public Property A_workbook_gives_the_same_report_as_the_csv_of_the_same_rows()
    {
        var gen = from seed in Gen.Choose(0, int.MaxValue)
                  from aggregate in Gen.Elements(true, false)
                  from format in Gen.Elements("json", "csv")
                  select (seed, aggregate, format);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var random = new Random(input.seed);
            var rows = Enumerable.Range(0, random.Next(1, 30))
                .Select(i => (Id: input.aggregate ? Ids[random.Next(Ids.Length)] : Ids[i % Ids.Length] + "-" + i.ToString(CultureInfo.InvariantCulture), Amount: Amount(random), AsText: random.Next(4) == 0))
                .ToList();
            var workbook = TempPath(".xlsx");
            MiniExcel.SaveAs(workbook, rows.Select(r => new Dictionary<string, object>
            {
                ["id"] = r.Id,
                ["date"] = "2026-01-01",
                ["value"] = r.AsText ? r.Amount.ToString(CultureInfo.InvariantCulture) : r.Amount,
            }));
            var csv = new StringBuilder("id,date,value\n");
            foreach (var row in rows)
            {
                csv.Append('"').Append(row.Id.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",2026-01-01,").Append(row.Amount.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            string[] options = input.aggregate ? ["--aggregate", "--format", input.format] : ["--format", input.format];
            var fromWorkbook = CliRunner.Run([.. new[] { "pareto", workbook }, .. options]);
            var fromCsv = CliRunner.Run([.. new[] { "pareto", CliRunner.TempFile(csv.ToString()) }, .. options]);
            return Prop.Label(fromWorkbook.ExitCode == 0 && fromWorkbook.Out == fromCsv.Out, $"workbook:\n{fromWorkbook}\ncsv:\n{fromCsv}");
        });
    }

    [Fact]
    public void The_sheet_option_chooses_the_sheet()
    {
        var workbook = TempPath(".xlsx");
        MiniExcel.SaveAs(workbook, new Dictionary<string, object>
        {
            ["notes"] = new[] { new Dictionary<string, object> { ["text"] = "not the data" } },
            ["Orders"] = new[]
            {
                new Dictionary<string, object> { ["customer"] = "a", ["amount"] = 5m },
                new Dictionary<string, object> { ["customer"] = "b", ["amount"] = 3m },
                new Dictionary<string, object> { ["customer"] = "a", ["amount"] = 2m },
            },
        });

        var result = CliRunner.Run("pareto", workbook, "--sheet", "Orders", "--id", "customer", "--value", "amount", "--aggregate", "--format", "json");
        var first = CliRunner.Run("pareto", workbook, "--id", "customer", "--value", "amount");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"clients\": 2", result.Out);
        Assert.Contains("\"rows\": 3", result.Out);
        Assert.Contains("\"total\": 10", result.Out);
        Assert.Equal(2, first.ExitCode);
        Assert.Contains($"{workbook}: sheet 'notes', row 1: no column 'customer' in the header (choose it with --id); the columns are: text.", first.Error);
    }

    [Fact]
    public void A_bad_amount_names_the_sheet_the_row_and_the_column()
    {
        var workbook = Workbook(("a", 1m), ("b", "abc"));
        var result = CliRunner.Run("pareto", workbook);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{workbook}: sheet 'Sheet1', row 3, column B: 'abc' in column 'value' is not a number", result.Error);
    }

    [Fact]
    public void An_empty_id_names_the_sheet_the_row_and_the_column()
    {
        var workbook = Workbook(("a", 1m), ("  ", 2m));
        var result = CliRunner.Run("pareto", workbook);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{workbook}: sheet 'Sheet1', row 3, column A: the client id in column 'id' is empty.", result.Error);
    }

    [Fact]
    public void A_repeated_id_without_aggregate_names_both_rows()
    {
        var workbook = Workbook(("a", 1m), ("b", 2m), ("a", 3m));
        var result = CliRunner.Run("pareto", workbook);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{workbook}: sheet 'Sheet1', row 4: the client id 'a' appears again (first on row 2); pass --aggregate", result.Error);
    }

    [Fact]
    public void A_missing_sheet_lists_the_sheets()
    {
        var workbook = Workbook(("a", 1m));
        var result = CliRunner.Run("pareto", workbook, "--sheet", "Orders");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{workbook}: no sheet 'Orders' in the workbook (choose it with --sheet); the sheets are: Sheet1.", result.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_bad_input()
    {
        var path = CliRunner.TempFile("id,value\na,1\n", ".xlsx");
        var result = CliRunner.Run("pareto", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}: cannot be read as an Excel workbook (.xlsx)", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    /// <summary>Up to 6 integer digits and 0 to 6 decimals (within Excel's 15 significant digits), no trailing zeros.</summary>
    private static decimal Amount(Random random)
    {
        var whole = random.Next(1_000_000) * (random.Next(5) == 0 ? -1 : 1);
        var decimals = random.Next(7);
        var fraction = decimals == 0 ? 0 : random.Next((int)Math.Pow(10, decimals)) / (decimal)Math.Pow(10, decimals);
        return decimal.Parse((whole + fraction).ToString("G29", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string Workbook(params (string Id, object Value)[] rows)
    {
        var path = TempPath(".xlsx");
        MiniExcel.SaveAs(path, rows.Select(r => new Dictionary<string, object> { ["id"] = r.Id, ["value"] = r.Value }));
        return path;
    }

    private static string TempPath(string extension) =>
        Path.Combine(Path.GetTempPath(), "keyaccount-cli-tests-" + Guid.NewGuid().ToString("N") + extension);
}
