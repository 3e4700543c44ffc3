using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Classification;

/// <summary>
/// Every threshold of the key-client classification, each with a documented default
/// (see <c>docs/classification.md</c> for why each default is what it is and how to tune it).
/// </summary>
/// <remarks>
/// <para>
/// The policy is plain data so that it can travel in a JSON document. <see cref="Validate"/>
/// reports every inconsistent setting as a <see cref="Diagnostic"/> (codes <c>KCL1xx</c>); the
/// classification throws <see cref="ArgumentException"/> for a policy with errors.
/// </para>
/// <para>
/// <b>Windows.</b> Every per-period rule looks at the last <see cref="WindowPeriods"/> periods of
/// the portfolio's history. A rule "in at least k of the window's periods" is met when k periods
/// are known to satisfy it, not met when even the unknown periods could not make k, and unknown
/// otherwise.
/// </para>
/// </remarks>
public sealed record ClassificationPolicy
{
    // Declared before Default: static initialisers run in order, and Default's constructor reads it.
    private static readonly IReadOnlyList<KeyCriterion> DefaultKeyRequiredCriteria = [KeyCriterion.SteadyHighProfit];

    /// <summary>The default policy.</summary>
    public static ClassificationPolicy Default { get; } = new();

    /// <summary>
    /// Creates a policy; every setting is optional and defaults to its documented value, so
    /// <c>new ClassificationPolicy()</c> is <see cref="Default"/>. Change settings with <c>with</c>,
    /// named arguments or object initialisers. Values are checked by <see cref="Validate"/>, not here,
    /// so that a policy read from a document can be reported rather than refused.
    /// </summary>
    /// <remarks>
    /// Reading JSON goes through this constructor, so a setting left out of a document keeps its
    /// default (an <c>init</c> property with an initializer would read as 0).
    /// </remarks>
    /// <param name="periodName">See <see cref="PeriodName"/>; default <c>period</c>.</param>
    /// <param name="windowPeriods">See <see cref="WindowPeriods"/>; default 4.</param>
    /// <param name="vitalFewShare">See <see cref="VitalFewShare"/>; default 0.80.</param>
    /// <param name="minimumVitalFewPeriods">See <see cref="MinimumVitalFewPeriods"/>; default 3.</param>
    /// <param name="minimumProfitTrend">See <see cref="MinimumProfitTrend"/>; default null (not set).</param>
    /// <param name="maximumProfitVolatility">See <see cref="MaximumProfitVolatility"/>; default null (not set).</param>
    /// <param name="minimumOpportunityCount">See <see cref="MinimumOpportunityCount"/>; default 1.</param>
    /// <param name="minimumOpportunityValue">See <see cref="MinimumOpportunityValue"/>; default 0m.</param>
    /// <param name="minimumOpportunityPeriods">See <see cref="MinimumOpportunityPeriods"/>; default 3.</param>
    /// <param name="minimumSalesGrowth">See <see cref="MinimumSalesGrowth"/>; default 0.05.</param>
    /// <param name="minimumLadderLevel">See <see cref="MinimumLadderLevel"/>; default LadderLevel.ValueAdder.</param>
    /// <param name="minimumSurveyScore">See <see cref="MinimumSurveyScore"/>; default 70.</param>
    /// <param name="maximumIndustryRank">See <see cref="MaximumIndustryRank"/>; default 3.</param>
    /// <param name="minimumMarketShare">See <see cref="MinimumMarketShare"/>; default 0.10.</param>
    /// <param name="minimumInfluenceRating">See <see cref="MinimumInfluenceRating"/>; default 70.</param>
    /// <param name="keyMinimumMet">See <see cref="KeyMinimumMet"/>; default 3.</param>
    /// <param name="keyRequiredCriteria">See <see cref="KeyRequiredCriteria"/>; default null ([SteadyHighProfit]).</param>
    /// <param name="potentialKeyMinimumMet">See <see cref="PotentialKeyMinimumMet"/>; default 2.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public ClassificationPolicy(
        string periodName = "period",
        int windowPeriods = 4,
        double vitalFewShare = 0.80,
        int minimumVitalFewPeriods = 3,
        double? minimumProfitTrend = null,
        double? maximumProfitVolatility = null,
        int minimumOpportunityCount = 1,
        decimal minimumOpportunityValue = 0m,
        int minimumOpportunityPeriods = 3,
        double? minimumSalesGrowth = 0.05,
        LadderLevel minimumLadderLevel = LadderLevel.ValueAdder,
        double minimumSurveyScore = 70,
        int maximumIndustryRank = 3,
        double minimumMarketShare = 0.10,
        double minimumInfluenceRating = 70,
        int keyMinimumMet = 3,
        IReadOnlyList<KeyCriterion>? keyRequiredCriteria = null,
        int potentialKeyMinimumMet = 2)
    {
        PeriodName = periodName;
        WindowPeriods = windowPeriods;
        VitalFewShare = vitalFewShare;
        MinimumVitalFewPeriods = minimumVitalFewPeriods;
        MinimumProfitTrend = minimumProfitTrend;
        MaximumProfitVolatility = maximumProfitVolatility;
        MinimumOpportunityCount = minimumOpportunityCount;
        MinimumOpportunityValue = minimumOpportunityValue;
        MinimumOpportunityPeriods = minimumOpportunityPeriods;
        MinimumSalesGrowth = minimumSalesGrowth;
        MinimumLadderLevel = minimumLadderLevel;
        MinimumSurveyScore = minimumSurveyScore;
        MaximumIndustryRank = maximumIndustryRank;
        MinimumMarketShare = minimumMarketShare;
        MinimumInfluenceRating = minimumInfluenceRating;
        KeyMinimumMet = keyMinimumMet;
        KeyRequiredCriteria = keyRequiredCriteria ?? DefaultKeyRequiredCriteria;
        PotentialKeyMinimumMet = potentialKeyMinimumMet;
    }

    /// <summary>The word for one period in sentences, singular (e.g. <c>quarter</c>, <c>month</c>). Default <c>period</c>.</summary>
    public string PeriodName { get; init; }

    /// <summary>How many of the most recent periods the rules look at, 1 to <see cref="MaximumWindowPeriods"/>. Default 4 (a year of quarters).</summary>
    public int WindowPeriods { get; init; }

    /// <summary>
    /// The largest <see cref="WindowPeriods"/> a policy may set: 1,000 periods (over 80 years of
    /// months). The portfolio classification keeps one byte per client and window period, so the
    /// bound keeps a mistyped window from exhausting memory.
    /// </summary>
    public const int MaximumWindowPeriods = 1000;

    /// <summary>
    /// The share of a period's total profit the vital few bring, in (0, 1]. Default 0.80: the vital
    /// few are the smallest set of top clients whose profits reach 80% of the period's positive profit.
    /// </summary>
    public double VitalFewShare { get; init; }

    /// <summary>In how many of the window's periods a client must be in the vital few to count as steady, 1..<see cref="WindowPeriods"/>. Default 3 (3 of 4).</summary>
    public int MinimumVitalFewPeriods { get; init; }

    /// <summary>
    /// When set, steady high profit also needs the profit trend (least-squares slope over the window
    /// divided by the mean profit, per period) to be at least this; e.g. -0.05 tolerates a 5% fall per
    /// period. Default null: the trend is reported but not required.
    /// </summary>
    public double? MinimumProfitTrend { get; init; }

    /// <summary>
    /// When set, steady high profit also needs the profit volatility (coefficient of variation of the
    /// window's profits, population standard deviation over the mean) to be at most this, 0 or more.
    /// Default null: the volatility is reported but not required.
    /// </summary>
    public double? MaximumProfitVolatility { get; init; }

    /// <summary>A period counts as creating opportunities when at least this many were created, 0 or more. Default 1.</summary>
    public int MinimumOpportunityCount { get; init; }

    /// <summary>... and their value is at least this, 0 or more, in the portfolio's currency. Default 0 (any value).</summary>
    public decimal MinimumOpportunityValue { get; init; }

    /// <summary>In how many of the window's periods the client must create opportunities, 1..<see cref="WindowPeriods"/>. Default 3 (3 of 4: "constantly").</summary>
    public int MinimumOpportunityPeriods { get; init; }

    /// <summary>
    /// When set, a sales growth (least-squares slope of the window's sales over their mean, per
    /// period) of at least this also meets the opportunities criterion. Default 0.05 (+5% per period).
    /// Null: sales growth is reported but does not count.
    /// </summary>
    public double? MinimumSalesGrowth { get; init; }

    /// <summary>The lowest ladder level that counts as a reliable partner or adviser. Default <see cref="LadderLevel.ValueAdder"/> (3, "one of the chosen", the adviser; the Ladder area's <c>LadderRung.IsPartnerOrAdviser</c>).</summary>
    public LadderLevel MinimumLadderLevel { get; init; }

    /// <summary>The lowest survey score (0..100) that counts as a reliable partner or adviser, used when no ladder level is known. Default 70.</summary>
    public double MinimumSurveyScore { get; init; }

    /// <summary>The worst industry rank that counts as a leader, 1 or more. Default 3 (top three).</summary>
    public int MaximumIndustryRank { get; init; }

    /// <summary>The smallest market share (0..1) that counts as a leader. Default 0.10.</summary>
    public double MinimumMarketShare { get; init; }

    /// <summary>The smallest influence rating (0..100) that counts as shaping the market. Default 70.</summary>
    public double MinimumInfluenceRating { get; init; }

    /// <summary>How many criteria a key client must meet, 1..4. Default 3.</summary>
    public int KeyMinimumMet { get; init; }

    /// <summary>Criteria a key client must meet whatever the count. Default: <see cref="KeyCriterion.SteadyHighProfit"/> (the 20/80 rule is the method's first test).</summary>
    public IReadOnlyList<KeyCriterion> KeyRequiredCriteria { get; init; }

    /// <summary>How many criteria a potential key (developing) client must meet, 1..<see cref="KeyMinimumMet"/>. Default 2.</summary>
    public int PotentialKeyMinimumMet { get; init; }

    /// <summary>Checks the settings and their consistency.</summary>
    /// <param name="path">The path of the policy in its document, prefixed to each diagnostic's path (e.g. <c>policy</c>); empty by default.</param>
    /// <returns>One error diagnostic per wrong setting, in the order of the properties; empty when the policy is usable.</returns>
    public IReadOnlyList<Diagnostic> Validate(string path = "")
    {
        var found = new List<Diagnostic>();
        void Error(string code, string property, string message) =>
            found.Add(new Diagnostic(code, DiagnosticSeverity.Error, path.Length == 0 ? property : path + "." + property, message));

        if (string.IsNullOrWhiteSpace(PeriodName))
        {
            Error("KCL101", "periodName", "The period name must not be empty.");
        }

        if (WindowPeriods < 1 || WindowPeriods > MaximumWindowPeriods)
        {
            Error("KCL102", "windowPeriods", F("The window must hold from 1 to {0} periods, but is {1}.", MaximumWindowPeriods, WindowPeriods));
        }

        if (double.IsNaN(VitalFewShare) || VitalFewShare <= 0 || VitalFewShare > 1)
        {
            Error("KCL103", "vitalFewShare", F("The vital-few share must be in (0, 1], but is {0}.", VitalFewShare));
        }

        if (MinimumVitalFewPeriods < 1 || MinimumVitalFewPeriods > WindowPeriods)
        {
            Error("KCL104", "minimumVitalFewPeriods", F("The minimum vital-few periods must be from 1 to the window ({0}), but is {1}.", WindowPeriods, MinimumVitalFewPeriods));
        }

        if (MinimumProfitTrend is { } trend && !IsFinite(trend))
        {
            Error("KCL105", "minimumProfitTrend", "The minimum profit trend must be a finite number.");
        }

        if (MaximumProfitVolatility is { } volatility && (!IsFinite(volatility) || volatility < 0))
        {
            Error("KCL106", "maximumProfitVolatility", F("The maximum profit volatility must be 0 or more, but is {0}.", volatility));
        }

        if (MinimumOpportunityCount < 0)
        {
            Error("KCL107", "minimumOpportunityCount", F("The minimum opportunity count must be 0 or more, but is {0}.", MinimumOpportunityCount));
        }

        if (MinimumOpportunityValue < 0)
        {
            Error("KCL108", "minimumOpportunityValue", F("The minimum opportunity value must be 0 or more, but is {0}.", MinimumOpportunityValue));
        }

        if (MinimumOpportunityPeriods < 1 || MinimumOpportunityPeriods > WindowPeriods)
        {
            Error("KCL109", "minimumOpportunityPeriods", F("The minimum opportunity periods must be from 1 to the window ({0}), but is {1}.", WindowPeriods, MinimumOpportunityPeriods));
        }

        if (MinimumSalesGrowth is { } growth && !IsFinite(growth))
        {
            Error("KCL110", "minimumSalesGrowth", "The minimum sales growth must be a finite number.");
        }

        if (MinimumLadderLevel is < LadderLevel.CommodityBroker or > LadderLevel.BusinessPartner)
        {
            Error("KCL111", "minimumLadderLevel", F("The minimum ladder level must be a rung 1..4, but is {0}.", (int)MinimumLadderLevel));
        }

        if (!IsFinite(MinimumSurveyScore) || MinimumSurveyScore < 0 || MinimumSurveyScore > 100)
        {
            Error("KCL112", "minimumSurveyScore", F("The minimum survey score must be 0..100, but is {0}.", MinimumSurveyScore));
        }

        if (MaximumIndustryRank < 1)
        {
            Error("KCL113", "maximumIndustryRank", F("The maximum industry rank must be 1 or more, but is {0}.", MaximumIndustryRank));
        }

        if (!IsFinite(MinimumMarketShare) || MinimumMarketShare < 0 || MinimumMarketShare > 1)
        {
            Error("KCL114", "minimumMarketShare", F("The minimum market share must be 0..1, but is {0}.", MinimumMarketShare));
        }

        if (!IsFinite(MinimumInfluenceRating) || MinimumInfluenceRating < 0 || MinimumInfluenceRating > 100)
        {
            Error("KCL115", "minimumInfluenceRating", F("The minimum influence rating must be 0..100, but is {0}.", MinimumInfluenceRating));
        }

        if (KeyMinimumMet is < 1 or > 4)
        {
            Error("KCL116", "keyMinimumMet", F("A key client must meet 1..4 criteria, but the policy asks for {0}.", KeyMinimumMet));
        }

        if (KeyRequiredCriteria is null)
        {
            Error("KCL117", "keyRequiredCriteria", "The required criteria must be a list (empty for none).");
        }
        else
        {
            for (var i = 0; i < KeyRequiredCriteria.Count; i++)
            {
                if (KeyRequiredCriteria[i] is < KeyCriterion.SteadyHighProfit or > KeyCriterion.MarketLeadership)
                {
                    Error("KCL117", F("keyRequiredCriteria[{0}]", i), F("{0} is not a criterion.", (int)KeyRequiredCriteria[i]));
                }
            }

            if (KeyRequiredCriteria.Distinct().Count() > KeyMinimumMet && KeyMinimumMet is >= 1 and <= 4)
            {
                Error("KCL118", "keyRequiredCriteria", F("{0} criteria are required for key, more than the {1} a key client must meet; raise keyMinimumMet.", KeyRequiredCriteria.Distinct().Count(), KeyMinimumMet));
            }
        }

        if (PotentialKeyMinimumMet < 1 || PotentialKeyMinimumMet > KeyMinimumMet)
        {
            Error("KCL119", "potentialKeyMinimumMet", F("A potential key client must meet 1..keyMinimumMet ({0}) criteria, but the policy asks for {1}.", KeyMinimumMet, PotentialKeyMinimumMet));
        }

        return found;
    }

    /// <summary>Throws when the policy has errors; used by the analyses.</summary>
    internal void EnsureValid(string parameterName)
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("The classification policy is not usable: " + string.Join("; ", errors.Select(e => e.Path + ": " + e.Message)), parameterName);
        }
    }

    /// <summary>Bit mask of <see cref="KeyRequiredCriteria"/> (bit i = criterion i).</summary>
    internal int RequiredMask()
    {
        var mask = 0;
        foreach (var criterion in KeyRequiredCriteria)
        {
            mask |= 1 << (int)criterion;
        }

        return mask;
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
