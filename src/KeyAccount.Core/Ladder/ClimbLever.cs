namespace KeyAccount.Core.Ladder;

/// <summary>
/// One answer or indicator that holds you back, what it would take to change it, and how far that
/// would move you.
/// </summary>
/// <param name="Signal">The question or indicator.</param>
/// <param name="Gain">How far the position (level + score) would rise with this change alone, greater than 0.</param>
/// <param name="ReachesNextRung">True when this change alone takes you to the next rung.</param>
/// <param name="LiftsCeiling">True when the signal now holds you under a ceiling that the change would lift.</param>
/// <param name="Advice">What holds you back and what to do, in the source's terms.</param>
/// <param name="CurrentAnswer">For a question, the current answer; null for an indicator.</param>
/// <param name="BetterAnswer">For a question, the best answer (never for a question that lowers you, always for one that raises you); null for an indicator.</param>
/// <param name="CurrentValue">For an indicator, its current value; null for a question.</param>
/// <param name="BetterValue">For an indicator, the model's best value; null for a question.</param>
public sealed record ClimbLever(
    LadderSignal Signal,
    double Gain,
    bool ReachesNextRung,
    bool LiftsCeiling,
    string Advice,
    AnswerFrequency? CurrentAnswer = null,
    AnswerFrequency? BetterAnswer = null,
    double? CurrentValue = null,
    double? BetterValue = null);
