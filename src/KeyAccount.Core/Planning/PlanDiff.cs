using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Planning;

/// <summary>The differences between two versions of a plan, made by <see cref="PlanComparison.Compare"/>.</summary>
/// <param name="Changes">
/// Every change, by part (in the order of <see cref="PlanPart"/>), then by the item's id
/// (ordinally) and the member changed; the order does not depend on the order of the plans'
/// lists. Empty when the plans are the same.
/// </param>
/// <param name="Explanation">How many places differ and what: <c>The new plan differs in 3 places: 1 goal changed, 1 action added, 1 budget changed.</c></param>
public sealed record PlanDiff(IReadOnlyList<PlanChange> Changes, string Explanation)
{
    /// <summary>True when the two plans are the same (no change).</summary>
    [JsonIgnore]
    public bool IsEmpty => Changes.Count == 0;
}
