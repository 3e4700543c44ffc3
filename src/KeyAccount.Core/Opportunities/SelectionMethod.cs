namespace KeyAccount.Core.Opportunities;

/// <summary>How <see cref="OpportunitySelector"/> chooses.</summary>
public enum SelectionMethod
{
    /// <summary>
    /// Branch and bound that proves the optimum, or, when it reaches
    /// <see cref="SelectionOptions.NodeLimit"/>, returns the best set found with an upper bound and the gap.
    /// </summary>
    Exact = 0,

    /// <summary>The baseline: one greedy pass by expected return per share of the budgets, with a valid upper bound.</summary>
    Greedy = 1,
}
