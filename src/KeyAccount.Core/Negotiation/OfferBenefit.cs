using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// A quantified benefit of the offer for the client: an amount every period from a start, a number
/// of times, with the confidence that it comes; tied to a client goal of the account plan.
/// </summary>
/// <param name="Id">The benefit's id, unique in the offer; a presentation shows benefits by id.</param>
/// <param name="Description">The benefit in the client's words.</param>
/// <param name="ClientGoal">The id of the client goal (<see cref="Planning.AccountPlan.ClientGoals"/>) it serves.</param>
/// <param name="AmountPerPeriod">The amount the client gains each period; not negative.</param>
/// <param name="Every">The period (<c>P1M</c>); a positive whole number of days, weeks, months or years, at most 100 years in each unit.</param>
/// <param name="Start">The day of the first gain.</param>
/// <param name="Periods">How many times it comes; at least 1.</param>
/// <param name="Confidence">The probability it comes, from 0 to 1; amounts count at their expected value (amount × confidence).</param>
public sealed record OfferBenefit(string Id, string Description, string ClientGoal, Money AmountPerPeriod, Period Every, LocalDate Start, int Periods = 1, double Confidence = 1);
