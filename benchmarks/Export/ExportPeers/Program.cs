using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using MiniExcelLibs;

namespace KeyAccount.Benchmarks.Export;

/// <summary>
/// <c>export-peers generate FILE ROWS [SEED]</c>: the seeded sales export (<c>customer,date,amount</c>,
/// customers drawn from a Zipf law over 335,000 ids, amounts lognormal in cents);
/// <c>export-peers duckdb FILE</c>: the 20/80 job in DuckDB (read_csv_auto, GROUP BY, window sum), JSON on stdout;
/// <c>export-peers xlsx CSV XLSX ROWS</c>: the first ROWS rows of the CSV as a workbook (MiniExcel);
/// <c>export-peers distinct FILE CLIENTS</c>: one row per client (<c>id,value</c>), for the output benchmark.
/// FILE - writes to standard output.
/// </summary>
internal static class Program
{
    private const int Customers = 335_000;

    private static int Main(string[] args)
    {
        switch (args.Length > 0 ? args[0] : string.Empty)
        {
            case "generate" when args.Length is 3 or 4:
                Generate(args[1], long.Parse(args[2], CultureInfo.InvariantCulture), args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 19);
                return 0;
            case "duckdb" when args.Length == 2:
                DuckDb(args[1]);
                return 0;
            case "distinct" when args.Length == 3:
                Distinct(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
                return 0;
            case "xlsx" when args.Length == 4:
                Workbook(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
                return 0;
            default:
                Console.Error.WriteLine("usage: export-peers generate FILE ROWS [SEED] | distinct FILE CLIENTS | duckdb FILE | xlsx CSV XLSX ROWS");
                return 2;
        }
    }

    private static void Generate(string path, long rows, int seed)
    {
        // Zipf with exponent 1 over the customer ids: P(k) proportional to 1/k, drawn by inverting the CDF.
        var cumulative = new double[Customers];
        var sum = 0.0;
        for (var k = 0; k < Customers; k++)
        {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }

        var random = new Random(seed);
        var start = new DateOnly(2025, 1, 1);
        using var output = Open(path);
        output.WriteLine("customer,date,amount");
        for (long i = 0; i < rows; i++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            var customer = (index < 0 ? ~index : index) + 1;
            var date = start.AddDays(random.Next(365));

            // Lognormal amount (median about 33.12), in cents: Box-Muller for the normal draw.
            var normal = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
            var cents = Math.Max(1L, (long)Math.Round(Math.Exp(8.1 + (1.2 * normal))));
            output.Write('C');
            output.Write(customer.ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write((cents / 100).ToString(CultureInfo.InvariantCulture));
            output.Write('.');
            output.WriteLine((cents % 100).ToString("00", CultureInfo.InvariantCulture));
        }
    }

    private static void Distinct(string path, int clients)
    {
        var random = new Random(7);
        using var output = Open(path);
        output.WriteLine("id,value");
        for (var i = 1; i <= clients; i++)
        {
            output.Write("client-");
            output.Write(i.ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.WriteLine(random.Next(1, 1_000_000).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static StreamWriter Open(string path) =>
        new(path == "-" ? Console.OpenStandardOutput() : File.Create(path), new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };

    private static void DuckDb(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH totals AS (
                SELECT customer, SUM(amount) AS total FROM read_csv_auto($path) GROUP BY customer)
            SELECT customer, total, SUM(total) OVER (ORDER BY total DESC, customer ROWS UNBOUNDED PRECEDING) AS running,
                   SUM(total) OVER () AS grand, COUNT(*) OVER () AS clients
            FROM totals ORDER BY total DESC, customer
            """;
        command.Parameters.Add(new DuckDBParameter("path", path));
        using var reader = command.ExecuteReader();
        long clients = 0;
        long vitalFew = 0;
        double grand = 0;
        while (reader.Read())
        {
            grand = Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture);
            clients = Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture);
            vitalFew++;
            if (Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture) >= 0.8 * grand)
            {
                break;
            }
        }

        using var json = new Utf8JsonWriter(Console.OpenStandardOutput(), new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("clients", clients);
        json.WriteNumber("total", grand);
        json.WriteNumber("vitalFew", vitalFew);
        json.WriteEndObject();
    }

    private static void Workbook(string csv, string xlsx, int rows)
    {
        File.Delete(xlsx);
        MiniExcel.SaveAs(xlsx, ReadRows(csv, rows));
    }

    private static IEnumerable<Dictionary<string, object>> ReadRows(string csv, int rows)
    {
        using var input = new StreamReader(csv);
        _ = input.ReadLine();
        for (var i = 0; i < rows && input.ReadLine() is { } line; i++)
        {
            var parts = line.Split(',');
            yield return new Dictionary<string, object>
            {
                ["customer"] = parts[0],
                ["date"] = parts[1],
                ["amount"] = decimal.Parse(parts[2], CultureInfo.InvariantCulture),
            };
        }
    }
}
