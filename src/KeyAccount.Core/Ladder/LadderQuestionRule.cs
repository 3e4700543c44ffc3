using System;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// How one of the six questions counts in a <see cref="LadderScoringModel"/>: its direction and weight.
/// </summary>
/// <remarks>
/// An answer's favourability is its frequency as a fraction (never 0, rarely 0.25, sometimes 0.5,
/// often 0.75, always 1) when the question <see cref="SignalDirection.Raises"/> you, and one minus
/// that fraction when it <see cref="SignalDirection.Lowers"/> you.
/// </remarks>
public sealed record LadderQuestionRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="question">One of the six question signals.</param>
    /// <param name="direction">Whether a more frequent answer raises or lowers you.</param>
    /// <param name="weight">The weight of the answer, finite and 0 or more; 0 ignores the question.</param>
    /// <remarks>Never throws: a rule that is not usable (not a question, an undefined direction, a negative weight) is reported by <see cref="LadderValidator.Validate(LadderScoringModel)"/>.</remarks>
    public LadderQuestionRule(LadderSignal question, SignalDirection direction, double weight)
    {
        Question = question;
        Direction = direction;
        Weight = weight;
    }

    /// <summary>The question.</summary>
    public LadderSignal Question { get; }

    /// <summary>Whether a more frequent answer raises or lowers you.</summary>
    public SignalDirection Direction { get; }

    /// <summary>The weight of the answer, 0 or more.</summary>
    public double Weight { get; }
}
