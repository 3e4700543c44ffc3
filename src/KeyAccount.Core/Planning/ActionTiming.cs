using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>The schedule of one action: when it is planned, and the earliest and latest it can run given its dependencies.</summary>
/// <param name="ActionId">The action's id.</param>
/// <param name="PlannedStart">The planned first day.</param>
/// <param name="PlannedDue">The planned last day.</param>
/// <param name="DurationDays">The planned length in days, both ends counted; at least 1 (an action that starts after its due date counts as one day).</param>
/// <param name="EarliestStart">The earliest first day: not before the planned start, and the day after every dependency's earliest finish.</param>
/// <param name="EarliestFinish">The earliest last day: <paramref name="EarliestStart"/> plus the duration, less one day.</param>
/// <param name="LatestFinish">The latest last day that does not delay the end of the whole schedule.</param>
/// <param name="SlackDays">Days the action can slip without delaying the end of the schedule; 0 on the critical path.</param>
/// <param name="DelayDays">Days the earliest start lies after the planned start (and so the earliest finish after the planned due date); positive when dependencies push the action back.</param>
/// <param name="IsCritical">True when the action has no slack.</param>
public sealed record ActionTiming(
    string ActionId,
    LocalDate PlannedStart,
    LocalDate PlannedDue,
    int DurationDays,
    LocalDate EarliestStart,
    LocalDate EarliestFinish,
    LocalDate LatestFinish,
    int SlackDays,
    int DelayDays,
    bool IsCritical);
