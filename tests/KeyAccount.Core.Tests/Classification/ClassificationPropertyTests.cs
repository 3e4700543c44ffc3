using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Tests.Classification;

[Properties(Arbitrary = new[] { typeof(ClassificationGenerators) }, MaxTest = 200)]
public class ClassificationPropertyTests
{
    private static string Json(PortfolioClassification result) => KeyAccountJson.Serialize(result);

    [Property]
    public bool Order_of_clients_does_not_matter(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var forward = KeyClientClassifier.ClassifyPortfolio(clients, policy);
        var backward = KeyClientClassifier.ClassifyPortfolio(clients.Reverse().ToArray(), policy);
        return Json(forward) == Json(backward);
    }

    [Property]
    public bool Verdicts_are_sorted_by_id_and_counts_add_up(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var result = KeyClientClassifier.ClassifyPortfolio(clients, policy);
        var ids = result.Clients.Select(c => c.Client).ToArray();
        var sorted = clients.Select(c => c.Client).OrderBy(id => id.Value, StringComparer.Ordinal).ToArray();
        return ids.SequenceEqual(sorted)
            && result.Counts.Sum(c => c.Clients) == clients.Length
            && result.Counts.All(c => c.Clients == result.Clients.Count(v => v.Tier == c.Tier)
                && c.RestingOnMissingEvidence == result.Clients.Count(v => v.Tier == c.Tier && v.PossibleTier > v.Tier));
    }

    [Property]
    public bool Vital_few_membership_matches_a_naive_reference(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        // Supplied membership would override the computed one; compare on profits alone.
        var plain = clients.Select(c => new ClientEvidence(c.Client, profits: c.Profits)).ToArray();
        var result = KeyClientClassifier.ClassifyPortfolio(plain, policy);
        var periodCount = plain.Length == 0 ? 0 : plain.Max(c => c.Profits.Count);
        var inside = plain.ToDictionary(c => c.Client, _ => 0);
        var unknown = plain.ToDictionary(c => c.Client, _ => 0);
        for (var t = periodCount - policy.WindowPeriods; t < periodCount; t++)
        {
            var known = plain
                .Select(c => (c.Client, Profit: At(c.Profits, t, periodCount)))
                .Where(x => x.Profit is not null)
                .Select(x => (x.Client, Profit: x.Profit!.Value))
                .OrderByDescending(x => x.Profit).ThenBy(x => x.Client.Value, StringComparer.Ordinal)
                .ToList();
            var positive = known.Sum(x => x.Profit);
            var target = positive * (decimal)policy.VitalFewShare;
            var cumulative = 0m;
            foreach (var (client, profit) in known)
            {
                if (positive > 0 && profit > 0 && cumulative < target)
                {
                    cumulative += profit;
                    inside[client]++;
                }
            }

            foreach (var c in plain.Where(c => At(c.Profits, t, periodCount) is null))
            {
                unknown[c.Client]++;
            }
        }

        return result.Clients.All(v => v.SteadyHighProfit.PeriodsInVitalFew == inside[v.Client] && v.SteadyHighProfit.UnknownPeriods == unknown[v.Client]);

        static decimal? At(IReadOnlyList<decimal?> series, int t, int periodCount)
        {
            var i = t - (periodCount - series.Count);
            return i >= 0 && i < series.Count ? series[i] : null;
        }
    }

    [Property]
    public bool Vital_few_membership_is_the_Pareto_analysis_vital_few(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        // One period: the last. Where the Pareto analysis defines a vital few (net total 0 or more),
        // the members are exactly its top clients.
        var plain = clients.Select(c => new ClientEvidence(c.Client, profits: c.Profits.Count > 0 ? [c.Profits[^1]] : null)).ToArray();
        var known = plain.Where(c => c.Profits.Count == 1 && c.Profits[0] is not null).ToArray();
        var analysis = KeyAccount.Core.Pareto.ParetoAnalysis.Analyze(known.Select(c => c.Client).ToArray(), known.Select(c => c.Profits[0]!.Value).ToArray(), Currency.Eur);
        if (analysis.Total < 0)
        {
            return true;
        }

        var single = policy with { WindowPeriods = 1, MinimumVitalFewPeriods = 1, MinimumOpportunityPeriods = 1 };
        var members = KeyClientClassifier.ClassifyPortfolio(plain, single).Clients.Where(v => v.SteadyHighProfit.PeriodsInVitalFew == 1).Select(v => v.Client);
        var expected = analysis.TopClients(analysis.GetVitalFew(policy.VitalFewShare).Count).OrderBy(id => id.Value, StringComparer.Ordinal);
        return members.SequenceEqual(expected);
    }

