using System.IO;
using System.Text.Json.Nodes;

namespace KeyAccount.Cli.Tests.Documents;

/// <summary>
/// A well-formed classification or ladder document with a wrong value loads and is reported:
/// exit 1 with the code and the JSON path, never exit 2 with a framework message.
/// </summary>
public sealed class ClassificationLadderDefectTests
{
    private static CliResult RunOn(string json, params string[] args)
    {
        var file = CliRunner.TempFile(json, ".json");
        try
        {
            var all = new string[args.Length + 1];
            all[0] = args[0];
            all[1] = file;
            System.Array.Copy(args, 1, all, 2, args.Length - 1);
            return CliRunner.Run(all);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Classify_a_negative_sales_figure_is_exit_1_with_the_code_and_path()
    {
        const string json = """{ "currency": "EUR", "clients": [ { "client": "a", "profits": [1, 2] }, { "client": "b", "sales": [10, -5] } ] }""";
        var result = RunOn(json, "classify", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("\"KCL013\"", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("\"clients[1].sales[1]\"", result.Out, System.StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);

        var table = RunOn(json, "classify");
        Assert.True(table.ExitCode == 1, table.ToString());
        Assert.Contains("KCL013", table.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_a_value_out_of_range_anywhere_is_exit_1_never_2()
    {
        const string json = """{ "currency": "EUR", "clients": [ { "client": "a", "marketShare": 1.5, "ladderLevel": 9, "opportunityCounts": [-1] } ] }""";
        var result = RunOn(json, "classify", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        foreach (var expected in new[] { "clients[0].marketShare", "clients[0].ladderLevel", "clients[0].opportunityCounts[0]" })
        {
            Assert.Contains("\"" + expected + "\"", result.Out, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Classify_one_clients_sales_beyond_decimal_is_exit_1_not_an_internal_error()
    {
        const string json = """{ "currency": "EUR", "clients": [ { "client": "a", "sales": [79228162514264337593543950335, 79228162514264337593543950335] } ] }""";
        var result = RunOn(json, "classify", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("\"KCL010\"", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("\"clients[0].sales\"", result.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Ladder_an_indicator_out_of_range_and_an_undefined_answer_are_exit_1_with_code_and_path()
    {
        const string json = """{ "asOf": "2026-03-31", "assessments": [ { "client": "a", "own": { "putsOffPlannedVisits": 9 }, "indicators": { "shareOfWallet": 1.5 } } ] }""";
        var result = RunOn(json, "ladder", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("\"KAL007\"", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("\"assessments[0].own.putsOffPlannedVisits\"", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("\"KAL008\"", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("\"assessments[0].indicators.shareOfWallet\"", result.Out, System.StringComparison.Ordinal);

        var table = RunOn(json, "ladder");
        Assert.True(table.ExitCode == 1, table.ToString());
        Assert.Contains("KAL008", table.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Review_a_negative_sales_figure_is_exit_1_with_the_code_and_path()
    {
        var sample = CliRunner.Run("sample", "portfolio");
        Assert.Equal(0, sample.ExitCode);
        var portfolio = JsonNode.Parse(sample.Out)!;
        var client = portfolio["classification"]!["clients"]![0]!;
        client["sales"] = new JsonArray(10, -5);
        var result = RunOn(portfolio.ToJsonString(), "review", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("\"KCL013\"", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("clients[0].sales[1]", result.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, System.StringComparison.Ordinal);
    }
}
