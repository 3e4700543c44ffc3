using System.Collections.Generic;
using KeyAccount.Core;

namespace KeyAccount.Cli.Html;

/// <summary>One cell of a data table: the text people read and, for numbers and dates, the exact value (invariant) in <c>data-value</c>.</summary>
/// <param name="Text">What the cell shows.</param>
/// <param name="Value">The exact value behind it, or null for plain text.</param>
internal readonly record struct Cell(string Text, string? Value = null)
{
    public static implicit operator Cell(string text) => new(text);

    /// <summary>True when the cell holds a number or a date (right-aligned).</summary>
    public bool IsValue => Value is not null;
}

/// <summary>A table: a caption, the column headers and the rows.</summary>
internal sealed record DataTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<Cell>> Rows);

/// <summary>What a section holds, in order.</summary>
internal abstract record Block;

/// <summary>A paragraph of explanation.</summary>
internal sealed record Paragraph(string Text, string? Class = null) : Block;

/// <summary>A sub-heading inside a section.</summary>
internal sealed record SubHeading(string Text) : Block;

/// <summary>A list of sentences (findings, gaps, reasons).</summary>
internal sealed record Bullets(string Title, IReadOnlyList<string> Items) : Block;

/// <summary>A table of its own (not the data of a picture).</summary>
internal sealed record TableBlock(DataTable Table) : Block;

/// <summary>
/// A picture and the numbers it draws: the SVG (made by the chart layer, which escapes every text),
/// its text alternative, and its data table beside it. <see cref="Id"/> names the figure in the page
/// (<c>data-figure</c>), so a reader or a test finds it.
/// </summary>
internal sealed record Figure(string Id, string Title, string Alt, string Svg, DataTable Table) : Block;

/// <summary>The diagnostics of a part of a document, with a label saying which part.</summary>
internal sealed record DiagnosticsBlock(string Label, IReadOnlyList<Diagnostic> Diagnostics) : Block;

/// <summary>One section of the page: its key (the review's section key), number, title and content.</summary>
internal sealed record PageSection(string Key, int Number, string Title, IReadOnlyList<Block> Blocks);

/// <summary>A whole page: the title, a line under it, facts for the cover, the sections and the diagnostics that belong to none.</summary>
internal sealed record Page(string Title, string Subtitle, IReadOnlyList<(string Name, string Value)> Facts, IReadOnlyList<PageSection> Sections, IReadOnlyList<Diagnostic> OtherDiagnostics);
