using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>A record that a section of the account was brought up to date ("data update formats").</summary>
public sealed record SectionUpdate
{
    /// <summary>Creates an update record.</summary>
    /// <param name="section">The section updated; an undefined value loads and is reported.</param>
    /// <param name="on">When.</param>
    /// <param name="by">Who updated it.</param>
    /// <param name="what">What changed.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="by"/> or <paramref name="what"/> is null.</exception>
    public SectionUpdate(AccountSection section, LocalDate on, string by, string what)
    {
        Section = section;
        On = on;
        By = Require.NotNull(by, nameof(by));
        What = Require.NotNull(what, nameof(what));
    }

    /// <summary>The section updated.</summary>
    public AccountSection Section { get; }

    /// <summary>When.</summary>
    public LocalDate On { get; }

    /// <summary>Who updated it.</summary>
    public string By { get; }

    /// <summary>What changed.</summary>
    public string What { get; }
}
