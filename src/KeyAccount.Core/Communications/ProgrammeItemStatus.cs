namespace KeyAccount.Core.Communications;

/// <summary>Where a programme item stands.</summary>
public enum ProgrammeItemStatus
{
    /// <summary>Planned, not yet done.</summary>
    Planned,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Cancelled: it counts for nothing in the analysis.</summary>
    Cancelled,
}
