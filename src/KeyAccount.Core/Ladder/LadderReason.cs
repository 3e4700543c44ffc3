using System;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Ladder;

/// <summary>One reason for a ladder position, in words a key account manager reads.</summary>
public sealed record LadderReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="kind">What the reason says.</param>
    /// <param name="signal">The signal it is about (for a contradiction, the first of the pair).</param>
    /// <param name="strength">How much it weighs, 0..1: for raises and lowers, the signal's weight times its distance from one half, over the known weight; for a contradiction, its cost to the confidence; for a ceiling, the levels it takes away divided by 3; for an unknown, the confidence it costs.</param>
    /// <param name="text">The sentence.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="signal"/> is not defined, or <paramref name="strength"/> is outside 0..1.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    public LadderReason(LadderReasonKind kind, LadderSignal signal, double strength, string text)
    {
        Kind = Guard.Against.EnumOutOfRange(kind, nameof(kind));
        LadderTexts.Index(signal, nameof(signal));
        Signal = signal;
        if (!(strength >= 0 && strength <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, $"strength must be within 0..1, but is {strength}.");
        }

        Strength = strength;
        Text = Guard.Against.NullOrWhiteSpace(text, nameof(text));
    }

    /// <summary>What the reason says.</summary>
    public LadderReasonKind Kind { get; }

    /// <summary>The signal it is about (for a contradiction, the first of the pair).</summary>
    public LadderSignal Signal { get; }

    /// <summary>How much it weighs, 0..1 (see the constructor).</summary>
    public double Strength { get; }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>The sentence.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
