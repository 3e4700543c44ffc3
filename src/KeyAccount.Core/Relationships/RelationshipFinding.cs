namespace KeyAccount.Core.Relationships;

/// <summary>One finding of the coverage and risk analysis: an explained verdict with a stable <c>KAR1xx</c> code.</summary>
/// <param name="Code">The code, one of <see cref="RelationshipsDiagnosticCodes"/> (<c>KAR101</c> and up).</param>
/// <param name="Severity">The code's severity.</param>
/// <param name="Subject">The id of the person (or approval rule) the finding is about; empty for the account as a whole.</param>
/// <param name="Explanation">What was found, why it matters, and the evidence.</param>
public sealed record RelationshipFinding(string Code, DiagnosticSeverity Severity, string Subject, string Explanation);
