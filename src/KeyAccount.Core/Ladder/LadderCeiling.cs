using System;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// A rule that a bad enough signal holds you below a rung whatever the rest says (for example a
/// client that often prefers competitors' offers sees you as "one of several" at best).
/// </summary>
/// <remarks>
/// The ceiling applies when the signal is known and its favourability is at most
/// <see cref="AtOrBelow"/>. For a question, favourability 0.25 is "often" on a question that lowers
/// you and "rarely" on one that raises you. An unknown signal never applies a ceiling. A better
/// answer can only lift a ceiling, never add one, so ceilings keep the positioning monotone.
/// </remarks>
public sealed record LadderCeiling
{
    /// <summary>Creates a ceiling.</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="atOrBelow">The favourability, 0..1, at or below which the ceiling applies.</param>
    /// <param name="maxLevel">The highest level you can reach while it applies.</param>
    /// <remarks>Never throws: a ceiling that is not usable (an undefined signal or level, a threshold outside 0..1) is reported by <see cref="LadderValidator.Validate(LadderScoringModel)"/>.</remarks>
    public LadderCeiling(LadderSignal signal, double atOrBelow, LadderLevel maxLevel)
    {
        Signal = signal;
        AtOrBelow = atOrBelow;
        MaxLevel = maxLevel;
    }

    /// <summary>The signal.</summary>
    public LadderSignal Signal { get; }

    /// <summary>The favourability, 0..1, at or below which the ceiling applies.</summary>
    public double AtOrBelow { get; }

    /// <summary>The highest level you can reach while the ceiling applies.</summary>
    public LadderLevel MaxLevel { get; }
}
