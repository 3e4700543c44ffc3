namespace KeyAccount.Core.Accounts;

/// <summary>The outcome of asking the lifecycle for a move: the new document, or the refusal with its reasons.</summary>
/// <param name="Check">The guard's verdict.</param>
/// <param name="Document">The account with the move appended to its history; null when the move was refused.</param>
public sealed record LifecycleMove(LifecycleCheck Check, AccountDocument? Document);
