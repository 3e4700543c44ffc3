namespace KeyAccount.Core.Classification;

/// <summary>The evidence behind criterion 2, growth opportunities, for one client.</summary>
/// <param name="Outcome">Met, not met or unknown.</param>
/// <param name="PeriodsCreating">Periods of the window in which the client created opportunities (per the policy's count and value thresholds).</param>
/// <param name="PeriodsNotCreating">Periods of the window in which it is known not to have.</param>
/// <param name="UnknownPeriods">Periods of the window without the evidence to tell.</param>
/// <param name="Opportunities">The opportunities created in the window's known periods.</param>
/// <param name="OpportunityValue">Their value, in the portfolio's currency.</param>
/// <param name="KnownSales">Periods of the window with known sales; the sales-growth rule decides only when all of the window's periods are known.</param>
/// <param name="SalesGrowth">Least-squares slope of the window's known sales per period over their mean (0.05 = +5% per period); 0 when all of them are equal (sales of zero period after period are no growth, not missing evidence); null with fewer than 2 known sales.</param>
public readonly record struct OpportunityFinding(
    CriterionOutcome Outcome,
    int PeriodsCreating,
    int PeriodsNotCreating,
    int UnknownPeriods,
    long Opportunities,
    decimal OpportunityValue,
    int KnownSales,
    double? SalesGrowth = null);
