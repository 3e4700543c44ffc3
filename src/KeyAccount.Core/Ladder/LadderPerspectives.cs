using System.Collections.Generic;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// One client seen from several sides: your own view, the client's view and the gap between
/// them, and you ranked among the competitors assessed on the same client.
/// </summary>
/// <param name="Client">The client.</param>
/// <param name="Own">Your position in your own view.</param>
/// <param name="AnswerGaps">Per question, your answer against the client's; empty without a client's view.</param>
/// <param name="Standings">
/// You and the competitors, ranked by position (highest first). Your standing uses the client's
/// view where given, else your own.
/// </param>
/// <param name="YourRank">Your rank among <see cref="Standings"/>, 1 for the top.</param>
/// <param name="ClientView">Your position as the client would answer, or null when not asked.</param>
/// <param name="Gap">
/// The client's view minus your own, in ladder positions (level + score), -4..4; null without a
/// client's view. Negative: the client places you lower than you place yourself. Identical answers
/// give exactly 0.
/// </param>
public sealed record LadderPerspectives(
    ClientId Client,
    LadderPosition Own,
    IReadOnlyList<LadderAnswerGap> AnswerGaps,
    IReadOnlyList<LadderStanding> Standings,
    int YourRank,
    LadderPosition? ClientView = null,
    double? Gap = null)
{
    /// <summary>The name of your own entry in <see cref="Standings"/>: "you".</summary>
    public const string YouName = "you";
}
