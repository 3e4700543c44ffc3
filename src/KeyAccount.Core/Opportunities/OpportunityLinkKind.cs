namespace KeyAccount.Core.Opportunities;

/// <summary>How two opportunities depend on each other when a set is chosen.</summary>
public enum OpportunityLinkKind
{
    /// <summary><c>From</c> can be chosen only together with <c>To</c> (for example, a seminar that needs the new product line first).</summary>
    Requires = 0,

    /// <summary><c>From</c> and <c>To</c> cannot both be chosen (alternatives); the link is symmetric.</summary>
    Excludes = 1,
}
