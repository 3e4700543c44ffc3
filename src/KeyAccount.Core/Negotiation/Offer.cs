using System.Collections.Generic;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// An offer to a key client sold as the solution to a problem (section 7 of the method): the
/// client's problem tied to a client goal, the solution, the quantified benefits and the client's
/// costs over a horizon, our price, payment term and exclusivity, and its presentation.
/// </summary>
/// <remarks>
/// A JSON document read and written through <see cref="KeyAccountJson"/>; it loads whenever it is
/// well-formed and <see cref="OfferValidator.Validate"/> reports every defect.
/// <see cref="OfferAnalysis.Run"/> validates it and computes the client's ROI, payback and NPV and
/// our margin. Amounts are <see cref="Money"/>; the currency of the list price is the offer's, and
/// any other is a diagnostic (<c>KAN042</c>).
/// </remarks>
public sealed record Offer : IKeyAccountDocument
{
    /// <summary>The format version this release writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Creates an offer.</summary>
    /// <param name="id">The offer's id.</param>
    /// <param name="client">The key client.</param>
    /// <param name="clientGoal">The id of the client goal the problem belongs to.</param>
    /// <param name="problem">The client's problem, in its words.</param>
    /// <param name="solution">Our solution.</param>
    /// <param name="pricing">Our price, discount, floor and cost.</param>
    /// <param name="start">The first day of the horizon; NPV discounts to it.</param>
    /// <param name="horizonEnd">The last day of the horizon (inclusive).</param>
    /// <param name="discountRate">The client's yearly discount rate (0.08 for 8%); above -1.</param>
    /// <param name="benefits">The benefits for the client.</param>
    /// <param name="clientCosts">The client's costs, our price among them.</param>
    /// <param name="opportunity">The id of the opportunity the offer turns into business; optional.</param>
    /// <param name="tier">The client's tier (Classification area); the key-client rules depend on it.</param>
    /// <param name="paymentTermDays">Days the client has to pay; 30 by default.</param>
    /// <param name="exclusive">True when the offer grants exclusivity.</param>
    /// <param name="presentation">The presentation of the offer; optional.</param>
    /// <param name="title">A title for people; optional.</param>
    /// <param name="formatVersion">The document format version; 0 (left out) reads as 1.</param>
    /// <exception cref="System.ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>, or a list holds a null entry.</exception>
    public Offer(
        string id,
        ClientId client,
        string clientGoal,
        string problem,
        string solution,
        OfferPricing pricing,
        LocalDate start,
        LocalDate horizonEnd,
        double discountRate,
        IReadOnlyList<OfferBenefit>? benefits = null,
        IReadOnlyList<OfferCost>? clientCosts = null,
        string? opportunity = null,
        ClientTier tier = ClientTier.Other,
        int paymentTermDays = 30,
        bool exclusive = false,
        Presentation? presentation = null,
        string? title = null,
        int formatVersion = CurrentFormatVersion)
    {
        Id = Require.NotNull(id, nameof(id)).Trim();
        Client = Require.Set(client, nameof(client));
        ClientGoal = Require.NotNull(clientGoal, nameof(clientGoal)).Trim();
        Problem = Require.NotNull(problem, nameof(problem));
        Solution = Require.NotNull(solution, nameof(solution));
        Pricing = Require.NotNull(pricing, nameof(pricing));
        Start = start;
        HorizonEnd = horizonEnd;
        DiscountRate = discountRate;
        Benefits = Require.Items(benefits, nameof(benefits));
        ClientCosts = Require.Items(clientCosts, nameof(clientCosts));
        Opportunity = opportunity?.Trim();
        Tier = tier;
        PaymentTermDays = paymentTermDays;
        Exclusive = exclusive;
        Presentation = presentation;
        Title = title;
        FormatVersion = formatVersion == 0 ? 1 : formatVersion;
    }

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>The offer's id, trimmed.</summary>
    public string Id { get; }

    /// <summary>The key client.</summary>
    public ClientId Client { get; }

    /// <summary>The client goal the problem belongs to, trimmed.</summary>
    public string ClientGoal { get; }

    /// <summary>The client's problem.</summary>
    public string Problem { get; }

    /// <summary>Our solution.</summary>
    public string Solution { get; }

    /// <summary>Our price, discount, floor and cost.</summary>
    public OfferPricing Pricing { get; }

    /// <summary>The first day of the horizon.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the horizon, inclusive.</summary>
    public LocalDate HorizonEnd { get; }

    /// <summary>The client's yearly discount rate.</summary>
    public double DiscountRate { get; }

    /// <summary>The benefits for the client.</summary>
    public IReadOnlyList<OfferBenefit> Benefits { get; }

    /// <summary>The client's costs.</summary>
    public IReadOnlyList<OfferCost> ClientCosts { get; }

    /// <summary>The opportunity's id; null when not given.</summary>
    public string? Opportunity { get; }

    /// <summary>The client's tier.</summary>
    public ClientTier Tier { get; }

    /// <summary>Days the client has to pay.</summary>
    public int PaymentTermDays { get; }

    /// <summary>True when the offer grants exclusivity.</summary>
    public bool Exclusive { get; }

    /// <summary>The presentation; null when none is planned.</summary>
    public Presentation? Presentation { get; }

    /// <summary>A title for people; null for none.</summary>
    public string? Title { get; }
}
