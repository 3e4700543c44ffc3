using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Negotiation;

public class OfferTests
{
    private static Offer Sample => SampleNegotiations.MailOrderOffer;

    private static Money Eur(decimal amount) => new(amount, Currency.Eur);

    internal static Offer Rebuild(
        Offer o,
        string? clientGoal = null,
        OfferPricing? pricing = null,
        LocalDate? horizonEnd = null,
        double? discountRate = null,
        IReadOnlyList<OfferBenefit>? benefits = null,
        IReadOnlyList<OfferCost>? costs = null,
        ClientTier? tier = null,
        int? paymentTermDays = null,
        bool? exclusive = null,
        Presentation? presentation = null) =>
        new(o.Id, o.Client, clientGoal ?? o.ClientGoal, o.Problem, o.Solution, pricing ?? o.Pricing, o.Start, horizonEnd ?? o.HorizonEnd, discountRate ?? o.DiscountRate, benefits ?? o.Benefits, costs ?? o.ClientCosts, o.Opportunity, tier ?? o.Tier, paymentTermDays ?? o.PaymentTermDays, exclusive ?? o.Exclusive, presentation ?? o.Presentation, o.Title);

    private static OfferBenefit[] Benefits(Func<OfferBenefit, OfferBenefit> first) => Sample.Benefits.Select((b, i) => i == 0 ? first(b) : b).ToArray();

    private static Presentation P(IReadOnlyList<PresentationAudience>? audience = null, IReadOnlyList<string>? shown = null, IReadOnlyList<ObjectionAnswer>? answers = null, string? ask = "keep")
    {
        var p = Sample.Presentation!;
        return new Presentation(audience ?? p.Audience, p.Problem, p.Solution, shown ?? p.BenefitsShown, p.Proof, ask == "keep" ? p.Ask : ask, answers ?? p.Answers, p.Date);
    }

    public static TheoryData<string, string, string> Defects() => new()
    {
        { "benefit without goal", NegotiationDiagnosticCodes.BenefitWithoutGoal, "benefits[0].clientGoal" },
        { "unknown client goal", NegotiationDiagnosticCodes.UnknownClientGoal, "clientGoal" },
        { "mixed currencies", NegotiationDiagnosticCodes.MixedCurrencies, "benefits[0].amountPerPeriod" },
        { "price below floor", NegotiationDiagnosticCodes.PriceBelowFloor, "pricing.discount" },
        { "negative margin", NegotiationDiagnosticCodes.NegativeMargin, "pricing.ourCost" },
        { "payback beyond horizon", NegotiationDiagnosticCodes.PaybackBeyondHorizon, "horizonEnd" },
        { "roi below threshold", NegotiationDiagnosticCodes.RoiBelowThreshold, "benefits" },
        { "confidence above one", NegotiationDiagnosticCodes.InvalidAmount, "benefits[0].confidence" },
        { "zero period", NegotiationDiagnosticCodes.InvalidPeriod, "benefits[0].every" },
        { "no benefits", NegotiationDiagnosticCodes.NoBenefits, "benefits" },
        { "discount needs approval", NegotiationDiagnosticCodes.DiscountNeedsApproval, "pricing.discount" },
        { "discount beyond limit", NegotiationDiagnosticCodes.DiscountBeyondLimit, "pricing.discount" },
        { "payment term needs approval", NegotiationDiagnosticCodes.PaymentTermNeedsApproval, "paymentTermDays" },
        { "payment term beyond limit", NegotiationDiagnosticCodes.PaymentTermBeyondLimit, "paymentTermDays" },
        { "exclusivity needs approval", NegotiationDiagnosticCodes.ExclusivityNeedsApproval, "exclusive" },
        { "exclusivity not allowed", NegotiationDiagnosticCodes.ExclusivityNotAllowed, "exclusive" },
        { "no decision maker", NegotiationDiagnosticCodes.NoDecisionMaker, "presentation.audience" },
        { "no sponsor", NegotiationDiagnosticCodes.NoSponsor, "presentation.audience" },
        { "objection unanswered", NegotiationDiagnosticCodes.ObjectionUnanswered, "presentation.audience[2].objections[0]" },
        { "benefit not in offer", NegotiationDiagnosticCodes.BenefitNotInOffer, "presentation.benefitsShown[1]" },
        { "presentation without ask", NegotiationDiagnosticCodes.PresentationIncomplete, "presentation" },
        { "answer to a stranger", NegotiationDiagnosticCodes.UnknownPerson, "presentation.answers[0].person" },
        { "duplicate benefit id", NegotiationDiagnosticCodes.DuplicateId, "benefits[1].id" },
        { "undefined tier", NegotiationDiagnosticCodes.UndefinedValue, "tier" },
        { "empty client goal", NegotiationDiagnosticCodes.EmptyId, "clientGoal" },
        { "period over a century", NegotiationDiagnosticCodes.InvalidPeriod, "benefits[0].every" },
        { "negative rate over a long horizon", NegotiationDiagnosticCodes.InvalidAmount, "discountRate" },
    };

