using System.IO;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Review;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;

namespace KeyAccount.Cli.Tests.Documents;

/// <summary>classify, ladder, opportunities and plan validate over the library's documents.</summary>
public sealed class DocumentCommandTests
{
    private static string SampleFile(string kind)
    {
        var result = CliRunner.Run("sample", kind);
        Assert.Equal(0, result.ExitCode);
        return CliRunner.TempFile(result.Out, ".json");
    }

    [Fact]
    public void Classify_json_matches_the_library()
    {
        var result = CliRunner.Run("classify", SampleFile("classification"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = KeyClientClassifier.Run(SamplePortfolios.PublisherAndBookshops().Classification).ToReport();
        using var json = JsonDocument.Parse(result.Out);
        var clients = json.RootElement.GetProperty("classification").GetProperty("clients");
        Assert.Equal(expected.Classification!.Clients.Count, clients.GetArrayLength());
        Assert.Equal(
            expected.Classification.Clients.Count(c => c.Tier == ClientTier.Key),
            clients.EnumerateArray().Count(c => c.GetProperty("tier").GetString() == "Key"));
    }

    [Fact]
    public void Classify_profits_of_a_period_beyond_decimal_are_exit_2_naming_the_period()
    {
        var file = CliRunner.TempFile("{\"currency\":\"EUR\",\"clients\":[{\"client\":\"a\",\"profits\":[79228162514264337593543950335,1]},{\"client\":\"b\",\"profits\":[1,1]}]}", ".json");
        var result = CliRunner.Run("classify", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(file + ": $.clients: The clients' profits of period 0 (0 is the oldest of 2) add up beyond", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, System.StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void Classify_table_lists_key_clients_with_reasons()
    {
        var result = CliRunner.Run("classify", SampleFile("classification"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Steady high profit", result.Out);
    }

    [Fact]
    public void Ladder_places_every_assessed_client()
    {
        var table = CliRunner.Run("ladder", SampleFile("ladder"));
        var json = CliRunner.Run("ladder", SampleFile("ladder"), "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("business partner", table.Out);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(SamplePortfolios.PublisherAndBookshops().Ladder!.Assessments.Count, doc.RootElement.GetProperty("clients").GetArrayLength());
    }

    [Fact]
    public void Opportunities_json_chooses_what_the_library_chooses()
    {
        var result = CliRunner.Run("opportunities", SampleFile("opportunities"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = OpportunitySelector.Select(SamplePortfolios.PublisherAndBookshops().Opportunities!);
        using var json = JsonDocument.Parse(result.Out);
        var selection = json.RootElement.GetProperty("selection");
        Assert.Equal(expected.Chosen, selection.GetProperty("chosen").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(expected.Value, selection.GetProperty("value").GetDecimal());
    }

    [Fact]
    public void Opportunities_with_an_unknown_must_do_is_exit_1_with_its_diagnostic()
    {
        var text = CliRunner.Run("sample", "opportunities").Out.Replace("\"mustDo\": [\n    \"opp-003\"", "\"mustDo\": [\n    \"no-such\"", System.StringComparison.Ordinal);
        Assert.Contains("no-such", text);
        var result = CliRunner.Run("opportunities", CliRunner.TempFile(text, ".json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("KAO004", result.Out);
    }

    [Fact]
    public void Plan_validate_of_the_sample_plan_on_its_start_has_no_diagnostics()
    {
        var result = CliRunner.Run("plan", "validate", SampleFile("plan"), "--as-of", "2026-01-05", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Plan_validate_later_reports_the_library_warnings()
    {
        var path = SampleFile("plan");
        var result = CliRunner.Run("plan", "validate", path, "--as-of", "2026-03-31", "--format", "json");

        var expected = PlanValidator.Validate(SamplePortfolios.PublisherAndBookshops().Plan!, new NodaTime.LocalDate(2026, 3, 31));
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(expected.Count, json.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(expected.Any(d => d.Severity == KeyAccount.Core.DiagnosticSeverity.Error) ? 1 : 0, result.ExitCode);
    }

    [Theory]
    [InlineData("plan", "validate", "{SAMPLE}", "--as-of", "31.03.2026")]
    [InlineData("plan", "validate", "{MISSING}")]
    [InlineData("opportunities", "{NOTJSON}")]
    [InlineData("classify", "{NOTJSON}")]
    [InlineData("ladder", "{NOTJSON}")]
    public void Bad_input_to_document_commands_is_exit_2(params string[] args)
    {
        var notJson = CliRunner.TempFile("{ \"currency\": ", ".json");
        var resolved = args.Select(a => a switch
        {
            "{SAMPLE}" => SampleFile("plan"),
            "{MISSING}" => Path.Combine(Path.GetTempPath(), "keyaccount-missing-plan.json"),
            "{NOTJSON}" => notJson,
            _ => a,
        }).ToArray();
        var result = CliRunner.Run(resolved);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("keyaccount: ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Plan_validate_of_a_plan_with_errors_is_exit_1_with_the_errors_on_stdout()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(SampleFile("plan")));
        var goalsEmptied = "{" + string.Join(",", sample.RootElement.EnumerateObject().Select(p => p.Name == "goals" ? "\"goals\":[]" : p.ToString())) + "}";
        var result = CliRunner.Run("plan", "validate", CliRunner.TempFile(goalsEmptied, ".json"), "--as-of", "2026-01-05", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("errors").GetInt32() > 0);
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "KAP020");
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Document_value_the_library_refuses_names_the_file_once_with_one_colon()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(SampleFile("plan")));
        var nullAction = "{" + string.Join(",", sample.RootElement.EnumerateObject().Select(p => p.Name == "actions" ? "\"actions\":[null]" : p.ToString())) + "}";
        var path = CliRunner.TempFile(nullAction, ".json");
        var result = CliRunner.Run("plan", "validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"keyaccount: {path}: $.actions[0]: ", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("::", result.Error, System.StringComparison.Ordinal);
    }
}
