namespace KeyAccount.Core.Accounts;

/// <summary>A commitment as of a date, with the diary entry that made it.</summary>
/// <param name="Entry">The id of the diary entry that made it.</param>
/// <param name="Commitment">The commitment.</param>
/// <param name="State">Where it stands as of the date.</param>
/// <param name="Explanation">One sentence: who, what, when, and where it stands.</param>
public sealed record CommitmentView(string Entry, Commitment Commitment, CommitmentState State, string Explanation);
