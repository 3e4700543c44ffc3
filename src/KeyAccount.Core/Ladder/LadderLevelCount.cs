using System.Collections.Generic;

namespace KeyAccount.Core.Ladder;

/// <summary>How many key clients stand on one rung.</summary>
/// <param name="Level">The rung.</param>
/// <param name="Count">The number of clients on it.</param>
/// <param name="Share">Their share of the assessed key clients, 0..1 (0 when none is assessed).</param>
/// <param name="Clients">The clients, by id, ordinally.</param>
public sealed record LadderLevelCount(LadderLevel Level, int Count, double Share, IReadOnlyList<ClientId> Clients);
