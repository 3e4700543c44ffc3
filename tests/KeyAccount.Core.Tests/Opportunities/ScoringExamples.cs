using System;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Core.Tests.Opportunities;

public class ScoringExamples
{
    private static readonly ClientId Acme = new("acme");

    private static Opportunity Make(string id, decimal benefit, decimal probability, decimal hours, decimal money, decimal days, string client = "acme", OpportunityClass cls = OpportunityClass.ImproveService, OpportunitySource source = OpportunitySource.CompetitorAnalysis) =>
        new(id, new ClientId(client), "title " + id, cls, source, benefit, probability, ResourceAmounts.FromHours(hours, money, days));

    // Expected returns 900, 800, 100, 50; reference (set explicitly) 10 h, 1000 EUR, 10 days.
    // Efforts: quick (1 h, 100, 1 d) = 0.1; major (20 h, 2000, 20 d) = 2; fill (1 h, 100, 1 d) = 0.1;
    // thankless (20 h, 2000, 20 d) = 2. Median value = 450, median effort = 1.05.
    private static readonly Opportunity[] Four =
    [
        Make("quick", 1000m, 0.9m, 1m, 100m, 1m),
        Make("major", 1000m, 0.8m, 20m, 2000m, 20m),
        Make("fill", 200m, 0.5m, 1m, 100m, 1m),
        Make("thankless", 100m, 0.5m, 20m, 2000m, 20m),
    ];

    private static readonly ScoringOptions Reference = new(ResourceAmounts.FromHours(10m, 1000m, 10m));

