using KeyAccount.Core.Classification;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The negotiation area's samples for the method's publisher-and-bookshop example: the offer of a
/// mail-order book service for readers of pension age, and the negotiation of its terms. They
/// are consistent with <see cref="Planning.SamplePlans.PublisherAndBookshop"/> (the client
/// <c>bookshop</c>, its client goal <c>mail-order</c>).
/// </summary>
public static class SampleNegotiations
{
    /// <summary>The client of the samples, as in the sample plan.</summary>
    public static ClientId Client { get; } = new("bookshop");

    /// <summary>The id of the opportunity the offer turns into business, in the command line's sample portfolio.</summary>
    public const string Opportunity = "opp-001";

    /// <summary>
    /// The mail-order service offer: two years from 2026-04-01, a monthly fee, three quantified
    /// benefits tied to the client goal <c>mail-order</c>, an 8% discount (the sales director
    /// approves it for a key client) and exclusivity (the managing director approves it), and its
    /// presentation with the shop owner deciding and the accountant's objection answered.
    /// </summary>
    public static Offer MailOrderOffer { get; } = new(
        "mail-order-service",
        Client,
        "mail-order",
        "The shop wants to serve readers of pension age who cannot come in, but has neither a stock process for small regular orders nor delivery to the door.",
        "We run the shop's mail-order service: a direct small-order channel from our stock with outside delivery, a large-print home-handicraft series, and market research on pensioner readers.",
        new OfferPricing(Eur(96_000m), 0.08, Eur(80_000m), Eur(62_000m)),
        new LocalDate(2026, 4, 1),
        new LocalDate(2028, 3, 31),
        0.08,
        new[]
        {
            new OfferBenefit("mail-order-margin", "Margin on mail orders from readers of pension age", "mail-order", Eur(5_500m), Period.FromMonths(1), new LocalDate(2026, 6, 1), 22, 0.7),
            new OfferBenefit("stock-savings", "Less own stock held for small regular orders", "mail-order", Eur(1_200m), Period.FromMonths(1), new LocalDate(2026, 5, 1), 23, 0.9),
            new OfferBenefit("reader-research", "Market research on pensioner readers for the shop's range", "mail-order", Eur(6_000m), Period.FromMonths(1), new LocalDate(2026, 7, 1), 1, 0.8),
        },
        new[]
        {
            new OfferCost("Monthly service fee (the net price over 24 months)", Eur(3_680m), new LocalDate(2026, 4, 1), CostKind.Recurring, Period.FromMonths(1), 24),
            new OfferCost("Staff training and the shop's order page", Eur(5_000m), new LocalDate(2026, 4, 15)),
        },
        Opportunity,
        ClientTier.Key,
        paymentTermDays: 45,
        exclusive: true,
        presentation: new Presentation(
            new[]
            {
                new PresentationAudience("owner", new[] { AudienceRole.DecisionMaker }, name: "Shop owner"),
                new PresentationAudience("head-of-sales", new[] { AudienceRole.Sponsor, AudienceRole.Influencer }, name: "Head of sales"),
                new PresentationAudience("accountant", new[] { AudienceRole.AntiSponsor }, invited: false, objections: new[] { "The monthly fee is a fixed cost while mail-order sales are uncertain." }, name: "Accountant"),
            },
            "Readers of pension age buy by post elsewhere; the shop loses them.",
            "The mail-order service, run from our stock, with a series made for these readers.",
            new[] { "mail-order-margin", "stock-savings", "reader-research" },
            new[] { "The pilot of the small-order process on the shop's regular orders", "The survey of pensioner readers" },
            "Sign the two-year mail-order service agreement starting on 2026-04-01.",
            new[] { new ObjectionAnswer("accountant", "The monthly fee is a fixed cost while mail-order sales are uncertain.", "At 70% confidence the expected margin alone covers the fee from the second month of sales; payback comes within the two years.") },
            new LocalDate(2026, 3, 24)),
        title: "Mail-order book service for readers of pension age");

    /// <summary>
    /// The negotiation of the mail-order service's terms: monthly fee, duration, payment term,
    /// delivery lead time and exclusivity, with both sides' targets, walk-aways, weights and
    /// BATNAs; a concession plan in three traded, shrinking steps; and the agreed outcome.
    /// </summary>
    public static NegotiationPlan MailOrderNegotiation { get; } = new(
        "mail-order-terms",
        Client,
        new[]
        {
            new NegotiationIssue("fee", IssueKind.Price, IssueDirection.HigherIsBetter, 4_000m, 3_400m, 3_300m, 3_900m, 0.4, 0.35, range: new IssueRange(3_300m, 4_000m, 100m), name: "Monthly fee", unit: "EUR"),
            new NegotiationIssue("duration", IssueKind.Duration, IssueDirection.HigherIsBetter, 36m, 12m, 12m, 36m, 0.2, 0.1, Options(12m, 24m, 36m), name: "Duration", unit: "months"),
            new NegotiationIssue("payment", IssueKind.PaymentTerms, IssueDirection.LowerIsBetter, 30m, 60m, 60m, 30m, 0.1, 0.2, Options(30m, 45m, 60m), name: "Payment term", unit: "days"),
            new NegotiationIssue("lead-time", IssueKind.Delivery, IssueDirection.HigherIsBetter, 5m, 2m, 2m, 5m, 0.2, 0.25, Options(2m, 3m, 4m, 5m), name: "Delivery lead time", unit: "working days"),
            new NegotiationIssue("exclusivity", IssueKind.Exclusivity, IssueDirection.LowerIsBetter, 0m, 1m, 1m, 0m, 0.1, 0.1, new[] { new IssueOption(0m, "none"), new IssueOption(1m, "exclusive in the shop's town") }, name: "Exclusivity"),
        },
        Opportunity,
        "mail-order-service",
        new Batna("Sell the home-handicraft series through the general trade, without the service.", 0.3),
        new Batna("Take mail orders through a wholesaler's general catalogue.", 0.25),
        new[]
        {
            new ConcessionStep(Package(4_000m, 36m, 30m, 5m, 0m), note: "Opening offer."),
            new ConcessionStep(Package(3_800m, 36m, 30m, 5m, 0m), "A 36-month term."),
            new ConcessionStep(Package(3_800m, 36m, 30m, 4m, 0m), "Orders bundled once a week."),
            new ConcessionStep(Package(3_800m, 36m, 45m, 4m, 0m), "Payment by direct debit."),
        },
        new NegotiationOutcome(Package(3_800m, 24m, 45m, 4m, 0m), new LocalDate(2026, 3, 27), Package(3_300m, 12m, 60m, 2m, 1m), "Agreed at the second meeting; the shop asked for two years, not three."),
        "Terms of the mail-order book service");

    private static Money Eur(decimal amount) => new(amount, Currency.Eur);

    private static IssueOption[] Options(params decimal[] values)
    {
        var options = new IssueOption[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            options[i] = new IssueOption(values[i]);
        }

        return options;
    }

    private static PackageTerm[] Package(decimal fee, decimal duration, decimal payment, decimal leadTime, decimal exclusivity) => new[]
    {
        new PackageTerm("fee", fee),
        new PackageTerm("duration", duration),
        new PackageTerm("payment", payment),
        new PackageTerm("lead-time", leadTime),
        new PackageTerm("exclusivity", exclusivity),
    };
}
