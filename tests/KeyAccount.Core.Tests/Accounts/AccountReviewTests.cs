using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>The review of one account (every area it holds, run by its own area) and the JSON paths of the documents it holds.</summary>
public class AccountReviewTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    [Fact]
    public void The_review_runs_every_area_the_sample_holds_and_the_state()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var run = AccountReview.Run(sample, March31);
        var review = run.Result!;

        Assert.False(review.HasErrors);
        Assert.Equal(AccountValidator.Validate(sample, March31), review.Diagnostics);
        Assert.Equal(new[] { "profile", "opportunities", "plan", "relationships", "communications", "negotiations", "offers", "planReviews", "internalCommunication" }, review.Areas);
        Assert.Equal(AccountAnalysis.Analyze(sample, March31).Explanation, review.State!.Explanation);
        Assert.Null(review.Ladder);
        Assert.NotNull(review.Opportunities);
        Assert.Equal(KeyAccount.Core.Planning.PlanAnalysis.Run(sample.Plan!, March31).Result!.Explanation, review.Plan!.Explanation);
        Assert.Equal(review.State.Relationships!.Explanation, review.Relationships!.Explanation);
        Assert.Equal(new DateInterval(sample.Plan!.Period.Start, sample.Plan.Period.End).Start, review.Communications!.Window.Start);
        Assert.Equal(NegotiationPreparation.Run(SampleNegotiations.MailOrderNegotiation).Result!.Explanation, Assert.Single(review.Negotiations).Explanation);
        Assert.Equal("mail-order-service", Assert.Single(review.Offers).Offer);
        Assert.Contains("holds profile, opportunities, plan, relationships, communications, negotiations, offers", review.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_held_document_with_errors_gives_no_result_for_its_area_and_the_others_still_run()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var broken = HeldDocumentTests.With(sample, relationships: SampleMaps.Bookshop with { People = SampleMaps.Bookshop.People.Concat(new[] { new ClientPerson("owner", "Twin") }).ToArray() });
        var review = AccountReview.Run(broken, March31).Result!;

        Assert.True(review.HasErrors);
        Assert.Null(review.Relationships);
        Assert.Contains("relationships", review.Areas);
        Assert.NotNull(review.Plan);
        Assert.Contains(review.Diagnostics, d => d.Code == RelationshipsDiagnosticCodes.DuplicateId && d.Path.StartsWith("relationships.people", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_account_is_reviewed_without_any_area()
    {
        var review = AccountReview.Run(new AccountDocument(new ClientId("new-shop")), March31).Result!;
        Assert.Empty(review.Areas);
        Assert.Contains("holds no part yet", review.Explanation, StringComparison.Ordinal);
        Assert.Equal(AccountStage.Prospect, review.State!.Stage);
        Assert.Empty(review.Negotiations);
    }

    [Theory]
    [InlineData("relationships", "people", "$.relationships.people")]
    [InlineData("communications", "items", "$.communications.items")]
    [InlineData("plan", "goals", "$.plan.goals")]
    [InlineData("opportunities", "opportunities", "$.opportunities.opportunities")]
    public void A_malformed_held_document_is_refused_with_the_path_from_the_accounts_root(string member, string inner, string expected)
    {
        var node = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();
        node[member]![inner] = 7;
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountDocument>(node.ToJsonString()));
        Assert.Equal(expected, ex.Path);
        var viaOptions = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountDocument>(node.ToJsonString(), KeyAccountJson.Options));
        Assert.Equal(expected, viaOptions.Path);
    }

    [Fact]
    public void A_held_document_in_a_list_and_its_version_are_named_from_the_root()
    {
        var node = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();
        node["offers"]![0]!["formatVersion"] = 9;
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountDocument>(node.ToJsonString()));
        Assert.Equal("$.offers[0].formatVersion", ex.Path);
        Assert.Contains("newer than 1", ex.Message, StringComparison.Ordinal);

        var dated = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();
        dated["negotiations"]![0]!["issues"]![1]!["ourTarget"] = "many";
        var wrongType = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountDocument>(dated.ToJsonString()));
        Assert.Equal("$.negotiations[0].issues[1].ourTarget", wrongType.Path);
        Assert.DoesNotContain("Path: $.issues", wrongType.Message, StringComparison.Ordinal);
    }
}
