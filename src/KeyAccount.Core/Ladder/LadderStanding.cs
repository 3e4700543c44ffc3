namespace KeyAccount.Core.Ladder;

/// <summary>Where one supplier (you or a competitor) stands with a client, and its rank among them.</summary>
/// <param name="Name">The competitor's name, or <see cref="LadderPerspectives.YouName"/> for you.</param>
/// <param name="IsYou">True for your own standing.</param>
/// <param name="Rank">
/// 1 for the highest position; suppliers with equal positions share a rank (1, 2, 2, 4) and are
/// listed by name, ordinally, with you after the competitors you tie with.
/// </param>
/// <param name="Position">The position.</param>
public sealed record LadderStanding(string Name, bool IsYou, int Rank, LadderPosition Position);
