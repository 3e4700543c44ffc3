using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Review;

namespace KeyAccount.Core.Tests.Review;

/// <summary>The review of a portfolio through the library: the areas' results and diagnostics, and each check across areas.</summary>
public sealed class PortfolioReviewTests
{
    private static readonly Lazy<PortfolioDocument> Sample = new(SamplePortfolios.PublisherAndBookshops);

    [Fact]
    public void The_sample_reviews_without_errors_or_checks_across_areas()
    {
        var run = PortfolioReview.Run(Sample.Value);
        var review = run.Result!;

        Assert.False(run.HasErrors);
        Assert.False(review.HasErrors);
        Assert.Empty(review.ReviewDiagnostics);
        Assert.Equal(300, review.Pareto!.ClientCount);
        Assert.Equal(PortfolioReview.ParetoTargetShare, review.Pareto.TargetShare);
        Assert.NotNull(review.Classification.Classification);
        Assert.NotNull(review.Ladder);
        Assert.NotNull(review.Opportunities);
        Assert.Equal(new[] { "pareto", "classification", "ladder", "opportunities", "plan", "relationships", "communications", "negotiation", "health" }, review.Sections.Select(s => s.Key));
        Assert.All(review.Sections, s => Assert.True(s.Analysed, s.Key));
        var outsideAccounts = run.Diagnostics.Where(d => !d.Path.StartsWith("accounts[", StringComparison.Ordinal));
        Assert.Equal(new[] { "KAN050", "KAN054", "KAP034" }, outsideAccounts.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(review.HealthDiagnostics, run.Diagnostics.Where(d => d.Path.StartsWith("accounts[", StringComparison.Ordinal)));
        Assert.Equal("plan.reviews", Assert.Single(review.PlanDiagnostics).Path);
        Assert.All(review.OfferDiagnostics, d => Assert.StartsWith("offer.", d.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_review_has_the_relationships_communications_and_negotiation_results()
    {
        var review = PortfolioReview.Run(Sample.Value).Result!;

        Assert.Equal(Sample.Value.Plan!.Client, Sample.Value.Relationships!.Client);
        Assert.Equal(Sample.Value.Plan.Client, Sample.Value.Communications!.Client);
        Assert.Empty(review.RelationshipDiagnostics);
        Assert.Equal(Sample.Value.AsOf, review.Relationships!.AsOf);
        Assert.NotEmpty(review.Relationships.Paths);
        Assert.False(string.IsNullOrWhiteSpace(review.Relationships.Explanation));
        Assert.Empty(review.CommunicationDiagnostics);
        Assert.Equal(Sample.Value.Plan.Period, review.Communications!.Window);
        Assert.True(review.Communications.Occurrences > 0);
        Assert.Empty(review.NegotiationDiagnostics);
        Assert.Equal(Sample.Value.Negotiation!.Id, review.Negotiation!.Plan);
        Assert.NotEmpty(review.Negotiation.Suggestions);
        Assert.Equal(Sample.Value.Offer!.Id, review.Offer!.Offer);
        Assert.Equal(new[] { "Relationships: who is who in the decision", "Communications: the programme, its coverage and gaps", "Negotiation: the zone of agreement and the offer" }, review.Sections.Skip(5).Take(3).Select(s => s.Title));
    }

    [Fact]
    public void Without_a_plan_the_communications_window_is_the_quarter_up_to_the_review_day()
    {
        var review = PortfolioReview.Run(Sample.Value with { Plan = null }).Result!;

        Assert.Equal(new NodaTime.DateInterval(new NodaTime.LocalDate(2026, 1, 1), Sample.Value.AsOf), review.Communications!.Window);
    }

    [Fact]
    public void A_portfolio_without_the_new_parts_reviews_them_as_not_analysed()
    {
        var review = PortfolioReview.Run(Sample.Value with { Relationships = null, Communications = null, Negotiation = null, Offer = null, Accounts = Array.Empty<KeyAccount.Core.Accounts.AccountDocument>() }).Result!;

        Assert.Null(review.Relationships);
        Assert.Null(review.Communications);
        Assert.Null(review.Negotiation);
        Assert.Null(review.Offer);
        Assert.All(review.Sections.Skip(5), s => Assert.False(s.Analysed, s.Key));
    }

    [Theory]
    [InlineData("relationships", "relationships", 0, "theirs", "nobody", "relationships.relationships[0]")]
    [InlineData("communications", "items", 0, "audience", "nobody", "communications.items[0]")]
    [InlineData("negotiation", "issues", 0, "ourWeight", "-1", "negotiation.issues[0]")]
    public void A_defect_in_a_new_part_is_an_error_under_its_member_path(string part, string list, int index, string member, string value, string expectedPath)
    {
        var document = Change(Sample.Value, json => json[part]![list]![index]![member] = value == "-1" ? JsonValue.Create(-1) : JsonValue.Create(value));
        var run = PortfolioReview.Run(document);

        Assert.True(run.Result!.HasErrors);
        Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith(expectedPath, StringComparison.Ordinal));
        object? result = part switch
        {
            "relationships" => run.Result.Relationships,
            "communications" => run.Result.Communications,
            _ => run.Result.Negotiation,
        };
        Assert.Null(result);
    }

    [Fact]
    public void A_defect_in_the_offer_is_an_error_under_offer()
    {
        var document = Change(Sample.Value, json => json["offer"]!["discountRate"] = -1);
        var run = PortfolioReview.Run(document);

        Assert.True(run.Result!.HasErrors);
        Assert.Contains(run.Result.OfferDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("offer.discountRate", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_gives_every_section_diagnostic_once_sorted()
    {
        var document = Change(Sample.Value, json =>
        {
            json["opportunities"]!["opportunities"]![0]!["client"] = "nobody";
            json["plan"]!["client"] = "stranger";
        });
        var run = PortfolioReview.Run(document);
        var review = run.Result!;
        var sections = review.Classification.Diagnostics.Concat(review.LadderDiagnostics).Concat(review.OpportunityDiagnostics).Concat(review.PlanDiagnostics).Concat(review.RelationshipDiagnostics).Concat(review.CommunicationDiagnostics).Concat(review.NegotiationDiagnostics).Concat(review.OfferDiagnostics).Concat(review.HealthDiagnostics).Concat(review.ReviewDiagnostics).ToList();

        Assert.Equal(Diagnostics.Sort(sections), run.Diagnostics);
        // opportunities[0] is the offer's opp-001: moved to "nobody", it is no longer the offer's client's (KRV006).
        Assert.Equal(new[] { "offer.opportunity", "opportunities.opportunities[0].client", "plan.client" }, review.ReviewDiagnostics.Select(d => d.Path));
    }

    [Fact]
    public void KRV001_a_classification_ladder_level_that_disagrees_with_the_assessment()
    {
        var assessed = Sample.Value.Ladder!.Assessments.First(a => a.Client != Sample.Value.Plan!.Client).Client;
        var index = Sample.Value.Classification.Clients.ToList().FindIndex(c => c.Client == assessed);
        var stated = Sample.Value.Classification.Clients[index].LadderLevel!.Value;
        var other = stated == LadderLevel.CommodityBroker ? "BusinessPartner" : "CommodityBroker";
        var document = Change(Sample.Value, json => json["classification"]!["clients"]![index]!["ladderLevel"] = other);

        var diagnostic = Assert.Single(PortfolioReview.Run(document).Result!.ReviewDiagnostics, d => d.Code == ReviewDiagnosticCodes.LadderLevelDisagrees);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal($"classification.clients[{index}].ladderLevel", diagnostic.Path);
        Assert.Contains(assessed.Value, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ladder", "assessments", "ladder.assessments[3].client")]
    [InlineData("opportunities", "opportunities", "opportunities.opportunities[3].client")]
    public void KRV002_a_client_of_another_area_missing_from_the_classification(string part, string list, string path)
    {
        var document = Change(Sample.Value, json => json[part]![list]![3]!["client"] = "shop-999");

        var review = PortfolioReview.Run(document).Result!;

        var diagnostic = Assert.Single(review.ReviewDiagnostics);
        Assert.Equal(ReviewDiagnosticCodes.ClientNotClassified, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Path);
    }

    [Fact]
    public void KRV002_the_plan_for_a_client_missing_from_the_classification_and_not_KRV003()
    {
        var document = Sample.Value with { Plan = Sample.Value.Plan! with { Client = new ClientId("bookshop") } };

        var diagnostic = Assert.Single(PortfolioReview.Run(document).Result!.ReviewDiagnostics);

        Assert.Equal(ReviewDiagnosticCodes.ClientNotClassified, diagnostic.Code);
        Assert.Equal("plan.client", diagnostic.Path);
    }

    [Fact]
    public void KRV003_the_plan_for_a_classified_client_that_is_not_key()
    {
        var classification = PortfolioReview.Run(Sample.Value).Result!.Classification.Classification!;
        var notKey = classification.Clients.First(c => c.Tier != ClientTier.Key).Client;
        var document = Sample.Value with { Plan = Sample.Value.Plan! with { Client = notKey } };

        var diagnostic = Assert.Single(PortfolioReview.Run(document).Result!.ReviewDiagnostics);

        Assert.Equal(ReviewDiagnosticCodes.PlanClientNotKey, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("plan.client", diagnostic.Path);
    }

    [Fact]
    public void KRV004_a_ladder_assessment_dated_after_the_review()
    {
        var document = Sample.Value with { AsOf = Sample.Value.Ladder!.AsOf.PlusDays(-1) };

        var review = PortfolioReview.Run(document).Result!;

        var diagnostic = Assert.Single(review.ReviewDiagnostics);
        Assert.Equal(ReviewDiagnosticCodes.LadderAssessedAfterReview, diagnostic.Code);
        Assert.Equal("ladder.asOf", diagnostic.Path);
    }

    [Theory]
    [InlineData("[{\"client\":\"a\",\"profits\":[79228162514264337593543950335,1]}]", "classification.clients[0].profits", false)]
    [InlineData("[{\"client\":\"a\",\"profits\":[79228162514264337593543950335]},{\"client\":\"b\",\"profits\":[1]}]", "classification.clients", false)]
    public void KRV005_profits_beyond_decimal_are_an_error_not_an_exception(string clients, string path, bool totalsFit)
    {
        var document = KeyAccountJson.Deserialize<PortfolioDocument>("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":" + clients + "}}");

        var run = PortfolioReview.Run(document);

        Assert.True(run.HasErrors);
        Assert.True(run.Result!.HasErrors);
        // Each client's total fits in the third case (the 20/80 section runs); one period's total does not (no classification).
        Assert.Equal(totalsFit, run.Result.Pareto is not null);
        Assert.Null(run.Result.Classification.Classification);
        var diagnostic = Assert.Single(run.Result.ReviewDiagnostics);
        Assert.Equal(ReviewDiagnosticCodes.ProfitsOutOfRange, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Path);
    }

    [Fact]
    public void A_period_whose_profits_leave_decimal_is_the_classifications_KCL009_under_its_member()
    {
        // Each client's total fits, one period's total across clients does not: the classification
        // reports it itself (KCL009), the review runs the 20/80 section and throws nothing.
        var document = KeyAccountJson.Deserialize<PortfolioDocument>("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[{\"client\":\"a\",\"profits\":[79228162514264337593543950335,-79228162514264337593543950335]},{\"client\":\"b\",\"profits\":[1,0]}]}}");

        var run = PortfolioReview.Run(document);

        Assert.True(run.HasErrors);
        Assert.NotNull(run.Result!.Pareto);
        Assert.Null(run.Result.Classification.Classification);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Code == KeyAccount.Core.Classification.ClassificationDiagnosticCodes.PeriodTotalOverflow);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("classification.", diagnostic.Path, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_area_with_errors_gives_no_result_and_its_diagnostics_under_its_member()
    {
        var document = Change(Sample.Value, json =>
        {
            json["ladder"]!["assessments"]![1]!["client"] = json["ladder"]!["assessments"]![0]!["client"]!.GetValue<string>();
            json["opportunities"]!["mustDo"] = new JsonArray("no-such-opportunity");
        });

        var review = PortfolioReview.Run(document).Result!;

        Assert.Null(review.Ladder);
        Assert.Null(review.Opportunities);
        Assert.True(review.HasErrors);
        Assert.Contains(review.LadderDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("ladder.assessments[1]", StringComparison.Ordinal));
        Assert.Contains(review.OpportunityDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("opportunities.mustDo", StringComparison.Ordinal));
        Assert.False(review.Sections.Single(s => s.Key == "ladder").Analysed);
        Assert.False(review.Sections.Single(s => s.Key == "opportunities").Analysed);
        Assert.True(review.Sections.Single(s => s.Key == "classification").Analysed);
    }

    [Fact]
    public void Absent_parts_are_not_analysed_and_the_rest_still_is()
    {
        var document = new PortfolioDocument("only the evidence", Sample.Value.AsOf, Sample.Value.Classification);

        var review = PortfolioReview.Run(document).Result!;

        Assert.NotNull(review.Pareto);
        Assert.Equal(new[] { true, true, false, false, false, false, false, false, false }, review.Sections.Select(s => s.Analysed));
        Assert.Null(review.Health);
        Assert.Empty(review.LadderDiagnostics);
        Assert.Empty(review.PlanDiagnostics);
    }

    [Fact]
    public void The_portfolio_document_round_trips_and_refuses_a_newer_version()
    {
        var json = KeyAccountJson.Serialize(Sample.Value);
        var read = KeyAccountJson.Deserialize<PortfolioDocument>(json);

        Assert.Equal(json, KeyAccountJson.Serialize(read));
        Assert.Equal(PortfolioDocument.CurrentFormatVersion, read.FormatVersion);
        var newer = JsonNode.Parse(json)!;
        newer["formatVersion"] = PortfolioDocument.CurrentFormatVersion + 1;
        Assert.Throws<System.Text.Json.JsonException>(() => KeyAccountJson.Deserialize<PortfolioDocument>(newer.ToJsonString()));
    }

    [Fact]
    public void The_20_80_section_ranks_each_client_by_its_profit_summed_over_the_periods()
    {
        var analysis = PortfolioReview.Run(Sample.Value).Result!.ParetoAnalysis!;
        var totals = Sample.Value.Classification.Clients.ToDictionary(c => c.Client, c => c.Profits.Sum(p => p ?? 0m));

        Assert.Equal(totals.Values.Sum(), analysis.Total);
        Assert.Equal(totals.Values.Where(t => t > 0).Sum(), analysis.PositiveTotal);
        Assert.Equal(totals.Values.Where(t => t < 0).Sum(), analysis.LossTotal);
        for (var rank = 1; rank <= 10; rank++)
        {
            var ranked = analysis.GetByRank(rank);
            Assert.Equal(totals[ranked.Client], ranked.Amount);
        }

        Assert.Equal(totals.OrderByDescending(t => t.Value).First().Key, analysis.GetByRank(1).Client);
    }

    [Fact]
    public void The_ladder_section_places_the_assessed_key_clients_only()
    {
        var review = PortfolioReview.Run(Sample.Value).Result!;
        var keys = review.Classification.Classification!.Clients.Where(c => c.Tier == ClientTier.Key).Select(c => c.Client).ToHashSet();
        var assessed = Sample.Value.Ladder!.Assessments.Select(a => a.Client).ToList();
        var expected = assessed.Where(keys.Contains).OrderBy(c => c.Value, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < assessed.Count, "the sample assesses clients that are not key, so the restriction shows");
        Assert.Equal(expected, review.Ladder!.Entries.Select(e => e.Client).OrderBy(c => c.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void The_sample_is_the_same_every_time()
    {
        Assert.Equal(KeyAccountJson.Serialize(SamplePortfolios.PublisherAndBookshops()), KeyAccountJson.Serialize(Sample.Value));
    }

    [Fact]
    public void Every_review_code_has_its_prefix_severity_and_title()
    {
        Assert.Equal(8, ReviewDiagnosticCodes.All.Count);
        Assert.All(ReviewDiagnosticCodes.All, d => Assert.StartsWith("KRV", d.Code, StringComparison.Ordinal));
        Assert.Equal(ReviewDiagnosticCodes.All.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal), ReviewDiagnosticCodes.All.Select(d => d.Code));
        Assert.Same(ReviewDiagnosticCodes.All[2], ReviewDiagnosticCodes.Get(ReviewDiagnosticCodes.PlanClientNotKey));
        Assert.Throws<ArgumentException>(() => ReviewDiagnosticCodes.Get("KRV999"));
    }

    [Property(MaxTest = 20)]
    public bool Any_subset_of_areas_reviews_without_throwing_and_analyses_exactly_the_parts_present(bool ladder, bool opportunities, bool plan, bool relationships, bool communications, bool negotiation, bool accounts)
    {
        var document = Sample.Value with
        {
            Ladder = ladder ? Sample.Value.Ladder : null,
            Opportunities = opportunities ? Sample.Value.Opportunities : null,
            Plan = plan ? Sample.Value.Plan : null,
            Relationships = relationships ? Sample.Value.Relationships : null,
            Communications = communications ? Sample.Value.Communications : null,
            Negotiation = negotiation ? Sample.Value.Negotiation : null,
            Offer = negotiation ? Sample.Value.Offer : null,
            Accounts = accounts ? Sample.Value.Accounts : Array.Empty<KeyAccount.Core.Accounts.AccountDocument>(),
        };
        var review = PortfolioReview.Run(document).Result!;
        return review.Sections.Select(s => s.Analysed).SequenceEqual(new[] { true, true, ladder, opportunities, plan, relationships, communications, negotiation, accounts })
            && review.ReviewDiagnostics.Count == 0
            && (review.Ladder is null) != ladder;
    }

    private static PortfolioDocument Change(PortfolioDocument document, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(KeyAccountJson.Serialize(document))!;
        change(json);
        return KeyAccountJson.Deserialize<PortfolioDocument>(json.ToJsonString());
    }
}
