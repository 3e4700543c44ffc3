using System;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Classification;

public class ClassificationExampleTests
{
    private static readonly ClassificationPolicy Quarterly = ClassificationPolicy.Default with { PeriodName = "quarter" };

    private static ClientId Id(string id) => new(id);

    // Five clients, four quarters, total profit 100 each quarter. 80% of 100 = 80:
    // A (50) + B (30) = 80 reach it, so the vital few are {A, B} in every quarter where those are the profits.
    private static ClientEvidence[] FiveClients() =>
    [
        new(Id("A"), profits: [50m, 50m, 50m, 50m], opportunityCounts: [2, 1, 3, 2], opportunityValues: [10m, 5m, 20m, 15m], ladderLevel: (LadderLevel)4, industryRank: 1),
        new(Id("B"), profits: [30m, 30m, 30m, 30m], opportunityCounts: [0, 0, 1, 0], ladderLevel: (LadderLevel)2, marketShare: 0.02),
        new(Id("C"), profits: [10m, 10m, 10m, 10m], opportunityCounts: [1, 1, 1, 1], ladderLevel: (LadderLevel)3, influenceRating: 80),
        new(Id("D"), profits: [6m, 6m, 6m, 6m]),
        new(Id("E"), profits: [4m, 4m, 4m, 4m], surveyScore: 90),
    ];

    [Fact]
    public void Hand_checked_portfolio_gives_each_tier()
    {
        var result = KeyClientClassifier.ClassifyPortfolio(FiveClients(), Quarterly);

        Assert.Equal(new[] { "A", "B", "C", "D", "E" }, result.Clients.Select(c => c.Client.Value));
        Assert.True(result.TryGet(Id("A"), out var a));
        Assert.Equal(ClientTier.Key, a.Tier);
        Assert.Equal(4, a.MetCount);
        Assert.Equal(4, a.SteadyHighProfit.PeriodsInVitalFew);

        // B: in the vital few 4 of 4, no opportunities (1 of 4), ladder 2, share 2%: 1 of 4 met.
        Assert.True(result.TryGet(Id("B"), out var b));
        Assert.Equal(ClientTier.Other, b.Tier);
        Assert.Equal(CriterionOutcome.Met, b.SteadyHighProfit.Outcome);
        Assert.Equal(CriterionOutcome.NotMet, b.GrowthOpportunities.Outcome);
        Assert.Equal(CriterionOutcome.NotMet, b.TrustedPartner.Outcome);
        Assert.Equal(CriterionOutcome.NotMet, b.MarketLeadership.Outcome);
        Assert.False(b.RestsOnMissingEvidence);

        // C: outside the vital few, but creates opportunities, value adder, influential: potential key.
        Assert.True(result.TryGet(Id("C"), out var c));
        Assert.Equal(ClientTier.PotentialKey, c.Tier);
        Assert.Equal(ClientTier.PotentialKey, c.PossibleTier);
        Assert.Equal(3, c.MetCount);

        // D: profit not met, everything else unknown: other, and the missing evidence cannot make it key
        // (key requires steady high profit) but could make it potential key.
        Assert.True(result.TryGet(Id("D"), out var d));
        Assert.Equal(ClientTier.Other, d.Tier);
        Assert.Equal(ClientTier.PotentialKey, d.PossibleTier);
        Assert.True(d.RestsOnMissingEvidence);
        Assert.Equal(3, d.UnknownCount);

        Assert.Equal(new TierCount(ClientTier.Key, 1, 0), result.CountOf(ClientTier.Key));
        Assert.Equal(new TierCount(ClientTier.PotentialKey, 1, 0), result.CountOf(ClientTier.PotentialKey));
        Assert.Equal(new TierCount(ClientTier.Other, 3, 2), result.CountOf(ClientTier.Other));
        Assert.Equal("1 key, 1 potential key, 3 other (2 resting on missing evidence).", result.ToString());
    }

    [Fact]
    public void The_key_verdict_explains_itself_with_its_numbers()
    {
        var result = KeyClientClassifier.ClassifyPortfolio(FiveClients(), Quarterly);
        Assert.True(result.TryGet(Id("A"), out var a));
        Assert.Equal(
            "Key: meets 4 of 4 criteria. "
            + "Steady high profit: met (in the top-80% group in 4 of 4 quarters; profit trend +0%/quarter; volatility 0%). "
            + "Growth opportunities: met (created opportunities in 4 of 4 quarters (8 worth 50) (needs 3 of 4)). "
            + "Trusted partner: met (ladder level 4, business partner (needs 3 or higher)). "
            + "Market leadership: met (industry rank 1 (leaders are the top 3)).",
            a.Explanation);
    }

