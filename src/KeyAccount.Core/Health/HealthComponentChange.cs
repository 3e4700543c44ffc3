using System.Collections.Generic;

namespace KeyAccount.Core.Health;

/// <summary>How one component moved between two scorecards, and the part of the score's change it accounts for.</summary>
/// <param name="Kind">The component.</param>
/// <param name="Before">Its score on the earlier date; null when it was not scored.</param>
/// <param name="After">Its score on the later date; null when it is not scored.</param>
/// <param name="Attribution">
/// The points of the account's score change it accounts for, in hundredths. The attributions of
/// all components add up exactly to the change of the score; a component that counts on both dates
/// with the same score is attributed exactly 0. See <see cref="HealthScorecard.Compare"/> for the decomposition.
/// </param>
/// <param name="Facts">The facts that appeared, went or changed their points, the largest move first (ties by key).</param>
/// <param name="Explanation">The move in a sentence.</param>
public sealed record HealthComponentChange(
    HealthComponentKind Kind,
    decimal? Before,
    decimal? After,
    decimal Attribution,
    IReadOnlyList<HealthFactChange> Facts,
    string Explanation);
