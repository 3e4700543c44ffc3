using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>A cost the offer means for the client (our price among them), once or recurring.</summary>
/// <param name="Description">What the client pays for.</param>
/// <param name="Amount">The amount each time; not negative.</param>
/// <param name="Date">The day of the (first) payment.</param>
/// <param name="Kind">Once or recurring.</param>
/// <param name="Every">For a recurring cost, the period (a positive whole number of days, weeks, months or years, at most 100 years in each unit); null for a one-off cost.</param>
/// <param name="Periods">For a recurring cost, how many payments; at least 1.</param>
public sealed record OfferCost(string Description, Money Amount, LocalDate Date, CostKind Kind = CostKind.OneOff, Period? Every = null, int Periods = 1);
