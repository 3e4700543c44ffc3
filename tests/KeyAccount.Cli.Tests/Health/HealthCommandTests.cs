using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Cli.Tests.Hostile;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Cli.Tests.Health;

/// <summary><c>keyaccount health</c>: one account, several, the change since a date, JSON, the chart, and hostile input.</summary>
public sealed class HealthCommandTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);
    private static readonly LocalDate Since = new(2025, 12, 31);

    private static string SampleFile() => CliRunner.TempFile(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()), ".json");

    /// <summary>The text with every run of white space as one space: the table console wraps long lines.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>The account as another client's: its plan, map and programme renamed; the opportunities, negotiations and offers (which name the client in each entry) left out.</summary>
    private static AccountDocument Renamed(AccountDocument a, string client)
    {
        var id = new ClientId(client);
        return new(id, a.Profile, a.Team, a.Lifecycle, a.Diary, a.Updates, a.Settings, a.Evidence, a.Ladder, null, a.Plan is null ? null : a.Plan with { Client = id }, a.FormatVersion, a.Relationships is null ? null : a.Relationships with { Client = id }, a.Communications is null ? null : a.Communications with { Client = id });
    }

    [Fact]
    public void One_account_shows_its_scorecard_and_the_change_since_a_date()
    {
        var result = CliRunner.Run("health", SampleFile(), "--as-of", "2026-03-31", "--since", "2025-12-31");

        Assert.True(result.ExitCode == 0, result.ToString());
        var change = HealthScorecard.Change(SampleAccounts.PublisherAndBookshop(), Since, AsOf);
        Assert.Contains(Flat(change.After.Explanation), Flat(result.Out), StringComparison.Ordinal);
        Assert.Contains("Components as of 2026-03-31", result.Out, StringComparison.Ordinal);
        Assert.Contains("Change from 2025-12-31 to 2026-03-31", result.Out, StringComparison.Ordinal);
        Assert.Contains(Flat(change.Explanation), Flat(result.Out), StringComparison.Ordinal);
        // The internal notice the sample's rules call for and nobody gave: a fact of the commitments component.
        var notice = change.After.Component(HealthComponentKind.Commitments).Facts.Single(f => f.Key == "notice:contact:d-4");
        Assert.StartsWith("The contact 'Research findings and the series'", notice.Explanation, StringComparison.Ordinal);
        Assert.Contains("The contact 'Research findings and the series'", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_holds_the_librarys_portfolio_health_and_each_files_diagnostics()
    {
        var path = SampleFile();
        var result = CliRunner.Run("health", path, "--as-of", "2026-03-31", "--since", "2025-12-31", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var expected = HealthScorecard.Portfolio(new[] { SampleAccounts.PublisherAndBookshop() }, AsOf, Since);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(KeyAccountJson.Serialize(expected)), JsonNode.Parse(json.RootElement.GetProperty("health").GetRawText())), result.Out);
        Assert.Equal("2025-12-31", json.RootElement.GetProperty("since").GetString());
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray().ToArray());
        Assert.Equal(path, file.GetProperty("file").GetString());
        Assert.Equal(AccountValidator.Validate(SampleAccounts.PublisherAndBookshop(), AsOf).Count, file.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Several_accounts_are_ranked_with_the_fallers()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var accounts = new[] { sample, Renamed(sample, "second-shop"), new AccountDocument(new ClientId("new-shop")) };
        var files = accounts.Select(a => CliRunner.TempFile(KeyAccountJson.Serialize(a), ".json")).ToArray();
        var result = CliRunner.Run(new[] { "health" }.Concat(files).Concat(new[] { "--as-of", "2026-03-31", "--since", "2025-12-31" }).ToArray());

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = HealthScorecard.Portfolio(accounts, AsOf, Since);
        Assert.Contains(Flat(expected.Explanation), Flat(result.Out), StringComparison.Ordinal);
        var positions = expected.Accounts.Select(e => result.Out.IndexOf(" " + e.Client.Value + " ", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0, result.Out));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Contains("healthiest first", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_of_one_client_or_a_since_after_the_day_exit_2()
    {
        var a = SampleFile();
        var b = SampleFile();
        var twice = CliRunner.Run("health", a, b, "--as-of", "2026-03-31");
        var backwards = CliRunner.Run("health", a, "--as-of", "2026-03-31", "--since", "2026-04-01");
        var badDate = CliRunner.Run("health", a, "--since", "31/12/2025");

        Assert.True(twice.ExitCode == 2, twice.ToString());
        Assert.Contains(a, twice.Error, StringComparison.Ordinal);
        Assert.Contains(b, twice.Error, StringComparison.Ordinal);
        Assert.True(backwards.ExitCode == 2, backwards.ToString());
        Assert.Contains("--since", backwards.Error, StringComparison.Ordinal);
        Assert.True(badDate.ExitCode == 2, badDate.ToString());
    }

    [Fact]
    public void An_account_with_errors_exits_1_and_is_still_scored()
    {
        var broken = AccountDiary.Append(SampleAccounts.PublisherAndBookshop(), new DiaryEntry("d-x", Instant.FromUtc(2026, 3, 1, 9, 0), "Mars/Olympus", DiaryEntryKind.Call, "Call"));
        var result = CliRunner.Run("health", CliRunner.TempFile(KeyAccountJson.Serialize(broken), ".json"), "--as-of", "2026-03-31");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("KAA008", result.Out, StringComparison.Ordinal);
        Assert.Contains("Components as of 2026-03-31", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_of_one_account_and_of_several_is_an_svg()
    {
        var one = Path.ChangeExtension(CliRunner.TempFile(string.Empty, ".tmp"), ".svg");
        var several = Path.ChangeExtension(CliRunner.TempFile(string.Empty, ".tmp"), ".svg");
        var sample = SampleFile();
        var other = CliRunner.TempFile(KeyAccountJson.Serialize(Renamed(SampleAccounts.PublisherAndBookshop(), "second-shop")), ".json");

        var a = CliRunner.Run("health", sample, "--as-of", "2026-03-31", "--chart", one);
        var b = CliRunner.Run("health", sample, other, "--as-of", "2026-03-31", "--since", "2025-12-31", "--chart", several);
        var onInput = CliRunner.Run("health", sample, "--chart", sample);

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        Assert.Contains("<svg", File.ReadAllText(one), StringComparison.Ordinal);
        Assert.Contains("over time", File.ReadAllText(one), StringComparison.Ordinal);
        Assert.Contains("second-shop", File.ReadAllText(several), StringComparison.Ordinal);
        Assert.True(onInput.ExitCode == 2, onInput.ToString());
        Assert.StartsWith("{", File.ReadAllText(sample).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_charts_dates_are_month_ends_from_the_start_of_the_history()
    {
        var dates = KeyAccount.Cli.Health.HealthChart.Dates(SampleAccounts.PublisherAndBookshop(), AsOf, since: null);

        Assert.Equal(new LocalDate(2025, 11, 3), dates[0]);
        Assert.Equal(AsOf, dates[^1]);
        Assert.All(dates.Skip(1).SkipLast(1), d => Assert.Equal(d.Calendar.GetDaysInMonth(d.Year, d.Month), d.Day));
        Assert.Equal(dates.OrderBy(d => d), dates);
        Assert.Equal(dates.Distinct(), dates);
    }

    [Property(MaxTest = 60)]
    public Property The_sample_account_mutated_anywhere_keeps_the_contract()
    {
        var root = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!;
        var places = JsonMutation.Places(root);
        var kinds = Enum.GetValues<JsonMutationKind>();
        var gen = from place in Gen.Choose(0, places.Count - 1)
                  from kind in Gen.Elements(kinds)
                  from json in Gen.Elements(false, true)
                  select (place, kind, json);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (index, kind, asJson) = input;
            var text = JsonMutation.Apply(root, places[index], kind);
            var args = asJson
                ? new[] { "health", "{file}", "--as-of", "2026-03-31", "--since", "2025-12-31", "--format", "json" }
                : new[] { "health", "{file}", "--as-of", "2026-03-31", "--since", "2025-12-31" };
            var (result, file) = HostileContract.RunOnFile(text, ".json", args);
            var why = HostileContract.Violation(result, file, needsPath: true);
            return (why is null).Label($"{kind} at {places[index].Path}: {why}\n{result}");
        });
    }
}
