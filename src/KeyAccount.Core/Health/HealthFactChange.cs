namespace KeyAccount.Core.Health;

/// <summary>A fact of a component that appeared, went or changed its points between two scorecards.</summary>
/// <param name="Key">The fact's key (<see cref="HealthFact.Key"/>).</param>
/// <param name="PointsBefore">Its points on the earlier date; 0 when it was not a fact then.</param>
/// <param name="PointsAfter">Its points on the later date; 0 when it is not a fact any more.</param>
/// <param name="Explanation">The fact in a sentence (as of the later date when it is still a fact, else as of the earlier).</param>
public sealed record HealthFactChange(string Key, decimal PointsBefore, decimal PointsAfter, string Explanation);
