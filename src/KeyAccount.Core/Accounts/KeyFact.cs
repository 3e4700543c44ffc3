using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>A key fact of the client's profile, with where it comes from and when it was known.</summary>
public sealed record KeyFact
{
    /// <summary>Creates a key fact.</summary>
    /// <param name="text">The fact.</param>
    /// <param name="source">Where it comes from (an annual report, a meeting, a press article); an empty source is reported.</param>
    /// <param name="on">When it was known to be true.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> or <paramref name="source"/> is null.</exception>
    public KeyFact(string text, string source, LocalDate on)
    {
        Text = Require.NotNull(text, nameof(text));
        Source = Require.NotNull(source, nameof(source));
        On = on;
    }

    /// <summary>The fact.</summary>
    public string Text { get; }

    /// <summary>Where it comes from.</summary>
    public string Source { get; }

    /// <summary>When it was known to be true.</summary>
    public LocalDate On { get; }
}
