using System.Collections.Generic;

namespace KeyAccount.Core.Ladder;

/// <summary>How to climb to the next rung: what holds you back, ranked by how far changing it would move you.</summary>
/// <param name="Current">The position now.</param>
/// <param name="Target">The next rung (rung 4 when you are on it already: the aim is then to firm it up).</param>
/// <param name="Levers">
/// The known answers and indicators that are not yet at their best, by <see cref="ClimbLever.Gain"/>
/// (largest first), ties by signal. Each gain is computed by re-scoring with that one change.
/// </param>
/// <param name="Unknown">Questions not answered and indicators not measured: find them out before planning the climb.</param>
/// <param name="LeversToNextRung">
/// How many of the top levers, changed together in order, take you to <see cref="Target"/>; null
/// when even all of them would not (or when you are on rung 4).
/// </param>
public sealed record LadderClimb(
    LadderPosition Current,
    LadderLevel Target,
    IReadOnlyList<ClimbLever> Levers,
    IReadOnlyList<LadderSignal> Unknown,
    int? LeversToNextRung = null);
