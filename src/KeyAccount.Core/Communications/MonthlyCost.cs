using System;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>What the programme costs in one calendar month of the window, against the monthly budget.</summary>
public sealed record MonthlyCost
{
    /// <summary>Creates a month's cost.</summary>
    /// <param name="month">The first day of the month.</param>
    /// <param name="cost">The cost of the month's occurrences in the window.</param>
    /// <param name="budget">The monthly budget; null when there is none.</param>
    /// <param name="explanation">The verdict, in a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public MonthlyCost(LocalDate month, Money cost, Money? budget, string explanation)
    {
        Month = month;
        Cost = cost;
        Budget = budget;
        Explanation = Require.NotNull(explanation, nameof(explanation));
    }

    /// <summary>The first day of the month.</summary>
    public LocalDate Month { get; }

    /// <summary>The cost of the month's occurrences in the window.</summary>
    public Money Cost { get; }

    /// <summary>The monthly budget; null when there is none.</summary>
    public Money? Budget { get; }

    /// <summary>True when a budget is given and the cost exceeds it.</summary>
    public bool OverBudget => Budget is { } budget && Cost.Amount > budget.Amount;

    /// <summary>The verdict, in a sentence.</summary>
    public string Explanation { get; }
}
