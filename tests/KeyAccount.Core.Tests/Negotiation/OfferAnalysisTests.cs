using System;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Negotiation;
using Xunit;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// What <see cref="OfferAnalysis"/> adds to the validator and the offer's arithmetic: which errors
/// withhold the evaluation, the verdict sentence, the approvers, and <c>Evaluate</c>'s refusals.
/// </summary>
public class OfferAnalysisTests
{
    private static Offer Sample => SampleNegotiations.MailOrderOffer;

    private static Offer WithDiscount(double discount, bool exclusive) =>
        OfferTests.Rebuild(Sample, pricing: Sample.Pricing with { Discount = discount }, exclusive: exclusive);

    [Fact]
    public void The_explanation_is_the_financials_then_who_must_approve()
    {
        var evaluation = OfferAnalysis.Run(Sample).Result!;
        Assert.Equal(evaluation.Financials.Explanation + " It needs approval by the sales director and the managing director.", evaluation.Explanation);
        Assert.Equal(Sample.Id, evaluation.Offer);
    }

    [Fact]
    public void An_offer_within_the_first_level_is_within_the_account_managers_authority()
    {
        var evaluation = OfferAnalysis.Run(WithDiscount(0.03, exclusive: false)).Result!;
        Assert.Empty(evaluation.Approvers);
        Assert.All(evaluation.Rules, r => Assert.Equal(RuleVerdict.Allowed, r.Verdict));
        Assert.Equal(evaluation.Financials.Explanation + " It is within the account manager's own authority.", evaluation.Explanation);
    }

    [Fact]
    public void A_breach_names_every_rule_broken_and_not_the_approvers()
    {
        // Other clients: at most 5% discount (sales director), 30 days' payment with no approver, no exclusivity.
        var offer = OfferTests.Rebuild(Sample, pricing: Sample.Pricing with { Discount = 0.04 }, tier: ClientTier.Other, paymentTermDays: 45, exclusive: true);
        var run = OfferAnalysis.Run(offer);
        Assert.True(run.HasErrors);
        var evaluation = run.Result!;
        Assert.Equal(new[] { "Sales director" }, evaluation.Approvers);
        Assert.Equal(evaluation.Financials.Explanation + " It breaks other.paymentTerm, other.exclusivity.", evaluation.Explanation);
    }

    [Fact]
    public void A_tier_without_rules_says_so()
    {
        var rules = new OfferRules(tiers: Array.Empty<TierRules>());
        var run = OfferAnalysis.Run(Sample, rules);
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.DiscountNeedsApproval || d.Code == NegotiationDiagnosticCodes.ExclusivityNeedsApproval);
        var evaluation = run.Result!;
        Assert.Empty(evaluation.Rules);
        Assert.Empty(evaluation.Approvers);
        Assert.Equal(evaluation.Financials.Explanation + " The rules give nothing for the client's tier.", evaluation.Explanation);
    }

    [Fact]
    public void An_approver_of_two_rules_is_listed_once()
    {
        var tier = new TierRules(ClientTier.Key, new[] { new DiscountLevel(0.05, "Key account manager"), new DiscountLevel(0.10, "Managing director") }, 60, "Finance director", true, "Managing director");
        var evaluation = OfferAnalysis.Run(Sample, new OfferRules(tiers: new[] { tier })).Result!;
        Assert.Equal(2, evaluation.Rules.Count(r => r.Verdict == RuleVerdict.NeedsApproval));
        Assert.Equal(new[] { "Managing director" }, evaluation.Approvers);
        Assert.EndsWith(" It needs approval by the managing director.", evaluation.Explanation, StringComparison.Ordinal);
    }

    public static TheoryData<string> Withholding() => new() { "mixed currencies", "amount", "period", "tier" };

    private static Offer Broken(string defect) => defect switch
    {
        "mixed currencies" => OfferTests.Rebuild(Sample, costs: Sample.ClientCosts.Select((c, i) => i == 1 ? c with { Amount = new Money(5_000m, Currency.Usd) } : c).ToArray()),
        "amount" => OfferTests.Rebuild(Sample, paymentTermDays: -1),
        "period" => OfferTests.Rebuild(Sample, horizonEnd: Sample.Start.PlusDays(-1)),
        "tier" => OfferTests.Rebuild(Sample, tier: (ClientTier)7),
        _ => throw new ArgumentException(defect, nameof(defect)),
    };

    [Theory]
    [MemberData(nameof(Withholding))]
    public void An_error_in_the_numbers_withholds_the_evaluation(string defect)
    {
        var offer = Broken(defect);
        var run = OfferAnalysis.Run(offer);
        Assert.True(run.HasErrors, defect);
        Assert.Null(run.Result);
        var refused = Assert.Throws<ArgumentException>(() => OfferAnalysis.Evaluate(offer));
        Assert.Equal("offer", refused.ParamName);
    }

    [Fact]
    public void An_undefined_role_in_the_presentation_does_not_withhold_the_evaluation()
    {
        var p = Sample.Presentation!;
        var audience = p.Audience.Select((a, i) => i == 0 ? new PresentationAudience(a.Person, new[] { AudienceRole.DecisionMaker, (AudienceRole)42 }, a.Invited, a.Objections, a.Name) : a).ToArray();
        var offer = OfferTests.Rebuild(Sample, presentation: new Presentation(audience, p.Problem, p.Solution, p.BenefitsShown, p.Proof, p.Ask, p.Answers, p.Date));
        var run = OfferAnalysis.Run(offer);
        Assert.Contains(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.UndefinedValue && d.Path == "presentation.audience[0].roles[1]");
        Assert.NotNull(run.Result);
    }

    [Fact]
    public void Invalid_rules_stop_before_the_offer_is_checked()
    {
        var rules = new OfferRules(minimumRoi: double.PositiveInfinity);
        var run = OfferAnalysis.Run(OfferTests.Rebuild(Sample, paymentTermDays: -1), rules);
        Assert.Null(run.Result);
        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.StartsWith("rules.", d.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_gives_what_Run_gives_for_a_valid_offer_and_refuses_bad_rules()
    {
        var evaluated = OfferAnalysis.Evaluate(Sample);
        var run = OfferAnalysis.Run(Sample).Result!;
        Assert.Equal(run.Explanation, evaluated.Explanation);
        Assert.Equal(run.Approvers, evaluated.Approvers);
        Assert.Equal(run.Financials.Roi, evaluated.Financials.Roi);

        var custom = new OfferRules(tiers: Array.Empty<TierRules>());
        Assert.EndsWith(" The rules give nothing for the client's tier.", OfferAnalysis.Evaluate(Sample, custom).Explanation, StringComparison.Ordinal);

        var refused = Assert.Throws<ArgumentException>(() => OfferAnalysis.Evaluate(Sample, new OfferRules(minimumRoi: double.NaN)));
        Assert.Equal("rules", refused.ParamName);
        Assert.Throws<ArgumentNullException>(() => OfferAnalysis.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => OfferAnalysis.Run(null!));
    }
}
