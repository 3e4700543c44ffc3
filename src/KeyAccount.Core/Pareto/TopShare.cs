namespace KeyAccount.Core.Pareto;

/// <summary>The reverse question of the vital few: what share of the value the top share of clients hold.</summary>
/// <param name="RequestedClientShare">The share of clients asked about, in (0, 1], for example 0.2 for "the top 20%".</param>
/// <param name="Count">
/// The number of top clients counted: the requested share of the number of clients, rounded up
/// (so at least the requested share; at least one client when there are any).
/// </param>
/// <param name="ClientShare"><see cref="Count"/> divided by the number of clients; 0 when there are no clients.</param>
/// <param name="ValueShare">The share of the net total those clients hold (above 1 possible with loss makers; 0 when the total is zero).</param>
/// <param name="Explanation">One sentence for a key account manager.</param>
public sealed record TopShare(double RequestedClientShare, int Count, double ClientShare, double ValueShare, string Explanation);
