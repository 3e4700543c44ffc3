using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>The calendar of a programme: its dates and recurrences expanded into dated occurrences within a window.</summary>
public static class CommunicationCalendar
{
    /// <summary>The dates of a recurrence within a window, in order, without duplicates.</summary>
    /// <param name="recurrence">The recurrence.</param>
    /// <param name="window">The window, both ends inclusive.</param>
    /// <returns><c>Start + n × Every</c> for every n ≥ 0 that falls within both the window and the recurrence's start and end.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The recurrence's step is not a positive period of years, months, weeks and days.</exception>
    public static IReadOnlyList<LocalDate> Expand(Recurrence recurrence, DateInterval window)
    {
        Require.NotNull(recurrence, nameof(recurrence));
        Require.NotNull(window, nameof(window));
        if (!RecurrenceExpansion.IsValidStep(recurrence.Every))
        {
            throw new ArgumentException("The step " + Wording.Period(recurrence.Every) + " is not a positive period of years, months, weeks and days.", nameof(recurrence));
        }

        var offsets = new List<int>();
        RecurrenceExpansion.AppendOffsets(recurrence, window.Start, window.End, offsets);
        var dates = new LocalDate[offsets.Count];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = window.Start.PlusDays(offsets[i]);
        }

        return dates;
    }

    /// <summary>
    /// The occurrences of a programme's items within a window: one-off items on their date,
    /// recurring ones on each of their dates; cancelled items have none. Ordered by date, then by
    /// item id (ordinal).
    /// </summary>
    /// <param name="programme">A programme without errors.</param>
    /// <param name="window">The window, both ends inclusive.</param>
    /// <returns>The occurrences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The programme has errors (listed in the message).</exception>
    public static IReadOnlyList<ProgrammeOccurrence> Expand(CommunicationProgramme programme, DateInterval window)
    {
        Require.NotNull(programme, nameof(programme));
        Require.NotNull(window, nameof(window));
        Require.Valid(CommunicationProgrammeValidator.Validate(programme), nameof(programme), "communication programme");
        return Occurrences(new ProgrammeIndex(programme), window);
    }

    internal static ProgrammeOccurrence[] Occurrences(ProgrammeIndex index, DateInterval window)
    {
        var offsets = new List<int>();
        var owners = new List<int>();
        for (var i = 0; i < index.Items.Length; i++)
        {
            if (index.Items[i].Status == ProgrammeItemStatus.Cancelled)
            {
                continue;
            }

            var before = offsets.Count;
            RecurrenceExpansion.AppendOffsets(index.Items[i], window.Start, window.End, offsets);
            for (var k = before; k < offsets.Count; k++)
            {
                owners.Add(i);
            }
        }

        // Counting sort by day; items were visited in id order, so each day keeps id order.
        var days = window.Length;
        var starts = new int[days + 1];
        foreach (var offset in offsets)
        {
            starts[offset + 1]++;
        }

        for (var d = 0; d < days; d++)
        {
            starts[d + 1] += starts[d];
        }

        var result = new ProgrammeOccurrence[offsets.Count];
        var dates = new LocalDate[days];
        for (var d = 0; d < days; d++)
        {
            dates[d] = window.Start.PlusDays(d);
        }

        for (var k = 0; k < offsets.Count; k++)
        {
            var offset = offsets[k];
            result[starts[offset]++] = new ProgrammeOccurrence(dates[offset], index.ItemIds[owners[k]]);
        }

        return result;
    }
}
