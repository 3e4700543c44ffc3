namespace KeyAccount.Core.Opportunities;

/// <summary>What a selection proves about its set.</summary>
public enum SelectionStatus
{
    /// <summary>The set is proven to have the highest total expected return that fits.</summary>
    Optimal = 0,

    /// <summary>The set fits; it is the best found, within the reported gap of the optimum, but not proven optimal.</summary>
    BestFound = 1,

    /// <summary>No set fits: the must-dos (with what they require) break a budget or exclude each other.</summary>
    Infeasible = 2,
}
