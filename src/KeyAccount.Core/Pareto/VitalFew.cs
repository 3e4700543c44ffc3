namespace KeyAccount.Core.Pareto;

/// <summary>
/// The vital few: the smallest set of top-ranked clients whose amounts together reach a target share of
/// the net total ("19% of clients bring 80% of profit").
/// </summary>
/// <remarks>
/// The set is the clients ranked 1 to <see cref="Count"/>. It is minimal: without its last member the
/// target is no longer reached. Clients with equal amounts are ranked by id, so a tie at the edge of
/// the set is split by id (the ABC classes, by contrast, never split ties). The comparison with the
/// target is exact (decimal sums). With a target share of exactly 1 the set is every client with a
/// positive amount (clients with zero or negative amounts add nothing). With loss makers the shares
/// are of the net total, so the target is reached before the curve's peak.
/// </remarks>
/// <param name="TargetShare">The share of the net total to reach, in (0, 1].</param>
/// <param name="Count">How many top clients reach it; 0 for an empty or all-zero client base.</param>
/// <param name="ClientShare"><see cref="Count"/> divided by the number of clients, in [0, 1]; 0 when there are no clients.</param>
/// <param name="ValueShare">The share of the net total those clients hold, at least <see cref="TargetShare"/> (0 when the total is zero).</param>
/// <param name="Explanation">One sentence for a key account manager.</param>
public sealed record VitalFew(double TargetShare, int Count, double ClientShare, double ValueShare, string Explanation);
