namespace KeyAccount.Core.Planning;

/// <summary>Where a goal of the plan stands at a plan review, as the review judges it.</summary>
public enum GoalReviewStatus
{
    /// <summary>On track: the goal will be met by its deadline as things stand.</summary>
    OnTrack = 0,

    /// <summary>At risk: the goal may be missed unless something changes.</summary>
    AtRisk = 1,

    /// <summary>Missed: the deadline has passed, or the goal can no longer be met.</summary>
    Missed = 2,

    /// <summary>Met: the target has been reached.</summary>
    Met = 3,
}