    [Property]
    public bool The_tier_never_exceeds_the_possible_tier_and_certain_tiers_have_nothing_to_gain(ClientEvidence[] clients, ClassificationPolicy policy) =>
        KeyClientClassifier.ClassifyPortfolio(clients, policy).Clients.All(v =>
            v.PossibleTier >= v.Tier && (v.UnknownCount > 0 || v.PossibleTier == v.Tier));

    [Property]
    public bool Missing_evidence_never_yields_not_met(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        // Strip one criterion's evidence entirely: that criterion must be unknown for every client.
        var stripped = clients.Select(c => new ClientEvidence(c.Client, c.Profits, c.VitalFew, opportunityCounts: null, opportunityValues: null, sales: null, ladderLevel: null, surveyScore: null, industryRank: null, marketShare: null, influenceRating: null)).ToArray();
        var result = KeyClientClassifier.ClassifyPortfolio(stripped, policy);
        var lone = KeyClientClassifier.Classify(new ClientEvidence(new ClientId("nobody")), policy);
        return result.Clients.All(v => v.GrowthOpportunities.Outcome == CriterionOutcome.Unknown
                && v.TrustedPartner.Outcome == CriterionOutcome.Unknown
                && v.MarketLeadership.Outcome == CriterionOutcome.Unknown)
            && lone.UnknownCount == 4 && lone.Tier == ClientTier.Other;
    }

    [Property]
    public bool Forgetting_a_period_never_flips_met_and_not_met(ClientEvidence[] clients, ClassificationPolicy policy, int seed)
    {
        // Knowing less can only move an outcome to unknown, never to its opposite (the rules over periods).
        if (clients.Length == 0)
        {
            return true;
        }

        var target = clients[Math.Abs(seed % clients.Length)];
        var vitalFew = target.VitalFew.ToArray();
        var counts = target.OpportunityCounts.ToArray();
        if (vitalFew.Length > 0)
        {
            vitalFew[Math.Abs(seed % vitalFew.Length)] = null;
        }

        if (counts.Length > 0)
        {
            counts[Math.Abs(seed % counts.Length)] = null;
        }

        var before = KeyClientClassifier.Classify(new ClientEvidence(target.Client, vitalFew: target.VitalFew, opportunityCounts: target.OpportunityCounts, opportunityValues: target.OpportunityValues), policy);
        var after = KeyClientClassifier.Classify(new ClientEvidence(target.Client, vitalFew: vitalFew, opportunityCounts: counts, opportunityValues: target.OpportunityValues), policy);
        return Consistent(before.SteadyHighProfit.Outcome, after.SteadyHighProfit.Outcome)
            && Consistent(before.GrowthOpportunities.Outcome, after.GrowthOpportunities.Outcome);

        static bool Consistent(CriterionOutcome known, CriterionOutcome lessKnown) =>
            lessKnown == CriterionOutcome.Unknown || lessKnown == known;
    }

    [Property]
    public bool Better_evidence_never_lowers_the_tier(ClientEvidence[] clients, ClassificationPolicy policy, int seed)
    {
        if (clients.Length == 0)
        {
            return true;
        }

        var index = Math.Abs(seed % clients.Length);
        var c = clients[index];
        var better = new ClientEvidence(
            c.Client,
            profits: c.Profits.Select(p => p + 25m).ToArray(),
            vitalFew: c.VitalFew.Select(v => v is null ? (bool?)null : v.Value || seed % 2 == 0).ToArray(),
            opportunityCounts: c.OpportunityCounts.Select(n => n + 1).ToArray(),
            opportunityValues: c.OpportunityValues.Select(v => v + 100m).ToArray(),
            sales: c.Sales,
            ladderLevel: c.LadderLevel is { } l ? (LadderLevel)Math.Min(4, (int)l + 1) : null,
            surveyScore: c.SurveyScore is { } s ? Math.Min(100, s + 10) : null,
            industryRank: c.IndustryRank is { } r ? Math.Max(1, r - 2) : null,
            marketShare: c.MarketShare is { } m ? Math.Min(1, m + 0.05) : null,
            influenceRating: c.InfluenceRating is { } i ? Math.Min(100, i + 10) : null);
        var improved = clients.ToArray();
        improved[index] = better;
        KeyClientClassifier.ClassifyPortfolio(clients, policy).TryGet(c.Client, out var before);
        KeyClientClassifier.ClassifyPortfolio(improved, policy).TryGet(c.Client, out var after);
        return after!.Tier >= before!.Tier && after.PossibleTier >= before.PossibleTier;
    }

