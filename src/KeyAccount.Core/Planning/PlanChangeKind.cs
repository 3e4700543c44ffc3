namespace KeyAccount.Core.Planning;

/// <summary>What a <see cref="PlanChange"/> does.</summary>
public enum PlanChangeKind
{
    /// <summary>An item of a list is in the new plan only.</summary>
    Added = 0,

    /// <summary>An item of a list is in the old plan only.</summary>
    Removed = 1,

    /// <summary>A member of the plan, or of an item in both plans, has another value.</summary>
    Changed = 2,
}
