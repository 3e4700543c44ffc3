using System;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// A competitor assessed on the same client: how the client would answer the six questions about
/// the competitor, and the competitor's indicators where known.
/// </summary>
public sealed record CompetitorAssessment
{
    /// <summary>Creates a competitor assessment.</summary>
    /// <param name="name">The competitor's name (or id), trimmed; ties in rankings are broken by it, ordinally.</param>
    /// <param name="answers">The answers about the competitor.</param>
    /// <param name="indicators">The competitor's indicators (for example its share of wallet), or null.</param>
    /// <remarks>An empty name is reported by <see cref="LadderValidator"/> (<c>KAL010</c>), not refused here.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="answers"/> is null.</exception>
    public CompetitorAssessment(string name, LadderAnswers answers, LadderIndicators? indicators = null)
    {
        Name = Require.NotNull(name, nameof(name)).Trim();
        Answers = Require.NotNull(answers, nameof(answers));
        Indicators = indicators;
    }

    /// <summary>The competitor's name, trimmed.</summary>
    public string Name { get; }

    /// <summary>The answers about the competitor.</summary>
    public LadderAnswers Answers { get; }

    /// <summary>The competitor's indicators, or null.</summary>
    public LadderIndicators? Indicators { get; }
}
