using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>The zone of possible agreement on one issue: the values within both sides' walk-aways.</summary>
/// <param name="Issue">The issue's id.</param>
/// <param name="HasAgreement">True when at least one of the issue's values is acceptable to both sides.</param>
/// <param name="Low">The lowest value both sides accept; null when the zone is unbounded below or empty.</param>
/// <param name="High">The highest value both sides accept; null when the zone is unbounded above or empty.</param>
/// <param name="AgreeableValues">The issue's values (options or range points) inside the zone, ascending.</param>
/// <param name="Explanation">The zone in words, or its absence said plainly.</param>
public sealed record IssueZone(string Issue, bool HasAgreement, decimal? Low, decimal? High, IReadOnlyList<decimal> AgreeableValues, string Explanation);
