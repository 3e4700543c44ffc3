namespace KeyAccount.Core.Pareto;

/// <summary>How concentrated the value is across clients: Gini coefficient and Herfindahl-Hirschman index.</summary>
/// <remarks>
/// Defined for non-negative amounts with a positive total (see <see cref="ParetoAnalysis.CanMeasureConcentration"/>).
/// With x_(1) ≥ … ≥ x_(n) ranked from the top, shares s_i = x_i / Σx and cumulative shares S_r:
/// <list type="bullet">
/// <item><description>Gini G = (2 Σ_r S_r − (n + 1)) / n, the same as 2 Σ_i i·x_[i] / (n Σx) − (n + 1)/n over ascending x_[i]
/// (R ineq's <c>Gini(x)</c>); 0 for equal amounts, at most 1 − 1/n when one client holds everything.</description></item>
/// <item><description>Corrected Gini G·n/(n − 1), in [0, 1] (0 for a single client).</description></item>
/// <item><description>HHI H = Σ s_i², in [1/n, 1]; the same on the 0..10,000 scale (shares in percent); normalised (H − 1/n)/(1 − 1/n) in [0, 1] (0 for a single client).</description></item>
/// </list>
/// </remarks>
/// <param name="Gini">The Gini coefficient, in [0, 1 − 1/n].</param>
/// <param name="GiniCorrected">The small-sample corrected Gini n/(n − 1)·G, in [0, 1]; 0 for one client.</param>
/// <param name="Hhi">The Herfindahl-Hirschman index Σ s², in [1/n, 1].</param>
/// <param name="HhiPoints">The same on the 0..10,000 scale used by competition authorities (Σ (100 s)²).</param>
/// <param name="HhiNormalized">(H − 1/n) / (1 − 1/n), in [0, 1]; 0 for one client.</param>
/// <param name="EquivalentClients">1/H: the number of equal clients that would give the same HHI.</param>
/// <param name="Explanation">One sentence for a key account manager.</param>
public sealed record Concentration(double Gini, double GiniCorrected, double Hhi, double HhiPoints, double HhiNormalized, double EquivalentClients, string Explanation);
