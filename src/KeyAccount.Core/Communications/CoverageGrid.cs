using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>
/// The coverage grid: rows are the method's message types and subjects (all twelve, in the method's
/// order), columns the tools (the seven standard ones, then the custom ones by name), each cell
/// the number of occurrences in the window.
/// </summary>
public sealed record CoverageGrid
{
    /// <summary>Creates a grid.</summary>
    /// <param name="tools">The column names.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="explanation">What the grid shows, in a sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list holds a null entry.</exception>
    public CoverageGrid(IReadOnlyList<string> tools, IReadOnlyList<CoverageRow> rows, string explanation)
    {
        Tools = Require.Items(Require.NotNull(tools, nameof(tools)), nameof(tools));
        Rows = Require.Items(Require.NotNull(rows, nameof(rows)), nameof(rows));
        Explanation = Require.NotNull(explanation, nameof(explanation));
        var total = 0;
        foreach (var row in Rows)
        {
            total += row.Total;
        }

        Total = total;
    }

    /// <summary>The columns: the standard tools' names, then custom tools by name (ordinal).</summary>
    public IReadOnlyList<string> Tools { get; }

    /// <summary>The rows, one per message subject, in the method's order.</summary>
    public IReadOnlyList<CoverageRow> Rows { get; }

    /// <summary>All occurrences counted: the number of occurrences in the window.</summary>
    public int Total { get; }

    /// <summary>What the grid shows, in a sentence.</summary>
    public string Explanation { get; }
}
