namespace KeyAccount.Core.Planning;

/// <summary>Where a key-client development plan stands in the method's three stages.</summary>
/// <remarks>The stages follow each other in this order; a plan is relied on only once approved.</remarks>
public enum PlanStatus
{
    /// <summary>Being drafted: goals, strategy and actions are still being worked out (stages 1 and 2).</summary>
    Draft = 0,

    /// <summary>Written down in full (stage 3, first half).</summary>
    Written = 1,

    /// <summary>Discussed with the client and with the people who carry it out (stage 3, second half).</summary>
    Discussed = 2,

    /// <summary>Approved: the plan is in force and is reviewed at its cadence.</summary>
    Approved = 3,
}
