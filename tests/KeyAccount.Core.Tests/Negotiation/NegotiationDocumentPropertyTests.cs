using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// Properties over generated negotiation documents (not only the samples): every document a JSON
/// file can hold round-trips and is run without an exception; a generated valid offer has no errors.
/// </summary>
[Properties(Arbitrary = new[] { typeof(NegotiationDocumentGenerators) }, MaxTest = 300)]
public class NegotiationDocumentPropertyTests
{
    private static readonly NegotiationSettings SmallFrontier = new() { MaxFrontierPoints = 20_000 };

    [Property]
    public void Any_negotiation_plan_round_trips_through_json(AnyPlan any)
    {
        var json = KeyAccountJson.Serialize(any.Plan);
        var back = KeyAccountJson.Deserialize<NegotiationPlan>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.Equal(any.Plan.Issues.Count, back.Issues.Count);
        Assert.Equal(any.Plan.Issues.Select(i => (i.OurTarget, i.OurWalkAway, i.ClientTarget, i.ClientWalkAway, i.OurWeight, i.ClientWeight, i.Kind, i.Range)), back.Issues.Select(i => (i.OurTarget, i.OurWalkAway, i.ClientTarget, i.ClientWalkAway, i.OurWeight, i.ClientWeight, i.Kind, i.Range)));
    }

    [Property]
    public void Any_offer_round_trips_through_json(AnyOffer any)
    {
        var json = KeyAccountJson.Serialize(any.Offer);
        var back = KeyAccountJson.Deserialize<Offer>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.Equal(any.Offer.Pricing, back.Pricing);
        Assert.Equal(any.Offer.Benefits, back.Benefits);
        Assert.Equal(any.Offer.ClientCosts, back.ClientCosts);
    }

    [Property]
    public void A_generated_valid_offer_has_no_errors(ValidOffer valid)
    {
        var diagnostics = OfferValidator.Validate(valid.Offer, valid.Rules, valid.Plan);
        Assert.False(diagnostics.HasErrors(), string.Join("; ", diagnostics));
        var run = OfferAnalysis.Run(valid.Offer, valid.Rules, valid.Plan);
        Assert.False(run.HasErrors, string.Join("; ", run.Diagnostics));
        Assert.NotNull(run.Result);
        Assert.DoesNotContain(run.Result!.Rules, r => r.Verdict == RuleVerdict.Forbidden);
    }

    [Property]
    public void Any_negotiation_plan_runs_without_an_exception_and_reports_only_its_codes(AnyPlan any)
    {
        var run = NegotiationPreparation.Run(any.Plan, SmallFrontier);
        var codes = NegotiationDiagnosticCodes.All.Select(d => d.Code).ToHashSet();
        Assert.All(run.Diagnostics, d => Assert.Contains(d.Code, codes));
        Assert.All(run.Diagnostics, d => Assert.Equal(NegotiationDiagnosticCodes.Get(d.Code).Severity, d.Severity));
        Assert.Equal(run.Diagnostics, Diagnostics.Sort(run.Diagnostics));
        if (run.Result is null)
        {
            Assert.True(run.HasErrors);
        }
        else
        {
            // What the command line prints with --format json: every number a JSON number.
            Assert.NotEmpty(KeyAccountJson.Serialize(run.Result));
        }
    }

    [Property]
    public void Any_offer_runs_without_an_exception_and_reports_only_its_codes(AnyOffer any)
    {
        var run = OfferAnalysis.Run(any.Offer);
        var codes = NegotiationDiagnosticCodes.All.Select(d => d.Code).ToHashSet();
        Assert.All(run.Diagnostics, d => Assert.Contains(d.Code, codes));
        Assert.Equal(run.Diagnostics, Diagnostics.Sort(run.Diagnostics));
        if (run.Result is null)
        {
            Assert.True(run.HasErrors);
        }
        else
        {
            Assert.NotEmpty(KeyAccountJson.Serialize(run.Result));
        }
    }
}
