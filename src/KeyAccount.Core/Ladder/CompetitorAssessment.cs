using System;
using Ardalis.GuardClauses;

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
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public CompetitorAssessment(string name, LadderAnswers answers, LadderIndicators? indicators = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name, nameof(name)).Trim();
        Answers = Guard.Against.Null(answers, nameof(answers));
        Indicators = indicators;
    }

    /// <summary>The competitor's name, trimmed.</summary>
    public string Name { get; }

    /// <summary>The answers about the competitor.</summary>
    public LadderAnswers Answers { get; }

    /// <summary>The competitor's indicators, or null.</summary>
    public LadderIndicators? Indicators { get; }
}
