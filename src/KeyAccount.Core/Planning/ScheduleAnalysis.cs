using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>The schedule of a plan: critical path, per-action timing, goals against deadlines, and resource load per month.</summary>
/// <param name="End">The earliest date all actions can be done; null when the plan has no actions.</param>
/// <param name="Explanation">The schedule in a few sentences: when the actions can all be done, the critical path, and how many goals can be met by their deadlines.</param>
/// <param name="CriticalPath">The chain of actions that sets <paramref name="End"/>, first to last: each starts the day after the previous finishes. Empty when there are no actions.</param>
/// <param name="Actions">The timing of every action, in plan order.</param>
/// <param name="Goals">The forecast of every goal, in plan order.</param>
/// <param name="ResourceLoads">The load of every budgeted resource in every month it is used, by resource (in budget order), then month.</param>
/// <param name="Notes">What the analysis had to set aside, such as dependencies on unknown actions or in a cycle; empty for a sound plan.</param>
public sealed record ScheduleAnalysis(
    IReadOnlyList<string> CriticalPath,
    IReadOnlyList<ActionTiming> Actions,
    IReadOnlyList<GoalForecast> Goals,
    IReadOnlyList<ResourceMonthLoad> ResourceLoads,
    IReadOnlyList<string> Notes,
    LocalDate? End = null,
    string Explanation = "");
