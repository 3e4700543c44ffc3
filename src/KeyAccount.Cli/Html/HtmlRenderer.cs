using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeyAccount.Core;
using static KeyAccount.Cli.Html.HtmlText;

namespace KeyAccount.Cli.Html;

/// <summary>
/// Writes a <see cref="Page"/> as one self-contained HTML file: the styles inline, the pictures as
/// inline SVG, no script, no font, no link to anything outside the file; a content security policy
/// that forbids scripts and every fetch; print styles that start each section on a new page.
/// </summary>
internal static class HtmlRenderer
{
    /// <summary>
    /// The page's content security policy: nothing may be fetched and no script may run; only the
    /// inline styles (the page's and the charts' <c>style</c> attributes) apply.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public static string Render(Page page)
    {
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Escape(ContentSecurityPolicy)).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"keyaccount\">\n");
        html.Append("<link rel=\"icon\" href=\"data:,\">\n");
        html.Append("<title>").Append(Escape(page.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n");

        html.Append("<header class=\"cover\">\n<h1>").Append(Escape(page.Title)).Append("</h1>\n");
        html.Append("<p class=\"subtitle\">").Append(Escape(page.Subtitle)).Append("</p>\n");
        if (page.Facts.Count > 0)
        {
            html.Append("<dl class=\"facts\">\n");
            foreach (var (name, value) in page.Facts)
            {
                html.Append("<div><dt>").Append(Escape(name)).Append("</dt><dd>").Append(Escape(value)).Append("</dd></div>\n");
            }

            html.Append("</dl>\n");
        }

        html.Append("<nav aria-label=\"Sections\"><ol class=\"toc\">\n");
        foreach (var section in page.Sections)
        {
            html.Append("<li value=\"").Append(section.Number).Append("\"><a href=\"#section-").Append(Id(section.Key)).Append("\">").Append(Escape(section.Title)).Append("</a></li>\n");
        }

        html.Append("</ol></nav>\n");
        if (page.OtherDiagnostics.Count > 0)
        {
            WriteDiagnostics(html, new DiagnosticsBlock("the document as a whole", page.OtherDiagnostics));
        }

        html.Append("</header>\n<main>\n");
        foreach (var section in page.Sections)
        {
            var id = Id(section.Key);
            html.Append("<section class=\"section\" id=\"section-").Append(id).Append("\" data-section=\"").Append(Escape(section.Key))
                .Append("\" aria-labelledby=\"h-").Append(id).Append("\">\n");
            html.Append("<h2 id=\"h-").Append(id).Append("\">").Append(section.Number).Append(". ").Append(Escape(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                WriteBlock(html, block);
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n<footer><p>Made by keyaccount from the document's data; every figure is computed by KeyAccount.Core.</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteBlock(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append(p.Class is null ? "<p>" : "<p class=\"" + Escape(p.Class) + "\">").Append(Escape(p.Text)).Append("</p>\n");
                break;
            case SubHeading h:
                html.Append("<h3>").Append(Escape(h.Text)).Append("</h3>\n");
                break;
            case Bullets b:
                html.Append("<div class=\"bullets\"><h4>").Append(Escape(b.Title)).Append("</h4><ul>\n");
                foreach (var item in b.Items)
                {
                    html.Append("<li>").Append(Escape(item)).Append("</li>\n");
                }

                html.Append("</ul></div>\n");
                break;
            case TableBlock t:
                html.Append("<div class=\"table-wrap\">");
                WriteTable(html, t.Table, null);
                html.Append("</div>\n");
                break;
            case Figure f:
                WriteFigure(html, f);
                break;
            case DiagnosticsBlock d:
                WriteDiagnostics(html, d);
                break;
            default:
                throw new InvalidOperationException("A page block of an unknown kind: " + block.GetType().Name);
        }
    }

    private static void WriteFigure(StringBuilder html, Figure figure)
    {
        var id = "fig-" + Id(figure.Id);
        html.Append("<figure class=\"figure\" id=\"").Append(id).Append("\" data-figure=\"").Append(Escape(figure.Id)).Append("\" aria-labelledby=\"").Append(id).Append("-caption\">\n");
        html.Append("<figcaption id=\"").Append(id).Append("-caption\">").Append(Escape(figure.Title)).Append("</figcaption>\n");
        html.Append("<div class=\"figure-body\">\n<div class=\"chart\">\n").Append(figure.Svg).Append("\n<p class=\"alt\">").Append(Escape(figure.Alt)).Append("</p>\n</div>\n");
        html.Append("<div class=\"data\">\n");
        WriteTable(html, figure.Table, figure.Id);
        html.Append("</div>\n</div>\n</figure>\n");
    }

    private static void WriteTable(StringBuilder html, DataTable table, string? figure)
    {
        html.Append(figure is null ? "<table>" : "<table class=\"figure-data\" data-figure-table=\"" + Escape(figure) + "\">");
        html.Append("<caption>").Append(Escape(table.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(Escape(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                var close = i == 0 ? "th" : "td";
                html.Append('<').Append(tag);
                if (cell.Value is { } value)
                {
                    html.Append(" class=\"num\" data-value=\"").Append(Escape(value)).Append('"');
                }

                html.Append('>').Append(Escape(cell.Text)).Append("</").Append(close).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteDiagnostics(StringBuilder html, DiagnosticsBlock block)
    {
        var errors = block.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = block.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        html.Append("<div class=\"diagnostics\" data-diagnostics=\"").Append(Escape(block.Label)).Append("\">\n<h4>Diagnostics: ").Append(Escape(block.Label)).Append("</h4>\n");
        if (block.Diagnostics.Count == 0)
        {
            html.Append("<p class=\"ok\">No diagnostics: nothing to correct.</p>\n</div>\n");
            return;
        }

        html.Append("<p>").Append(Escape(Count(errors, "error") + ", " + Count(warnings, "warning") + ", " + Count(block.Diagnostics.Count - errors - warnings, "note"))).Append(".</p>\n");
        html.Append("<table class=\"diag\"><caption>Diagnostics of ").Append(Escape(block.Label)).Append(", in the shared order</caption>\n<thead><tr><th scope=\"col\">severity</th><th scope=\"col\">code</th><th scope=\"col\">where</th><th scope=\"col\">message</th></tr></thead>\n<tbody>\n");
        foreach (var d in block.Diagnostics)
        {
            var severity = d.Severity.ToString().ToLowerInvariant();
            html.Append("<tr class=\"").Append(severity).Append("\"><td>").Append(severity).Append("</td><td>").Append(Escape(d.Code))
                .Append("</td><td><code>").Append(Escape(d.Path.Length == 0 ? "(the document)" : d.Path)).Append("</code></td><td>").Append(Escape(d.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</div>\n");
    }

    private static string Count(int n, string what) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + what + (n == 1 ? string.Empty : "s");

    /// <summary>The page's styles: readable on a laptop, printable (A4, a section per page, figures kept whole).</summary>
    private const string Styles = """
:root { --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --band: #f4f4f4; --error: #D55E00; --warning: #E69F00; --ok: #009E73; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 15px; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 1280px; padding: 24px 32px 48px; line-height: 1.45; }
h1 { font-size: 1.9rem; margin: 0 0 4px; }
h2 { font-size: 1.45rem; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 2px solid #0072B2; }
h3 { font-size: 1.15rem; margin: 20px 0 8px; }
h4 { font-size: 1rem; margin: 12px 0 6px; }
.subtitle { color: var(--muted); margin: 0 0 16px; }
.facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0 0 16px; }
.facts dt { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.facts dd { margin: 0; font-size: 1.1rem; font-weight: 600; }
.toc { columns: 2; margin: 0 0 12px; padding-left: 1.4em; }
.toc a { color: #0072B2; text-decoration: none; }
.section { padding: 28px 0 8px; border-top: 1px solid var(--rule); }
.explanation { font-size: 1.02rem; max-width: 78ch; }
.figure { margin: 16px 0 24px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
.figure-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px; align-items: start; }
.chart svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); background: #fff; }
.alt { font-size: 0.85rem; color: var(--muted); margin: 6px 0 0; }
.data { max-height: 520px; overflow: auto; border: 1px solid var(--rule); }
.table-wrap { overflow-x: auto; margin: 8px 0 16px; }
table { border-collapse: collapse; width: 100%; font-size: 0.86rem; }
caption { text-align: left; font-weight: 600; padding: 6px 8px; background: var(--band); caption-side: top; }
tbody th { white-space: nowrap; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { position: sticky; top: 0; background: #fff; border-bottom: 2px solid var(--rule); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.diagnostics { margin: 12px 0; }
.diagnostics .ok { color: var(--ok); }
.diag tr.error td:first-child { color: var(--error); font-weight: 700; }
.diag tr.warning td:first-child { color: #8a5a00; font-weight: 700; }
.bullets ul { margin: 0; padding-left: 1.3em; }
code { font-size: 0.85em; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); padding-top: 8px; }
@media (max-width: 900px) { .figure-body { grid-template-columns: minmax(0, 1fr); } .toc { columns: 1; } }
@page { size: A4; margin: 12mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .section { break-before: page; border-top: none; padding-top: 0; }
  h2, h3, h4, figcaption { break-after: avoid; }
  .chart { break-inside: avoid; }
  .figure-body { grid-template-columns: minmax(0, 1fr); gap: 8px; }
  .data, .table-wrap { max-height: none; overflow: visible; border: none; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  .toc a { color: var(--ink); }
  footer { display: none; }
}

""";
}
