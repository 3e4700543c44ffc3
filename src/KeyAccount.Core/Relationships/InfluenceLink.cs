namespace KeyAccount.Core.Relationships;

/// <summary>One person of the client influences another: who, whom, how strongly, and how we know.</summary>
/// <param name="From">The id of the client person who influences.</param>
/// <param name="To">The id of the client person who is influenced.</param>
/// <param name="Strength">
/// How strongly, from 0 (not at all) to 1 (the other follows them): the probability that a view
/// <paramref name="From"/> holds is carried to <paramref name="To"/>. Null when never assessed,
/// which the analyses keep apart from weak.
/// </param>
/// <param name="Source">How we know (a meeting, a former employee, a guess); optional.</param>
/// <exception cref="System.ArgumentNullException"><paramref name="From"/> or <paramref name="To"/> is null.</exception>
public sealed record InfluenceLink(string From, string To, double? Strength = null, string? Source = null)
{
    private readonly string _from = Require.NotNull(From, nameof(From));
    private readonly string _to = Require.NotNull(To, nameof(To));

    /// <summary>The id of the client person who influences.</summary>
    public string From { get => _from; init => _from = Require.NotNull(value, nameof(From)); }

    /// <summary>The id of the client person who is influenced.</summary>
    public string To { get => _to; init => _to = Require.NotNull(value, nameof(To)); }
}
