namespace KeyAccount.Core.Pareto;

/// <summary>One client's place in a <see cref="ParetoAnalysis"/>: its rank, amount and shares.</summary>
/// <param name="Client">The client.</param>
/// <param name="Rank">1 for the largest amount, up to the number of clients; ties are ranked by client id, ordinally.</param>
/// <param name="Amount">The client's amount, exact, in the analysis currency; any sign.</param>
/// <param name="Share">
/// The client's amount divided by the net total (<see cref="ParetoAnalysis.Total"/>); negative for a
/// loss maker. Null when the net total is zero or negative, where shares are undefined.
/// </param>
/// <param name="CumulativeShare">
/// The amounts of the clients ranked 1 to <paramref name="Rank"/>, summed exactly and divided by the
/// net total: the y of the ABC (Pareto) curve at this client. Above 1 on the hump of a whale curve
/// (when loss makers follow); exactly 1 at the last rank. Null when the net total is zero or negative.
/// </param>
public readonly record struct RankedClient(ClientId Client, int Rank, decimal Amount, double? Share, double? CumulativeShare);
