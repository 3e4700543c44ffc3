using System.Collections.Generic;

namespace KeyAccount.Core.Health;

/// <summary>One component of an account's health as of a date: its weight, its 0–100 score, the facts that cost it points, and why.</summary>
/// <param name="Kind">The component.</param>
/// <param name="Weight">Its weight (<see cref="HealthSettings.Weight"/>).</param>
/// <param name="Score">
/// Its score, 0 to 100 in hundredths: 100 minus the points of its facts, never below 0. Null when
/// the component is not scored: its area is missing from the account (or holds errors that stop
/// its analysis); <see cref="Explanation"/> says which. A component not scored is left out of the
/// account's score, never counted as 0.
/// </param>
/// <param name="Share">Its share of the weight of the scored components, 0 to 1 (four decimals); 0 when not scored or weighted 0.</param>
/// <param name="Facts">The facts that cost it points, most points first (ties by key).</param>
/// <param name="Explanation">The formula with its numbers, or why the component is not scored.</param>
public sealed record HealthComponent(
    HealthComponentKind Kind,
    decimal Weight,
    decimal? Score,
    decimal Share,
    IReadOnlyList<HealthFact> Facts,
    string Explanation)
{
    /// <summary>True when the component is scored and weighs in the account's score.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Counts => Score is not null && Weight > 0;
}
