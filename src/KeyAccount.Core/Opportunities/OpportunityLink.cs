using System;

namespace KeyAccount.Core.Opportunities;

/// <summary>A dependency between two opportunities: <see cref="From"/> requires or excludes <see cref="To"/>.</summary>
public sealed record OpportunityLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="from">The id of the opportunity the link is about; trimmed.</param>
    /// <param name="kind">Requires or excludes.</param>
    /// <param name="to">The id of the other opportunity; trimmed.</param>
    /// <remarks>An id that names no opportunity (an empty one included) loads and is reported (<c>KAO002</c>), as does an undefined kind (<c>KAO007</c>).</remarks>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    public OpportunityLink(string from, OpportunityLinkKind kind, string to)
    {
        From = Require.NotNull(from, nameof(from)).Trim();
        Kind = kind;
        To = Require.NotNull(to, nameof(to)).Trim();
    }

    /// <summary>The id of the opportunity the link is about.</summary>
    public string From { get; }

    /// <summary>Requires or excludes.</summary>
    public OpportunityLinkKind Kind { get; }

    /// <summary>The id of the other opportunity.</summary>
    public string To { get; }
}
