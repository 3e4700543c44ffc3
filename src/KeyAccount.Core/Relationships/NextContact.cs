using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>A client person whose new relationship (at the stated strength) would raise the paths to decision makers not yet strongly reached.</summary>
/// <param name="Rank">1 for the first contact to make; each rank assumes the contacts ranked before it are made (a greedy plan).</param>
/// <param name="Person">The client person's id.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Strength">The strength the new relationship is assumed to have.</param>
/// <param name="Gain">The sum over the decision makers of the rise of their strongest paths' strength.</param>
/// <param name="Improves">The decision makers whose paths rise, with before and after.</param>
/// <param name="Explanation">The gain in words.</param>
public sealed record NextContact(int Rank, string Person, string Name, RelationshipStrength Strength, double Gain, IReadOnlyList<PathImprovement> Improves, string Explanation);
