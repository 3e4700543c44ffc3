using System;
using System.IO;
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

    /// <summary>The same document text stamped with another version (version 2 changed no member of version 1).</summary>
    internal static string Stamped(string json, int version)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["formatVersion"] = version;
        return node.ToJsonString();
    }

    [Fact]
    public void The_library_is_at_version_2_and_reads_version_1_through_the_upgrader()
    {
        Assert.Equal(2, AccountDocument.CurrentFormatVersion);
        var v1 = KeyAccountJson.Deserialize<AccountDocument>(Kept(1));
        Assert.Equal(AccountDocument.CurrentFormatVersion, v1.FormatVersion);
        Assert.Null(v1.Relationships);
        Assert.Null(v1.Communications);
        Assert.Empty(v1.Negotiations);
        Assert.Empty(v1.Offers);
    }

    [Fact]
    public void The_kept_version_1_document_reads_as_the_same_model_as_its_current_version_form()
    {
        var migrated = KeyAccountJson.Deserialize<AccountDocument>(Kept(1));
        var current = KeyAccountJson.Deserialize<AccountDocument>(Stamped(Kept(1), AccountDocument.CurrentFormatVersion));
        Assert.Equal(KeyAccountJson.Serialize(current), KeyAccountJson.Serialize(migrated));
        Assert.Equal(AccountValidator.Validate(current, new NodaTime.LocalDate(2026, 3, 31)), AccountValidator.Validate(migrated, new NodaTime.LocalDate(2026, 3, 31)));
    }

    [Fact]
    public void The_kept_current_version_document_is_the_sample()
    {
        // Regenerate with `keyaccount sample account > tests/KeyAccount.Core.Tests/Accounts/Versions/account-v2.json`
        // when the sample changes (and only while version 2 is the current, unreleased version).
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
        Assert.Contains("newer than 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_member_in_a_document_of_another_type_is_still_refused()
    {
        // Version 2 is the account's, not the library's: a plan at version 2 is still refused.
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
            offers: new[] { KeyAccount.Core.Negotiation.SampleNegotiations.MailOrderOffer });
        var json = KeyAccountJson.Serialize(full);
        var back = KeyAccountJson.Deserialize<AccountDocument>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.NotNull(back.Relationships);
        Assert.NotNull(back.Communications);
        Assert.Single(back.Negotiations);
        Assert.Single(back.Offers);
        using var written = JsonDocument.Parse(json);
        Assert.Equal(2, written.RootElement.GetProperty("formatVersion").GetInt32());
    }
}
