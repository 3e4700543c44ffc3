using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>
/// The stable codes of the classification's diagnostics (prefix <c>KCL</c>), with their severities
/// and titles: <c>KCL0xx</c> for the document, <c>KCL1xx</c> for the policy.
/// </summary>
/// <remarks>
/// Codes never change meaning or severity and are never reused. Each is documented with an example
/// of the defect and its fix in <c>docs/classification.md</c>. <see cref="ClassificationValidator"/>
/// reports them.
/// </remarks>
public static class ClassificationDiagnosticCodes
{
    /// <summary><c>KCL001</c> (error): two clients of the document share an id; reported at the later one.</summary>
    public const string DuplicateClient = "KCL001";

    /// <summary><c>KCL002</c> (warning): the document has no clients to classify.</summary>
    public const string NoClients = "KCL002";

    /// <summary><c>KCL003</c> (error): two department lists share a name.</summary>
    public const string DuplicateDepartment = "KCL003";

    /// <summary><c>KCL004</c> (warning): a department names a client twice; it counts once.</summary>
    public const string ClientNamedTwice = "KCL004";

    /// <summary><c>KCL005</c> (info): a department names a client with no evidence in the document.</summary>
    public const string NamedWithoutEvidence = "KCL005";

    /// <summary><c>KCL006</c> (error): the previous classification names a client twice.</summary>
    public const string DuplicatePrevious = "KCL006";

    /// <summary><c>KCL007</c> (info): a client's series is shorter than the portfolio's history; its earlier periods are unknown.</summary>
    public const string ShortHistory = "KCL007";

    /// <summary><c>KCL008</c> (error): a null entry in a list (a client's evidence, a department list, a previous verdict).</summary>
    public const string NullEntry = "KCL008";

    /// <summary><c>KCL009</c> (error): the clients' profits of one period add up beyond the range of <see cref="decimal"/>, so the period's 20/80 rule cannot be computed exactly.</summary>
    public const string PeriodTotalOverflow = "KCL009";

    /// <summary><c>KCL010</c> (error): one client's profits, opportunity values or sales over the window add up beyond the range of <see cref="decimal"/>.</summary>
    public const string SeriesTotalOverflow = "KCL010";

    /// <summary><c>KCL011</c> (error): an opportunity count is negative.</summary>
    public const string NegativeOpportunityCount = "KCL011";

    /// <summary><c>KCL012</c> (error): an opportunity value is negative.</summary>
    public const string NegativeOpportunityValue = "KCL012";

    /// <summary><c>KCL013</c> (error): a sales figure is negative.</summary>
    public const string NegativeSales = "KCL013";

    /// <summary><c>KCL014</c> (error): a ladder level is not a rung 1..4.</summary>
    public const string UndefinedLadderLevel = "KCL014";

    /// <summary><c>KCL015</c> (error): a survey score is not a finite number from 0 to 100.</summary>
    public const string SurveyScoreOutOfRange = "KCL015";

    /// <summary><c>KCL016</c> (error): an industry rank is below 1.</summary>
    public const string IndustryRankOutOfRange = "KCL016";

    /// <summary><c>KCL017</c> (error): a market share is not a finite number from 0 to 1.</summary>
    public const string MarketShareOutOfRange = "KCL017";

    /// <summary><c>KCL018</c> (error): an influence rating is not a finite number from 0 to 100.</summary>
    public const string InfluenceRatingOutOfRange = "KCL018";

    /// <summary><c>KCL019</c> (error): a previous verdict's tier or criterion is not a defined value.</summary>
    public const string UndefinedPreviousValue = "KCL019";

    /// <summary><c>KCL020</c> (error): a department list's name is empty, so its list cannot be told apart or reported.</summary>
    public const string DepartmentNameEmpty = "KCL020";

    /// <summary><c>KCL101</c> (error): the policy's period name is empty.</summary>
    public const string PeriodNameEmpty = "KCL101";

