using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KeyAccount.Cli.Tests.Documents;

/// <summary>
/// Well-formed but wrong opportunity portfolios and plans load and are reported with code and JSON
/// path (exit 1, never 2 or 70), through <c>opportunities</c>, <c>plan validate</c> and <c>review</c>.
/// </summary>
public sealed class OpportunitiesPlanningDefectTests
{
    private static JsonNode Sample(string kind)
    {
        var result = CliRunner.Run("sample", kind);
        Assert.Equal(0, result.ExitCode);
        return JsonNode.Parse(result.Out)!;
    }

    private static string Write(JsonNode node) => CliRunner.TempFile(node.ToJsonString(), ".json");

    private static string[] Diagnostics(string json, string property = "diagnostics")
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(property).EnumerateArray()
            .Select(d => d.GetProperty("path").GetString() + " " + d.GetProperty("code").GetString())
            .ToArray();
    }

    [Fact]
    public void Opportunities_with_a_negative_benefit_is_exit_1_with_code_and_path()
    {
        var portfolio = Sample("opportunities");
        portfolio["opportunities"]![3]!["benefit"] = -5;
        var path = Write(portfolio);
        var result = CliRunner.Run("opportunities", path, "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("opportunities[3].benefit KAO008", Diagnostics(result.Out));
        Assert.Equal(string.Empty, result.Error);

        var table = CliRunner.Run("opportunities", path);
        Assert.Equal(1, table.ExitCode);
        Assert.Contains("KAO008", table.Out, System.StringComparison.Ordinal);
        Assert.Contains("opportunities[3].benefit", table.Out, System.StringComparison.Ordinal);
        File.Delete(path);
    }

    [Theory]
    [InlineData("0.30000000000000004", null)]
    [InlineData("0.3333333333333333333333333333", null)]
    [InlineData("1.5", "opportunities[0].probability KAO009")]
    public void Opportunities_with_a_noisy_or_wrong_probability_never_crash(string probability, string? expected)
    {
        var text = Sample("opportunities").ToJsonString();
        var node = JsonNode.Parse(text)!;
        node["opportunities"]![0]!["probability"] = JsonNode.Parse(probability);
        var path = Write(node);
        var result = CliRunner.Run("opportunities", path, "--format", "json");

        if (expected is null)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Empty(Diagnostics(result.Out));
        }
        else
        {
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(expected, Diagnostics(result.Out));
        }

        File.Delete(path);
    }

    [Fact]
    public void Opportunities_whose_time_needs_pass_73_years_is_exit_1_not_an_internal_error()
    {
        var node = Sample("opportunities");
        foreach (var opportunity in node["opportunities"]!.AsArray().Take(3))
        {
            opportunity!["needs"]!["time"] = "10000:00:00:00";
        }

        var result = CliRunner.Run("opportunities", Write(node), "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(Diagnostics(result.Out), d => d.EndsWith(".needs.time KAO011", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Review_with_a_negative_opportunity_benefit_is_exit_1_with_code_and_path()
    {
        var portfolio = Sample("portfolio");
        portfolio["opportunities"]!["opportunities"]![3]!["benefit"] = -5;
        var result = CliRunner.Run("review", Write(portfolio), "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("opportunities.opportunities[3].benefit KAO008", Diagnostics(result.Out, "opportunityDiagnostics"));
    }

    [Fact]
    public void Plan_with_an_action_without_dates_is_exit_1_with_code_and_path()
    {
        var plan = Sample("plan");
        plan["actions"]![3]!.AsObject().Remove("start");
        var result = CliRunner.Run("plan", "validate", Write(plan), "--as-of", "2026-01-05", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("actions[3].start KAP043", Diagnostics(result.Out));
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Plan_approved_straight_from_draft_is_exit_1_and_the_sample_plan_shows_its_stages()
    {
        var plan = Sample("plan");
        Assert.Equal("shop-owner", plan["statusHistory"]![2]!["clientParticipants"]![0]!.GetValue<string>());
        var history = plan["statusHistory"]!.AsArray();
        history.RemoveAt(2);
        history.RemoveAt(1);
        var result = CliRunner.Run("plan", "validate", Write(plan), "--as-of", "2026-01-05", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        var found = Diagnostics(result.Out);
        Assert.Contains("statusHistory KAP038", found);
        Assert.Contains("statusHistory KAP040", found);
    }

    [Fact]
    public void Plan_with_a_negative_budget_is_exit_1_with_code_and_path()
    {
        var plan = Sample("plan");
        plan["resources"]![0]!["total"] = -1;
        var result = CliRunner.Run("plan", "validate", Write(plan), "--as-of", "2026-01-05", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("resources[0].total KAP030", Diagnostics(result.Out));
    }
}
