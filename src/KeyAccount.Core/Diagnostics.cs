using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace KeyAccount.Core;

/// <summary>
/// Operations on lists of <see cref="Diagnostic"/>s that every area shares: whether they hold an
/// error, and the one order in which every validator returns them.
/// </summary>
/// <remarks>
/// The order: by path, compared naturally (runs of digits as numbers, so <c>goals[2]</c> comes
/// before <c>goals[10]</c>, and of two equal numbers the one with fewer leading zeros first, so
/// <c>x1</c> before <c>x01</c>; other characters ordinally; a path before its extensions), then by code
/// (ordinal), then in the order the checks found them. The same document always gives the same
/// list.
/// </remarks>
public static class Diagnostics
{
    /// <summary>True when <paramref name="diagnostics"/> hold at least one <see cref="DiagnosticSeverity.Error"/>.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>True when one is an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public static bool HasErrors(this IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in Guard.Against.Null(diagnostics, nameof(diagnostics)))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts the diagnostics of one severity.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="severity">The severity to count.</param>
    /// <returns>How many have <paramref name="severity"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public static int Count(this IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity)
    {
        var count = 0;
        foreach (var diagnostic in Guard.Against.Null(diagnostics, nameof(diagnostics)))
        {
            if (diagnostic.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Puts diagnostics in the documented order (see the remarks of <see cref="Diagnostics"/>);
    /// diagnostics that compare equal keep their order in <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="diagnostics">The diagnostics, in the order they were found.</param>
    /// <returns>A new, sorted list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> or one of its entries is null.</exception>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var found = new List<Diagnostic>(Guard.Against.Null(diagnostics, nameof(diagnostics)));
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i] is null)
            {
                throw new ArgumentNullException(nameof(diagnostics), $"diagnostics[{i}] is null.");
            }
        }

        return DiagnosticOrder.Sort(found);
    }

    /// <summary>Compares two paths the way <see cref="Sort"/> does: naturally, digits as numbers.</summary>
    /// <param name="x">A path.</param>
    /// <param name="y">Another path.</param>
    /// <returns>Negative, zero or positive as <paramref name="x"/> sorts before, with or after <paramref name="y"/>.</returns>
    /// <exception cref="ArgumentNullException">A path is null.</exception>
    public static int ComparePaths(string x, string y) =>
        DiagnosticOrder.ComparePaths(Guard.Against.Null(x, nameof(x)), Guard.Against.Null(y, nameof(y)));
}
