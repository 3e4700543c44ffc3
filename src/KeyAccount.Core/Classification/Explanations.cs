using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Classification;

/// <summary>The sentences of the classification: invariant culture, English, numbers included.</summary>
internal static class Explanations
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string TierName(ClientTier tier) => tier switch
    {
        ClientTier.Key => "key",
        ClientTier.PotentialKey => "potential key",
        _ => "other",
    };

    public static string CriterionName(KeyCriterion criterion) => criterion switch
    {
        KeyCriterion.SteadyHighProfit => "steady high profit",
        KeyCriterion.GrowthOpportunities => "growth opportunities",
        KeyCriterion.TrustedPartner => "trusted partner",
        _ => "market leadership",
    };

    public static string OutcomeName(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "met",
        CriterionOutcome.NotMet => "not met",
        _ => "unknown",
    };

    public static string Client(ClientClassification verdict, ClassificationPolicy policy)
    {
        var text = new StringBuilder(256);
        text.Append(Wording.Capitalise(TierName(verdict.Tier)))
            .Append(": meets ").Append(verdict.MetCount.ToString(Invariant)).Append(" of 4 criteria");
        if (verdict.UnknownCount > 0)
        {
            text.Append(", ").Append(verdict.UnknownCount.ToString(Invariant)).Append(" unknown");
        }

        if (verdict.Tier != ClientTier.Key && verdict.MetCount >= policy.KeyMinimumMet)
        {
            var missing = new List<string>();
            foreach (var required in policy.KeyRequiredCriteria)
            {
                if (verdict.Outcome(required) != CriterionOutcome.Met && !missing.Contains(CriterionName(required)))
                {
                    missing.Add(CriterionName(required));
                }
            }

            text.Append("; key requires ").Append(string.Join(" and ", missing));
        }

        if (verdict.RestsOnMissingEvidence)
        {
            text.Append("; could be ").Append(TierName(verdict.PossibleTier)).Append(" once the missing evidence is in");
        }

        text.Append(". ");
        for (var c = KeyCriterion.SteadyHighProfit; c <= KeyCriterion.MarketLeadership; c++)
        {
            text.Append(Wording.Capitalise(CriterionName(c))).Append(": ").Append(OutcomeName(verdict.Outcome(c)))
                .Append(" (").Append(Clause(verdict, c, policy)).Append(c == KeyCriterion.MarketLeadership ? ")." : "). ");
        }

        return text.ToString();
    }

    /// <summary>The numbers behind one criterion, as a clause.</summary>
    public static string Clause(ClientClassification verdict, KeyCriterion criterion, ClassificationPolicy policy) => criterion switch
    {
        KeyCriterion.SteadyHighProfit => ProfitClause(verdict.SteadyHighProfit, policy),
        KeyCriterion.GrowthOpportunities => OpportunityClause(verdict.GrowthOpportunities, policy),
        KeyCriterion.TrustedPartner => PartnerClause(verdict.TrustedPartner, policy),
        _ => MarketClause(verdict.MarketLeadership, policy),
    };

    private static string ProfitClause(ProfitFinding f, ClassificationPolicy policy)
    {
        var parts = new List<string>(4);
        if (f.PeriodsInVitalFew + f.PeriodsOutsideVitalFew == 0 && f.MeanProfit is null)
        {
            parts.Add("no profit or vital-few evidence in the last " + Periods(policy.WindowPeriods, policy));
        }
        else
        {
            var known = f.PeriodsInVitalFew + f.PeriodsOutsideVitalFew;
            var clause = string.Format(Invariant, "in the top-{0} group in {1} of {2}", Wording.Percent(policy.VitalFewShare), f.PeriodsInVitalFew, Periods(known, policy));
            if (f.UnknownPeriods > 0)
            {
                clause += string.Format(Invariant, ", {0} unknown", Periods(f.UnknownPeriods, policy));
            }

            if (f.Outcome != CriterionOutcome.Met || f.UnknownPeriods > 0)
            {
                clause += string.Format(Invariant, " (needs {0} of {1})", policy.MinimumVitalFewPeriods, policy.WindowPeriods);
            }

            parts.Add(clause);
        }

        if (f.Trend is { } trend)
        {
            parts.Add("profit trend " + Wording.SignedPercent(trend) + "/" + policy.PeriodName + Partial(f.KnownProfits, policy)
                + (policy.MinimumProfitTrend is { } min ? " (needs at least " + Wording.SignedPercent(min) + ")" : string.Empty));
        }
        else if (policy.MinimumProfitTrend is not null)
        {
            parts.Add("profit trend unknown (needs a positive mean profit)");
        }

        if (f.Volatility is { } volatility)
        {
            parts.Add("volatility " + Wording.Percent(volatility) + Partial(f.KnownProfits, policy)
                + (policy.MaximumProfitVolatility is { } max ? " (at most " + Wording.Percent(max) + ")" : string.Empty));
        }
        else if (policy.MaximumProfitVolatility is not null)
        {
            parts.Add("volatility unknown (needs a positive mean profit)");
        }

        return string.Join("; ", parts);
    }

    private static string OpportunityClause(OpportunityFinding f, ClassificationPolicy policy)
    {
        var parts = new List<string>(2);
        var known = f.PeriodsCreating + f.PeriodsNotCreating;
        if (known == 0 && f.UnknownPeriods == policy.WindowPeriods && f.Opportunities == 0 && f.SalesGrowth is null)
        {
            parts.Add("no opportunity or sales evidence in the last " + Periods(policy.WindowPeriods, policy));
        }
        else
        {
            if (known > 0 || f.Opportunities > 0)
            {
                var clause = string.Format(Invariant, "created opportunities in {0} of {1} ({2} worth {3})", f.PeriodsCreating, Periods(known, policy), Wording.Number(f.Opportunities), Wording.Number(f.OpportunityValue));
                if (f.UnknownPeriods > 0)
                {
                    clause += string.Format(Invariant, ", {0} unknown", Periods(f.UnknownPeriods, policy));
                }

                clause += string.Format(Invariant, " (needs {0} of {1})", policy.MinimumOpportunityPeriods, policy.WindowPeriods);
                parts.Add(clause);
            }

            if (f.SalesGrowth is { } growth)
            {
                parts.Add("sales growth " + Wording.SignedPercent(growth) + "/" + policy.PeriodName + Partial(f.KnownSales, policy)
                    + (policy.MinimumSalesGrowth is { } min ? " (counts from " + Wording.SignedPercent(min) + ")" : string.Empty));
            }
        }

        return string.Join("; ", parts);
    }

    private static string PartnerClause(PartnershipFinding f, ClassificationPolicy policy)
    {
        if (f.LadderLevel is { } level)
        {
            return string.Format(Invariant, "ladder level {0}, {1} (needs {2} or higher)", (int)level, PerceptionLadder.Rung(level).Name, (int)policy.MinimumLadderLevel);
        }

        return f.SurveyScore is { } score
            ? string.Format(Invariant, "survey score {0} (needs {1}; no ladder level)", Wording.Number(score), Wording.Number(policy.MinimumSurveyScore))
            : "no ladder level or survey score";
    }

    private static string MarketClause(MarketLeadershipFinding f, ClassificationPolicy policy)
    {
        var parts = new List<string>(3);
        if (f.IndustryRank is { } rank)
        {
            parts.Add(string.Format(Invariant, "industry rank {0} (leaders are the top {1})", rank, policy.MaximumIndustryRank));
        }

        if (f.MarketShare is { } share)
        {
            parts.Add(string.Format(Invariant, "market share {0} (needs {1})", Wording.Percent(share), Wording.Percent(policy.MinimumMarketShare)));
        }

        if (f.InfluenceRating is { } influence)
        {
            parts.Add(string.Format(Invariant, "influence rating {0} (needs {1})", Wording.Number(influence), Wording.Number(policy.MinimumInfluenceRating)));
        }

        return parts.Count == 0 ? "no industry rank, market share or influence rating" : string.Join("; ", parts);
    }

    public static string Periods(int count, ClassificationPolicy policy) =>
        Wording.Count(count, policy.PeriodName);

    /// <summary>Marks a figure computed from part of the window, which the rules do not decide on.</summary>
    private static string Partial(int known, ClassificationPolicy policy) =>
        known >= policy.WindowPeriods ? string.Empty
        : string.Format(Invariant, " from {0} of {1} (all {1} needed to decide)", known, Periods(policy.WindowPeriods, policy));
}
