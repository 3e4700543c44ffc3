using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>The strongest path from any of our people to one decision maker, with the path itself.</summary>
/// <param name="DecisionMaker">The decision maker's id.</param>
/// <param name="Name">The decision maker's name.</param>
/// <param name="Verdict">Strong, weak, unknown (reached only through unassessed links) or none.</param>
/// <param name="Strength">The product of the path's link strengths, from 0 to 1; 0 when there is no path; null when the only paths run through unassessed links (unknown, not weak).</param>
/// <param name="People">The path's people: our person first, then the client's people up to the decision maker; empty when there is no path of known strength.</param>
/// <param name="LinkStrengths">The strength of each step of <paramref name="People"/> (one fewer than the people): the relationship first, then the influence links.</param>
/// <param name="Explanation">The verdict and the path in words.</param>
public sealed record InfluencePath(
    string DecisionMaker,
    string Name,
    PathVerdict Verdict,
    double? Strength,
    IReadOnlyList<string> People,
    IReadOnlyList<double> LinkStrengths,
    string Explanation);
