namespace KeyAccount.Core.Ladder;

/// <summary>One key client's place on the ladder in a portfolio.</summary>
/// <param name="Client">The client.</param>
/// <param name="Level">The rung, 1..4.</param>
/// <param name="Score">How far up the rung, 0..1.</param>
/// <param name="Confidence">How sure, 0..1.</param>
/// <param name="UsesClientView">True when the client's view was used, false when only your own view was available.</param>
public sealed record LadderPortfolioEntry(ClientId Client, LadderLevel Level, double Score, double Confidence, bool UsesClientView)
{
    /// <summary>Level plus score, 1..5.</summary>
    public double Position => (int)Level + Score;
}
