using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace KeyAccount.Core;

/// <summary>
/// What running a user's document gives: its diagnostics and, when they allow it, the result.
/// Every area's <c>Run</c> returns one, and never throws for a defect in the document.
/// </summary>
/// <typeparam name="TResult">The area's result type.</typeparam>
/// <remarks>
/// <see cref="Result"/> is null exactly when the diagnostics hold an error that the analysis cannot
/// work around; warnings never withhold the result. The diagnostics are in the order of
/// <see cref="Diagnostics.Sort"/>.
/// </remarks>
public sealed record DocumentRun<TResult>
    where TResult : class
{
    /// <summary>Creates a run.</summary>
    /// <param name="diagnostics">The document's diagnostics (copied and sorted).</param>
    /// <param name="result">The result; null when errors withheld it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> or one of its entries is null.</exception>
    public DocumentRun(IEnumerable<Diagnostic> diagnostics, TResult? result)
    {
        Diagnostics = Core.Diagnostics.Sort(Guard.Against.Null(diagnostics, nameof(diagnostics)));
        Result = result;
    }

    /// <summary>The document's diagnostics, sorted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The result; null when an error in the document withheld it.</summary>
    public TResult? Result { get; }

    /// <summary>True when <see cref="Diagnostics"/> hold an error.</summary>
    public bool HasErrors => Diagnostics.HasErrors();
}
