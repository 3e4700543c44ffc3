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
/// The policy is plain data so that it can travel in a JSON document; its constructor never throws.
/// <see cref="Validate"/> reports every inconsistent setting as a <see cref="Diagnostic"/> (codes
/// <c>KCL1xx</c> of <see cref="ClassificationDiagnosticCodes"/>); the classification throws
/// <see cref="ArgumentException"/> for a policy with errors, and <see cref="KeyClientClassifier.Run"/>
/// reports them under <c>policy</c>.
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
    /// The share of a period's net total profit the vital few bring, in (0, 1]. Default 0.80: the
    /// vital few are the smallest set of top clients whose profits reach 80% of the period's net total
    /// profit (all clients' profits added, losses included), the Pareto area's definition
    /// (<c>ParetoAnalysis.GetVitalFew</c>). When the net total is zero or negative, nobody is in the
    /// vital few that period.
    /// </summary>
    public double VitalFewShare { get; init; }

    /// <summary>In how many of the window's periods a client must be in the vital few to count as steady, 1..<see cref="WindowPeriods"/>. Default 3 (3 of 4).</summary>
    public int MinimumVitalFewPeriods { get; init; }

    /// <summary>
    /// When set, steady high profit also needs the profit trend (the compound rate per period of the
    /// window's profits, see <see cref="ProfitFinding.Trend"/> and <c>docs/classification.md</c>) to be
    /// at least this; e.g. -0.05 tolerates a 5% fall per period. Default null: the trend is reported
    /// but not required.
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
    /// When set, a sales growth (the compound rate per period of the window's sales, see
    /// <see cref="OpportunityFinding.SalesGrowth"/>) of at least this also meets the opportunities
    /// criterion. Default 0.05 (+5% per period: sales of 1,000, 1,050, 1,102.5, 1,157.63 pass).
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
    /// <returns>One error diagnostic per wrong setting (codes <c>KCL101</c>..<c>KCL119</c> of <see cref="ClassificationDiagnosticCodes"/>), in the shared order; empty when the policy is usable.</returns>
    public IReadOnlyList<Diagnostic> Validate(string path = "")
    {
        var bag = new DiagnosticBag();
        Check(bag, path ?? string.Empty);
        return bag.ToSortedList();
    }

    /// <summary>Adds the policy's findings to <paramref name="bag"/>, with paths under <paramref name="path"/>.</summary>
    internal void Check(DiagnosticBag bag, string path)
    {
        void Error(string code, string property, string message) =>
            bag.Add(ClassificationDiagnosticCodes.Get(code), path.Length == 0 ? property : path + "." + property, message);

        if (string.IsNullOrWhiteSpace(PeriodName))
        {
            Error(ClassificationDiagnosticCodes.PeriodNameEmpty, "periodName", "The period name must not be empty.");
        }

        if (WindowPeriods < 1 || WindowPeriods > MaximumWindowPeriods)
        {
            Error(ClassificationDiagnosticCodes.WindowOutOfRange, "windowPeriods", F("The window must hold from 1 to {0} periods, but is {1}.", Wording.Number(MaximumWindowPeriods), Wording.Number(WindowPeriods)));
        }

        if (double.IsNaN(VitalFewShare) || VitalFewShare <= 0 || VitalFewShare > 1)
        {
            Error(ClassificationDiagnosticCodes.VitalFewShareOutOfRange, "vitalFewShare", F("The vital-few share must be in (0, 1], but is {0}.", Wording.Number(VitalFewShare, 6)));
        }

        if (MinimumVitalFewPeriods < 1 || MinimumVitalFewPeriods > WindowPeriods)
        {
            Error(ClassificationDiagnosticCodes.MinimumVitalFewPeriodsOutOfRange, "minimumVitalFewPeriods", F("The minimum vital-few periods must be from 1 to the window ({0}), but is {1}.", Wording.Number(WindowPeriods), Wording.Number(MinimumVitalFewPeriods)));
        }

        if (MinimumProfitTrend is { } trend && !IsFinite(trend))
        {
            Error(ClassificationDiagnosticCodes.MinimumProfitTrendNotFinite, "minimumProfitTrend", "The minimum profit trend must be a finite number.");
        }

        if (MaximumProfitVolatility is { } volatility && (!IsFinite(volatility) || volatility < 0))
        {
            Error(ClassificationDiagnosticCodes.MaximumProfitVolatilityOutOfRange, "maximumProfitVolatility", F("The maximum profit volatility must be 0 or more, but is {0}.", Wording.Number(volatility, 6)));
        }

        if (MinimumOpportunityCount < 0)
        {
            Error(ClassificationDiagnosticCodes.MinimumOpportunityCountNegative, "minimumOpportunityCount", F("The minimum opportunity count must be 0 or more, but is {0}.", Wording.Number(MinimumOpportunityCount)));
        }

        if (MinimumOpportunityValue < 0)
        {
            Error(ClassificationDiagnosticCodes.MinimumOpportunityValueNegative, "minimumOpportunityValue", F("The minimum opportunity value must be 0 or more, but is {0}.", Wording.Number(MinimumOpportunityValue)));
        }

        if (MinimumOpportunityPeriods < 1 || MinimumOpportunityPeriods > WindowPeriods)
        {
            Error(ClassificationDiagnosticCodes.MinimumOpportunityPeriodsOutOfRange, "minimumOpportunityPeriods", F("The minimum opportunity periods must be from 1 to the window ({0}), but is {1}.", Wording.Number(WindowPeriods), Wording.Number(MinimumOpportunityPeriods)));
        }

        if (MinimumSalesGrowth is { } growth && !IsFinite(growth))
        {
            Error(ClassificationDiagnosticCodes.MinimumSalesGrowthNotFinite, "minimumSalesGrowth", "The minimum sales growth must be a finite number.");
        }

        if (MinimumLadderLevel is < LadderLevel.CommodityBroker or > LadderLevel.BusinessPartner)
        {
            Error(ClassificationDiagnosticCodes.MinimumLadderLevelUndefined, "minimumLadderLevel", F("The minimum ladder level must be a rung 1..4, but is {0}.", (int)MinimumLadderLevel));
        }

        if (!IsFinite(MinimumSurveyScore) || MinimumSurveyScore < 0 || MinimumSurveyScore > 100)
        {
            Error(ClassificationDiagnosticCodes.MinimumSurveyScoreOutOfRange, "minimumSurveyScore", F("The minimum survey score must be 0..100, but is {0}.", Wording.Number(MinimumSurveyScore)));
        }

        if (MaximumIndustryRank < 1)
        {
            Error(ClassificationDiagnosticCodes.MaximumIndustryRankOutOfRange, "maximumIndustryRank", F("The maximum industry rank must be 1 or more, but is {0}.", Wording.Number(MaximumIndustryRank)));
        }

        if (!IsFinite(MinimumMarketShare) || MinimumMarketShare < 0 || MinimumMarketShare > 1)
        {
            Error(ClassificationDiagnosticCodes.MinimumMarketShareOutOfRange, "minimumMarketShare", F("The minimum market share must be 0..1, but is {0}.", Wording.Number(MinimumMarketShare, 6)));
        }

        if (!IsFinite(MinimumInfluenceRating) || MinimumInfluenceRating < 0 || MinimumInfluenceRating > 100)
        {
            Error(ClassificationDiagnosticCodes.MinimumInfluenceRatingOutOfRange, "minimumInfluenceRating", F("The minimum influence rating must be 0..100, but is {0}.", Wording.Number(MinimumInfluenceRating)));
        }

        if (KeyMinimumMet is < 1 or > 4)
        {
            Error(ClassificationDiagnosticCodes.KeyMinimumMetOutOfRange, "keyMinimumMet", F("A key client must meet 1..4 criteria, but the policy asks for {0}.", Wording.Number(KeyMinimumMet)));
        }

        if (KeyRequiredCriteria is null)
        {
            Error(ClassificationDiagnosticCodes.RequiredCriterionUndefined, "keyRequiredCriteria", "The required criteria must be a list (empty for none).");
        }
        else
        {
            for (var i = 0; i < KeyRequiredCriteria.Count; i++)
            {
                if (KeyRequiredCriteria[i] is < KeyCriterion.SteadyHighProfit or > KeyCriterion.MarketLeadership)
                {
                    Error(ClassificationDiagnosticCodes.RequiredCriterionUndefined, F("keyRequiredCriteria[{0}]", i), F("{0} is not a criterion.", (int)KeyRequiredCriteria[i]));
                }
            }

            var distinct = KeyRequiredCriteria.Distinct().Count();
            if (distinct > KeyMinimumMet && KeyMinimumMet is >= 1 and <= 4)
            {
                Error(ClassificationDiagnosticCodes.TooManyRequiredCriteria, "keyRequiredCriteria", F("{0} are required for key, more than the {1} a key client must meet; raise keyMinimumMet.", Wording.Count(distinct, "criterion", "criteria"), Wording.Number(KeyMinimumMet)));
            }
        }

        if (PotentialKeyMinimumMet < 1 || PotentialKeyMinimumMet > KeyMinimumMet)
        {
            Error(ClassificationDiagnosticCodes.PotentialKeyMinimumMetOutOfRange, "potentialKeyMinimumMet", F("A potential key client must meet 1..keyMinimumMet ({0}) criteria, but the policy asks for {1}.", Wording.Number(KeyMinimumMet), Wording.Number(PotentialKeyMinimumMet)));
        }
    }

    /// <summary>Throws when the policy has errors; used by the analyses.</summary>
    internal void EnsureValid(string parameterName) => Require.Valid(Validate(), parameterName, "classification policy");

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
