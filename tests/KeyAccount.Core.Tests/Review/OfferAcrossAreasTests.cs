using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Review;

namespace KeyAccount.Core.Tests.Review;

/// <summary>
/// The review's checks of the offer against the other areas: its opportunity is one of the
/// portfolio's for its client (<c>KRV006</c>), its tier is the classification's (<c>KRV007</c>),
/// its client is classified (<c>KRV002</c>).
/// </summary>
public sealed class OfferAcrossAreasTests
{
    private static readonly Lazy<PortfolioDocument> Sample = new(SamplePortfolios.PublisherAndBookshops);

    /// <summary>The sample with only the classification, the opportunities and the offer: the parts these checks read.</summary>
    private static PortfolioDocument Lean => Sample.Value with { Ladder = null, Plan = null, Relationships = null, Communications = null, Negotiation = null };

    [Fact]
    public void The_sample_offer_is_for_the_plans_key_client_and_its_opportunity()
    {
        var offer = Sample.Value.Offer!;
        var review = PortfolioReview.Run(Sample.Value).Result!;

        Assert.Equal(Sample.Value.Plan!.Client, offer.Client);
        Assert.Contains(Sample.Value.Opportunities!.Opportunities, o => o.Id == offer.Opportunity && o.Client == offer.Client);
        Assert.Equal(ClientTier.Key, review.Classification.Classification!.Clients.Single(c => c.Client == offer.Client).Tier);
        Assert.Empty(review.ReviewDiagnostics);
    }

    [Fact]
    public void An_opportunity_the_portfolio_does_not_hold_is_KRV006_at_the_offers_opportunity()
    {
        var run = PortfolioReview.Run(Change(Lean, json => json["offer"]!["opportunity"] = "opp-999"));

        var found = Assert.Single(run.Result!.ReviewDiagnostics);
        Assert.Equal((ReviewDiagnosticCodes.OfferOpportunityUnknown, "offer.opportunity", DiagnosticSeverity.Error), (found.Code, found.Path, found.Severity));
        Assert.Contains("'opp-999'", found.Message, StringComparison.Ordinal);
        Assert.True(run.Result.HasErrors);
    }

    [Fact]
    public void An_opportunity_of_another_client_is_KRV006_naming_both_clients()
    {
        var other = Lean.Opportunities!.Opportunities.First(o => o.Client != Lean.Offer!.Client);
        var run = PortfolioReview.Run(Change(Lean, json => json["offer"]!["opportunity"] = other.Id));

        var found = Assert.Single(run.Result!.ReviewDiagnostics);
        Assert.Equal((ReviewDiagnosticCodes.OfferOpportunityUnknown, "offer.opportunity"), (found.Code, found.Path));
        Assert.Contains("'" + other.Client.Value + "'", found.Message, StringComparison.Ordinal);
        Assert.Contains("'" + Lean.Offer!.Client.Value + "'", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_opportunities_in_the_portfolio_the_offers_opportunity_is_not_checked()
    {
        var run = PortfolioReview.Run(Change(Lean with { Opportunities = null }, json => json["offer"]!["opportunity"] = "opp-999"));
        Assert.DoesNotContain(run.Result!.ReviewDiagnostics, d => d.Code == ReviewDiagnosticCodes.OfferOpportunityUnknown);
    }

    [Fact]
    public void A_tier_other_than_the_classifications_is_KRV007_naming_both_tiers()
    {
        var run = PortfolioReview.Run(Change(Lean, json => json["offer"]!["tier"] = "Other"));

        var found = Assert.Single(run.Result!.ReviewDiagnostics);
        Assert.Equal((ReviewDiagnosticCodes.OfferTierDisagrees, "offer.tier", DiagnosticSeverity.Error), (found.Code, found.Path, found.Severity));
        Assert.Contains("rules for other clients", found.Message, StringComparison.Ordinal);
        Assert.Contains("rates client '" + Lean.Offer!.Client.Value + "' key", found.Message, StringComparison.Ordinal);
        Assert.True(run.Result.HasErrors);
    }

    [Fact]
    public void An_offer_for_a_client_the_classification_does_not_list_is_KRV002_and_its_tier_is_not_compared()
    {
        var run = PortfolioReview.Run(Change(Lean, json => json["offer"]!["client"] = "stranger"));
        var review = run.Result!.ReviewDiagnostics;

        Assert.Contains(review, d => d.Code == ReviewDiagnosticCodes.ClientNotClassified && d.Path == "offer.client");
        Assert.DoesNotContain(review, d => d.Code == ReviewDiagnosticCodes.OfferTierDisagrees);
        Assert.Contains(review, d => d.Code == ReviewDiagnosticCodes.OfferOpportunityUnknown);
    }

    [Property(MaxTest = 15)]
    public bool The_tier_check_reports_exactly_when_the_offers_tier_differs_from_the_classifications(NonNegativeInt client, bool opportunityKept)
    {
        // Lean enough to run often: the classification of 300 clients and the offer only.
        var document = Lean with { Opportunities = null };
        var classified = PortfolioReview.Run(document).Result!.Classification.Classification!.Clients;
        var target = classified[client.Get % classified.Count];
        foreach (var tier in new[] { ClientTier.Key, ClientTier.PotentialKey, ClientTier.Other })
        {
            var offer = Lean.Offer!;
            var moved = new Offer(offer.Id, target.Client, offer.ClientGoal, offer.Problem, offer.Solution, offer.Pricing, offer.Start, offer.HorizonEnd, offer.DiscountRate, offer.Benefits, offer.ClientCosts, opportunityKept ? offer.Opportunity : null, tier, offer.PaymentTermDays, offer.Exclusive, offer.Presentation, offer.Title);
            var review = PortfolioReview.Run(document with { Offer = moved }).Result!.ReviewDiagnostics;
            var reported = review.Where(d => d.Code == ReviewDiagnosticCodes.OfferTierDisagrees).ToList();
            if (reported.Count != (tier == target.Tier ? 0 : 1) || review.Count != reported.Count || reported.Any(d => d.Path != "offer.tier"))
            {
                return false;
            }
        }

        return true;
    }

    private static PortfolioDocument Change(PortfolioDocument document, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(KeyAccountJson.Serialize(document))!;
        change(json);
        return KeyAccountJson.Deserialize<PortfolioDocument>(json.ToJsonString());
    }
}
