namespace KeyAccount.Core.Negotiation;

/// <summary>One issue of the agreed package against our target and walk-away.</summary>
/// <param name="Issue">The issue's id.</param>
/// <param name="Value">The agreed value.</param>
/// <param name="OurTarget">Our target.</param>
/// <param name="OurWalkAway">Our walk-away.</param>
/// <param name="OurScore">Our score of the value: 1 at the target, 0 at the walk-away, below 0 past it.</param>
public sealed record OutcomeTerm(string Issue, decimal Value, decimal OurTarget, decimal OurWalkAway, double OurScore);
