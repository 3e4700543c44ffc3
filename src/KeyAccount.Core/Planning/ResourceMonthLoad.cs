using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>How much of one resource the plan's actions use in one calendar month.</summary>
/// <param name="ResourceId">The resource's id.</param>
/// <param name="Unit">The resource's unit.</param>
/// <param name="Month">The calendar month.</param>
/// <param name="Load">The amount used in the month: each action's use spread evenly over its planned days.</param>
/// <param name="MonthlyBudget">The resource's monthly budget; null when it has none.</param>
/// <param name="IsOverBudget">True when <paramref name="Load"/> exceeds <paramref name="MonthlyBudget"/>.</param>
public sealed record ResourceMonthLoad(
    string ResourceId,
    string Unit,
    YearMonth Month,
    decimal Load,
    bool IsOverBudget,
    decimal? MonthlyBudget = null);
