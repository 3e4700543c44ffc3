namespace KeyAccount.Core.Ladder;

/// <summary>The numbers of a position without its reasons (the hot path of portfolios and climbs).</summary>
internal readonly struct LadderScore
{
    internal LadderScore(int level, double score, double favourability, double confidence, double coverage, int ceiling)
    {
        Level = level;
        Score = score;
        Favourability = favourability;
        Confidence = confidence;
        Coverage = coverage;
        Ceiling = ceiling;
    }

    internal int Level { get; }

    internal double Score { get; }

    internal double Position => Level + Score;

    internal double Favourability { get; }

    internal double Confidence { get; }

    internal double Coverage { get; }

    /// <summary>The lowest applying ceiling, 1..3 or 4 when none applies below the top.</summary>
    internal int Ceiling { get; }
}
