using System.IO;
using System.Threading.Tasks;
using KeyAccount.Core;
using KeyAccount.Core.Json;
using KeyAccount.Core.Pareto;

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

    /// <summary>
    /// Prepares the first write of the process on another core: a process's first serialisation
    /// spends about 0.1 s on the serializer's options, type metadata and compiled code, which a
    /// write of a two-client summary builds as the real one would. Started when the reading is
    /// done (the rest runs on one core), it leaves the real write only the writing.
    /// </summary>
    /// <returns>The preparation. The command never waits for it: a failure stays in the task, and <see cref="Write"/>, doing the same work, reports what fails there.</returns>
    public static Task Prepare() =>
        System.Environment.ProcessorCount < 2
            ? Task.CompletedTask
            : Task.Run(() =>
            {
                var sample = ParetoAnalysis.Analyze([new ClientId("a"), new ClientId("b")], [2m, 1m], new Currency("XXX"));
                _ = KeyAccountJson.Serialize(sample.Summarize(0.8) with { Rows = 2 });
            });
}
