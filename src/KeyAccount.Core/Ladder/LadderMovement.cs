namespace KeyAccount.Core.Ladder;

/// <summary>How one client moved on the ladder since the previous assessment.</summary>
/// <param name="Client">The client.</param>
/// <param name="From">The previous position (level + score), 1..5.</param>
/// <param name="To">The current position (level + score), 1..5.</param>
/// <param name="FromLevel">The previous rung.</param>
/// <param name="ToLevel">The current rung.</param>
public sealed record LadderMovement(ClientId Client, double From, double To, LadderLevel FromLevel, LadderLevel ToLevel)
{
    /// <summary>The change in position, -4..4: positive up, negative down.</summary>
    public double Change => To - From;

    /// <summary>The change in rungs, -3..3.</summary>
    public int Levels => (int)ToLevel - (int)FromLevel;
}
