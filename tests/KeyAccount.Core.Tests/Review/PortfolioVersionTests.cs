using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;

namespace KeyAccount.Core.Tests.Review;

/// <summary>
/// The portfolio document's format versions: the kept document of every version reads, a version 1
/// portfolio means the same in version 2, a newer version is refused at its path, and each account
/// nested in a portfolio passes its own version check.
/// </summary>
public sealed class PortfolioVersionTests
{
    private static string Kept(int version) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Review", "Versions", "portfolio-v" + version + ".json"));

    private static string Stamped(string json, int version)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["formatVersion"] = version;
        return node.ToJsonString();
    }

    [Fact]
    public void The_library_is_at_version_2_and_reads_version_1_through_the_upgrader()
    {
        Assert.Equal(2, PortfolioDocument.CurrentFormatVersion);

        var v1 = KeyAccountJson.Deserialize<PortfolioDocument>(Kept(1));

        Assert.Equal(1, JsonNode.Parse(Kept(1))!["formatVersion"]!.GetValue<int>());
        Assert.Equal(PortfolioDocument.CurrentFormatVersion, v1.FormatVersion);
        Assert.Empty(v1.Accounts);
    }

    [Fact]
    public void The_kept_version_1_portfolio_reads_and_reviews_as_its_current_version_form()
    {
        var migrated = KeyAccountJson.Deserialize<PortfolioDocument>(Kept(1));
        var current = KeyAccountJson.Deserialize<PortfolioDocument>(Stamped(Kept(1), PortfolioDocument.CurrentFormatVersion));

        Assert.Equal(KeyAccountJson.Serialize(current), KeyAccountJson.Serialize(migrated));
        Assert.Equal(KeyAccountJson.Serialize(PortfolioReview.Run(current).Result), KeyAccountJson.Serialize(PortfolioReview.Run(migrated).Result));
    }

    [Fact]
    public void The_kept_version_2_portfolio_reads_with_its_account_and_reviews_its_health()
    {
        var v2 = KeyAccountJson.Deserialize<PortfolioDocument>(Kept(2));

        var account = Assert.Single(v2.Accounts);
        Assert.Equal(AccountDocument.CurrentFormatVersion, account.FormatVersion);
        var run = PortfolioReview.Run(v2);
        Assert.True(run.Result!.Sections[^1].Analysed);
        Assert.Equal(account.Client, Assert.Single(run.Result.Health!.Accounts).Client);
        Assert.Equal(KeyAccountJson.Serialize(v2), KeyAccountJson.Serialize(KeyAccountJson.Deserialize<PortfolioDocument>(KeyAccountJson.Serialize(v2))));
    }

    [Fact]
    public void A_portfolio_without_a_version_reads_as_version_1()
    {
        var node = JsonNode.Parse(Kept(1))!.AsObject();
        node.Remove("formatVersion");

        Assert.Equal(PortfolioDocument.CurrentFormatVersion, KeyAccountJson.Deserialize<PortfolioDocument>(node.ToJsonString()).FormatVersion);
    }

    [Fact]
    public void A_version_newer_than_the_library_is_refused_at_its_path()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<PortfolioDocument>(Stamped(Kept(2), PortfolioDocument.CurrentFormatVersion + 1)));

        Assert.Equal("$.formatVersion", ex.Path);
        Assert.Contains("newer than 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_of_a_version_newer_than_the_library_is_refused_at_its_path_in_the_portfolio()
    {
        var node = JsonNode.Parse(Kept(2))!;
        node["accounts"]![0]!["formatVersion"] = AccountDocument.CurrentFormatVersion + 1;

        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<PortfolioDocument>(node.ToJsonString()));

        Assert.Equal("$.accounts[0].formatVersion", ex.Path);
    }

    [Fact]
    public void An_account_of_version_1_in_a_portfolio_is_upgraded_like_one_read_alone()
    {
        var node = JsonNode.Parse(Kept(2))!;
        var account = node["accounts"]![0]!.AsObject();
        foreach (var member in new[] { "relationships", "communications", "negotiations", "offers" })
        {
            account.Remove(member);
        }

        account["formatVersion"] = 1;

        var read = KeyAccountJson.Deserialize<PortfolioDocument>(node.ToJsonString());

        Assert.Equal(KeyAccountJson.Serialize(KeyAccountJson.Deserialize<AccountDocument>(account.ToJsonString())), KeyAccountJson.Serialize(Assert.Single(read.Accounts)));
        Assert.Equal(AccountDocument.CurrentFormatVersion, read.Accounts[0].FormatVersion);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"name\":\"y\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]}}", "$.name")]
    [InlineData("{\"formatVersion\":1,\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"ladder\":{\"asOf\":\"2026-01-01\",\"assessments\":[{\"client\":\"a\"},{\"client\":\"b\",\"client\":\"c\"}]}}", "$.ladder.assessments[1].client")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"accounts\":[{\"formatVersion\":1,\"client\":\"a\",\"updates\":[],\"updates\":[]}]}", "$.accounts[0].updates")]
    public void A_property_given_twice_in_a_document_of_an_older_version_is_refused_at_its_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<PortfolioDocument>(json));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith("Duplicate property", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_account_does_not_load()
    {
        var node = JsonNode.Parse(Kept(2))!;
        node["accounts"]!.AsArray().Add(null);

        Assert.ThrowsAny<Exception>(() => KeyAccountJson.Deserialize<PortfolioDocument>(node.ToJsonString()));
        Assert.Throws<ArgumentException>(() => new PortfolioDocument("x", Sample.AsOf, Sample.Classification, accounts: new AccountDocument[] { null! }));
    }

    private static PortfolioDocument Sample { get; } = KeyAccountJson.Deserialize<PortfolioDocument>(Kept(1));
}
