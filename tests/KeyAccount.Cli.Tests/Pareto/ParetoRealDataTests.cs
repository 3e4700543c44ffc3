using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary>
/// <c>keyaccount pareto</c> over the real data sets in tests/data: the JSON contract carries the
/// library's own figures, computed here independently from the same file.
/// </summary>
public sealed class ParetoRealDataTests
{
    [Fact]
    public void Swiss_communes_json_matches_the_library()
    {
        var path = CliRunner.Data("swiss-inhabitants.csv");
        var result = CliRunner.Run("pareto", path, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToArray();
        var expected = ParetoAnalysis.Analyze(
            rows.Select(r => new ClientId(r[0])).ToArray(),
            rows.Select(r => decimal.Parse(r[1], CultureInfo.InvariantCulture)).ToArray(),
            new Currency("XXX")).Summarize(0.8);
        using var json = JsonDocument.Parse(result.Out);
        AssertMatches(expected, json.RootElement);
        Assert.Equal(2896, json.RootElement.GetProperty("clients").GetInt32());
        Assert.Equal(2896, json.RootElement.GetProperty("rows").GetInt64());
        Assert.False(json.RootElement.TryGetProperty("whale", out _));
    }

    [Fact]
    public void Cdnow_transactions_aggregate_per_customer()
    {
        var path = CliRunner.Data("cdnow-transactions.csv");
        var result = CliRunner.Run("pareto", path, "--id", "customer_id", "--value", "dollar_value", "--aggregate", "--target", "0.5", "--currency", "USD", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var sums = File.ReadLines(path).Skip(1).Select(l => l.Split(','))
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .Select(g => new KeyValuePair<ClientId, decimal>(new ClientId(g.Key), g.Sum(r => decimal.Parse(r[3], CultureInfo.InvariantCulture))));
        var expected = ParetoAnalysis.Analyze(sums, Currency.Usd).Summarize(0.5);
        using var json = JsonDocument.Parse(result.Out);
        AssertMatches(expected, json.RootElement);
        Assert.Equal(23570, json.RootElement.GetProperty("clients").GetInt32());
        Assert.Equal(69659, json.RootElement.GetProperty("rows").GetInt64());
        Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        Assert.Equal(0.5, json.RootElement.GetProperty("target").GetDouble());
    }

    [Fact]
    public void Superstore_profit_per_customer_has_a_whale()
    {
        var path = CliRunner.Data("superstore-orders.csv");
        var result = CliRunner.Run("pareto", path, "--id", "Customer ID", "--value", "Profit", "--aggregate", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(793, root.GetProperty("clients").GetInt32());
        Assert.Equal(9994, root.GetProperty("rows").GetInt64());
        var whale = root.GetProperty("whale");
        Assert.Equal(155, whale.GetProperty("lossMakers").GetInt32());
        Assert.True(whale.GetProperty("peakShare").GetDouble() > 1, "the profitable customers bring more than the net total");
        Assert.True(whale.GetProperty("lossAmount").GetDecimal() > 0);
        Assert.Equal(793 - 155, whale.GetProperty("peakClients").GetInt32() + CountZeroProfitCustomers(path));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("gini").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("hhi").ValueKind);
        Assert.Equal(
            root.GetProperty("total").GetDecimal(),
            whale.GetProperty("peakAmount").GetDecimal() - whale.GetProperty("lossAmount").GetDecimal());
    }

    [Fact]
    public void Standard_input_gives_the_same_json_as_the_file()
    {
        var path = CliRunner.Data("swiss-inhabitants.csv");
        var fromFile = CliRunner.Run("pareto", path, "--format", "json");
        var fromStdin = CliRunner.RunWithInput(File.ReadAllText(path), "pareto", "-", "--format", "json");

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Out, fromStdin.Out);
    }

    [Fact]
    public void Csv_output_lists_every_client_in_rank_order_with_its_class()
    {
        var result = CliRunner.Run("pareto", CliRunner.Data("swiss-inhabitants.csv"), "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,id,value,share,cumulativeShare,abc,vitalFew", lines[0].TrimEnd('\r'));
        Assert.Equal(2897, lines.Length);
        var values = lines.Skip(1).Select(l => decimal.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.Equal("1", lines[1].Split(',')[0]);
        Assert.StartsWith("1,commune-0171,168021,", lines[1]);
        var classes = lines.Skip(1).Select(l => l.Split(',')[5]).ToArray();
        Assert.Equal(classes.OrderBy(c => c, StringComparer.Ordinal), classes);
    }

    [Fact]
    public void Table_output_shows_the_summary_and_top_clients()
    {
        var result = CliRunner.Run("pareto", CliRunner.Data("swiss-inhabitants.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2,896", result.Out);
        Assert.Contains("commune-0171", result.Out);
        Assert.Contains("Gini coefficient", result.Out);
        Assert.DoesNotContain("\u001b[", result.Out);
    }

    [Theory]
    [InlineData("swiss-inhabitants.csv", new string[0], "Lorenz curve")]
    [InlineData("superstore-orders.csv", new[] { "--id", "Customer ID", "--value", "Profit", "--aggregate" }, "Whale curve")]
    public void Chart_is_written_as_a_non_empty_svg(string file, string[] options, string title)
    {
        var svg = Path.Combine(Path.GetTempPath(), "keyaccount-chart-" + Guid.NewGuid().ToString("N") + ".svg");
        var result = CliRunner.Run(new[] { "pareto", CliRunner.Data(file), "--format", "json", "--chart", svg }.Concat(options).ToArray());

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(svg);
        Assert.Contains("<svg", text);
        Assert.Contains("<polyline", text);
        Assert.Contains(title, text);
        Assert.True(new FileInfo(svg).Length > 5000);
        File.Delete(svg);
    }

    [Fact]
    public void Chart_into_a_missing_folder_is_bad_input()
    {
        var svg = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "chart.svg");
        var result = CliRunner.Run("pareto", CliRunner.Data("swiss-inhabitants.csv"), "--chart", svg);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(svg + ": cannot write the chart", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_chart_that_cannot_be_drawn_fails_before_any_report_is_printed()
    {
        var csv = CliRunner.TempFile("id,value\na,-3\nb,1\n");
        var svg = Path.Combine(Path.GetTempPath(), "keyaccount-chart-" + Guid.NewGuid().ToString("N") + ".svg");
        var result = CliRunner.Run("pareto", csv, "--format", "json", "--chart", svg);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--chart: no curve can be drawn", result.Error);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists(svg));
        File.Delete(csv);
    }

    [Theory]
    [InlineData(";", "id;value\na;3\nb;1\n")]
    [InlineData("tab", "id\tvalue\na\t3\nb\t1\n")]
    public void Delimiter_option_reads_other_separators(string delimiter, string csv)
    {
        var result = CliRunner.RunWithInput(csv, "pareto", "-", "--delimiter", delimiter, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(2, json.RootElement.GetProperty("clients").GetInt32());
        Assert.Equal(4m, json.RootElement.GetProperty("total").GetDecimal());
    }

    internal static void AssertMatches(ParetoSummary expected, JsonElement json)
    {
        Assert.Equal(expected.ClientCount, json.GetProperty("clients").GetInt32());
        Assert.Equal(expected.Total, json.GetProperty("total").GetDecimal());
        var vitalFew = json.GetProperty("vitalFew");
        Assert.Equal(expected.VitalFew!.Count, vitalFew.GetProperty("count").GetInt32());
        Assert.Equal(expected.VitalFew.ClientShare, vitalFew.GetProperty("clientShare").GetDouble());
        Assert.Equal(expected.VitalFew.ValueShare, vitalFew.GetProperty("valueShare").GetDouble());
        Assert.Equal(expected.Gini!.Value, json.GetProperty("gini").GetDouble());
        Assert.Equal(expected.Hhi!.Value, json.GetProperty("hhi").GetDouble());
        Assert.InRange(json.GetProperty("hhi").GetDouble(), 0, 1);
        var abc = json.GetProperty("abc");
        Assert.Equal(expected.Abc.A, abc.GetProperty("a").GetInt32());
        Assert.Equal(expected.Abc.B, abc.GetProperty("b").GetInt32());
        Assert.Equal(expected.Abc.C, abc.GetProperty("c").GetInt32());
        Assert.Equal(expected.ClientCount, expected.Abc.A + expected.Abc.B + expected.Abc.C);
    }

    /// <summary>As <see cref="AssertMatches"/>, but figures the library leaves undefined must be JSON null.</summary>
    internal static void AssertMatchesOrUndefined(ParetoSummary expected, JsonElement json)
    {
        if (expected.Gini is null)
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty("gini").ValueKind);
            Assert.Equal(JsonValueKind.Null, json.GetProperty("hhi").ValueKind);
            Assert.Equal(expected.ClientCount, json.GetProperty("clients").GetInt32());
            Assert.Equal(expected.Total, json.GetProperty("total").GetDecimal());
            return;
        }

        AssertMatches(expected, json);
    }

    private static int CountZeroProfitCustomers(string path)
    {
        // Superstore: the profit column is the last; quoted product names hold commas, so read from the end.
        return File.ReadLines(path).Skip(1)
            .Select(l => (Id: l.Split(',')[5], Profit: decimal.Parse(l[(l.LastIndexOf(',') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture)))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Count(g => g.Sum(r => r.Profit) == 0);
    }
}
