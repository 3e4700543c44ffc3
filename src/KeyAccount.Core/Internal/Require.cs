using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core;

/// <summary>
/// The library's one set of internal guard helpers beyond <c>Ardalis.GuardClauses</c>: structural
/// checks that constructors of documents and analyses share. A document refuses only null and
/// default ids (everything else is a diagnostic); analysis arguments are checked here.
/// </summary>
internal static class Require
{
    /// <summary>Returns <paramref name="value"/> when it is not null.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public static T NotNull<T>(T? value, string parameterName)
        where T : class
        => value ?? throw new ArgumentNullException(parameterName);

    /// <summary>
    /// A copy of a document's list, or an empty list for null (a list left out of a JSON document
    /// reaches the model as null), after checking that no entry is null. The copy keeps the model
    /// immutable when the caller later changes the list it passed in.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is null; the message names its position.</exception>
    public static IReadOnlyList<T> Items<T>(IReadOnlyList<T>? items, string parameterName)
        where T : class
    {
        if (items is null || items.Count == 0)
        {
            return Array.Empty<T>();
        }

        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i] ?? throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}[{1}] is null; a document's lists hold no null entries.", parameterName, i), parameterName);
        }

        return copy;
    }

    /// <summary>A copy of a list of values, or an empty list for null.</summary>
    public static IReadOnlyList<T> Values<T>(IReadOnlyList<T>? items)
        where T : struct
    {
        if (items is null || items.Count == 0)
        {
            return Array.Empty<T>();
        }

        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return copy;
    }

    /// <summary>Returns <paramref name="id"/> when it is set.</summary>
    /// <exception cref="ArgumentException">The id is <c>default(ClientId)</c>.</exception>
    public static ClientId Set(ClientId id, string parameterName) =>
        id.IsDefault ? throw new ArgumentException("The id must be set (default(ClientId) is not an id).", parameterName) : id;

    /// <summary>Returns <paramref name="value"/> when it is a finite number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static double Finite(double value, string parameterName) =>
        double.IsNaN(value) || double.IsInfinity(value)
            ? throw new ArgumentOutOfRangeException(parameterName, value, parameterName + " must be a finite number.")
            : value;

    /// <summary>Returns <paramref name="value"/> when it is a finite number from 0 to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1] or not finite.</exception>
    public static double Share(double value, string parameterName) =>
        !(value >= 0 && value <= 1)
            ? throw new ArgumentOutOfRangeException(parameterName, value, parameterName + " must be a share from 0 to 1.")
            : value;

    /// <summary>Throws an <see cref="ArgumentException"/> that lists the errors of a document passed to an analysis that needs a valid one.</summary>
    /// <exception cref="ArgumentException">Always, when <paramref name="diagnostics"/> hold an error.</exception>
    public static void Valid(IReadOnlyList<Diagnostic> diagnostics, string parameterName, string documentName)
    {
        if (!diagnostics.HasErrors())
        {
            return;
        }

        var lines = new List<string>();
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error && lines.Count < 5)
            {
                lines.Add(d.ToString());
            }
        }

        var errors = diagnostics.Count(DiagnosticSeverity.Error);
        var more = errors > lines.Count ? string.Format(CultureInfo.InvariantCulture, " (and {0} more)", errors - lines.Count) : string.Empty;
        throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The {0} has {1}; validate it first and fix: {2}{3}", documentName, Wording.Count(errors, "error"), string.Join("; ", lines), more), parameterName);
    }
}
