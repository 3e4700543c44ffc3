using System;
using System.Collections.Generic;
using System.Linq;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using KeyAccount.Core.Communications;

namespace KeyAccount.Cli.Communications;

/// <summary>The occurrences of a programme as an iCalendar (RFC 5545) file, written by Ical.Net: one all-day event per occurrence.</summary>
internal static class CommunicationsIcs
{
    public const string ProductId = "-//KeyAccount.Core//keyaccount communications//EN";

    public static string Write(CommunicationProgramme programme, IReadOnlyList<ProgrammeOccurrence> occurrences)
    {
        var items = programme.Items.ToDictionary(i => i.Id.Trim(), StringComparer.Ordinal);
        var messages = programme.Messages.ToDictionary(m => m.Id.Trim(), StringComparer.Ordinal);
        var calendar = new Calendar { ProductId = ProductId };
        foreach (var occurrence in occurrences)
        {
            var item = items[occurrence.ItemId];
            var message = messages[item.Message.Trim()];
            var tool = item.Tool == CommunicationTool.Custom ? item.CustomTool!.Trim() : item.Tool.ToString();
            var date = occurrence.Date;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(occurrence),
                Summary = FormattableString.Invariant($"{tool}: {message.Id.Trim()} to {item.Audience.Trim()}"),
                Description = message.Summary + (item.Owner is { } owner ? " (owner: " + owner + ")" : string.Empty),
                DtStart = new CalDateTime(date.Year, date.Month, date.Day),
                DtEnd = new CalDateTime(date.Year, date.Month, date.Day).AddDays(1),
                Status = item.Status == ProgrammeItemStatus.Done ? "CONFIRMED" : "TENTATIVE",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The event's UID: the item's id and the date, so each occurrence has its own and a re-export updates it.</summary>
    public static string Uid(ProgrammeOccurrence occurrence) =>
        occurrence.ItemId + "-" + occurrence.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "@keyaccount";
}