    /// <summary><c>KCL102</c> (error): the window is not from 1 to <see cref="ClassificationPolicy.MaximumWindowPeriods"/> periods.</summary>
    public const string WindowOutOfRange = "KCL102";

    /// <summary><c>KCL103</c> (error): the vital-few share is not in (0, 1].</summary>
    public const string VitalFewShareOutOfRange = "KCL103";

    /// <summary><c>KCL104</c> (error): the minimum vital-few periods is not from 1 to the window.</summary>
    public const string MinimumVitalFewPeriodsOutOfRange = "KCL104";

    /// <summary><c>KCL105</c> (error): the minimum profit trend is not a finite number.</summary>
    public const string MinimumProfitTrendNotFinite = "KCL105";

    /// <summary><c>KCL106</c> (error): the maximum profit volatility is negative or not finite.</summary>
    public const string MaximumProfitVolatilityOutOfRange = "KCL106";

    /// <summary><c>KCL107</c> (error): the minimum opportunity count is negative.</summary>
    public const string MinimumOpportunityCountNegative = "KCL107";

    /// <summary><c>KCL108</c> (error): the minimum opportunity value is negative.</summary>
    public const string MinimumOpportunityValueNegative = "KCL108";

    /// <summary><c>KCL109</c> (error): the minimum opportunity periods is not from 1 to the window.</summary>
    public const string MinimumOpportunityPeriodsOutOfRange = "KCL109";

    /// <summary><c>KCL110</c> (error): the minimum sales growth is not a finite number.</summary>
    public const string MinimumSalesGrowthNotFinite = "KCL110";

    /// <summary><c>KCL111</c> (error): the minimum ladder level is not a rung 1..4.</summary>
    public const string MinimumLadderLevelUndefined = "KCL111";

    /// <summary><c>KCL112</c> (error): the minimum survey score is not from 0 to 100.</summary>
    public const string MinimumSurveyScoreOutOfRange = "KCL112";

    /// <summary><c>KCL113</c> (error): the maximum industry rank is below 1.</summary>
    public const string MaximumIndustryRankOutOfRange = "KCL113";

    /// <summary><c>KCL114</c> (error): the minimum market share is not from 0 to 1.</summary>
    public const string MinimumMarketShareOutOfRange = "KCL114";

    /// <summary><c>KCL115</c> (error): the minimum influence rating is not from 0 to 100.</summary>
    public const string MinimumInfluenceRatingOutOfRange = "KCL115";

    /// <summary><c>KCL116</c> (error): the criteria a key client must meet are not 1..4.</summary>
    public const string KeyMinimumMetOutOfRange = "KCL116";

    /// <summary><c>KCL117</c> (error): the required criteria are missing or hold a value that is not a criterion.</summary>
    public const string RequiredCriterionUndefined = "KCL117";

    /// <summary><c>KCL118</c> (error): more criteria are required for key than a key client must meet.</summary>
    public const string TooManyRequiredCriteria = "KCL118";

    /// <summary><c>KCL119</c> (error): the criteria a potential key client must meet are not from 1 to the key minimum.</summary>
    public const string PotentialKeyMinimumMetOutOfRange = "KCL119";

