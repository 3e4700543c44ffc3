using System.Text.Json.Serialization;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// The 20/80 analysis in brief: the one contract for the 20/80 figures, written by
/// <c>KeyAccountJson</c> wherever they leave the library (<c>keyaccount pareto --format json</c>
/// and the <c>pareto</c> section of <c>keyaccount review --format json</c>), and read back by it.
/// Made by <see cref="ParetoAnalysis.Summarize"/>. The fields are documented in
/// <c>docs/cli.md</c> (<c>keyaccount pareto</c>, "JSON output: the 20/80 contract").
/// </summary>
/// <remarks>
/// JSON: <c>formatVersion</c>, <c>clients</c>, <c>rows</c> (only when known), <c>currency</c>,
/// <c>total</c>, <c>target</c>, <c>vitalFew</c>, <c>gini</c>, <c>hhi</c> (those three written as
/// <c>null</c> when undefined), <c>abc</c>, <c>whale</c> (only when some amount is negative),
/// <c>explanation</c>. Fields may be added within a format version; none is removed or changes
/// meaning without a new <see cref="CurrentFormatVersion"/>.
/// </remarks>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="ClientCount">The number of clients (JSON <c>clients</c>).</param>
/// <param name="Total">The net total of the amounts, exact.</param>
/// <param name="Abc">The computed ABC analysis (Ultsch and Lötsch).</param>
/// <param name="Explanation">One sentence for a key account manager.</param>
/// <param name="VitalFew">The vital few for <see cref="TargetShare"/>; null when the net total is negative (undefined).</param>
/// <param name="Gini">The (uncorrected) Gini coefficient; null when concentration is undefined (no clients, a zero total, or a negative amount).</param>
/// <param name="Hhi">The Herfindahl-Hirschman index on the 0..1 scale; null when concentration is undefined.</param>
/// <param name="Whale">The whale curve; present only when some amount is negative.</param>
/// <param name="TargetShare">The share of the net total the vital few must reach, in (0, 1] (JSON <c>target</c>); 0.8 by default.</param>
/// <param name="Rows">The number of input rows the amounts were summed from (a CSV's data rows), when the caller knows it; null otherwise.</param>
/// <param name="FormatVersion">The version of this contract; <see cref="CurrentFormatVersion"/> by default.</param>
public sealed record ParetoSummary(
    [property: JsonPropertyOrder(3)] Currency Currency,
    [property: JsonPropertyName("clients"), JsonPropertyOrder(1)] int ClientCount,
    [property: JsonPropertyOrder(4)] decimal Total,
    [property: JsonPropertyOrder(9)] AbcClasses Abc,
    [property: JsonPropertyOrder(11)] string Explanation,
    [property: JsonPropertyOrder(6), JsonIgnore(Condition = JsonIgnoreCondition.Never)] VitalFew? VitalFew = null,
    [property: JsonPropertyOrder(7), JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Gini = null,
    [property: JsonPropertyOrder(8), JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Hhi = null,
    [property: JsonPropertyOrder(10)] WhaleCurve? Whale = null,
    [property: JsonPropertyName("target"), JsonPropertyOrder(5)] double TargetShare = 0.8,
    [property: JsonPropertyOrder(2)] long? Rows = null,
    [property: JsonPropertyOrder(0)] int FormatVersion = ParetoSummary.CurrentFormatVersion) : IKeyAccountDocument
{
    /// <summary>The version of the contract this release writes, and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Deconstructs the figures of the signature before <see cref="TargetShare"/>, <see cref="Rows"/> and <see cref="FormatVersion"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="clientCount">The number of clients.</param>
    /// <param name="total">The net total.</param>
    /// <param name="abc">The ABC analysis.</param>
    /// <param name="explanation">The sentence.</param>
    /// <param name="vitalFew">The vital few.</param>
    /// <param name="gini">The Gini coefficient.</param>
    /// <param name="hhi">The HHI.</param>
    /// <param name="whale">The whale curve.</param>
    [System.Obsolete("Use the deconstruction with TargetShare, Rows and FormatVersion; this one remains for one release.")]
    public void Deconstruct(out Currency currency, out int clientCount, out decimal total, out AbcClasses abc, out string explanation, out VitalFew? vitalFew, out double? gini, out double? hhi, out WhaleCurve? whale)
    {
        currency = Currency;
        clientCount = ClientCount;
        total = Total;
        abc = Abc;
        explanation = Explanation;
        vitalFew = VitalFew;
        gini = Gini;
        hhi = Hhi;
        whale = Whale;
    }
}
