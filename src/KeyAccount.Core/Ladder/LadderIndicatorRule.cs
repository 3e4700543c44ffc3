using System;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// How one observed indicator counts in a <see cref="LadderScoringModel"/>: its weight and the
/// values that read as the bottom and the top of the ladder.
/// </summary>
/// <remarks>
/// An indicator's favourability is <c>(value - WorstValue) / (BestValue - WorstValue)</c>, clamped
/// to 0..1: a value at or beyond <see cref="WorstValue"/> reads as the bottom of rung 1, a value at
/// or beyond <see cref="BestValue"/> as the top of rung 4, and values between map linearly (so with
/// the default thresholds, a value a quarter of the way from worst to best is the start of rung 2).
/// <see cref="WorstValue"/> may be above <see cref="BestValue"/> (for price sensitivity, where less
/// is better).
/// </remarks>
public sealed record LadderIndicatorRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="indicator">One of the six indicator signals.</param>
    /// <param name="weight">The weight of the indicator, finite and 0 or more; 0 ignores it.</param>
    /// <param name="worstValue">The value that reads as the bottom of the ladder.</param>
    /// <param name="bestValue">The value that reads as the top of the ladder; differs from <paramref name="worstValue"/>.</param>
    /// <remarks>Never throws: a rule that is not usable (not an indicator, a negative weight, equal worst and best values) is reported by <see cref="LadderValidator.Validate(LadderScoringModel)"/>.</remarks>
    public LadderIndicatorRule(LadderSignal indicator, double weight, double worstValue, double bestValue)
    {
        Indicator = indicator;
        Weight = weight;
        WorstValue = worstValue;
        BestValue = bestValue;
    }

    /// <summary>The indicator.</summary>
    public LadderSignal Indicator { get; }

    /// <summary>The weight of the indicator, 0 or more.</summary>
    public double Weight { get; }

    /// <summary>The value that reads as the bottom of the ladder (favourability 0).</summary>
    public double WorstValue { get; }

    /// <summary>The value that reads as the top of the ladder (favourability 1).</summary>
    public double BestValue { get; }

    internal double Favourability(double value)
    {
        var u = (value - WorstValue) / (BestValue - WorstValue);
        return u <= 0 ? 0 : u >= 1 ? 1 : u;
    }
}
