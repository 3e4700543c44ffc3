using System;
using System.CommandLine;
using System.IO;
using System.Text;
using KeyAccount.Cli.Infrastructure;

namespace KeyAccount.Cli.Html;

/// <summary>
/// Where a page goes: the file of <c>-o</c>, written whole or not at all (a temporary file beside it,
/// then moved into place), or standard output without it. A file that cannot be written is
/// <see cref="ExitCodes.OutputFailed"/> (74), with one line naming the file.
/// </summary>
internal static class HtmlOutput
{
    /// <summary><c>-o, --output FILE</c>: the file of the page (<c>--format html</c>).</summary>
    public static Option<string?> Option() => new("--output", "-o")
    {
        Description = "With --format html: the file to write the page to (written whole or not at all); without it, standard output.",
        HelpName = "file.html",
    };

    /// <summary>Refuses <c>-o</c> with a format that does not write a page (exit 2), before anything is computed.</summary>
    public static void Check(string? path, string format)
    {
        if (path is not null && format != "html")
        {
            throw new CliInputException("--output writes the HTML page; use it with --format html (the " + format + " output goes to standard output).");
        }

        if (path is not null && path.Trim().Length == 0)
        {
            throw new CliInputException("--output needs a file name, such as review.html, but was empty.");
        }
    }

    public static void Write(string html, string? path, CliConsole console)
    {
        if (path is null || path == "-")
        {
            console.Out.Write(html);
            return;
        }

        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            File.WriteAllText(temporary, html, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }

            throw new OutputFailedException(path + ": cannot write the page (" + ex.Message.TrimEnd('.') + "); no page was written.", ex);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the message about the page itself is what matters.
        }
    }
}
