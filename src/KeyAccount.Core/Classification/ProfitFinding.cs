namespace KeyAccount.Core.Classification;

/// <summary>The evidence behind criterion 1, steady high profit, for one client.</summary>
/// <param name="Outcome">Met, not met or unknown.</param>
/// <param name="PeriodsInVitalFew">Periods of the window in which the client was in the vital few.</param>
/// <param name="PeriodsOutsideVitalFew">Periods of the window in which the client was known not to be.</param>
/// <param name="UnknownPeriods">Periods of the window with no membership (no profit and none supplied, or before the history starts).</param>
/// <param name="KnownProfits">Periods of the window with a known profit; the trend and volatility rules decide only when all of the window's periods are known.</param>
/// <param name="MeanProfit">The mean of the window's known profits; null when none is known.</param>
/// <param name="Trend">The compound rate per period of the window's known profits (0.12 = +12% per period): from the log-linear least-squares fit when all are positive, so exact compound growth reads exactly; 0 when all are equal; with a profit of zero or less, the linear least-squares slope over the mean absolute profit; null with fewer than 2 known profits. Rounded to 12 decimal places. See <c>docs/classification.md</c>.</param>
/// <param name="Volatility">Coefficient of variation of the window's known profits (population standard deviation over the mean, 0 or more); null with fewer than 2 known profits or a mean of 0 or less.</param>
public readonly record struct ProfitFinding(
    CriterionOutcome Outcome,
    int PeriodsInVitalFew,
    int PeriodsOutsideVitalFew,
    int UnknownPeriods,
    int KnownProfits,
    decimal? MeanProfit = null,
    double? Trend = null,
    double? Volatility = null);
