using System.IO;
using KeyAccount.Core.Json;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Writes <c>keyaccount pareto --format json</c>: the library's 20/80 contract,
/// <see cref="KeyAccount.Core.Pareto.ParetoSummary"/>, as <see cref="KeyAccountJson"/> writes it
/// (docs/cli.md, "JSON output: the 20/80 contract"), with the number of CSV rows read. The same contract is
/// the <c>pareto</c> section of <c>keyaccount review --format json</c>, and the library reads it back.
/// </summary>
internal static class ParetoJsonWriter
{
    public static void Write(ParetoReport report, TextWriter output) =>
        output.WriteLine(KeyAccountJson.Serialize(report.Summary with { Rows = report.Rows }));
}
