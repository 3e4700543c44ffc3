namespace KeyAccount.Core.Health;

/// <summary>One fact that costs a health component points: an overdue commitment, a stale section, a goal the plan cannot meet.</summary>
/// <param name="Component">The component it belongs to.</param>
/// <param name="Key">
/// What the fact is about, stable across dates so that two scorecards can be compared fact by
/// fact: <c>overdue:c-2</c>, <c>stale:profile</c>, <c>late:g-1</c>, <c>KAP034@reviews</c>.
/// </param>
/// <param name="Points">The points it takes off its component's 100 by the component's formula (<c>docs/health.md</c>), rounded to hundredths.</param>
/// <param name="Cost">
/// The points of the account's score it costs: its share of the points its component lost (a
/// component's score does not go below 0, so the facts of a component at 0 share its 100 points)
/// times the component's share of the weight, rounded to hundredths. The costs of all facts add
/// up to 100 minus the score, up to that rounding.
/// </param>
/// <param name="Explanation">The fact in a sentence.</param>
public sealed record HealthFact(HealthComponentKind Component, string Key, decimal Points, decimal Cost, string Explanation);
