using System.Collections.Generic;

namespace KeyAccount.Core.Accounts;

/// <summary>Whether the account may move to <see cref="To"/>, and what blocks it.</summary>
/// <param name="From">The current stage.</param>
/// <param name="To">The stage asked for.</param>
/// <param name="Blockers">What stands in the way, one sentence each; empty when the move is allowed.</param>
public sealed record LifecycleCheck(AccountStage From, AccountStage To, IReadOnlyList<string> Blockers)
{
    /// <summary>True when nothing blocks the move.</summary>
    public bool Allowed => Blockers.Count == 0;

    /// <summary>One sentence: the move is allowed, or what blocks it.</summary>
    public string Explanation => Allowed
        ? "The account can move from " + AccountLifecycle.Name(From) + " to " + AccountLifecycle.Name(To) + "."
        : "The account cannot move from " + AccountLifecycle.Name(From) + " to " + AccountLifecycle.Name(To) + ": " + string.Join("; ", Blockers) + ".";
}
