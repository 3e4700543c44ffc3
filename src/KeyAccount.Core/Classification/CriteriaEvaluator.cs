namespace KeyAccount.Core.Classification;

/// <summary>Evaluates the four criteria and the tier of one client; the hot path of the portfolio classification (no allocation but the result).</summary>
internal static class CriteriaEvaluator
{
    /// <summary>Membership code for a period: unknown.</summary>
    public const sbyte Unknown = -1;

    /// <summary>
    /// Classifies one client. <paramref name="periodCount"/> is the portfolio's history length (all
    /// series end at its last period). <paramref name="computed"/>, when given, holds the computed
    /// vital-few membership of every client for each window period: element
    /// <c>w * stride + index</c> is 1, 0 or <see cref="Unknown"/>.
    /// </summary>
    public static ClientClassification Classify(ClientEvidence evidence, ClassificationPolicy policy, int requiredMask, int periodCount, sbyte[]? computed, int stride, int index)
    {
        var window = policy.WindowPeriods;
        var firstPeriod = periodCount - window;
        var profit = EvaluateProfit(evidence, policy, firstPeriod, computed, stride, index);
        var opportunities = EvaluateOpportunities(evidence, policy, firstPeriod, periodCount);
        var partnership = EvaluatePartnership(evidence, policy);
        var market = EvaluateMarket(evidence, policy);

        int met = 0, unknown = 0;
        Tally(profit.Outcome, KeyCriterion.SteadyHighProfit, ref met, ref unknown);
        Tally(opportunities.Outcome, KeyCriterion.GrowthOpportunities, ref met, ref unknown);
        Tally(partnership.Outcome, KeyCriterion.TrustedPartner, ref met, ref unknown);
        Tally(market.Outcome, KeyCriterion.MarketLeadership, ref met, ref unknown);
        var tier = Tier(met, policy, requiredMask);
        var possible = Tier(met | unknown, policy, requiredMask);
        return new ClientClassification(evidence.Client, tier, possible, profit, opportunities, partnership, market, policy);
    }

    /// <summary>The tier for a set of met criteria (bit i = criterion i).</summary>
    public static ClientTier Tier(int metMask, ClassificationPolicy policy, int requiredMask)
    {
        var count = PopCount(metMask);
        if (count >= policy.KeyMinimumMet && (metMask & requiredMask) == requiredMask)
        {
            return ClientTier.Key;
        }

        return count >= policy.PotentialKeyMinimumMet ? ClientTier.PotentialKey : ClientTier.Other;
    }

    private static int PopCount(int mask)
    {
        var count = 0;
        for (; mask != 0; mask &= mask - 1)
        {
            count++;
        }

        return count;
    }

    private static void Tally(CriterionOutcome outcome, KeyCriterion criterion, ref int met, ref int unknown)
    {
        if (outcome == CriterionOutcome.Met)
        {
            met |= 1 << (int)criterion;
        }
        else if (outcome == CriterionOutcome.Unknown)
        {
            unknown |= 1 << (int)criterion;
        }
    }

    private static ProfitFinding EvaluateProfit(ClientEvidence evidence, ClassificationPolicy policy, int firstPeriod, sbyte[]? computed, int stride, int index)
    {
        var window = policy.WindowPeriods;
        var periodCount = firstPeriod + window;
        var supplied = evidence.VitalFewArray;
        var suppliedOffset = periodCount - supplied.Length;
        int inside = 0, outside = 0, unknown = 0;
        for (var w = 0; w < window; w++)
        {
            var t = firstPeriod + w;
            var code = Unknown;
            var s = t - suppliedOffset;
            if (s >= 0 && s < supplied.Length && supplied[s] is { } direct)
            {
                code = direct ? (sbyte)1 : (sbyte)0;
            }
            else if (computed is not null && t >= 0)
            {
                code = computed[(w * stride) + index];
            }

            if (code == 1)
            {
                inside++;
            }
            else if (code == 0)
            {
                outside++;
            }
            else
            {
                unknown++;
            }
        }

        var profits = evidence.ProfitArray;
        var stats = SeriesStatistics.Of(profits, firstPeriod - (periodCount - profits.Length), window);
        var outcome = Kleene.AtLeast(inside, unknown, policy.MinimumVitalFewPeriods);
        // A trend or a volatility from part of the window could swing either way once the missing
        // periods are known: the rules decide only on a complete window.
        var complete = stats.Count == window;
        if (policy.MinimumProfitTrend is { } minimumTrend)
        {
            outcome = Kleene.And(outcome, complete && stats.GrowthRate is { } trend ? Kleene.From(trend >= minimumTrend) : CriterionOutcome.Unknown);
        }

        if (policy.MaximumProfitVolatility is { } maximumVolatility)
        {
            outcome = Kleene.And(outcome, complete && stats.CoefficientOfVariation is { } volatility ? Kleene.From(volatility <= maximumVolatility) : CriterionOutcome.Unknown);
        }

        return new ProfitFinding(outcome, inside, outside, unknown, stats.Count, stats.Mean, stats.GrowthRate, stats.CoefficientOfVariation);
    }

