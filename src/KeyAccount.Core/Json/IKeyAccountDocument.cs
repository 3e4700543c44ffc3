namespace KeyAccount.Core.Json;

/// <summary>
/// A top-level JSON document of the library (a portfolio, a plan, a set of assessments) that
/// carries the version of the format it was written in.
/// </summary>
/// <remarks>
/// Implementations take the version as an optional constructor parameter,
/// <c>int formatVersion = DocumentFormat.CurrentVersion</c>, behind a read-only
/// <c>FormatVersion</c> property, so a document written without the field reads as the current
/// version and a newly created one is stamped with it. (An <c>init</c> property with an initializer
/// is not enough: source-generated deserialization of a type with a parameterised constructor
/// assigns every <c>init</c> property, and a missing field would read as 0.)
/// <see cref="KeyAccountJson"/> refuses documents newer than the library.
/// </remarks>
public interface IKeyAccountDocument
{
    /// <summary>The document format version, from 1 to <see cref="DocumentFormat.CurrentVersion"/>.</summary>
    int FormatVersion { get; }
}
