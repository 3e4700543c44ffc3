using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core;

/// <summary>
/// One finding of a validator about a user's document: what is wrong, how badly, and where.
/// </summary>
/// <remarks>
/// Diagnostics are data, not exceptions: a document that is incomplete or inconsistent still
/// loads, and its validator reports each defect the way a compiler does. Codes are stable across
/// versions (for example <c>KAP001</c>) and are documented with an example of the defect and its
/// fix; messages may be reworded.
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, for example <c>KAP001</c>.</param>
    /// <param name="severity">How serious the finding is.</param>
    /// <param name="path">Where in the document: a path such as <c>goals[2].deadline</c>; the empty string for the document as a whole.</param>
    /// <param name="message">A plain-English sentence that says what is wrong.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty, or <paramref name="severity"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string path, string message)
    {
        Code = Guard.Against.NullOrWhiteSpace(code, nameof(code));
        Severity = Guard.Against.EnumOutOfRange(severity, nameof(severity));
        Path = Guard.Against.Null(path, nameof(path));
        Message = Guard.Against.NullOrWhiteSpace(message, nameof(message));
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>How serious the finding is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where in the document, such as <c>goals[2].deadline</c>; empty for the whole document.</summary>
    public string Path { get; }

    /// <summary>What is wrong, in a plain sentence.</summary>
    public string Message { get; }

    /// <summary>Compiler-style text: <c>error KAP001 at goals[2].deadline: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return Path.Length == 0
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", severity, Code, Message)
            : string.Format(CultureInfo.InvariantCulture, "{0} {1} at {2}: {3}", severity, Code, Path, Message);
    }
}
