namespace KeyAccount.Core.Negotiation;

/// <summary>Which way an issue's value is better for a side.</summary>
public enum IssueDirection
{
    /// <summary>A higher value is better (a price, for the seller).</summary>
    HigherIsBetter = 0,

    /// <summary>A lower value is better (a lead time, for the seller).</summary>
    LowerIsBetter = 1,
}
