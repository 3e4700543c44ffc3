using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>A package: one value per issue, with both sides' additive utilities.</summary>
/// <param name="Terms">The value of each issue, in the plan's issue order.</param>
/// <param name="OurUtility">Our utility: the weighted sum of our issue scores (0 = all our walk-aways, 1 = all our targets).</param>
/// <param name="ClientUtility">The client's utility as we estimate it, on the client's scale.</param>
public sealed record NegotiationPackage(IReadOnlyList<PackageTerm> Terms, double OurUtility, double ClientUtility);
