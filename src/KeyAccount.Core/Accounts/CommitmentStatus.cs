namespace KeyAccount.Core.Accounts;

/// <summary>What became of a commitment, as recorded in the diary.</summary>
public enum CommitmentStatus
{
    /// <summary>Not done yet.</summary>
    Open = 0,

    /// <summary>Done (on <see cref="Commitment.ClosedOn"/>).</summary>
    Done = 1,

    /// <summary>Cancelled by agreement (on <see cref="Commitment.ClosedOn"/>).</summary>
    Cancelled = 2,

    /// <summary>Handed over to someone else, for example at the final stage (on <see cref="Commitment.ClosedOn"/>).</summary>
    HandedOver = 3,
}
