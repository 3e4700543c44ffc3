using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>The zone of possible agreement per issue and overall.</summary>
/// <param name="Issues">The zone of each issue, in the plan's order.</param>
/// <param name="Exists">True when every issue has a zone and some package within them gives both sides at least their BATNA.</param>
/// <param name="AgreeablePackages">How many packages keep every issue within both walk-aways (the product of the per-issue counts; a double, as it can be huge).</param>
/// <param name="Explanation">The overall zone in words, or its absence said plainly with the reason.</param>
public sealed record AgreementZone(IReadOnlyList<IssueZone> Issues, bool Exists, double AgreeablePackages, string Explanation);
