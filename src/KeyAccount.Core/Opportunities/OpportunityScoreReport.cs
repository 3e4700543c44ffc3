using System.Collections.Generic;

namespace KeyAccount.Core.Opportunities;

/// <summary>The scores of a set of opportunities, ranked, with the matrix thresholds used.</summary>
/// <param name="Currency">The currency of the amounts.</param>
/// <param name="EffortReference">The amounts that count as effort 1 per resource.</param>
/// <param name="ValueThreshold">Expected return at or above which an opportunity is high value.</param>
/// <param name="EffortThreshold">Effort at or below which an opportunity is low effort.</param>
/// <param name="Scores">The scores, by rank (1 first).</param>
/// <param name="Explanation">How the thresholds and references were set, and the count per quadrant.</param>
public sealed record OpportunityScoreReport(
    Currency Currency,
    ResourceAmounts EffortReference,
    decimal ValueThreshold,
    double EffortThreshold,
    IReadOnlyList<OpportunityScore> Scores,
    string Explanation);