    [Fact]
    public void Reason_texts_for_not_met_and_unknown_name_the_numbers_and_the_missing_evidence()
    {
        var result = KeyClientClassifier.ClassifyPortfolio(FiveClients(), Quarterly);
        Assert.True(result.TryGet(Id("D"), out var d));
        Assert.Equal(
            "Other: meets 0 of 4 criteria, 3 unknown; could be potential key once the missing evidence is in. "
            + "Steady high profit: not met (in the top-80% group in 0 of 4 quarters (needs 3 of 4); profit trend +0%/quarter; volatility 0%). "
            + "Growth opportunities: unknown (no opportunity or sales evidence in the last 4 quarters). "
            + "Trusted partner: unknown (no ladder level or survey score). "
            + "Market leadership: unknown (no industry rank, market share or influence rating).",
            d.Explanation);

        Assert.True(result.TryGet(Id("E"), out var e));
        Assert.Contains("Trusted partner: met (survey score 90 (needs 70; no ladder level))", e.Explanation, StringComparison.Ordinal);
        Assert.True(result.TryGet(Id("B"), out var b));
        Assert.Contains("market share 2% (needs 10%)", b.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_criterion_missing_keeps_a_three_criteria_client_at_potential_key_and_says_why()
    {
        var evidence = new ClientEvidence(Id("X"), vitalFew: [false, false, false, false], opportunityCounts: [1, 1, 1, 1], ladderLevel: (LadderLevel)4, industryRank: 2);
        var verdict = KeyClientClassifier.Classify(evidence, Quarterly);
        Assert.Equal(ClientTier.PotentialKey, verdict.Tier);
        Assert.Equal(3, verdict.MetCount);
        Assert.StartsWith("Potential key: meets 3 of 4 criteria; key requires steady high profit. ", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_client_without_supplied_membership_has_an_unknown_profit_criterion()
    {
        var verdict = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), profits: [100m, 110m, 121m, 133.1m], ladderLevel: (LadderLevel)4, industryRank: 1, opportunityCounts: [1, 1, 1, 1]));
        Assert.Equal(CriterionOutcome.Unknown, verdict.SteadyHighProfit.Outcome);
        Assert.Equal(ClientTier.PotentialKey, verdict.Tier);
        Assert.Equal(ClientTier.Key, verdict.PossibleTier);
        Assert.Contains("could be key once the missing evidence is in", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("in the top-80% group in 0 of 0 periods, 4 periods unknown (needs 3 of 4)", verdict.Explanation, StringComparison.Ordinal);

        // Trend: 100, 110, 121, 133.1 is exact compound growth of 10% a period; the log-linear fit reads it exactly.
        Assert.Equal(0.10, verdict.SteadyHighProfit.Trend!.Value, 12);
        Assert.Contains("profit trend +10%/period", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Partly_known_periods_decide_when_they_can_and_stay_unknown_when_they_cannot()
    {
        // Needs 3 of 4. Two in, two unknown: unknown. Three in: met. Two out, two unknown: not met (at most 2).
        Assert.Equal(CriterionOutcome.Unknown, Profit([true, true, null, null]));
        Assert.Equal(CriterionOutcome.Met, Profit([true, true, true, null]));
        Assert.Equal(CriterionOutcome.NotMet, Profit([false, false, null, null]));
        Assert.Equal(CriterionOutcome.Unknown, Profit([false, true, true, null]));

        static CriterionOutcome Profit(bool?[] vitalFew) =>
            KeyClientClassifier.Classify(new ClientEvidence(Id("X"), vitalFew: vitalFew)).SteadyHighProfit.Outcome;
    }

    [Fact]
    public void A_short_history_leaves_the_earlier_periods_unknown()
    {
        var clients = new[]
        {
            new ClientEvidence(Id("old"), profits: [10m, 10m, 10m, 10m, 10m, 10m]),
            new ClientEvidence(Id("new"), profits: [90m, 90m]),
        };
        var result = KeyClientClassifier.ClassifyPortfolio(clients);
        Assert.True(result.TryGet(Id("new"), out var newcomer));
        Assert.Equal(2, newcomer.SteadyHighProfit.PeriodsInVitalFew);
        Assert.Equal(2, newcomer.SteadyHighProfit.UnknownPeriods);
        Assert.Equal(CriterionOutcome.Unknown, newcomer.SteadyHighProfit.Outcome);

        // old: alone (100%) in the two earlier window periods, outside (10 of 100) in the last two.
        Assert.True(result.TryGet(Id("old"), out var old));
        Assert.Equal(2, old.SteadyHighProfit.PeriodsInVitalFew);
        Assert.Equal(2, old.SteadyHighProfit.PeriodsOutsideVitalFew);
        Assert.Equal(CriterionOutcome.NotMet, old.SteadyHighProfit.Outcome);
    }

    [Fact]
    public void Ties_at_the_vital_few_limit_are_broken_by_id()
    {
        // 40 + 40 + 20: 80% needs two of the tied 40s... A, B tie at 40 with C at 20: A + B = 80 reach 80.
        // With A, B, C all at 30 and D at 10: 80% of 100 needs three of them; all three tied at 30 are in.
        // With A and B at 45 and C at 10: A alone (45) is short, A + B reach 90: both in.
        // Ties that straddle the limit: A, B at 40, C at 20, share 0.4: A alone reaches 40; B is out (id order).
        var policy = ClassificationPolicy.Default with { VitalFewShare = 0.4, WindowPeriods = 1, MinimumVitalFewPeriods = 1, MinimumOpportunityPeriods = 1 };
        var result = KeyClientClassifier.ClassifyPortfolio(
            [new ClientEvidence(Id("B"), profits: [40m]), new ClientEvidence(Id("A"), profits: [40m]), new ClientEvidence(Id("C"), profits: [20m])], policy);
        Assert.Equal(new[] { 1, 0, 0 }, result.Clients.Select(c => c.SteadyHighProfit.PeriodsInVitalFew));
    }

    [Fact]
    public void Loss_makers_and_zero_profit_are_never_in_the_vital_few()
    {
        var policy = ClassificationPolicy.Default with { VitalFewShare = 1.0, WindowPeriods = 1, MinimumVitalFewPeriods = 1, MinimumOpportunityPeriods = 1 };
        var result = KeyClientClassifier.ClassifyPortfolio(
            [new ClientEvidence(Id("win"), profits: [10m]), new ClientEvidence(Id("zero"), profits: [0m]), new ClientEvidence(Id("loss"), profits: [-5m])], policy);
        Assert.Equal(new[] { 0, 1, 0 }, result.Clients.Select(c => c.SteadyHighProfit.PeriodsInVitalFew));
        Assert.All(result.Clients, c => Assert.Equal(0, c.SteadyHighProfit.UnknownPeriods));

        // Shares are of the net total, as in the Pareto analysis: 60 + 40 - 50 = 50, 80% of it is 40,
        // and A alone (60) reaches it. A net loss has no vital few: nobody is in it.
        var withLoss = KeyClientClassifier.ClassifyPortfolio(
            [new ClientEvidence(Id("A"), profits: [60m]), new ClientEvidence(Id("B"), profits: [40m]), new ClientEvidence(Id("C"), profits: [-50m])],
            policy with { VitalFewShare = 0.8 });
        Assert.Equal(new[] { 1, 0, 0 }, withLoss.Clients.Select(c => c.SteadyHighProfit.PeriodsInVitalFew));
        var netLoss = KeyClientClassifier.ClassifyPortfolio(
            [new ClientEvidence(Id("A"), profits: [60m]), new ClientEvidence(Id("C"), profits: [-70m])], policy);
        Assert.All(netLoss.Clients, c => Assert.Equal(1, c.SteadyHighProfit.PeriodsOutsideVitalFew));
    }

    [Fact]
    public void Supplied_membership_wins_over_the_computed_one()
    {
        var result = KeyClientClassifier.ClassifyPortfolio(
            [new ClientEvidence(Id("A"), profits: [90m, 90m, 90m, 90m]), new ClientEvidence(Id("B"), profits: [10m, 10m, 10m, 10m], vitalFew: [true, true, true, null])]);
        Assert.True(result.TryGet(Id("B"), out var b));
        Assert.Equal(3, b.SteadyHighProfit.PeriodsInVitalFew);
        Assert.Equal(1, b.SteadyHighProfit.PeriodsOutsideVitalFew);
    }

    [Fact]
    public void Opportunities_count_by_periods_or_by_sales_growth()
    {
        Assert.Equal(CriterionOutcome.Met, Opp(new ClientEvidence(Id("X"), opportunityCounts: [1, 0, 2, 1])));
        Assert.Equal(CriterionOutcome.NotMet, Opp(new ClientEvidence(Id("X"), opportunityCounts: [1, 0, 0, 1])));
        Assert.Equal(CriterionOutcome.Unknown, Opp(new ClientEvidence(Id("X"), opportunityCounts: [1, 0, null, 1])));

        // Sales growing 10% a period meet it even without opportunity counts; flat sales do not.
        Assert.Equal(CriterionOutcome.Met, Opp(new ClientEvidence(Id("X"), sales: [100m, 110m, 121m, 133.1m])));
        Assert.Equal(CriterionOutcome.NotMet, Opp(new ClientEvidence(Id("X"), sales: [100m, 100m, 100m, 100m])));

        // Either route suffices; unknown on one route and not met on the other stays unknown.
        Assert.Equal(CriterionOutcome.Met, Opp(new ClientEvidence(Id("X"), opportunityCounts: [0, 0, 0, 0], sales: [100m, 110m, 121m, 133.1m])));
        Assert.Equal(CriterionOutcome.Unknown, Opp(new ClientEvidence(Id("X"), opportunityCounts: [1, 1, null, null], sales: [100m, 100m, 100m, 100m])));

        // A value threshold makes periods without a value unknown.
        var policy = ClassificationPolicy.Default with { MinimumOpportunityValue = 1000m };
        Assert.Equal(CriterionOutcome.Unknown, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), opportunityCounts: [1, 1, 1, 1]), policy).GrowthOpportunities.Outcome);
        Assert.Equal(CriterionOutcome.Met, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), opportunityCounts: [1, 1, 1, 1], opportunityValues: [1000m, 2000m, 5m, 1000m]), policy).GrowthOpportunities.Outcome);

        static CriterionOutcome Opp(ClientEvidence e) => KeyClientClassifier.Classify(e).GrowthOpportunities.Outcome;
    }

    [Fact]
    public void Sales_of_zero_period_after_period_are_no_growth_not_missing_evidence()
    {
        // Four known periods of zero sales: the slope is exactly 0, so growth is 0, which is below
        // the default +5%. Before, the zero mean made the growth undefined and the criterion unknown,
        // and the sentence claimed there was no sales evidence at all.
        var verdict = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), sales: [0m, 0m, 0m, 0m]), Quarterly);
        Assert.Equal(CriterionOutcome.NotMet, verdict.GrowthOpportunities.Outcome);
        Assert.Equal(0.0, verdict.GrowthOpportunities.SalesGrowth);
        Assert.Contains("sales growth +0%/quarter (counts from +5%)", verdict.Explanation, StringComparison.Ordinal);

        // A policy that counts any growth of 0 or more is met by the same evidence.
        var lenient = Quarterly with { MinimumSalesGrowth = 0 };
        Assert.Equal(CriterionOutcome.Met, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), sales: [0m, 0m, 0m, 0m]), lenient).GrowthOpportunities.Outcome);

        // Zero sales from part of the window still decide nothing.
        Assert.Equal(CriterionOutcome.Unknown, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), sales: [0m, 0m, null, 0m]), Quarterly).GrowthOpportunities.Outcome);
    }

    [Fact]
    public void The_ladder_level_wins_over_the_survey_and_market_measures_are_alternatives()
    {
        Assert.Equal(CriterionOutcome.NotMet, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), ladderLevel: (LadderLevel)2, surveyScore: 95)).TrustedPartner.Outcome);
        Assert.Equal(CriterionOutcome.Met, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), surveyScore: 70)).TrustedPartner.Outcome);
        Assert.Equal(CriterionOutcome.Met, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), industryRank: 9, marketShare: 0.25)).MarketLeadership.Outcome);
        Assert.Equal(CriterionOutcome.NotMet, KeyClientClassifier.Classify(new ClientEvidence(Id("X"), industryRank: 9, influenceRating: 10)).MarketLeadership.Outcome);
    }

    [Fact]
    public void Optional_trend_and_volatility_rules_tighten_steady_high_profit()
    {
        var policy = ClassificationPolicy.Default with { MinimumProfitTrend = -0.05, MaximumProfitVolatility = 0.2 };
        var falling = new ClientEvidence(Id("X"), profits: [100m, 80m, 60m, 40m], vitalFew: [true, true, true, true]);
        var verdict = KeyClientClassifier.Classify(falling, policy);
        Assert.Equal(CriterionOutcome.NotMet, verdict.SteadyHighProfit.Outcome);
        Assert.Contains("(needs at least -5%)", verdict.Explanation, StringComparison.Ordinal);

        var noProfits = new ClientEvidence(Id("X"), vitalFew: [true, true, true, true]);
        Assert.Equal(CriterionOutcome.Unknown, KeyClientClassifier.Classify(noProfits, policy).SteadyHighProfit.Outcome);
    }

    [Fact]
    public void Changes_since_the_previous_classification_say_who_became_key_who_dropped_out_and_why()
    {
        var previous = new[]
        {
            new ClassificationSnapshot(Id("A"), ClientTier.PotentialKey, [KeyCriterion.TrustedPartner, KeyCriterion.MarketLeadership]),
            new ClassificationSnapshot(Id("B"), ClientTier.Key, [KeyCriterion.SteadyHighProfit, KeyCriterion.GrowthOpportunities, KeyCriterion.TrustedPartner]),
            new ClassificationSnapshot(Id("C"), ClientTier.PotentialKey),
            new ClassificationSnapshot(Id("Z"), ClientTier.Key),
        };
        var result = KeyClientClassifier.ClassifyPortfolio(FiveClients(), Quarterly, previous);

        Assert.Equal(new[] { "A", "B", "D", "E", "Z" }, result.Changes.Select(c => c.Client.Value));
        var a = result.Changes[0];
        Assert.True(a.BecameKey);
        Assert.Equal(new[] { KeyCriterion.SteadyHighProfit, KeyCriterion.GrowthOpportunities }, a.NowMet);
        Assert.StartsWith("Became key (potential key -> key): now meets steady high profit (in the top-80% group in 4 of 4 quarters;", a.Reason, StringComparison.Ordinal);

        var b = result.Changes[1];
        Assert.True(b.DroppedOutOfKey);
        Assert.Equal(new[] { KeyCriterion.GrowthOpportunities, KeyCriterion.TrustedPartner }, b.NoLongerMet);
        Assert.Equal(
            "Dropped out of key (key -> other): growth opportunities is no longer met (created opportunities in 1 of 4 quarters (1 worth 0) (needs 3 of 4)); "
            + "trusted partner is no longer met (ladder level 2, provider of goods or services with small extra benefits (needs 3 or higher)).",
            b.Reason);

        Assert.Null(result.Changes[2].PreviousTier);
        Assert.StartsWith("New in the portfolio", result.Changes[2].Reason, StringComparison.Ordinal);
        Assert.Null(result.Changes[4].CurrentTier);
        Assert.True(result.Changes[4].DroppedOutOfKey);
        Assert.Equal("No longer in the portfolio (was key).", result.Changes[4].Reason);
    }

    [Fact]
    public void Programmer_mistakes_throw_naming_the_parameter_and_position()
    {
        var dup = Assert.Throws<ArgumentException>(() => KeyClientClassifier.ClassifyPortfolio([new ClientEvidence(Id("A")), new ClientEvidence(Id("B")), new ClientEvidence(Id(" A "))]));
        Assert.Equal("clients", dup.ParamName);
        Assert.Contains("clients[0] and clients[2] share the id 'A'", dup.Message, StringComparison.Ordinal);

        var nullItem = Assert.Throws<ArgumentNullException>(() => KeyClientClassifier.ClassifyPortfolio([new ClientEvidence(Id("A")), null!]));
        Assert.Equal("clients[1]", nullItem.ParamName);

        // Values out of range are no longer refused by the evidence's constructor (a document must load);
        // the analyses refuse them, naming the path and the value.
        var ladder = Assert.Throws<ArgumentException>(() => KeyClientClassifier.Classify(new ClientEvidence(Id("A"), ladderLevel: (LadderLevel)5)));
        Assert.Equal("evidence", ladder.ParamName);
        Assert.Contains("KCL014 at evidence[0].ladderLevel", ladder.Message, StringComparison.Ordinal);
        var count = Assert.Throws<ArgumentException>(() => KeyClientClassifier.ClassifyPortfolio([new ClientEvidence(Id("A"), opportunityCounts: [1, 2, -1])]));
        Assert.Equal("clients", count.ParamName);
        Assert.Contains("clients[0].opportunityCounts[2]: The opportunity count is -1", count.Message, StringComparison.Ordinal);
        Assert.Contains("KCL017 at evidence[0].marketShare", Assert.Throws<ArgumentException>(() => KeyClientClassifier.Classify(new ClientEvidence(Id("A"), marketShare: double.NaN))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ClientEvidence(default));

        var policy = Assert.Throws<ArgumentException>(() => KeyClientClassifier.ClassifyPortfolio([], ClassificationPolicy.Default with { MinimumVitalFewPeriods = 5 }));
        Assert.Equal("policy", policy.ParamName);
        Assert.Contains("minimumVitalFewPeriods", policy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_policy_diagnostic_code_is_reported_for_its_setting()
    {
        var cases = new (ClassificationPolicy Policy, string Code)[]
        {
            (ClassificationPolicy.Default with { PeriodName = " " }, "KCL101"),
            (ClassificationPolicy.Default with { WindowPeriods = 0, MinimumVitalFewPeriods = 0, MinimumOpportunityPeriods = 0 }, "KCL102"),
            (ClassificationPolicy.Default with { WindowPeriods = ClassificationPolicy.MaximumWindowPeriods + 1 }, "KCL102"),
            (ClassificationPolicy.Default with { VitalFewShare = 0 }, "KCL103"),
            (ClassificationPolicy.Default with { MinimumVitalFewPeriods = 5 }, "KCL104"),
            (ClassificationPolicy.Default with { MinimumProfitTrend = double.PositiveInfinity }, "KCL105"),
            (ClassificationPolicy.Default with { MaximumProfitVolatility = -1 }, "KCL106"),
            (ClassificationPolicy.Default with { MinimumOpportunityCount = -1 }, "KCL107"),
            (ClassificationPolicy.Default with { MinimumOpportunityValue = -1m }, "KCL108"),
            (ClassificationPolicy.Default with { MinimumOpportunityPeriods = 0 }, "KCL109"),
            (ClassificationPolicy.Default with { MinimumSalesGrowth = double.NaN }, "KCL110"),
            (ClassificationPolicy.Default with { MinimumLadderLevel = (LadderLevel)5 }, "KCL111"),
            (ClassificationPolicy.Default with { MinimumSurveyScore = 101 }, "KCL112"),
            (ClassificationPolicy.Default with { MaximumIndustryRank = 0 }, "KCL113"),
            (ClassificationPolicy.Default with { MinimumMarketShare = 2 }, "KCL114"),
            (ClassificationPolicy.Default with { MinimumInfluenceRating = -1 }, "KCL115"),
            (ClassificationPolicy.Default with { KeyMinimumMet = 5, PotentialKeyMinimumMet = 2 }, "KCL116"),
            (ClassificationPolicy.Default with { KeyRequiredCriteria = [(KeyCriterion)9] }, "KCL117"),
            (ClassificationPolicy.Default with { KeyMinimumMet = 1, PotentialKeyMinimumMet = 1, KeyRequiredCriteria = [KeyCriterion.SteadyHighProfit, KeyCriterion.TrustedPartner] }, "KCL118"),
            (ClassificationPolicy.Default with { PotentialKeyMinimumMet = 4 }, "KCL119"),
        };
        foreach (var (policy, code) in cases)
        {
            var found = policy.Validate("policy");
            Assert.Contains(found, d => d.Code == code && d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("policy.", StringComparison.Ordinal));
        }

        Assert.Empty(ClassificationPolicy.Default.Validate());
    }

    [Fact]
    public void A_period_whose_profits_overflow_decimal_is_an_argument_error_naming_the_period()
    {
        var clients = new[]
        {
            new ClientEvidence(Id("a"), profits: [1m, decimal.MaxValue]),
            new ClientEvidence(Id("b"), profits: [1m, 1m]),
        };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KeyClientClassifier.ClassifyPortfolio(clients));
        Assert.Equal("clients", ex.ParamName);
        Assert.Contains("period 1 (0 is the oldest of 2)", ex.Message, StringComparison.Ordinal);
    }
}
