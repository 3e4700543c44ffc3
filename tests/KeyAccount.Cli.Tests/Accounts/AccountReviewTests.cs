using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Cli.Tests.Accounts;

/// <summary><c>keyaccount review ACCOUNT.json</c>: the review reads an account document as well as a portfolio, says which it read, and runs every area the account holds.</summary>
public sealed class AccountReviewTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private static string AccountFile(AccountDocument? account = null) =>
        CliRunner.TempFile(KeyAccountJson.Serialize(account ?? SampleAccounts.PublisherAndBookshop()), ".json");

    [Fact]
    public void An_account_document_is_reviewed_as_an_account_and_the_output_says_so()
    {
        var file = AccountFile();
        var result = CliRunner.Run("review", file, "--as-of", "2026-03-31");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        Assert.StartsWith(file + ": read as an account document (client 'bookshop'), reviewed as of 2026-03-31.", result.Out, StringComparison.Ordinal);
        var titles = new[]
        {
            "1. The account", "2. Where you stand on the client's ladder", "3. The best set of opportunities", "4. The key-client development plan",
            "5. Relationships", "6. Communications", "7. Negotiations", "8. Offers", "9. The plan review", "10. Internal communication",
        };
        var positions = titles.Select(t => result.Out.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Contains("Not held: the account has no ladder.", result.Out, StringComparison.Ordinal);
        Assert.Contains("- mail-order-terms: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("- mail-order-service: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Meetings with decision makers: 2", result.Out, StringComparison.Ordinal);
        var review = AccountReview.Run(SampleAccounts.PublisherAndBookshop(), March31).Result!;
        Assert.Contains(review.PlanReviews[0].Explanation, result.Out, StringComparison.Ordinal);
        Assert.All(review.InternalCommunication!.Findings, f => Assert.Contains(f.Path + ": " + f.Explanation, result.Out, StringComparison.Ordinal));
        Assert.Equal(1, CountOf(result.Out, review.InternalCommunication.Explanation));
        Assert.DoesNotContain("20/80", result.Out, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void The_json_review_of_an_account_is_the_librarys_review_and_names_the_document()
    {
        var file = AccountFile();
        var result = CliRunner.Run("review", file, "--as-of", "2026-03-31", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var root = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal("account", root["document"]!.GetValue<string>());
        Assert.Equal(file, root["file"]!.GetValue<string>());
        var expected = JsonNode.Parse(KeyAccountJson.Serialize(AccountReview.Run(SampleAccounts.PublisherAndBookshop(), March31).Result!));
        Assert.True(JsonNode.DeepEquals(expected, root["review"]), "the review differs from AccountReview.Run");
        var areas = root["review"]!["areas"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray();
        Assert.Equal(new[] { "profile", "opportunities", "plan", "relationships", "communications", "negotiations", "offers", "planReviews", "internalCommunication" }, areas);
        Assert.NotNull(root["review"]!["relationships"]);
        Assert.Equal("planReviews[0]", root["review"]!["planReviews"]![0]!["path"]!.GetValue<string>());
        Assert.NotEmpty(root["review"]!["internalCommunication"]!["findings"]!.AsArray());
        Assert.NotNull(root["review"]!["state"]!["decisionMakerMeetings"]);
        File.Delete(file);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void An_account_read_from_standard_input_is_told_apart_too()
    {
        var result = CliRunner.RunWithInput(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()), "review", "-", "--as-of", "2026-03-31");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("<stdin>: read as an account document", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_with_errors_is_exit_1_with_its_diagnostics_under_their_members()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var entry = new DiaryEntry("d-9", Instant.FromUtc(2026, 3, 30, 9, 0), "Europe/Berlin", DiaryEntryKind.Call, "s", new[] { "stranger" }, new[] { "kam" });
        var broken = AccountDiary.Append(sample, entry);
        var file = AccountFile(broken);

        var result = CliRunner.Run("review", file, "--as-of", "2026-03-31");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("KAA004", result.Out, StringComparison.Ordinal);
        Assert.Contains("diary[4].clientParticipants[0]", result.Out, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void A_malformed_account_is_exit_2_naming_the_json_path()
    {
        var node = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();
        node["relationships"]!["people"] = 7;
        var file = CliRunner.TempFile(node.ToJsonString(), ".json");

        var result = CliRunner.Run("review", file, "--as-of", "2026-03-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(file + ": $.relationships.people", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void A_version_1_account_is_migrated_on_reading()
    {
        var node = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();
        node["formatVersion"] = 1;
        foreach (var member in new[] { "relationships", "communications", "negotiations", "offers", "planReviews", "internalCommunication" })
        {
            node.Remove(member);
        }

        var file = CliRunner.TempFile(node.ToJsonString(), ".json");
        var result = CliRunner.Run("review", file, "--as-of", "2026-03-31");

        Assert.True(result.ExitCode <= 1, result.ToString());
        Assert.Contains("Not held: the account has no relationships.", result.Out, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Theory]
    [InlineData("{\"foo\": 1}", "$: neither a portfolio document")]
    [InlineData("{}", "$: neither a portfolio document")]
    public void A_document_of_neither_shape_is_exit_2_naming_both(string json, string expected)
    {
        var file = CliRunner.TempFile(json, ".json");
        var result = CliRunner.Run("review", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(file + ": " + expected, result.Error, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void A_portfolio_is_still_a_portfolio_and_refuses_an_as_of_of_its_own()
    {
        var file = CliRunner.TempFile(CliRunner.Run("sample", "portfolio").Out, ".json");

        var plain = CliRunner.Run("review", file);
        var dated = CliRunner.Run("review", file, "--as-of", "2026-03-31");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.DoesNotContain("read as an account document", plain.Out, StringComparison.Ordinal);
        Assert.Contains("1. The 20/80 analysis", plain.Out, StringComparison.Ordinal);
        Assert.Equal(2, dated.ExitCode);
        Assert.Contains("--as-of is for an account document", dated.Error, StringComparison.Ordinal);
        File.Delete(file);
    }
}