    private static Offer Inject(string defect) => defect switch
    {
        "benefit without goal" => Rebuild(Sample, benefits: Benefits(b => b with { ClientGoal = " " })),
        "unknown client goal" => Rebuild(Sample, clientGoal: "world-domination"),
        "mixed currencies" => Rebuild(Sample, benefits: Benefits(b => b with { AmountPerPeriod = new Money(5_500m, Currency.Usd) })),
        "price below floor" => Rebuild(Sample, pricing: Sample.Pricing with { Discount = 0.2 }),
        "negative margin" => Rebuild(Sample, pricing: Sample.Pricing with { OurCost = Eur(90_000m) }),
        "payback beyond horizon" => Rebuild(Sample, horizonEnd: new LocalDate(2026, 8, 31)),
        "roi below threshold" => Rebuild(Sample, benefits: Benefits(b => b with { AmountPerPeriod = Eur(4_000m) })),
        "confidence above one" => Rebuild(Sample, benefits: Benefits(b => b with { Confidence = 1.5 })),
        "zero period" => Rebuild(Sample, benefits: Benefits(b => b with { Every = Period.Zero })),
        "no benefits" => Rebuild(Sample, benefits: Array.Empty<OfferBenefit>(), presentation: P(shown: Array.Empty<string>())),
        "discount needs approval" => Sample,
        "discount beyond limit" => Rebuild(Sample, pricing: Sample.Pricing with { Discount = 0.16, FloorPrice = Eur(0m) }),
        "payment term needs approval" => Rebuild(Sample, paymentTermDays: 90),
        "payment term beyond limit" => Rebuild(Sample, tier: ClientTier.Other, paymentTermDays: 45),
        "exclusivity needs approval" => Sample,
        "exclusivity not allowed" => Rebuild(Sample, tier: ClientTier.PotentialKey),
        "no decision maker" => Rebuild(Sample, presentation: P(audience: Sample.Presentation!.Audience.Skip(1).ToArray())),
        "no sponsor" => Rebuild(Sample, presentation: P(audience: Sample.Presentation!.Audience.Where(a => a.Person != "head-of-sales").ToArray())),
        "objection unanswered" => Rebuild(Sample, presentation: P(answers: new[] { new ObjectionAnswer("accountant", "Another objection.", "An answer.") })),
        "benefit not in offer" => Rebuild(Sample, presentation: P(shown: new[] { "mail-order-margin", "free-lunch" })),
        "presentation without ask" => Rebuild(Sample, presentation: P(ask: null)),
        "answer to a stranger" => Rebuild(Sample, presentation: P(answers: new[] { new ObjectionAnswer("ghost", "x", "y") }.Concat(Sample.Presentation!.Answers).ToArray())),
        "duplicate benefit id" => Rebuild(Sample, benefits: Sample.Benefits.Select((b, i) => i == 1 ? b with { Id = Sample.Benefits[0].Id } : b).ToArray()),
        "undefined tier" => Rebuild(Sample, tier: (ClientTier)9),
        "empty client goal" => Rebuild(Sample, clientGoal: ""),
        "period over a century" => Rebuild(Sample, benefits: Benefits(b => b with { Every = Period.FromMonths(1_000_000) })),
        "negative rate over a long horizon" => Rebuild(Sample, horizonEnd: new LocalDate(2900, 12, 31), discountRate: -0.5, benefits: Benefits(b => b with { Start = new LocalDate(2800, 1, 1) })),
        _ => throw new ArgumentException(defect),
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_injected_defect_yields_its_code_at_its_path(string defect, string code, string path)
    {
        var plan = SamplePlans.PublisherAndBookshop(new LocalDate(2026, 1, 5));
        var diagnostics = OfferValidator.Validate(Inject(defect), null, plan);
        Assert.Contains(diagnostics, d => d.Code == code && d.Path == path);
        Assert.Equal(NegotiationDiagnosticCodes.Get(code).Severity, diagnostics.First(d => d.Code == code).Severity);
    }

    [Fact]
    public void The_sample_offer_needs_the_sales_and_managing_directors_and_has_no_errors()
    {
        var run = OfferAnalysis.Run(Sample, plan: SamplePlans.PublisherAndBookshop(new LocalDate(2026, 1, 5)));
        Assert.False(run.HasErrors);
        Assert.Equal(new[] { NegotiationDiagnosticCodes.DiscountNeedsApproval, NegotiationDiagnosticCodes.ExclusivityNeedsApproval }, run.Diagnostics.Select(d => d.Code).OrderBy(c => c).ToArray());
        var evaluation = run.Result!;
        Assert.Equal(new[] { "Sales director", "Managing director" }, evaluation.Approvers);
        Assert.Contains(evaluation.Rules, r => r.Rule == "key.discount" && r.Verdict == RuleVerdict.NeedsApproval && r.Approver == "Sales director");
        Assert.Contains(evaluation.Rules, r => r.Rule == "key.paymentTerm" && r.Verdict == RuleVerdict.Allowed);
        var f = evaluation.Financials;
        Assert.Equal(Eur(88_320m), f.NetPrice);
        Assert.Equal(Eur(26_320m), f.Margin);
        Assert.Equal(Eur(93_320m), f.Cost);
        Assert.Equal(Eur((5_500m * 0.7m * 22) + (1_200m * 0.9m * 23) + (6_000m * 0.8m)), f.Benefit);
        Assert.NotNull(f.PaybackDate);
        Assert.True(f.Roi > 0.1);
    }

    [Fact]
    public void Amounts_beyond_decimal_are_reported_not_thrown()
    {
        // Each of these used to throw from the validator (ArgumentOutOfRangeException from the calendar, OverflowException from decimal).
        foreach (var offer in new[] { Inject("period over a century"), Inject("negative rate over a long horizon") })
        {
            var run = OfferAnalysis.Run(offer);
            Assert.True(run.HasErrors);
            Assert.Null(run.Result);
            Assert.Throws<ArgumentException>(() => OfferAnalysis.Evaluate(offer));
        }

        var rate = Assert.Single(OfferValidator.Validate(Inject("negative rate over a long horizon")), d => d.Code == NegotiationDiagnosticCodes.InvalidAmount);
        Assert.Contains("-50% a year", rate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_cost_or_net_price_gives_a_huge_ratio_not_an_exception()
    {
        var tinyCost = Rebuild(Sample, costs: new[] { new OfferCost("token", Eur(0.0000000000000000000000000001m), Sample.Start) });
        var roi = OfferAnalysis.Run(tinyCost).Result!.Financials.Roi;
        Assert.True(roi > 1e30, roi?.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var tinyPrice = Rebuild(Sample, pricing: Sample.Pricing with { ListPrice = Eur(0.0000000000000000000000000001m), FloorPrice = Eur(0m) });
        var run = OfferAnalysis.Run(tinyPrice);
        Assert.Contains(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.NegativeMargin);
        Assert.True(run.Result!.Financials.MarginShare < -1e30);
    }

    [Fact]
    public void Mixed_currencies_withhold_the_evaluation_but_rule_breaches_do_not()
    {
        Assert.Null(OfferAnalysis.Run(Inject("mixed currencies")).Result);
        var breach = OfferAnalysis.Run(Inject("discount beyond limit"));
        Assert.True(breach.HasErrors);
        Assert.Contains(breach.Result!.Rules, r => r.Verdict == RuleVerdict.Forbidden && r.Rule == "key.discount");
    }

    [Fact]
    public void Invalid_rules_are_reported_under_rules()
    {
        var rules = new OfferRules { MinimumRoi = double.NaN, Tiers = new[] { new TierRules(ClientTier.Key, new[] { new DiscountLevel(0.1, "A"), new DiscountLevel(0.05, " ") }, -1) } };
        var run = OfferAnalysis.Run(Sample, rules);
        Assert.Null(run.Result);
        Assert.Contains(run.Diagnostics, d => d.Path == "rules.minimumRoi");
        Assert.Contains(run.Diagnostics, d => d.Path == "rules.tiers[0].discountLevels[1].upTo");
        Assert.Contains(run.Diagnostics, d => d.Path == "rules.tiers[0].discountLevels[1].approver");
        Assert.Contains(run.Diagnostics, d => d.Path == "rules.tiers[0].maxPaymentTermDays");
    }
}
