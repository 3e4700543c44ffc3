using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>The client's cash flows of one day of the horizon.</summary>
/// <param name="Date">The day.</param>
/// <param name="Benefit">The expected benefits of the day (amount × confidence).</param>
/// <param name="Cost">The costs of the day.</param>
/// <param name="Cumulative">The net (benefits less costs) from the horizon's start to this day, inclusive.</param>
/// <param name="DiscountFactor">1 / (1 + r)^(days / 365), days from the horizon's start.</param>
public sealed record OfferCashFlow(LocalDate Date, Money Benefit, Money Cost, Money Cumulative, double DiscountFactor);
