namespace KeyAccount.Core.Negotiation;

/// <summary>What a negotiated issue is about; the usual terms of a deal, or a custom one.</summary>
public enum IssueKind
{
    /// <summary>An issue of the deal's own (<see cref="NegotiationIssue.Name"/> says which).</summary>
    Custom = 0,

    /// <summary>The price.</summary>
    Price = 1,

    /// <summary>The volume bought.</summary>
    Volume = 2,

    /// <summary>The payment terms (for example days until payment).</summary>
    PaymentTerms = 3,

    /// <summary>Delivery (for example lead time in days).</summary>
    Delivery = 4,

    /// <summary>The duration of the agreement.</summary>
    Duration = 5,

    /// <summary>Exclusivity (for example 0 for none, 1 for exclusive).</summary>
    Exclusivity = 6,
}
