using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>A plan review at a glance: how many goals stand where, which were left out, and where the review and the schedule disagree.</summary>
/// <param name="On">The date of the review.</param>
/// <param name="OnTrack">Goals of the plan the review marks on track (each goal counted once, unknown goals and undefined statuses left out).</param>
/// <param name="AtRisk">Goals marked at risk.</param>
/// <param name="Missed">Goals marked missed.</param>
/// <param name="Met">Goals marked met.</param>
/// <param name="NotReviewed">The ids of the plan's goals the review leaves out, in plan order.</param>
/// <param name="ContradictedBySchedule">The ids of goals marked on track or met that the schedule says cannot meet their deadline, in review order.</param>
/// <param name="ScheduleChecked">False when the statuses could not be checked against the schedule (an action of the plan has no dates).</param>
/// <param name="Explanation">The review in a few sentences.</param>
public sealed record PlanReviewSummary(
    LocalDate On,
    int OnTrack,
    int AtRisk,
    int Missed,
    int Met,
    IReadOnlyList<string> NotReviewed,
    IReadOnlyList<string> ContradictedBySchedule,
    bool ScheduleChecked,
    string Explanation);