    private static OpportunityFinding EvaluateOpportunities(ClientEvidence evidence, ClassificationPolicy policy, int firstPeriod, int periodCount)
    {
        var window = policy.WindowPeriods;
        var counts = evidence.OpportunityCountArray;
        var values = evidence.OpportunityValueArray;
        var countOffset = periodCount - counts.Length;
        var valueOffset = periodCount - values.Length;
        int creating = 0, notCreating = 0, unknown = 0;
        long total = 0;
        var totalValue = 0m;
        for (var w = 0; w < window; w++)
        {
            var t = firstPeriod + w;
            var c = t - countOffset;
            var v = t - valueOffset;
            int? count = c >= 0 && c < counts.Length ? counts[c] : null;
            decimal? value = v >= 0 && v < values.Length ? values[v] : null;
            total += count ?? 0;
            totalValue += value ?? 0m;
            CriterionOutcome period;
            if (count is null && value is null)
            {
                period = CriterionOutcome.Unknown;
            }
            else
            {
                var countTest = policy.MinimumOpportunityCount == 0 ? CriterionOutcome.Met
                    : count is { } n ? Kleene.From(n >= policy.MinimumOpportunityCount) : CriterionOutcome.Unknown;
                var valueTest = policy.MinimumOpportunityValue == 0m ? CriterionOutcome.Met
                    : value is { } a ? Kleene.From(a >= policy.MinimumOpportunityValue) : CriterionOutcome.Unknown;
                period = Kleene.And(countTest, valueTest);
            }

            if (period == CriterionOutcome.Met)
            {
                creating++;
            }
            else if (period == CriterionOutcome.NotMet)
            {
                notCreating++;
            }
            else
            {
                unknown++;
            }
        }

        var sales = evidence.SalesArray;
        var salesStats = SeriesStatistics.Of(sales, firstPeriod - (periodCount - sales.Length), window);
        var opportunitiesSupplied = counts.Length > 0 || values.Length > 0;
        var salesCount = policy.MinimumSalesGrowth is not null && sales.Length > 0;
        var outcome = CriterionOutcome.Unknown;
        if (opportunitiesSupplied && salesCount)
        {
            outcome = Kleene.Or(Kleene.AtLeast(creating, unknown, policy.MinimumOpportunityPeriods), SalesOutcome(salesStats, policy));
        }
        else if (opportunitiesSupplied)
        {
            outcome = Kleene.AtLeast(creating, unknown, policy.MinimumOpportunityPeriods);
        }
        else if (salesCount)
        {
            outcome = SalesOutcome(salesStats, policy);
        }

        return new OpportunityFinding(outcome, creating, notCreating, unknown, total, totalValue, salesStats.Count, salesStats.GrowthRate);
    }

    // Decides only on a complete window: growth from part of it could swing either way.
    private static CriterionOutcome SalesOutcome(SeriesStatistics sales, ClassificationPolicy policy) =>
        sales.Count == policy.WindowPeriods && sales.GrowthRate is { } growth ? Kleene.From(growth >= policy.MinimumSalesGrowth!.Value) : CriterionOutcome.Unknown;

    private static PartnershipFinding EvaluatePartnership(ClientEvidence evidence, ClassificationPolicy policy)
    {
        var outcome = evidence.LadderLevel is { } level ? Kleene.From(level >= policy.MinimumLadderLevel)
            : evidence.SurveyScore is { } score ? Kleene.From(score >= policy.MinimumSurveyScore)
            : CriterionOutcome.Unknown;
        return new PartnershipFinding(outcome, evidence.LadderLevel, evidence.SurveyScore);
    }

    private static MarketLeadershipFinding EvaluateMarket(ClientEvidence evidence, ClassificationPolicy policy)
    {
        var outcome = CriterionOutcome.Unknown;
        if (evidence.IndustryRank is { } rank)
        {
            outcome = Kleene.From(rank <= policy.MaximumIndustryRank);
        }

        if (evidence.MarketShare is { } share)
        {
            outcome = Or(outcome, Kleene.From(share >= policy.MinimumMarketShare));
        }

        if (evidence.InfluenceRating is { } influence)
        {
            outcome = Or(outcome, Kleene.From(influence >= policy.MinimumInfluenceRating));
        }

        return new MarketLeadershipFinding(outcome, evidence.IndustryRank, evidence.MarketShare, evidence.InfluenceRating);

        // The measures are alternatives: a measure that is not supplied is no evidence either way.
        static CriterionOutcome Or(CriterionOutcome soFar, CriterionOutcome next) =>
            soFar == CriterionOutcome.Unknown ? next : Kleene.Or(soFar, next);
    }
}
