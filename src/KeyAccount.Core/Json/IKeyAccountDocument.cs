namespace KeyAccount.Core.Json;

/// <summary>
/// A top-level JSON document of the library (a portfolio, a plan, a set of assessments) that
/// carries the version of the format it was written in.
/// </summary>
/// <remarks>
/// Implementations declare <c>public int FormatVersion { get; init; } = DocumentFormat.CurrentVersion;</c>,
/// so a document written without the field reads as the current version and a newly created one
/// is stamped with it. <see cref="KeyAccountJson"/> refuses documents newer than the library.
/// </remarks>
public interface IKeyAccountDocument
{
    /// <summary>The document format version, from 1 to <see cref="DocumentFormat.CurrentVersion"/>.</summary>
    int FormatVersion { get; }
}
