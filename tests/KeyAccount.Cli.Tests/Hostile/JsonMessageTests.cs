using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// What a refused JSON document says: one line, the full JSON path of the value, what is expected
/// there, and the value echoed no longer than a reader can read.
/// </summary>
public sealed class JsonMessageTests
{
    private static JsonObject Sample(string kind) => JsonNode.Parse(CliRunner.Run("sample", kind).Out)!.AsObject();

    private static string OneLine(CliResult result)
    {
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, "expected one line on standard error\n" + result);
        Assert.DoesNotContain("(Parameter '", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value was", lines[0], StringComparison.Ordinal);
        return lines[0];
    }

    [Fact]
    public void Item7_duplicate_keys_are_refused_with_the_path()
    {
        var json = "{\"currency\":\"EUR\",\"clients\":[{\"client\":\"a\",\"profits\":[1]}],\"clients\":[{\"client\":\"b\",\"profits\":[2]}]}";
        var (result, file) = HostileContract.RunOnFile(json, ".json", "classify", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = OneLine(result);
        Assert.StartsWith("keyaccount: " + file + ": $", line, StringComparison.Ordinal);
        Assert.Contains("clients", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Item7_a_second_format_version_is_refused()
    {
        var (result, file) = HostileContract.RunOnFile("{\"formatVersion\":999,\"formatVersion\":1,\"currency\":\"EUR\",\"clients\":[]}", ".json", "classify", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("keyaccount: " + file + ": $.formatVersion", OneLine(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Item8_a_null_list_entry_names_its_full_path_on_one_line()
    {
        var plan = Sample("plan");
        plan["goals"]!.AsArray()[1] = null;
        var (result, file) = HostileContract.RunOnFile(plan.ToJsonString(), ".json", "plan", "validate", "{file}", "--as-of", "2026-03-31");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("keyaccount: " + file + ": $.goals[1]: ", OneLine(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Item8_a_null_list_entry_inside_a_portfolio_names_the_path_from_the_portfolio_root()
    {
        var portfolio = Sample("portfolio");
        portfolio["plan"]!["goals"]!.AsArray()[0] = null;
        var (result, file) = HostileContract.RunOnFile(portfolio.ToJsonString(), ".json", "review", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("keyaccount: " + file + ": $.plan.goals[0]: ", OneLine(result), StringComparison.Ordinal);
    }

    /// <summary>
    /// A value the library refuses inside a well-formed document: today a refusal (exit 2), which
    /// must give the full path on one line; once the area reports it as a diagnostic (exit 1), the
    /// diagnostic carries the path.
    /// </summary>
    [Theory]
    [InlineData("classify")]
    [InlineData("review")]
    public void Item8_a_negative_sale_of_the_fourth_client_is_named_at_its_full_path(string command)
    {
        var kind = command == "classify" ? "classification" : "portfolio";
        var document = Sample(kind);
        var clients = (kind == "portfolio" ? document["classification"]! : document)["clients"]!.AsArray();
        clients[3]!["sales"]!.AsArray()[0] = -5;
        var (result, file) = HostileContract.RunOnFile(document.ToJsonString(), ".json", command, "{file}", "--format", "json");

        var prefix = kind == "portfolio" ? "$.classification" : "$";
        if (result.ExitCode == 2)
        {
            Assert.Equal("keyaccount: " + file + ": " + prefix + ".clients[3].sales[0]: sales[0] is -5: it must be 0 or more.", OneLine(result));
        }
        else
        {
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("clients[3].sales[0]", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Item9_an_invalid_date_says_how_a_date_is_written()
    {
        var plan = Sample("plan");
        plan["goals"]![0]!["deadline"]!["on"] = "2026-02-30";
        var (result, file) = HostileContract.RunOnFile(plan.ToJsonString(), ".json", "plan", "validate", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = OneLine(result);
        Assert.StartsWith("keyaccount: " + file + ": $.goals[0].deadline.on", line, StringComparison.Ordinal);
        Assert.Contains("'2026-02-30' is not a date written as \"2026-03-31\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain("expected kind", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Item9_an_unknown_enum_name_lists_the_names_allowed()
    {
        var plan = Sample("plan");
        plan["status"] = "Finished";
        var (result, file) = HostileContract.RunOnFile(plan.ToJsonString(), ".json", "plan", "validate", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = OneLine(result);
        Assert.StartsWith("keyaccount: " + file + ": $.status", line, StringComparison.Ordinal);
        Assert.Contains("'Finished' is not one of " + string.Join(", ", Enum.GetNames<KeyAccount.Core.Planning.PlanStatus>().SkipLast(1)), line, StringComparison.Ordinal);
    }

    [Fact]
    public void Item9_an_unknown_enum_name_in_a_portfolio_part_lists_the_names_allowed()
    {
        var portfolio = Sample("portfolio");
        portfolio["classification"]!["clients"]![2]!["ladderLevel"] = "BestFriend";
        var (result, file) = HostileContract.RunOnFile(portfolio.ToJsonString(), ".json", "review", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = OneLine(result);
        Assert.StartsWith("keyaccount: " + file + ": $.classification.clients[2].ladderLevel", line, StringComparison.Ordinal);
        Assert.Contains("'BestFriend' is not one of", line, StringComparison.Ordinal);
        Assert.Contains("BusinessPartner", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Item9_a_reversed_interval_says_which_end_is_before_which()
    {
        var plan = Sample("plan");
        plan["period"] = "2027-01-04/2026-01-05";
        var (result, file) = HostileContract.RunOnFile(plan.ToJsonString(), ".json", "plan", "validate", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = OneLine(result);
        Assert.StartsWith("keyaccount: " + file + ": $.period", line, StringComparison.Ordinal);
        Assert.Contains("2026-01-05 is before its start 2027-01-04", line, StringComparison.Ordinal);
        Assert.Contains("\"2026-01-01/2026-12-31\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Item9_a_negative_period_written_the_wrong_way_says_how_to_write_it()
    {
        var plan = Sample("plan");
        plan["reviewCadence"] = "-P1M";
        var (result, file) = HostileContract.RunOnFile(plan.ToJsonString(), ".json", "plan", "validate", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = OneLine(result);
        Assert.StartsWith("keyaccount: " + file + ": $.reviewCadence", line, StringComparison.Ordinal);
        Assert.Contains("'-P1M' is not a period", line, StringComparison.Ordinal);
        Assert.Contains("\"P-1M\"", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goals[0].deadline.on")]
    [InlineData("status")]
    [InlineData("escape")]
    public void Item10_a_huge_bad_value_is_echoed_cut_with_its_length(string where)
    {
        var plan = Sample("plan");
        var huge = new string('x', 10_000_000);
        switch (where)
        {
            case "status": plan["status"] = huge; break;
            case "escape": plan["status"] = "\u001b[2J\u001b[31m" + huge; break;
            default: plan["goals"]![0]!["deadline"]!["on"] = huge; break;
        }

        var (result, _) = HostileContract.RunOnFile(plan.ToJsonString(), ".json", "plan", "validate", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString()[..Math.Min(2000, result.ToString().Length)]);
        Assert.True(result.Error.Length < 1_000, "stderr has " + result.Error.Length + " characters");
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.Contains("characters)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item10_an_unknown_property_with_a_huge_name_is_cut()
    {
        var plan = Sample("plan");
        plan[new string('p', 100_000)] = 1;
        var (result, file) = HostileContract.RunOnFile(plan.ToJsonString(), ".json", "plan", "validate", "{file}");

        Assert.True(result.ExitCode == 2, result.ToString()[..Math.Min(2000, result.ToString().Length)]);
        var line = OneLine(result);
        Assert.StartsWith("keyaccount: " + file + ": $", line, StringComparison.Ordinal);
        Assert.True(line.Length < 800, "the message has " + line.Length + " characters");
        Assert.Contains("characters)", line, StringComparison.Ordinal);
    }
}
