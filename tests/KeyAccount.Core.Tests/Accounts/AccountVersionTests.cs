using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>
/// The account document's format versions: a kept document of every released version reads as
/// the same model as its current-version form, the current version round-trips, and a version
/// newer than the library is refused.
/// </summary>
public class AccountVersionTests
{
    private static string Kept(int version) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accounts", "Versions", "account-v" + version + ".json"));

    /// <summary>The same document text stamped with another version (versions 2 and 3 only added members).</summary>
    internal static string Stamped(string json, int version)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["formatVersion"] = version;
        return node.ToJsonString();
    }

    [Fact]
    public void The_library_is_at_version_3_and_reads_versions_1_and_2_through_the_upgraders()
    {
        Assert.Equal(3, AccountDocument.CurrentFormatVersion);
        var v1 = KeyAccountJson.Deserialize<AccountDocument>(Kept(1));
        Assert.Equal(AccountDocument.CurrentFormatVersion, v1.FormatVersion);
        Assert.Null(v1.Relationships);
        Assert.Null(v1.Communications);
        Assert.Empty(v1.Negotiations);
        Assert.Empty(v1.Offers);
        Assert.Empty(v1.PlanReviews);
        Assert.Null(v1.InternalCommunication);

        var v2 = KeyAccountJson.Deserialize<AccountDocument>(Kept(2));
        Assert.Equal(AccountDocument.CurrentFormatVersion, v2.FormatVersion);
        Assert.NotNull(v2.Relationships);
        Assert.NotEmpty(v2.Offers);
        Assert.Empty(v2.PlanReviews);
        Assert.Null(v2.InternalCommunication);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_kept_older_document_reads_as_the_same_model_as_its_current_version_form(int version)
    {
        var migrated = KeyAccountJson.Deserialize<AccountDocument>(Kept(version));
        var current = KeyAccountJson.Deserialize<AccountDocument>(Stamped(Kept(version), AccountDocument.CurrentFormatVersion));
        Assert.Equal(KeyAccountJson.Serialize(current), KeyAccountJson.Serialize(migrated));
        Assert.Equal(AccountValidator.Validate(current, new NodaTime.LocalDate(2026, 3, 31)), AccountValidator.Validate(migrated, new NodaTime.LocalDate(2026, 3, 31)));
        Assert.Equal(AccountAnalysis.Analyze(current, new NodaTime.LocalDate(2026, 3, 31)).Explanation, AccountAnalysis.Analyze(migrated, new NodaTime.LocalDate(2026, 3, 31)).Explanation);
    }

    [Fact]
    public void A_version_2_document_holding_a_member_of_version_3_is_refused_by_a_version_2_reader_but_upgraded_here()
    {
        // What the version rise is for: the kept version 2 document with a plan review is unknown to version 2.
        var node = JsonNode.Parse(Kept(2))!.AsObject();
        Assert.False(node.ContainsKey("planReviews"));
        Assert.False(node.ContainsKey("internalCommunication"));
        var sample = JsonNode.Parse(Kept(3))!.AsObject();
        Assert.True(sample.ContainsKey("planReviews"));
        Assert.True(sample.ContainsKey("internalCommunication"));
    }

    [Fact]
    public void The_kept_current_version_document_is_the_sample()
    {
        // Regenerate with `keyaccount sample account > tests/KeyAccount.Core.Tests/Accounts/Versions/account-v3.json`
        // when the sample changes (and only while version 3 is the current, unreleased version;
        // account-v1.json and account-v2.json stay as they are).
        var kept = KeyAccountJson.Deserialize<AccountDocument>(Kept(AccountDocument.CurrentFormatVersion));
        Assert.Equal(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()), KeyAccountJson.Serialize(kept));
    }

    [Fact]
    public void A_document_without_a_version_reads_as_version_1_and_is_upgraded()
    {
        var node = JsonNode.Parse(Kept(1))!.AsObject();
        node.Remove("formatVersion");
        var read = KeyAccountJson.Deserialize<AccountDocument>(node.ToJsonString());
        Assert.Equal(AccountDocument.CurrentFormatVersion, read.FormatVersion);
    }

    [Fact]
    public void A_version_newer_than_the_library_is_refused_at_its_path()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountDocument>(Stamped(Kept(1), AccountDocument.CurrentFormatVersion + 1)));
        Assert.Equal("$.formatVersion", ex.Path);
        Assert.Contains("newer than " + AccountDocument.CurrentFormatVersion, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_member_in_a_document_of_another_type_is_still_refused()
    {
        // Version 2 (and 3) is the account's, not the library's: a plan at version 2 is still refused.
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<KeyAccount.Core.Planning.AccountPlan>("{ \"formatVersion\": 2, \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\" }"));
        Assert.Equal("$.formatVersion", ex.Path);
    }

    [Fact]
    public void An_account_with_every_held_document_round_trips()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var full = HeldDocumentTests.With(
            sample,
            relationships: KeyAccount.Core.Relationships.SampleMaps.Bookshop,
            communications: KeyAccount.Core.Communications.SamplePrograms.PublisherAndBookshop(new NodaTime.LocalDate(2026, 1, 5)),
            negotiations: new[] { KeyAccount.Core.Negotiation.SampleNegotiations.MailOrderNegotiation },
            offers: new[] { KeyAccount.Core.Negotiation.SampleNegotiations.MailOrderOffer },
            planReviews: sample.PlanReviews,
            internalCommunication: sample.InternalCommunication);
        var json = KeyAccountJson.Serialize(full);
        var back = KeyAccountJson.Deserialize<AccountDocument>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.NotNull(back.Relationships);
        Assert.NotNull(back.Communications);
        Assert.Single(back.Negotiations);
        Assert.Single(back.Offers);
        Assert.Equal(sample.PlanReviews.Count, back.PlanReviews.Count);
        Assert.Equal(sample.InternalCommunication!.Rules.Select(r => r.Id), back.InternalCommunication!.Rules.Select(r => r.Id));
        using var written = JsonDocument.Parse(json);
        Assert.Equal(3, written.RootElement.GetProperty("formatVersion").GetInt32());
    }
}
