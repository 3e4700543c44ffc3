namespace KeyAccount.Core.Planning;

/// <summary>One goal of the plan as a plan review judged it: its status and the evidence for it.</summary>
/// <remarks>
/// An unknown goal id (<c>KAP044</c>), a goal reviewed twice (<c>KAP046</c>), an undefined status
/// (<c>KAP037</c>) and a status without evidence (<c>KAP049</c>) load and are reported by
/// <see cref="PlanReviewValidator"/>.
/// </remarks>
public sealed record GoalReview
{
    private readonly string _goal = string.Empty;

    /// <summary>Creates a goal's review.</summary>
    /// <param name="goal">The id of the plan's goal (<see cref="PlanGoal.Id"/>).</param>
    /// <param name="status">On track, at risk, missed or met.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="goal"/> is null.</exception>
    public GoalReview(string goal, GoalReviewStatus status)
    {
        Goal = Require.NotNull(goal, nameof(goal));
        Status = status;
    }

    /// <summary>The id of the plan's goal.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public string Goal
    {
        get => _goal;
        init => _goal = Require.NotNull(value, nameof(Goal));
    }

    /// <summary>The status the review gives the goal.</summary>
    public GoalReviewStatus Status { get; init; }

    /// <summary>What the status rests on, such as "the pilot handles 80% of orders in two days"; null or blank when none is given (reported, <c>KAP049</c>).</summary>
    public string? Evidence { get; init; }
}