    [Theory]
    [InlineData("quick", ValueEffortQuadrant.QuickWin)]
    [InlineData("major", ValueEffortQuadrant.MajorProject)]
    [InlineData("fill", ValueEffortQuadrant.FillIn)]
    [InlineData("thankless", ValueEffortQuadrant.ThanklessTask)]
    public void Each_quadrant_of_the_matrix(string id, ValueEffortQuadrant expected)
    {
        var report = OpportunityScoring.Score(Four, Currency.Eur, Reference);
        Assert.Equal(450m, report.ValueThreshold);
        Assert.Equal(1.05, report.EffortThreshold, 10);
        var score = report.Scores.Single(s => s.Id == id);
        Assert.Equal(expected, score.Quadrant);
        Assert.Contains(expected switch
        {
            ValueEffortQuadrant.QuickWin => "Quick win",
            ValueEffortQuadrant.MajorProject => "Major project",
            ValueEffortQuadrant.FillIn => "Fill-in",
            _ => "Thankless task",
        }, score.Explanation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Scores_are_hand_checked_and_ranked_by_priority()
    {
        var report = OpportunityScoring.Score(Four, Currency.Eur, Reference);
        Assert.Equal(new[] { "quick", "fill", "major", "thankless" }, report.Scores.Select(s => s.Id));
        var quick = report.Scores[0];
        Assert.Equal(900m, quick.ExpectedReturn);
        Assert.Equal(0.1, quick.Effort, 12);
        Assert.Equal(9000.0, quick.PriorityScore!.Value, 6);
        Assert.Equal(900.0, quick.ReturnPerHour!.Value, 9);
        Assert.Equal(9.0, quick.ReturnPerMoney!.Value, 9);
        Assert.Equal(900.0, quick.ReturnPerPersonDay!.Value, 9);
        Assert.Equal(1, quick.Rank);
        Assert.Contains("Expected return 900 EUR = benefit 1,000 x probability 0.9", quick.Explanation, StringComparison.Ordinal);
        Assert.Contains("1 quick win, 1 major project, 1 fill-in, 1 thankless task", report.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sentences_word_for_word()
    {
        var report = OpportunityScoring.Score(Four, Currency.Eur, Reference);
        Assert.Equal(
            "4 opportunities scored. Effort 1 = 10 hours, 1,000 EUR, 10 person-days (as set). High value: expected return at or above 450 EUR (the median); low effort: effort at or below 1.05 (the median). 1 quick win, 1 major project, 1 fill-in, 1 thankless task.",
            report.Explanation);
        Assert.Equal(
            [
                "Expected return 900 EUR = benefit 1,000 x probability 0.9. Effort 0.1 = mean of need / reference (1 hour of 10, 100 EUR of 1,000, 1 person-day of 10); priority 9,000 (expected return / effort). Quick win: value >= threshold 450, effort <= threshold 1.05.",
                "Expected return 100 EUR = benefit 200 x probability 0.5. Effort 0.1 = mean of need / reference (1 hour of 10, 100 EUR of 1,000, 1 person-day of 10); priority 1,000 (expected return / effort). Fill-in: value < threshold 450, effort <= threshold 1.05.",
                "Expected return 800 EUR = benefit 1,000 x probability 0.8. Effort 2 = mean of need / reference (20 hours of 10, 2,000 EUR of 1,000, 20 person-days of 10); priority 400 (expected return / effort). Major project: value >= threshold 450, effort > threshold 1.05.",
                "Expected return 50 EUR = benefit 100 x probability 0.5. Effort 2 = mean of need / reference (20 hours of 10, 2,000 EUR of 1,000, 20 person-days of 10); priority 25 (expected return / effort). Thankless task: value < threshold 450, effort > threshold 1.05.",
            ],
            report.Scores.Select(s => s.Explanation));

        // One opportunity needing nothing: no reference, no priority, exact to four decimals, singular counts.
        var one = OpportunityScoring.Score([Make("one", 12345.5m, 0.25m, 0m, 0m, 0m)], Currency.Eur);
        Assert.Equal(
            "1 opportunity scored. Effort 1 = 0 hours, 0 EUR, 0 person-days (the mean need of the set). High value: expected return at or above 3,086.375 EUR (the median); low effort: effort at or below 0 (the median). 1 quick win, 0 major projects, 0 fill-ins, 0 thankless tasks.",
            one.Explanation);
        Assert.Equal(
            "Expected return 3,086.375 EUR = benefit 12,345.5 x probability 0.25. Effort 0 = mean of need / reference (no resource has a reference); no priority score: it needs none of the resources, so it ranks first. Quick win: value >= threshold 3,086.375, effort <= threshold 0.",
            Assert.Single(one.Scores).Explanation);
    }

    [Fact]
    public void An_effort_equal_to_the_median_is_low_effort()
    {
        // Reference 8.4 h, 840 EUR, 8.4 person-days (the mean need): quick and fill have effort
        // 1/8.4 = 0.119..., the median of the five; they are low effort. The median used to be taken
        // in decimals, which moved it off 1/8.4 by a rounding error, so both read as high effort.
        var report = OpportunityScoring.Score([.. Four, Make("free", 10m, 1m, 0m, 0m, 0m)], Currency.Eur);
        Assert.Equal(report.Scores.Single(s => s.Id == "quick").Effort, report.EffortThreshold);
        Assert.Equal(ValueEffortQuadrant.QuickWin, report.Scores.Single(s => s.Id == "quick").Quadrant);
        Assert.Equal(ValueEffortQuadrant.QuickWin, report.Scores.Single(s => s.Id == "fill").Quadrant);
        Assert.EndsWith("2 quick wins, 1 major project, 1 fill-in, 1 thankless task.", report.Explanation, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(OpportunityGenerators) }, MaxTest = 200)]
    public Property With_the_median_thresholds_at_least_half_are_high_value_and_at_least_half_low_effort(OpportunityPortfolio portfolio)
    {
        var report = OpportunityScoring.Score(portfolio.Opportunities, Currency.Eur);
        var n = report.Scores.Count;
        var high = report.Scores.Count(s => s.Quadrant is ValueEffortQuadrant.QuickWin or ValueEffortQuadrant.MajorProject);
        var low = report.Scores.Count(s => s.Quadrant is ValueEffortQuadrant.QuickWin or ValueEffortQuadrant.FillIn);

        // And the other halves: at least half at or below the value threshold, at least half at or above the effort threshold.
        var notAbove = report.Scores.Count(s => s.ExpectedReturn <= report.ValueThreshold);
        var notBelow = report.Scores.Count(s => s.Effort >= report.EffortThreshold);
        var half = n % 2 == 0 ? n / 2 : (n + 1) / 2; // the middle one of an odd count is at the median
        return (high >= half && low >= half && notAbove >= half && notBelow >= half)
            .Label($"{n} scored: {high} high value, {low} low effort, {notAbove} at or below the value threshold {report.ValueThreshold}, {notBelow} at or above the effort threshold {report.EffortThreshold:R}");
    }

    [Fact]
    public void Thresholds_can_be_set()
    {
        var report = OpportunityScoring.Score(Four, Currency.Eur, new ScoringOptions(ResourceAmounts.FromHours(10m, 1000m, 10m), valueThreshold: 60m, effortThreshold: 5.0));
        Assert.Equal(3, report.Scores.Count(s => s.Quadrant == ValueEffortQuadrant.QuickWin));
        Assert.Equal(ValueEffortQuadrant.FillIn, report.Scores.Single(s => s.Id == "thankless").Quadrant);
        Assert.Contains("(as set)", report.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_reference_is_the_mean_need_and_a_free_opportunity_ranks_first()
    {
        var free = Make("free", 10m, 1m, 0m, 0m, 0m);
        var report = OpportunityScoring.Score([.. Four, free], Currency.Eur);
        Assert.Equal(ResourceAmounts.FromHours(8.4m, 840m, 8.4m), report.EffortReference);
        var first = report.Scores[0];
        Assert.Equal("free", first.Id);
        Assert.Null(first.PriorityScore);
        Assert.Null(first.ReturnPerHour);
        Assert.Equal(0.0, first.Effort);
        Assert.Contains("ranks first", first.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_round_trips_through_json_and_bad_input_is_rejected()
    {
        var report = OpportunityScoring.Score([.. Four, Make("free", 10m, 1m, 0m, 0m, 0m)], Currency.Eur);
        var json = KeyAccountJson.Serialize(report);
        Assert.Equal(json, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<OpportunityScoreReport>(json)));
        var ex = Assert.Throws<ArgumentException>(() => OpportunityScoring.Score([Four[0], Four[0]], Currency.Eur));
        Assert.Contains("opportunities[1]", ex.Message, StringComparison.Ordinal);
        var nan = new ScoringOptions(effortThreshold: double.NaN);
        Assert.Equal("effortThreshold", Assert.Single(nan.Validate()).Path);
        Assert.Contains("effortThreshold", Assert.Throws<ArgumentException>("options", () => OpportunityScoring.Score(Four, Currency.Eur, nan)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_groups_by_class_source_and_client()
    {
        var items = new[]
        {
            Make("a", 100m, 0.5m, 1m, 10m, 1m, "x", OpportunityClass.ExpandBusiness, OpportunitySource.ClientBusinessGoals),
            Make("b", 200m, 0.5m, 2m, 20m, 1m, "y", OpportunityClass.ExpandBusiness, OpportunitySource.QualitativeSalesFigures),
            Make("c", 300m, 1m, 3m, 30m, 1m, "x", OpportunityClass.MarketInformation, OpportunitySource.ClientBusinessGoals),
        };
        var summary = OpportunitySummary.Create(items);
        Assert.Equal(new[] { "ExpandBusiness", "MarketInformation" }, summary.ByClass.Select(g => g.Key));
        Assert.Equal(new[] { "a", "b" }, summary.ByClass[0].Ids);
        Assert.Equal(150m, summary.ByClass[0].TotalExpectedReturn);
        Assert.Equal(new[] { "ClientBusinessGoals", "QualitativeSalesFigures" }, summary.BySource.Select(g => g.Key));
        Assert.Equal(new[] { "x", "y" }, summary.ByClient.Select(g => g.Key));
        Assert.Equal(350m, summary.ByClient[0].TotalExpectedReturn);
        Assert.Equal(ResourceAmounts.FromHours(6m, 60m, 3m), summary.Total.TotalNeeds);
        Assert.Equal(600m, summary.Total.TotalBenefit);
        var json = KeyAccountJson.Serialize(summary);
        Assert.Equal(json, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<OpportunitySummary>(json)));
    }
}
