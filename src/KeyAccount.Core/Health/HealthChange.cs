using System.Collections.Generic;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Health;

/// <summary>
/// The change of an account's health between two dates (<see cref="HealthScorecard.Compare"/>):
/// both scorecards, the change of the score, and each component's exact part of it.
/// </summary>
/// <param name="Client">The key client.</param>
/// <param name="Before">The scorecard on the earlier date.</param>
/// <param name="After">The scorecard on the later date.</param>
/// <param name="Change">After's score minus before's, in hundredths; null when either date has no score.</param>
/// <param name="Components">Every component's move and attribution, in the order of <see cref="HealthScorecard.Kinds"/>. The attributions add up exactly to <paramref name="Change"/> (all 0 when it is null).</param>
/// <param name="Ladder">How the client's view of you moved on the ladder when the two scorecards rest on different assessments; null when the ladder is not scored on both dates or the position did not move.</param>
/// <param name="Explanation">The change in a few sentences: the scores, the bands, and the components that moved it most.</param>
public sealed record HealthChange(
    ClientId Client,
    AccountHealth Before,
    AccountHealth After,
    decimal? Change,
    IReadOnlyList<HealthComponentChange> Components,
    LadderMovement? Ladder,
    string Explanation);
