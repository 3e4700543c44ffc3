using System;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>
/// A repeating date: <see cref="Start"/>, then <see cref="Start"/> plus <see cref="Every"/> times
/// 1, 2, 3 and so on, up to and including <see cref="End"/>.
/// </summary>
/// <remarks>
/// The n-th date is <c>Start + n × Every</c> (not n additions in a row), so a monthly recurrence
/// from 31 January gives 28 or 29 February, then 31 March: it does not drift. <see cref="Every"/>
/// must be positive and hold only years, months, weeks and days (<c>KAC014</c>);
/// <see cref="End"/> before <see cref="Start"/> never occurs (<c>KAC013</c>).
/// </remarks>
public sealed record Recurrence
{
    private readonly Period _every = Period.Zero;

    /// <summary>Creates a recurrence.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="every">The step, for example <c>P1W</c>.</param>
    /// <param name="end">The last date it may fall on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="every"/> is null.</exception>
    public Recurrence(LocalDate start, Period every, LocalDate end)
    {
        Start = start;
        Every = every;
        End = end;
    }

    /// <summary>The first date.</summary>
    public LocalDate Start { get; init; }

    /// <summary>The step between dates, for example one week (<c>"P1W"</c>).</summary>
    public Period Every
    {
        get => _every;
        init => _every = Require.NotNull(value, nameof(Every));
    }

    /// <summary>The last date a repetition may fall on (inclusive).</summary>
    public LocalDate End { get; init; }
}
