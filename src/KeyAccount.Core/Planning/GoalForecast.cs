using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>The earliest date a goal can be met, against its deadline, with the reason in words.</summary>
/// <param name="GoalId">The goal's id.</param>
/// <param name="Deadline">The deadline on the calendar; for a deadline relative to an event that is an action's completion, counted from that action's earliest finish; null when it cannot be placed.</param>
/// <param name="EarliestMet">The earliest finish of the last action serving the goal; null when no action serves it.</param>
/// <param name="DrivingAction">The action serving the goal that finishes last (ties by id); null when none serves it.</param>
/// <param name="SlackDays">Days from <paramref name="EarliestMet"/> to <paramref name="Deadline"/>, negative when late; null when either is unknown.</param>
/// <param name="Outlook">On time, late or unknown.</param>
/// <param name="Explanation">The verdict in a sentence a key account manager can read.</param>
public sealed record GoalForecast(
    string GoalId,
    GoalOutlook Outlook,
    string Explanation,
    LocalDate? Deadline = null,
    LocalDate? EarliestMet = null,
    string? DrivingAction = null,
    int? SlackDays = null);
