namespace KeyAccount.Core.Classification;

/// <summary>The evidence behind criterion 2, growth opportunities, for one client.</summary>
/// <param name="Outcome">Met, not met or unknown.</param>
/// <param name="PeriodsCreating">Periods of the window in which the client created opportunities (per the policy's count and value thresholds).</param>
/// <param name="PeriodsNotCreating">Periods of the window in which it is known not to have.</param>
/// <param name="UnknownPeriods">Periods of the window without the evidence to tell.</param>
/// <param name="Opportunities">The opportunities created in the window's known periods.</param>
/// <param name="OpportunityValue">Their value, in the portfolio's currency.</param>
/// <param name="KnownSales">Periods of the window with known sales; the sales-growth rule decides only when all of the window's periods are known.</param>
/// <param name="SalesGrowth">The compound rate per period of the window's known sales (0.05 = +5% per period; 1,000, 1,050, 1,102.5, 1,157.63 read as +5%): from the log-linear least-squares fit when all are positive; 0 when all are equal (sales of zero period after period are no growth, not missing evidence); with a period of zero sales, the linear least-squares slope over the mean; null with fewer than 2 known sales. Rounded to 12 decimal places. See <c>docs/classification.md</c>.</param>
public readonly record struct OpportunityFinding(
    CriterionOutcome Outcome,
    int PeriodsCreating,
    int PeriodsNotCreating,
    int UnknownPeriods,
    long Opportunities,
    decimal OpportunityValue,
    int KnownSales,
    double? SalesGrowth = null);
