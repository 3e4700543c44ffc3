namespace KeyAccount.Core.Opportunities;

/// <summary>One budget after the choice: how much is used, whether it binds, and what more of it would be worth.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Unit">The unit of the amounts here: <c>hour</c>, the currency code, or <c>person-day</c>.</param>
/// <param name="Budget">The budget, in <paramref name="Unit"/>.</param>
/// <param name="Used">What the chosen set uses, in <paramref name="Unit"/>.</param>
/// <param name="Slack">Budget minus used, in <paramref name="Unit"/>.</param>
/// <param name="ShadowPrice">
/// The LP-relaxation estimate of what one more unit is worth (expected return per unit): the
/// Lagrangian multiplier of this budget at the root of the search. Zero when the budget does not
/// bind the relaxation, and zero with <see cref="SelectionMethod.Greedy"/>, which does not optimise
/// the multipliers and so estimates no price (its explanation says so). A rate for small changes,
/// not a promise: the exact value of a given increment is <paramref name="ValueOfIncrement"/>.
/// </param>
/// <param name="BlockedCount">How many left-out opportunities do not fit this budget (see <see cref="LeftOutOpportunity.ShortOf"/>).</param>
/// <param name="Explanation">The finding in a sentence.</param>
/// <param name="Increment">The increment re-solved for <paramref name="ValueOfIncrement"/>, in <paramref name="Unit"/>; null when not re-solved.</param>
/// <param name="ValueOfIncrement">
/// The exact rise of the optimum when this budget alone grows by <paramref name="Increment"/>
/// (both problems solved to proven optimality); null when not re-solved or not proven.
/// </param>
public sealed record ResourceSensitivity(
    ResourceKind Resource,
    string Unit,
    decimal Budget,
    decimal Used,
    decimal Slack,
    double ShadowPrice,
    int BlockedCount,
    string Explanation,
    decimal? Increment = null,
    decimal? ValueOfIncrement = null);
