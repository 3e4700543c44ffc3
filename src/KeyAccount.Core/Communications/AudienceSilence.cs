using System;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>How long an audience goes without hearing from us in the window: its longest silence.</summary>
public sealed record AudienceSilence
{
    /// <summary>Creates a silence.</summary>
    /// <param name="audience">The audience's id.</param>
    /// <param name="occurrences">Occurrences addressed to it in the window.</param>
    /// <param name="longestSilence">The longest run of days in the window without one; 0 when it hears from us every day.</param>
    /// <param name="from">The first day of that run; null when there is none.</param>
    /// <param name="to">The last day of that run; null when there is none.</param>
    /// <param name="tooLong">True when the run is longer than the settings allow.</param>
    /// <param name="explanation">The verdict, in a sentence.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public AudienceSilence(string audience, int occurrences, int longestSilence, LocalDate? from, LocalDate? to, bool tooLong, string explanation)
    {
        Audience = Require.NotNull(audience, nameof(audience));
        Occurrences = occurrences;
        LongestSilence = longestSilence;
        From = from;
        To = to;
        TooLong = tooLong;
        Explanation = Require.NotNull(explanation, nameof(explanation));
    }

    /// <summary>The audience's id.</summary>
    public string Audience { get; }

    /// <summary>Occurrences addressed to the audience in the window.</summary>
    public int Occurrences { get; }

    /// <summary>The longest run of days in the window without an occurrence, in days.</summary>
    public int LongestSilence { get; }

    /// <summary>The first day of the longest silence (the earliest, on a tie); null when there is none.</summary>
    public LocalDate? From { get; }

    /// <summary>The last day of the longest silence; null when there is none.</summary>
    public LocalDate? To { get; }

    /// <summary>True when <see cref="LongestSilence"/> exceeds <see cref="CommunicationSettings.MaxSilenceDays"/>.</summary>
    public bool TooLong { get; }

    /// <summary>The verdict, in a sentence.</summary>
    public string Explanation { get; }
}
