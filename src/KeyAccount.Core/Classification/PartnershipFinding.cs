using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Classification;

/// <summary>The evidence behind criterion 3, trusted partner or adviser, for one client.</summary>
/// <param name="Outcome">Met, not met or unknown. Decided by the ladder level when known, else by the survey score; unknown when neither is.</param>
/// <param name="LadderLevel">The perception ladder level used; null when unknown.</param>
/// <param name="SurveyScore">The survey score, 0..100; null when unknown. Not used when the ladder level is known.</param>
public readonly record struct PartnershipFinding(
    CriterionOutcome Outcome,
    LadderLevel? LadderLevel = null,
    double? SurveyScore = null);
