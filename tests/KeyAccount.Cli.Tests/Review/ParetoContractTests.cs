using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core;
using KeyAccount.Core.Json;
using KeyAccount.Core.Pareto;
using KeyAccount.Core.Review;

namespace KeyAccount.Cli.Tests.Review;

/// <summary>
/// One contract for the 20/80 figures: <c>keyaccount pareto --format json</c> and the <c>pareto</c>
/// section of <c>keyaccount review --format json</c> are both <see cref="ParetoSummary"/> as the
/// library writes it, and the library reads either back.
/// </summary>
public sealed class ParetoContractTests
{
    private const string Csv = "id,value\na,120\nb,-30\nc,45.5\nd,0\na,10\n";

    [Fact]
    public void Pareto_json_is_the_library_summary_with_the_rows_read()
    {
        var result = CliRunner.RunWithInput(Csv, "pareto", "-", "--aggregate", "--target", "0.5", "--currency", "EUR", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var amounts = new Dictionary<ClientId, decimal> { [new("a")] = 130m, [new("b")] = -30m, [new("c")] = 45.5m, [new("d")] = 0m };
        var expected = ParetoAnalysis.Analyze(amounts, Currency.Eur).Summarize(0.5) with { Rows = 5 };
        Assert.Equal(KeyAccountJson.Serialize(expected).Trim(), result.Out.Trim());
        var read = KeyAccountJson.Deserialize<ParetoSummary>(result.Out);
        Assert.Equal(5, read.Rows);
        Assert.Equal(0.5, read.TargetShare);
        Assert.Equal(KeyAccountJson.Serialize(expected), KeyAccountJson.Serialize(read));
    }

    [Fact]
    public void Pareto_json_keeps_the_documented_field_names_and_nulls()
    {
        var result = CliRunner.RunWithInput(Csv, "pareto", "-", "--aggregate", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;

        foreach (var field in new[] { "clients", "rows", "currency", "total", "target", "vitalFew", "gini", "hhi", "abc", "whale", "explanation", "formatVersion" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal(4, root.GetProperty("clients").GetInt32());
        Assert.Equal(5, root.GetProperty("rows").GetInt64());
        Assert.Equal(0.8, root.GetProperty("target").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("gini").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("hhi").ValueKind);
        Assert.Equal(ParetoSummary.CurrentFormatVersion, root.GetProperty("formatVersion").GetInt32());
        foreach (var field in new[] { "count", "clientShare", "valueShare" })
        {
            Assert.True(root.GetProperty("vitalFew").TryGetProperty(field, out _), "vitalFew." + field);
        }

        foreach (var field in new[] { "a", "b", "c" })
        {
            Assert.True(root.GetProperty("abc").TryGetProperty(field, out _), "abc." + field);
        }

        foreach (var field in new[] { "peakClients", "peakShare", "peakAmount", "lossMakers", "lossAmount" })
        {
            Assert.True(root.GetProperty("whale").TryGetProperty(field, out _), "whale." + field);
        }
    }

    [Fact]
    public void Review_pareto_section_reads_back_as_the_same_contract()
    {
        var review = CliRunner.Run("review", "--format", "json");
        using var json = JsonDocument.Parse(review.Out);
        var section = json.RootElement.GetProperty("pareto").GetRawText();

        var read = KeyAccountJson.Deserialize<ParetoSummary>(section);
        var library = PortfolioReview.Run(SamplePortfolios.PublisherAndBookshops()).Result!.Pareto!;
        Assert.Equal(KeyAccountJson.Serialize(library), KeyAccountJson.Serialize(read));
        Assert.Null(read.Rows);
        Assert.Equal(PortfolioReview.ParetoTargetShare, read.TargetShare);
        Assert.Equal(300, read.ClientCount);
    }

    [Fact]
    public void A_newer_contract_version_is_refused_when_read()
    {
        var result = CliRunner.RunWithInput(Csv, "pareto", "-", "--aggregate", "--format", "json");
        var newer = result.Out.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);

        Assert.NotEqual(result.Out, newer);
        var error = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<ParetoSummary>(newer));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }
}
