using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// Where the client places you (or a competitor) on the perception ladder: the level, how far up
/// the rung, how sure that is, and why.
/// </summary>
/// <remarks>
/// Compare positions by <see cref="Position"/> (level + score, 1..5): a higher value stands higher.
/// See <see cref="LadderScoringModel"/> for how each number is computed.
/// </remarks>
public sealed record LadderPosition
{
    /// <summary>Creates a position (normally done by <see cref="LadderPositioner"/>).</summary>
    /// <param name="level">The rung, 1..4.</param>
    /// <param name="score">How far up the rung, 0..1 (1 at a ceiling or at the very top).</param>
    /// <param name="favourability">The weighted mean favourability of the known signals, 0..1 (0 when nothing is known).</param>
    /// <param name="confidence">How sure the position is, 0..1.</param>
    /// <param name="coverage">The share of the model's weight that is known, 0..1.</param>
    /// <param name="reasons">The reasons: ceilings first, then signals by strength, then contradictions, then unknowns.</param>
    /// <param name="ceiling">The lowest ceiling that applies, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is outside its range or a level is not 1..4.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> or one of its items is null.</exception>
    public LadderPosition(
        LadderLevel level,
        double score,
        double favourability,
        double confidence,
        double coverage,
        IReadOnlyList<LadderReason> reasons,
        LadderLevel? ceiling = null)
    {
        PerceptionLadder.RequireLevel(level, nameof(level));
        if (ceiling is { } c)
        {
            PerceptionLadder.RequireLevel(c, nameof(ceiling));
        }

        Level = level;
        Score = Unit(score, nameof(score));
        Favourability = Unit(favourability, nameof(favourability));
        Confidence = Unit(confidence, nameof(confidence));
        Coverage = Unit(coverage, nameof(coverage));
        Ceiling = ceiling;
        Reasons = Guard.Against.Null(reasons, nameof(reasons)).ToArray();
        for (var i = 0; i < Reasons.Count; i++)
        {
            _ = Reasons[i] ?? throw new ArgumentNullException(nameof(reasons), $"reasons[{i}] is null.");
        }
    }

    /// <summary>The rung, 1..4.</summary>
    public LadderLevel Level { get; }

    /// <summary>How far up the rung, 0..1: 0 just arrived, 1 at the next rung's door (or held at a ceiling).</summary>
    public double Score { get; }

    /// <summary>Level plus score, 1..5: one number to compare and rank positions.</summary>
    public double Position => (int)Level + Score;

    /// <summary>The weighted mean favourability of the known signals, 0..1; 0 when nothing is known.</summary>
    public double Favourability { get; }

    /// <summary>How sure the position is, 0..1: falls with unknown answers and with contradictions.</summary>
    public double Confidence { get; }

    /// <summary>The share of the model's total weight whose signals are known, 0..1.</summary>
    public double Coverage { get; }

    /// <summary>The lowest ceiling that applies, or null when none does.</summary>
    public LadderLevel? Ceiling { get; }

    /// <summary>The reasons, in order of importance.</summary>
    public IReadOnlyList<LadderReason> Reasons { get; }

    /// <summary>The rung: its name, sign, price sensitivity and loyalty (not written to JSON; the level names it).</summary>
    [JsonIgnore]
    public LadderRung Rung => PerceptionLadder.Rung(Level);

    /// <summary>One sentence: the rung, its sign, the way to the next rung and the confidence.</summary>
    public string Explanation
    {
        get
        {
            var rung = Rung;
            var way = Ceiling is { } c && c == Level && Score >= 1
                ? "held at this rung by a ceiling"
                : Level == LadderLevel.BusinessPartner
                    ? Wording.Percent(Score) + " of the way up the top rung"
                    : Wording.Percent(Score) + " of the way to rung " + ((int)Level + 1).ToString(CultureInfo.InvariantCulture);
            return Wording.Capitalise(rung.ToString()) + ": " + way + "; confidence " + Wording.Number(Confidence, 2) + ".";
        }
    }

    /// <summary>The same as <see cref="Explanation"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;

    private static double Unit(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"{name} must be within 0..1, but is {value}."));
        }

        return value;
    }
}
