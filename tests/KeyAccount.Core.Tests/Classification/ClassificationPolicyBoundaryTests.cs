using System;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Classification;

/// <summary>
/// Each setting of the policy at the edges of its documented range: the edge itself is accepted
/// and the first value past it is refused, with its code, path and message. The first mutation
/// run of Classification left these boundaries (a survey score of exactly 0 or 100, a market share
/// of exactly 0 or 1, an industry rank of 1, a count of 0) and the messages unchecked.
/// </summary>
public class ClassificationPolicyBoundaryTests
{
    public static TheoryData<string, Func<ClassificationPolicy>> Accepted => new()
    {
        { "survey score 0", () => new ClassificationPolicy(minimumSurveyScore: 0) },
        { "survey score 100", () => new ClassificationPolicy(minimumSurveyScore: 100) },
        { "market share 0", () => new ClassificationPolicy(minimumMarketShare: 0) },
        { "market share 1", () => new ClassificationPolicy(minimumMarketShare: 1) },
        { "influence 0", () => new ClassificationPolicy(minimumInfluenceRating: 0) },
        { "influence 100", () => new ClassificationPolicy(minimumInfluenceRating: 100) },
        { "industry rank 1", () => new ClassificationPolicy(maximumIndustryRank: 1) },
        { "opportunity count 0", () => new ClassificationPolicy(minimumOpportunityCount: 0) },
        { "volatility 0", () => new ClassificationPolicy(maximumProfitVolatility: 0) },
        { "commodity broker", () => new ClassificationPolicy(minimumLadderLevel: LadderLevel.CommodityBroker) },
        { "business partner", () => new ClassificationPolicy(minimumLadderLevel: LadderLevel.BusinessPartner) },
        { "required = met", () => new ClassificationPolicy(keyMinimumMet: 2, potentialKeyMinimumMet: 1, keyRequiredCriteria: [KeyCriterion.SteadyHighProfit, KeyCriterion.GrowthOpportunities]) },
        { "last criterion", () => new ClassificationPolicy(keyRequiredCriteria: [KeyCriterion.MarketLeadership]) },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void The_edge_of_each_range_is_accepted(string name, Func<ClassificationPolicy> make)
    {
        Assert.True(make().Validate().Count == 0, name + ": " + string.Join(" | ", make().Validate().Select(d => d.Message)));
    }

    public static TheoryData<Func<ClassificationPolicy>, string, string> Refused => new()
    {
        { () => new ClassificationPolicy(minimumSurveyScore: -0.5), "policy.minimumSurveyScore", "The minimum survey score must be 0..100, but is -0.5." },
        { () => new ClassificationPolicy(minimumSurveyScore: 100.5), "policy.minimumSurveyScore", "The minimum survey score must be 0..100, but is 100.5." },
        { () => new ClassificationPolicy(minimumMarketShare: -0.000001), "policy.minimumMarketShare", "The minimum market share must be 0..1, but is -0.000001." },
        { () => new ClassificationPolicy(minimumMarketShare: 1.000001), "policy.minimumMarketShare", "The minimum market share must be 0..1, but is 1.000001." },
        { () => new ClassificationPolicy(minimumInfluenceRating: 100.25), "policy.minimumInfluenceRating", "The minimum influence rating must be 0..100, but is 100.25." },
        { () => new ClassificationPolicy(minimumInfluenceRating: -1), "policy.minimumInfluenceRating", "The minimum influence rating must be 0..100, but is -1." },
        { () => new ClassificationPolicy(maximumIndustryRank: 0), "policy.maximumIndustryRank", "The maximum industry rank must be 1 or more, but is 0." },
        { () => new ClassificationPolicy(minimumOpportunityCount: -1), "policy.minimumOpportunityCount", "The minimum opportunity count must be 0 or more, but is -1." },
        { () => new ClassificationPolicy(minimumOpportunityValue: -0.01m), "policy.minimumOpportunityValue", "The minimum opportunity value must be 0 or more, but is -0.01." },
        { () => new ClassificationPolicy(maximumProfitVolatility: -0.001), "policy.maximumProfitVolatility", "The maximum profit volatility must be 0 or more, but is -0.001." },
        { () => new ClassificationPolicy(minimumProfitTrend: double.NaN), "policy.minimumProfitTrend", "The minimum profit trend must be a finite number." },
        { () => new ClassificationPolicy(minimumSalesGrowth: double.PositiveInfinity), "policy.minimumSalesGrowth", "The minimum sales growth must be a finite number." },
        { () => new ClassificationPolicy(minimumLadderLevel: (LadderLevel)5), "policy.minimumLadderLevel", "The minimum ladder level must be a rung 1..4, but is 5." },
        { () => new ClassificationPolicy(periodName: " "), "policy.periodName", "The period name must not be empty." },
        { () => new ClassificationPolicy(keyRequiredCriteria: [(KeyCriterion)4]), "policy.keyRequiredCriteria[0]", "4 is not a criterion." },
        { () => new ClassificationPolicy(keyMinimumMet: 1, potentialKeyMinimumMet: 1, keyRequiredCriteria: [KeyCriterion.SteadyHighProfit, KeyCriterion.MarketLeadership]), "policy.keyRequiredCriteria", "2 criteria are required for key, more than the 1 a key client must meet; raise keyMinimumMet." },
        { () => new ClassificationPolicy(keyMinimumMet: 3, potentialKeyMinimumMet: 4), "policy.potentialKeyMinimumMet", "A potential key client must meet 1..keyMinimumMet (3) criteria, but the policy asks for 4." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_first_value_past_each_edge_is_refused_by_name(Func<ClassificationPolicy> make, string path, string message)
    {
        var d = Assert.Single(make().Validate("policy"));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(path, d.Path);
        Assert.Equal(message, d.Message);
        Assert.StartsWith("KCL1", d.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_path_the_setting_is_the_path()
    {
        Assert.Equal("maximumIndustryRank", Assert.Single(new ClassificationPolicy(maximumIndustryRank: 0).Validate()).Path);
    }
}
