using System;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// A pair of signals that should agree; when both are known and point in opposite directions the
/// position is less certain (for example "likes to discuss business problems: always" with
/// "prefers competitors' offers: often").
/// </summary>
/// <remarks>
/// The strength of the contradiction is <c>max(0, |u1 - u2| - Tolerance) / (1 - Tolerance)</c>,
/// 0..1, where u1 and u2 are the favourabilities of the two signals. It costs the confidence
/// <c>Severity * strength * min(w1, w2) / totalWeight</c>: a full contradiction of severity 1
/// costs as much as losing the lighter of the two answers. A pair with an unknown signal costs
/// nothing (the unknown answer already costs its weight).
/// </remarks>
public sealed record LadderContradiction
{
    /// <summary>Creates a contradiction pair.</summary>
    /// <param name="first">One signal.</param>
    /// <param name="second">The other signal; differs from <paramref name="first"/>.</param>
    /// <param name="severity">How much a full contradiction costs, 0 or more and below 1.</param>
    /// <param name="tolerance">The difference in favourability that is not yet a contradiction, 0 or more and below 1.</param>
    /// <remarks>Never throws: a pair that is not usable (an undefined signal, the same signal twice, a number out of range) is reported by <see cref="LadderValidator.Validate(LadderScoringModel)"/>.</remarks>
    public LadderContradiction(LadderSignal first, LadderSignal second, double severity, double tolerance)
    {
        First = first;
        Second = second;
        Severity = severity;
        Tolerance = tolerance;
    }

    /// <summary>One signal of the pair.</summary>
    public LadderSignal First { get; }

    /// <summary>The other signal of the pair.</summary>
    public LadderSignal Second { get; }

    /// <summary>How much a full contradiction costs, 0 ≤ severity &lt; 1.</summary>
    public double Severity { get; }

    /// <summary>The difference in favourability that is not yet a contradiction, 0 ≤ tolerance &lt; 1.</summary>
    public double Tolerance { get; }

    internal double Strength(double u1, double u2)
    {
        var excess = Math.Abs(u1 - u2) - Tolerance;
        return excess <= 0 ? 0 : Math.Min(1, excess / (1 - Tolerance));
    }
}
