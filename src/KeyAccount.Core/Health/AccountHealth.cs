using System.Collections.Generic;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Health;

/// <summary>
/// An account's health scorecard as of a date (<see cref="HealthScorecard.Score"/>): one 0–100
/// score from the components of every area the account holds, its band, the components, and the
/// facts that cost the most points.
/// </summary>
/// <param name="Client">The key client.</param>
/// <param name="AsOf">The date of the scorecard.</param>
/// <param name="Score">
/// The weighted mean of the scored components, <c>Σ wᵢ sᵢ / Σ wᵢ</c> over the components that
/// count (<see cref="HealthComponent.Counts"/>), rounded to hundredths (half away from zero); null
/// when no component counts (the account holds none of the areas).
/// </param>
/// <param name="Band">The band of <paramref name="Score"/>; null with it.</param>
/// <param name="Components">Every component, in the order of <see cref="HealthScorecard.Kinds"/>, scored or not.</param>
/// <param name="Costliest">The facts that cost the account's score the most points (at most <see cref="HealthSettings.ExplainedFacts"/>), most first; ties by component, then key.</param>
/// <param name="Explanation">The score, the band, what is not scored and why, and the facts that cost the most.</param>
public sealed record AccountHealth(
    ClientId Client,
    LocalDate AsOf,
    decimal? Score,
    HealthBand? Band,
    IReadOnlyList<HealthComponent> Components,
    IReadOnlyList<HealthFact> Costliest,
    string Explanation)
{
    /// <summary>The key-client tier the classification gives on the account's evidence; null when the tier is not scored.</summary>
    public ClientTier? Tier { get; init; }

    /// <summary>Where the client places you on the ladder (the client's view where given, else your own); null when the ladder is not scored.</summary>
    public LadderPosition? LadderPosition { get; init; }

    /// <summary>The component of <paramref name="kind"/>.</summary>
    /// <param name="kind">A component.</param>
    /// <returns>The component.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not a component of the scorecard.</exception>
    public HealthComponent Component(HealthComponentKind kind)
    {
        foreach (var c in Components)
        {
            if (c.Kind == kind)
            {
                return c;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Not a component of the scorecard.");
    }
}
