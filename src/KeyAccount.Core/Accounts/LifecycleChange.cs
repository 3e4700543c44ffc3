using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>One move of the account's lifecycle: the account reached <see cref="Stage"/> on <see cref="On"/>.</summary>
public sealed record LifecycleChange
{
    /// <summary>Creates a lifecycle change.</summary>
    /// <param name="stage">The stage reached; an undefined value loads and is reported (<c>KAA003</c>).</param>
    /// <param name="on">The date it was reached.</param>
    /// <param name="by">Who moved the account (a team member's id or a name); may be empty, which is reported.</param>
    /// <param name="reason">Why; may be empty, which is reported where the move needs a reason.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="by"/> or <paramref name="reason"/> is null.</exception>
    public LifecycleChange(AccountStage stage, LocalDate on, string by, string reason)
    {
        Stage = stage;
        On = on;
        By = Require.NotNull(by, nameof(by));
        Reason = Require.NotNull(reason, nameof(reason));
    }

    /// <summary>The stage reached.</summary>
    public AccountStage Stage { get; }

    /// <summary>The date it was reached.</summary>
    public LocalDate On { get; }

    /// <summary>Who moved the account.</summary>
    public string By { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }
}
