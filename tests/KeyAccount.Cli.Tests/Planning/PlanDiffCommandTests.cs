using System;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Cli.Tests.Planning;

/// <summary><c>keyaccount plan diff OLD NEW</c>: the table, the JSON, and the exit codes.</summary>
public sealed class PlanDiffCommandTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static AccountPlan Old() => SamplePlans.PublisherAndBookshop(Start);

    private static AccountPlan New()
    {
        var old = Old();
        return old with
        {
            Goals = old.Goals.Select(g => g.Id == "research" ? g with { Deadline = GoalDeadline.Fixed(Start.PlusDays(120)) } : g).ToArray(),
            Resources = old.Resources.Where(r => r.Id != "kam-hours").ToArray(),
        };
    }

    private static string File(AccountPlan plan) => CliRunner.TempFile(KeyAccountJson.Serialize(plan), ".json");

    [Fact]
    public void The_table_lists_each_change_with_its_path_and_sentence_and_exits_0()
    {
        var result = CliRunner.Run("plan", "diff", File(Old()), File(New()));

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = PlanComparison.Compare(Old(), New());
        Assert.Equal(2, expected.Changes.Count);
        // The table wraps long sentences inside their cells; paths and kinds stay whole.
        Assert.All(expected.Changes, c => Assert.Contains(c.Path, result.Out, StringComparison.Ordinal));
        Assert.Contains("removed", result.Out, StringComparison.Ordinal);
        Assert.Contains("budget", result.Out, StringComparison.Ordinal);
        Assert.Contains(expected.Explanation, result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void The_JSON_holds_the_librarys_diff()
    {
        var oldFile = File(Old());
        var result = CliRunner.Run("plan", "diff", oldFile, File(New()), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(oldFile, json.RootElement.GetProperty("old").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("changes").GetInt32());
        var diff = KeyAccountJson.Deserialize<PlanDiff>(json.RootElement.GetProperty("diff").GetRawText());
        Assert.Equal(PlanComparison.Compare(Old(), New()).Changes, diff.Changes);
    }

    [Fact]
    public void With_exit_code_differences_are_exit_1_and_the_same_plan_exit_0()
    {
        var old = File(Old());
        Assert.Equal(1, CliRunner.Run("plan", "diff", old, File(New()), "--exit-code").ExitCode);

        var same = CliRunner.Run("plan", "diff", old, File(Old()), "--exit-code");
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("The two plans are the same", same.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_plan_may_come_from_standard_input()
    {
        var result = CliRunner.RunWithInput(KeyAccountJson.Serialize(New()), "plan", "diff", File(Old()), "-", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("<stdin>", json.RootElement.GetProperty("new").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("changes").GetInt32());
    }

    [Fact]
    public void A_malformed_or_missing_file_is_exit_2_naming_it()
    {
        var bad = CliRunner.TempFile("{\"client\": \"bookshop\", \"period\": \"2026-01-05/2027-01-04\", \"goals\": [{\"id\": 3}]}", ".json");
        var result = CliRunner.Run("plan", "diff", File(Old()), bad);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(bad, result.Error, StringComparison.Ordinal);
        Assert.Contains("goals[0]", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);

        var missing = CliRunner.Run("plan", "diff", "no-such-plan.json", File(Old()));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-plan.json", missing.Error, StringComparison.Ordinal);

        Assert.Equal(2, CliRunner.Run("plan", "diff", "-", "-").ExitCode);
    }
}
