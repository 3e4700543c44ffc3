namespace KeyAccount.Core.Negotiation;

/// <summary>What a key-client rule says about an offer.</summary>
public enum RuleVerdict
{
    /// <summary>Within the account manager's own authority.</summary>
    Allowed = 0,

    /// <summary>Allowed once the named approver agrees.</summary>
    NeedsApproval = 1,

    /// <summary>Not allowed for the client's tier; no one may approve it.</summary>
    Forbidden = 2,
}