    // Fills every unknown period, and the evidence of every criterion that has none. A criterion already
    // decided on one measure (a survey score) is left alone: a further alternative measure (a ladder
    // level) may legitimately decide it differently, and the possible tier does not promise otherwise.
    [Property]
    public bool Filling_in_missing_evidence_lands_between_the_tier_and_the_possible_tier(ClientEvidence[] clients, ClassificationPolicy policy, int seed)
    {
        var rng = new Random(seed);
        foreach (var c in clients)
        {
            var before = KeyClientClassifier.Classify(c, policy);
            bool?[] vitalFew = c.VitalFew.Count > 0 ? c.VitalFew.Select(v => (bool?)(v ?? rng.Next(2) == 0)).ToArray() : Enumerable.Range(0, 6).Select(_ => (bool?)(rng.Next(2) == 0)).ToArray();
            int?[] counts = c.OpportunityCounts.Count > 0 ? c.OpportunityCounts.Select(n => (int?)(n ?? rng.Next(3))).ToArray()
                : c.OpportunityValues.Count + c.Sales.Count > 0 ? [] : Enumerable.Range(0, 6).Select(_ => (int?)rng.Next(3)).ToArray();
            var noPartnerEvidence = c.LadderLevel is null && c.SurveyScore is null;
            var noMarketEvidence = c.IndustryRank is null && c.MarketShare is null && c.InfluenceRating is null;
            var filled = new ClientEvidence(
                c.Client, c.Profits, vitalFew, counts,
                c.OpportunityValues.Select(v => (decimal?)(v ?? rng.Next(100))).ToArray(),
                c.Sales.Select(v => (decimal?)(v ?? rng.Next(100))).ToArray(),
                noPartnerEvidence ? (LadderLevel)rng.Next(1, 5) : c.LadderLevel, c.SurveyScore, noMarketEvidence ? rng.Next(1, 8) : c.IndustryRank, c.MarketShare, c.InfluenceRating);
            var after = KeyClientClassifier.Classify(filled, policy);
            if (after.Tier < before.Tier || after.Tier > before.PossibleTier)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool The_tier_rule_is_monotone_in_each_criterion(int metMask, ClassificationPolicy policy, KeyCriterion criterion)
    {
        if (criterion is < KeyCriterion.SteadyHighProfit or > KeyCriterion.MarketLeadership)
        {
            return true;
        }

        var mask = metMask & 0xF;
        var required = policy.RequiredMask();
        return CriteriaEvaluator.Tier(mask | (1 << (int)criterion), policy, required) >= CriteriaEvaluator.Tier(mask, policy, required);
    }

    [Property]
    public bool Explanations_are_culture_invariant(ClientEvidence[] clients)
    {
        var result = KeyClientClassifier.ClassifyPortfolio(clients, ClassificationPolicy.Default with { PeriodName = "quarter" });
        var invariant = result.Clients.Select(c => c.Explanation).ToArray();
        var underGerman = CommaDecimalCulture.Run(() => KeyClientClassifier.ClassifyPortfolio(clients, ClassificationPolicy.Default with { PeriodName = "quarter" }).Clients.Select(c => c.Explanation).ToArray());
        return invariant.SequenceEqual(underGerman) && invariant.All(e => e.Contains("Trusted partner: ", StringComparison.Ordinal));
    }

    [Property]
    public bool Snapshots_of_the_same_classification_give_no_changes(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var first = KeyClientClassifier.ClassifyPortfolio(clients, policy);
        var again = KeyClientClassifier.ClassifyPortfolio(clients, policy, first.ToSnapshots());
        var fromNothing = KeyClientClassifier.ClassifyPortfolio(clients, policy, []);
        return again.Changes.Count == 0 && fromNothing.Changes.Count == clients.Length && fromNothing.Changes.All(c => c.PreviousTier is null);
    }
}
