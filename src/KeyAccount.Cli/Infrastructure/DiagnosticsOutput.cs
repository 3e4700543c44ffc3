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

    /// <summary>The diagnostics as a table (or a line saying there are none).</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, string title)
    {
        if (diagnostics.Count == 0)
        {
            console.WriteLine($"{title}: no diagnostics.");
            return;
        }

        var table = new Table().Title(Markup.Escape(title)).AddColumn("severity").AddColumn("code").AddColumn("path").AddColumn("message");
        foreach (var d in diagnostics)
        {
            table.AddRow(Markup.Escape(d.Severity.ToString()), Markup.Escape(d.Code), Markup.Escape(d.Path), Markup.Escape(d.Message));
        }

        console.Write(table);
    }
}