    private static readonly DiagnosticCatalog Catalog = new(
        "KCL",
        new(DuplicateClient, DiagnosticSeverity.Error, "Two clients share an id."),
        new(NoClients, DiagnosticSeverity.Warning, "The document has no clients."),
        new(DuplicateDepartment, DiagnosticSeverity.Error, "Two department lists share a name."),
        new(ClientNamedTwice, DiagnosticSeverity.Warning, "A department names a client twice."),
        new(NamedWithoutEvidence, DiagnosticSeverity.Info, "A department names a client with no evidence."),
        new(DuplicatePrevious, DiagnosticSeverity.Error, "The previous classification names a client twice."),
        new(ShortHistory, DiagnosticSeverity.Info, "A client's series is shorter than the portfolio's history."),
        new(NullEntry, DiagnosticSeverity.Error, "A null entry in a list."),
        new(PeriodTotalOverflow, DiagnosticSeverity.Error, "A period's profits add up beyond the range of decimal."),
        new(SeriesTotalOverflow, DiagnosticSeverity.Error, "A client's series adds up beyond the range of decimal."),
        new(NegativeOpportunityCount, DiagnosticSeverity.Error, "An opportunity count is negative."),
        new(NegativeOpportunityValue, DiagnosticSeverity.Error, "An opportunity value is negative."),
        new(NegativeSales, DiagnosticSeverity.Error, "A sales figure is negative."),
        new(UndefinedLadderLevel, DiagnosticSeverity.Error, "A ladder level is not a rung 1..4."),
        new(SurveyScoreOutOfRange, DiagnosticSeverity.Error, "A survey score is not from 0 to 100."),
        new(IndustryRankOutOfRange, DiagnosticSeverity.Error, "An industry rank is below 1."),
        new(MarketShareOutOfRange, DiagnosticSeverity.Error, "A market share is not from 0 to 1."),
        new(InfluenceRatingOutOfRange, DiagnosticSeverity.Error, "An influence rating is not from 0 to 100."),
        new(UndefinedPreviousValue, DiagnosticSeverity.Error, "A previous verdict's tier or criterion is not defined."),
        new(DepartmentNameEmpty, DiagnosticSeverity.Error, "A department list has an empty name."),
        new(PeriodNameEmpty, DiagnosticSeverity.Error, "The period name is empty."),
        new(WindowOutOfRange, DiagnosticSeverity.Error, "The window is out of range."),
        new(VitalFewShareOutOfRange, DiagnosticSeverity.Error, "The vital-few share is not in (0, 1]."),
        new(MinimumVitalFewPeriodsOutOfRange, DiagnosticSeverity.Error, "The minimum vital-few periods is not within the window."),
        new(MinimumProfitTrendNotFinite, DiagnosticSeverity.Error, "The minimum profit trend is not finite."),
        new(MaximumProfitVolatilityOutOfRange, DiagnosticSeverity.Error, "The maximum profit volatility is negative or not finite."),
        new(MinimumOpportunityCountNegative, DiagnosticSeverity.Error, "The minimum opportunity count is negative."),
        new(MinimumOpportunityValueNegative, DiagnosticSeverity.Error, "The minimum opportunity value is negative."),
        new(MinimumOpportunityPeriodsOutOfRange, DiagnosticSeverity.Error, "The minimum opportunity periods is not within the window."),
        new(MinimumSalesGrowthNotFinite, DiagnosticSeverity.Error, "The minimum sales growth is not finite."),
        new(MinimumLadderLevelUndefined, DiagnosticSeverity.Error, "The minimum ladder level is not a rung 1..4."),
        new(MinimumSurveyScoreOutOfRange, DiagnosticSeverity.Error, "The minimum survey score is not from 0 to 100."),
        new(MaximumIndustryRankOutOfRange, DiagnosticSeverity.Error, "The maximum industry rank is below 1."),
        new(MinimumMarketShareOutOfRange, DiagnosticSeverity.Error, "The minimum market share is not from 0 to 1."),
        new(MinimumInfluenceRatingOutOfRange, DiagnosticSeverity.Error, "The minimum influence rating is not from 0 to 100."),
        new(KeyMinimumMetOutOfRange, DiagnosticSeverity.Error, "The key minimum is not 1..4 criteria."),
        new(RequiredCriterionUndefined, DiagnosticSeverity.Error, "A required criterion is not defined."),
        new(TooManyRequiredCriteria, DiagnosticSeverity.Error, "More criteria are required than a key client must meet."),
        new(PotentialKeyMinimumMetOutOfRange, DiagnosticSeverity.Error, "The potential-key minimum is out of range."));

    /// <summary>Every code of the classification, in code order, with its severity and title.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of one code.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a classification code.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "the classification");
}
