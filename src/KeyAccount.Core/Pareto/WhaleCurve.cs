using System.Text.Json.Serialization;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// The whale curve of profit: with clients ranked from the most to the least profitable, the
/// cumulative profit rises above 100% of the total while profitable clients are added, and the loss
/// makers at the end pull it back down to 100%.
/// </summary>
/// <param name="PeakClients">How many top clients give the peak of cumulative profit: every client with a positive amount.</param>
/// <param name="PeakAmount">The cumulative profit at the peak: the sum of the positive amounts, exact.</param>
/// <param name="PeakShare">
/// The peak as a share of the net total (1.4 means 140% of the profit the business actually keeps);
/// null when the net total is zero or negative (the client base as a whole destroys profit).
/// </param>
/// <param name="LossMakers">How many clients have a negative amount.</param>
/// <param name="LossAmount">The profit the loss makers destroy, as a non-negative amount: minus the sum of the negative amounts.</param>
/// <param name="ZeroClients">How many clients have an amount of exactly zero (they neither raise nor lower the curve).</param>
/// <param name="Explanation">One sentence for a key account manager.</param>
public sealed record WhaleCurve(int PeakClients, decimal PeakAmount, int LossMakers, decimal LossAmount, int ZeroClients, string Explanation, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? PeakShare = null);
