using System;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Opportunities;

/// <summary>A dependency between two opportunities: <see cref="From"/> requires or excludes <see cref="To"/>.</summary>
public sealed record OpportunityLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="from">The id of the opportunity the link is about; trimmed.</param>
    /// <param name="kind">Requires or excludes.</param>
    /// <param name="to">The id of the other opportunity; trimmed.</param>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentException">An id is empty or <paramref name="kind"/> is not defined.</exception>
    public OpportunityLink(string from, OpportunityLinkKind kind, string to)
    {
        From = Guard.Against.NullOrWhiteSpace(from, nameof(from)).Trim();
        Kind = Guard.Against.EnumOutOfRange(kind, nameof(kind));
        To = Guard.Against.NullOrWhiteSpace(to, nameof(to)).Trim();
    }

    /// <summary>The id of the opportunity the link is about.</summary>
    public string From { get; }

    /// <summary>Requires or excludes.</summary>
    public OpportunityLinkKind Kind { get; }

    /// <summary>The id of the other opportunity.</summary>
    public string To { get; }
}
