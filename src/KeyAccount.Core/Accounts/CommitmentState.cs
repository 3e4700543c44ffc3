namespace KeyAccount.Core.Accounts;

/// <summary>Where a commitment stands as of a date.</summary>
/// <remarks>
/// As the date advances, an open commitment goes from <see cref="Open"/> to <see cref="DueSoon"/>
/// to <see cref="Overdue"/> and stays overdue until it is closed; it never goes back.
/// </remarks>
public enum CommitmentState
{
    /// <summary>Open, and not due within the due-soon window.</summary>
    Open = 0,

    /// <summary>Open and due within the due-soon window (today included).</summary>
    DueSoon = 1,

    /// <summary>Open and past its due date.</summary>
    Overdue = 2,

    /// <summary>Done by that date.</summary>
    Done = 3,

    /// <summary>Cancelled by that date.</summary>
    Cancelled = 4,

    /// <summary>Handed over by that date.</summary>
    HandedOver = 5,
}
