namespace KeyAccount.Core.Pareto;

/// <summary>
/// The 20/80 analysis in brief, ready for JSON (through <c>KeyAccountJson</c>): the figures a report or the
/// command line prints. Made by <see cref="ParetoAnalysis.Summarize"/>.
/// </summary>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="ClientCount">The number of clients.</param>
/// <param name="Total">The net total of the amounts, exact.</param>
/// <param name="VitalFew">The vital few for the requested target share; null when the net total is negative (undefined).</param>
/// <param name="Gini">The (uncorrected) Gini coefficient; null when concentration is undefined (no clients, a zero total, or a negative amount).</param>
/// <param name="Hhi">The Herfindahl-Hirschman index on the 0..1 scale; null when concentration is undefined.</param>
/// <param name="Abc">The computed ABC analysis (Ultsch and Lötsch).</param>
/// <param name="Whale">The whale curve; present only when some amount is negative.</param>
/// <param name="Explanation">One sentence for a key account manager.</param>
public sealed record ParetoSummary(Currency Currency, int ClientCount, decimal Total, AbcClasses Abc, string Explanation, VitalFew? VitalFew = null, double? Gini = null, double? Hhi = null, WhaleCurve? Whale = null);
