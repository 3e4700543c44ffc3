namespace KeyAccount.Core.Ladder;

/// <summary>How your own answer to one question differs from the client's.</summary>
/// <param name="Question">The question.</param>
/// <param name="Own">Your answer.</param>
/// <param name="ClientView">The client's answer.</param>
/// <param name="Difference">
/// The client's favourability minus yours, -1..1, or null when either answer is unknown. Negative:
/// the client sees this worse than you do (you overrate yourself); positive: better.
/// </param>
public sealed record LadderAnswerGap(LadderSignal Question, AnswerFrequency Own, AnswerFrequency ClientView, double? Difference = null);
