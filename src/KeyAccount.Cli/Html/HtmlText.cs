using System;
using System.Globalization;
using System.Text;

namespace KeyAccount.Cli.Html;

/// <summary>
/// The one door for text into the page: every string that reaches the HTML (a client's name, an
/// explanation, a diagnostic's message) goes through <see cref="Escape"/>, so a document cannot add
/// markup, however it is written.
/// </summary>
internal static class HtmlText
{
    /// <summary>
    /// The text escaped for an element's content or a quoted attribute: <c>&amp; &lt; &gt; " '</c> as
    /// character references; control characters other than tab and line breaks, lone surrogates and
    /// non-characters as U+FFFD (they are not allowed in HTML, nor in the SVG the charts write).
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else
                    {
                        builder.Append(Allowed(c) ? c : '\uFFFD');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text with what XML and HTML do not allow replaced by U+FFFD, not escaped: for text handed
    /// to the chart library, whose SVG writer escapes it.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(Allowed(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    /// <summary>A short label for a picture: cleaned, on one line, cut after <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Label(string? text, int max = 28)
    {
        var clean = Clean(text).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max - 1), "…");
    }

    /// <summary>An id fit for an element's <c>id</c>: letters, digits and hyphens only.</summary>
    public static string Id(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '-');
        }

        return builder.ToString();
    }

    /// <summary>A number for a data attribute: invariant, round-trip.</summary>
    public static string Value(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An exact amount for a data attribute: invariant.</summary>
    public static string Value(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool Allowed(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= ' ' && c < '\u007F')
        || (c > '\u009F' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && !(c >= '\uFDD0' && c <= '\uFDEF'));
}
