using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core;
using Spectre.Console;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>Prints a document's diagnostics and maps them to the exit code.</summary>
internal static class DiagnosticsOutput
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary><see cref="ExitCodes.AnalysisErrors"/> when any diagnostic is an error, else <see cref="ExitCodes.Success"/>.</summary>
    public static int ExitCode(IEnumerable<Diagnostic> diagnostics) => HasErrors(diagnostics) ? ExitCodes.AnalysisErrors : ExitCodes.Success;

    /// <summary>The columns of a diagnostics table.</summary>
    private static readonly TableField[] Fields = [new("severity"), new("code"), new("path"), new("message")];

    /// <summary>The diagnostics as a table (or a line saying there are none), at most <paramref name="rows"/> of them (default <see cref="RowLimit.Default"/>).</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, string title, RowLimit? rows = null)
    {
        if (diagnostics.Count == 0)
        {
            console.WriteLine($"{title}: no diagnostics.");
            return;
        }

        TableOutput.Write(console, title, Fields, diagnostics, d => [d.Severity.ToString(), d.Code, d.Path, d.Message], rows ?? RowLimit.Default, "diagnostics");
    }
}
