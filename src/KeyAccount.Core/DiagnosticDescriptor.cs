using System;
using Ardalis.GuardClauses;

namespace KeyAccount.Core;

/// <summary>
/// What one diagnostic code means: the code, the severity it is always reported with, and a
/// one-line title. Each area lists its descriptors in its <c>&lt;Area&gt;DiagnosticCodes.All</c>.
/// </summary>
/// <remarks>
/// A code never changes meaning or severity and is never reused. Every code is documented in its
/// area's page under <c>docs/</c> with an example of the defect and its fix.
/// </remarks>
public sealed record DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="code">The stable code, for example <c>KAP001</c>.</param>
    /// <param name="severity">The severity every diagnostic with this code carries.</param>
    /// <param name="title">What the code reports, in one line.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="title"/> is blank, or <paramref name="severity"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="title"/> is null.</exception>
    public DiagnosticDescriptor(string code, DiagnosticSeverity severity, string title)
    {
        Code = Guard.Against.NullOrWhiteSpace(code, nameof(code));
        Severity = Guard.Against.EnumOutOfRange(severity, nameof(severity));
        Title = Guard.Against.NullOrWhiteSpace(title, nameof(title));
    }

    /// <summary>The stable code, for example <c>KAP001</c>.</summary>
    public string Code { get; }

    /// <summary>The severity every diagnostic with this code carries.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What the code reports, in one line.</summary>
    public string Title { get; }

    /// <summary>A diagnostic with this code and severity.</summary>
    /// <param name="path">Where in the document, such as <c>goals[2].deadline</c>; empty for the whole document.</param>
    /// <param name="message">What is wrong in this case, in a plain sentence.</param>
    /// <returns>The diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    public Diagnostic At(string path, string message) => new(Code, Severity, path, message);
}
