using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KeyAccount.Cli.Accounts;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Cli.Tests.Accounts;

/// <summary><c>keyaccount account</c>, <c>account migrate</c>, <c>diary add</c> and <c>sample account</c>.</summary>
public sealed class AccountCommandTests
{
    private static readonly string[] AddArgs =
    {
        "--kind", "meeting", "--at", "2026-04-02T10:00", "--zone", "Europe/Berlin", "--with", "owner,head-buyer", "--ours", "kam",
        "--subject", "Quarterly review", "--note", "Went well", "--decision", "Extend the pilot", "--commit", "kam:Send the summary:2026-04-09",
    };

    private static string SampleFile() => CliRunner.TempFile(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()), ".json");

    private static CliResult Add(string path, string ours = "kam") => CliRunner.Run(new[] { "diary", "add", path }.Concat(AddArgs).Select(a => a == "kam" ? ours : a).ToArray());

    [Fact]
    public void Sample_account_is_the_library_sample_and_loads_back()
    {
        var result = CliRunner.Run("sample", "account");

        Assert.True(result.ExitCode == 0, result.ToString());
        var read = KeyAccountJson.Deserialize<AccountDocument>(result.Out);
        Assert.Equal(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()), KeyAccountJson.Serialize(read));
    }

    [Fact]
    public void Account_table_shows_the_state_and_the_diagnostics()
    {
        var result = CliRunner.Run("account", SampleFile(), "--as-of", "2026-04-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        var state = AccountAnalysis.Analyze(SampleAccounts.PublisherAndBookshop(), new LocalDate(2026, 4, 1));
        Assert.Contains(state.Explanation, result.Out, StringComparison.Ordinal);
        Assert.Contains("Overdue commitments: " + state.Overdue.Count, result.Out, StringComparison.Ordinal);
        Assert.All(state.Overdue, c => Assert.Contains(c.Explanation, result.Out, StringComparison.Ordinal));
        Assert.Contains("Decisions without follow-up: " + state.DecisionsWithoutFollowUp.Count, result.Out, StringComparison.Ordinal);
        Assert.Contains("Next plan review: " + NodaTime.Text.LocalDatePattern.Iso.Format(state.NextPlanReview!.Value), result.Out, StringComparison.Ordinal);

        // The current plan review and the internal notices, each finding with its path.
        var review = Assert.Single(state.PlanReviews);
        Assert.Contains("Plan review of 2026-03-02 (planReviews[0]): no finding against the plan", result.Out, StringComparison.Ordinal);
        Assert.Contains(review.Explanation, result.Out, StringComparison.Ordinal);
        var notices = state.InternalCommunication!;
        Assert.Contains(notices.Explanation, result.Out, StringComparison.Ordinal);
        Assert.NotEmpty(notices.Findings);
        Assert.All(notices.Findings, f => Assert.Contains(f.Code + " (" + f.Severity.ToString().ToLowerInvariant() + ") at " + f.Path + ": " + f.Explanation, result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void Account_table_shows_a_plan_reviews_findings_and_rules_that_cannot_be_checked()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var review = sample.PlanReviews[0] with { Goals = sample.PlanReviews[0].Goals.Select(g => g with { Evidence = g.Goal == "research" ? null : g.Evidence }).ToArray() };
        var broken = new AccountDocument(sample.Client, sample.Profile, sample.Team, sample.Lifecycle, sample.Diary, sample.Updates, sample.Settings, sample.Evidence, sample.Ladder, sample.Opportunities, sample.Plan, sample.FormatVersion, sample.Relationships, sample.Communications, sample.Negotiations, sample.Offers, new[] { review }, new InternalCommunicationSettings(within: NodaTime.Period.FromHours(4)));
        var path = CliRunner.TempFile(KeyAccountJson.Serialize(broken), ".json");

        var result = CliRunner.Run("account", path, "--as-of", "2026-03-31");

        Assert.True(result.ExitCode == 1, result.ToString());
        var index = review.Goals.ToList().FindIndex(g => g.Goal == "research");
        Assert.Contains("KAP049 (warning) at planReviews[0].goals[" + index + "].evidence", result.Out, StringComparison.Ordinal);
        Assert.Contains("Internal communication: not checked, its rules have errors", result.Out, StringComparison.Ordinal);
        Assert.Contains("internalCommunication.within", result.Out, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Account_json_holds_the_library_state()
    {
        var result = CliRunner.Run("account", SampleFile(), "--as-of", "2026-04-01", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var expected = AccountAnalysis.Analyze(SampleAccounts.PublisherAndBookshop(), new LocalDate(2026, 4, 1));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(KeyAccountJson.Serialize(expected)), System.Text.Json.Nodes.JsonNode.Parse(json.RootElement.GetProperty("state").GetRawText())), result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Account_with_errors_exits_1_and_a_malformed_file_exits_2()
    {
        var account = SampleAccounts.PublisherAndBookshop();
        var broken = AccountDiary.Append(account, new DiaryEntry("d-x", Instant.FromUtc(2026, 3, 1, 9, 0), "Mars/Olympus", DiaryEntryKind.Call, "Call"));
        var withErrors = CliRunner.Run("account", CliRunner.TempFile(KeyAccountJson.Serialize(broken), ".json"), "--as-of", "2026-04-01");
        var malformed = CliRunner.Run("account", CliRunner.TempFile("{\"formatVersion\": 1, \"client\": ", ".json"));

        Assert.True(withErrors.ExitCode == 1, withErrors.ToString());
        Assert.Contains("KAA008", withErrors.Out, StringComparison.Ordinal);
        Assert.True(malformed.ExitCode == 2, malformed.ToString());
        Assert.Contains(".json", malformed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diary_add_appends_a_valid_entry_and_leaves_the_others_unchanged()
    {
        var path = SampleFile();
        var before = KeyAccountJson.Deserialize<AccountDocument>(File.ReadAllText(path));

        var result = Add(path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var after = KeyAccountJson.Deserialize<AccountDocument>(File.ReadAllText(path));
        Assert.Equal(before.Diary.Count + 1, after.Diary.Count);
        for (var i = 0; i < before.Diary.Count; i++)
        {
            Assert.Equal(KeyAccountJson.Serialize(before.Diary[i]), KeyAccountJson.Serialize(after.Diary[i]));
        }

        var entry = after.Diary[^1];
        Assert.Equal(AccountDiary.NextEntryId(before), entry.Id);
        Assert.Equal(Instant.FromUtc(2026, 4, 2, 8, 0), entry.At); // 10:00 in Berlin, summer time
        Assert.Equal(new[] { "owner", "head-buyer" }, entry.ClientParticipants);
        Assert.Equal("kam", Assert.Single(entry.Commitments).Who);
        Assert.Equal(Assert.Single(entry.Decisions).Id, entry.Commitments[0].Decision);
        var newErrors = AccountValidator.Validate(after, new LocalDate(2026, 4, 3)).Where(d => d.Severity == DiagnosticSeverity.Error && d.Path.Contains("diary[" + before.Diary.Count + "]", StringComparison.Ordinal));
        Assert.Empty(newErrors);
        Assert.Equal(File.ReadAllText(path + ".bak"), KeyAccountJson.Serialize(before));
    }

    [Fact]
    public void Diary_add_refuses_an_entry_that_adds_errors_and_writes_nothing()
    {
        var path = SampleFile();
        var original = File.ReadAllBytes(path);

        var result = Add(path, ours: "u-nobody");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("KAA004", result.Out, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void Diary_add_refuses_a_file_changed_on_disk_since_it_was_read()
    {
        var path = SampleFile();
        const string Concurrent = "{\"changed\": \"by someone else\"}";
        AccountFile.BeforeReplace.Value = p => File.WriteAllText(p, Concurrent);
        CliResult result;
        try
        {
            result = Add(path);
        }
        finally
        {
            AccountFile.BeforeReplace.Value = null;
        }

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("changed on disk", result.Error, StringComparison.Ordinal);
        Assert.Equal(Concurrent, File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".*.tmp"));
    }

    [Fact]
    public void A_failure_between_write_and_replace_leaves_the_old_document_intact()
    {
        var path = SampleFile();
        var original = File.ReadAllBytes(path);
        AccountFile.BeforeReplace.Value = _ => throw new IOException("simulated crash");
        CliResult result;
        try
        {
            result = Add(path);
        }
        finally
        {
            AccountFile.BeforeReplace.Value = null;
        }

        Assert.True(result.ExitCode == 74, result.ToString());
        Assert.Contains(": cannot be written (simulated crash); the file is unchanged.", result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".bak"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".*.tmp"));
    }

    [Theory]
    [InlineData("--at", "2026-04-02 10:00")]
    [InlineData("--zone", "Europe/Nowhere")]
    [InlineData("--at", "2026-03-29T02:30")]
    [InlineData("--commit", "u-kam:no date")]
    public void Diary_add_with_bad_arguments_exits_2_and_writes_nothing(string option, string value)
    {
        var path = SampleFile();
        var original = File.ReadAllBytes(path);
        var args = new[] { "diary", "add", path }.Concat(AddArgs).ToList();
        var at = args.IndexOf(option);
        args[at + 1] = value;

        var result = CliRunner.Run(args.ToArray());

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void Migrate_rewrites_the_document_in_the_current_version_keeping_a_backup()
    {
        var original = "{\"client\": \"bookshop\"}";
        var path = CliRunner.TempFile(original, ".json");

        var result = CliRunner.Run("account", "migrate", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(AccountDocument.CurrentFormatVersion, json.RootElement.GetProperty("formatVersion").GetInt32());
        Assert.Equal("bookshop", KeyAccountJson.Deserialize<AccountDocument>(File.ReadAllText(path)).Client.Value);
        Assert.Equal(original, File.ReadAllText(path + ".bak"));
    }
}
