using System;

namespace KeyAccount.Core.Communications;

/// <summary>A gap of the programme: what is missing, and why it matters, in a sentence.</summary>
public sealed record CommunicationGap
{
    /// <summary>Creates a gap.</summary>
    /// <param name="kind">What the gap is about.</param>
    /// <param name="subject">What is missing: a function, a market factor, a kind, a person's id, a decision's path or a goal's id.</param>
    /// <param name="explanation">The verdict, in a sentence.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public CommunicationGap(CommunicationGapKind kind, string subject, string explanation)
    {
        Kind = kind;
        Subject = Require.NotNull(subject, nameof(subject));
        Explanation = Require.NotNull(explanation, nameof(explanation));
    }

    /// <summary>What the gap is about.</summary>
    public CommunicationGapKind Kind { get; }

    /// <summary>What is missing: a function, a market factor, a kind, a person's id, a decision's path or a goal's id.</summary>
    public string Subject { get; }

    /// <summary>The verdict, in a sentence.</summary>
    public string Explanation { get; }
}
