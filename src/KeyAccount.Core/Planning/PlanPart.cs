namespace KeyAccount.Core.Planning;

/// <summary>The part of an <see cref="AccountPlan"/> a <see cref="PlanChange"/> is in.</summary>
/// <remarks>The order of the values is the order in which <see cref="PlanComparison.Compare"/> lists changes.</remarks>
public enum PlanPart
{
    /// <summary>A member of the plan itself: client, period, title, status, review cadence, format version.</summary>
    Plan = 0,

    /// <summary>A client goal (<c>clientGoals</c>), matched by id.</summary>
    ClientGoals = 1,

    /// <summary>One of our goals (<c>goals</c>), matched by id.</summary>
    Goals = 2,

    /// <summary>An event deadlines count from (<c>events</c>), matched by id.</summary>
    Events = 3,

    /// <summary>One of the four P's as a whole, its "no change" or its rationale (<c>mix.product</c> and so on).</summary>
    Mix = 4,

    /// <summary>A decision on one of the four P's (<c>mix.price.decisions</c> and so on), matched by its description.</summary>
    Decisions = 5,

    /// <summary>A budget line (<c>resources</c>), matched by id.</summary>
    Resources = 6,

    /// <summary>An action (<c>actions</c>), matched by id.</summary>
    Actions = 7,

    /// <summary>An entry of the status history (<c>statusHistory</c>), matched by position: its order carries meaning.</summary>
    StatusHistory = 8,

    /// <summary>A review held (<c>reviews</c>), matched by its date.</summary>
    Reviews = 9,
}
