namespace KeyAccount.Core.Classification;

/// <summary>The evidence behind criterion 4, industry leadership or lasting influence on the market, for one client.</summary>
/// <param name="Outcome">Met when any known measure reaches its threshold, not met when measures are known and none does, unknown when none is known.</param>
/// <param name="IndustryRank">The industry rank, 1 = leader; null when unknown.</param>
/// <param name="MarketShare">The market share, 0..1; null when unknown.</param>
/// <param name="InfluenceRating">The influence rating, 0..100; null when unknown.</param>
public readonly record struct MarketLeadershipFinding(
    CriterionOutcome Outcome,
    int? IndustryRank = null,
    double? MarketShare = null,
    double? InfluenceRating = null);
