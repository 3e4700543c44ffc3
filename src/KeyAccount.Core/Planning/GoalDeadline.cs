using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// When a goal must be met: either a fixed date (<see cref="On"/>) or a period after an event of the
/// plan (<see cref="Event"/> and <see cref="Offset"/>), such as "six months after the series launches".
/// </summary>
/// <remarks>
/// Exactly one form should be given. A deadline with neither form reads as "no deadline"
/// (<c>KAP009</c>); with both, or an offset without an event, it is ambiguous (<c>KAP010</c>). A
/// relative deadline falls on the event's date plus the offset; when the event's date is not known
/// the validator says so (<c>KAP014</c>) and skips the checks that need the date.
/// </remarks>
public sealed record GoalDeadline
{
    /// <summary>A fixed deadline date, inclusive; null for a relative deadline.</summary>
    public LocalDate? On { get; init; }

    /// <summary>The id of the <see cref="PlanEvent"/> the deadline is relative to; null for a fixed deadline.</summary>
    public string? Event { get; init; }

    /// <summary>
    /// How long after the event the deadline falls (years, months, weeks and days only); null means
    /// on the event's date itself.
    /// </summary>
    public Period? Offset { get; init; }

    /// <summary>A fixed deadline.</summary>
    /// <param name="date">The last day on which the goal counts as met.</param>
    /// <returns>The deadline.</returns>
    public static GoalDeadline Fixed(LocalDate date) => new() { On = date };

    /// <summary>A deadline relative to an event of the plan.</summary>
    /// <param name="eventId">The id of the event, one of <see cref="AccountPlan.Events"/>.</param>
    /// <param name="offset">How long after the event; date units only (a time unit is reported by the validator, <c>KAP016</c>).</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static GoalDeadline After(string eventId, Period offset) => new()
    {
        Event = Require.NotNull(eventId, nameof(eventId)),
        Offset = Require.NotNull(offset, nameof(offset)),
    };
}
