using System;
using System.Collections.Generic;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Classification;

/// <summary>
/// The JSON input of a key-client classification: the clients' evidence, and optionally the policy,
/// the departments' lists and the previous classification.
/// </summary>
/// <remarks>
/// Read it with <c>KeyAccountJson.Deserialize&lt;ClassificationPortfolioDocument&gt;</c>, check it with
/// <see cref="ClassificationValidator.Validate"/>, and run it with <see cref="KeyClientClassifier.Run"/>.
/// A document of the right shape always loads: a value out of its range (a market share of 1.5, a
/// negative sales figure) and an inconsistency (two clients with one id) are reported as diagnostics
/// with their codes and paths, and so is a null entry in a list (<c>KCL008</c>). Only what is not a
/// document at all is refused: a missing <c>clients</c> list, a missing or default currency or client id.
/// </remarks>
public sealed record ClassificationPortfolioDocument : IKeyAccountDocument
{
    /// <summary>The format version this release writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Creates a document.</summary>
    /// <param name="currency">The one currency of every amount in the document (profits, opportunity values, sales).</param>
    /// <param name="clients">The clients' evidence.</param>
    /// <param name="policy">The policy; null for <see cref="ClassificationPolicy.Default"/>.</param>
    /// <param name="departments">The departments' key-client lists; null for none.</param>
    /// <param name="previous">The previous classification; null for none.</param>
    /// <param name="formatVersion">The document format version; <see cref="CurrentFormatVersion"/> by default. (A constructor parameter so that JSON without the field reads as the current version: the serializer would otherwise set the init-only property to 0.)</param>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public ClassificationPortfolioDocument(
        Currency currency,
        IReadOnlyList<ClientEvidence> clients,
        ClassificationPolicy? policy = null,
        IReadOnlyList<DepartmentList>? departments = null,
        IReadOnlyList<ClassificationSnapshot>? previous = null,
        int formatVersion = CurrentFormatVersion)
    {
        FormatVersion = formatVersion;
        if (currency.IsDefault)
        {
            throw new ArgumentException("default(Currency) is not a valid currency.", nameof(currency));
        }

        Currency = currency;
        // Copies, so that the document stays as validated when the caller changes its lists later.
        // Null entries are kept and reported (KCL008), as this document always did, so that a file
        // with one loads and names the entry's path.
        Clients = Copy(Require.NotNull(clients, nameof(clients)));
        Policy = policy;
        Departments = departments is null ? null : Copy(departments);
        Previous = previous is null ? null : Copy(previous);
    }

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>The one currency of every amount in the document.</summary>
    public Currency Currency { get; }

    /// <summary>The clients' evidence.</summary>
    public IReadOnlyList<ClientEvidence> Clients { get; }

    /// <summary>The policy; null for the default.</summary>
    public ClassificationPolicy? Policy { get; }

    /// <summary>The departments' key-client lists; null for none.</summary>
    public IReadOnlyList<DepartmentList>? Departments { get; }

    /// <summary>The previous classification; null for none.</summary>
    public IReadOnlyList<ClassificationSnapshot>? Previous { get; }

    /// <summary>Checks the document: the same as <see cref="ClassificationValidator.Validate"/>, which supersedes this method.</summary>
    /// <returns>The diagnostics in the shared order; empty for a clean document.</returns>
    /// <remarks>
    /// As before this release, this forwarder leaves out the sums beyond decimal (<c>KCL009</c>,
    /// <c>KCL010</c>), which its callers check themselves; <see cref="ClassificationValidator.Validate"/>
    /// reports them. Kept for one release.
    /// </remarks>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    [System.Obsolete("Use ClassificationValidator.Validate(document) instead (it also reports the sums beyond decimal, KCL009 and KCL010).")]
    public IReadOnlyList<Diagnostic> Validate() => ClassificationValidator.ValidateExceptTotals(this);

    private static T[] Copy<T>(IReadOnlyList<T> items)
    {
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return copy;
    }
}
