using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>What stands in the way of placing a goal's deadline on the calendar.</summary>
internal enum DeadlineProblem
{
    None,
    Missing,
    Ambiguous,
    OffsetWithoutEvent,
    InvalidOffset,
    UnknownEvent,
    EventDateUnknown,
    OutOfCalendar,
}

/// <summary>Places goal deadlines on the calendar: a fixed date, or an event's date plus an offset.</summary>
internal static class DeadlineResolution
{
    /// <summary>The deadline's date, or null with the problem that prevents it.</summary>
    /// <param name="deadline">The goal's deadline, possibly null.</param>
    /// <param name="plannedEvents">The plan's events.</param>
    /// <param name="events">Event id to the index of its first occurrence.</param>
    /// <param name="eventDate">The date of an event, or null when unknown.</param>
    /// <param name="problem">What prevents a date, or <see cref="DeadlineProblem.None"/>.</param>
    public static LocalDate? Resolve(GoalDeadline? deadline, IReadOnlyList<PlanEvent> plannedEvents, Dictionary<string, int> events, Func<PlanEvent, LocalDate?> eventDate, out DeadlineProblem problem)
    {
        problem = DeadlineProblem.None;
        if (deadline is null || (deadline.On is null && deadline.Event is null && deadline.Offset is null))
        {
            problem = DeadlineProblem.Missing;
            return null;
        }

        if (deadline.On is { } on)
        {
            if (deadline.Event is not null || deadline.Offset is not null)
            {
                problem = DeadlineProblem.Ambiguous;
                return null;
            }

            return on;
        }

        if (deadline.Event is null)
        {
            problem = DeadlineProblem.OffsetWithoutEvent;
            return null;
        }

        var offset = deadline.Offset ?? Period.Zero;
        if (offset.HasTimeComponent || PlanDates.IsNegative(offset))
        {
            problem = DeadlineProblem.InvalidOffset;
            return null;
        }

        if (!events.TryGetValue(deadline.Event, out var e))
        {
            problem = DeadlineProblem.UnknownEvent;
            return null;
        }

        if (eventDate(plannedEvents[e]) is not { } date)
        {
            problem = DeadlineProblem.EventDateUnknown;
            return null;
        }

        var resolved = CalendarMath.TryPlus(date, offset);
        if (resolved is null)
        {
            problem = DeadlineProblem.OutOfCalendar;
        }

        return resolved;
    }

    /// <summary>Event id to the index of its first occurrence; empty ids are left out.</summary>
    public static Dictionary<string, int> IndexEvents(IReadOnlyList<PlanEvent> events)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < events.Count; e++)
        {
            if (!string.IsNullOrWhiteSpace(events[e].Id) && !index.ContainsKey(events[e].Id))
            {
                index.Add(events[e].Id, e);
            }
        }

        return index;
    }
}
