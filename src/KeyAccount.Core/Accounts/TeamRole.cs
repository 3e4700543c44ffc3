namespace KeyAccount.Core.Accounts;

/// <summary>The role of one of our people in a key account's team.</summary>
public enum TeamRole
{
    /// <summary>The key account manager, who owns the account.</summary>
    AccountManager = 0,

    /// <summary>The senior executive who sponsors the account inside our company.</summary>
    ExecutiveSponsor = 1,

    /// <summary>A specialist (delivery, finance, marketing, logistics ...).</summary>
    Specialist = 2,

    /// <summary>Any other role.</summary>
    Other = 3,
}
