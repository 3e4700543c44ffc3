using System;
using System.IO;
using System.Linq;
using System.Text;
using KeyAccount.Cli.Infrastructure;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// The contract every run of <c>keyaccount</c> keeps, whatever the input: exit 0, 1 or 2 (never
/// 70, the last-chance handler's code); no stack trace; and for 2 one line on standard error
/// that names the file and where in it (a JSON path, or a line).
/// </summary>
internal static class HostileContract
{
    /// <summary>Why <paramref name="result"/> breaks the contract for an input named <paramref name="file"/>, or null when it keeps it.</summary>
    public static string? Violation(CliResult result, string file, bool needsPath)
    {
        if (result.ExitCode is not (0 or 1 or 2))
        {
            return $"exit {result.ExitCode} (expected 0, 1 or 2)";
        }

        if (result.Error.Contains("   at ", StringComparison.Ordinal) || result.Out.Contains("   at ", StringComparison.Ordinal))
        {
            return "a stack trace was printed";
        }

        if (result.ExitCode != 2)
        {
            return null;
        }

        var lines = result.Error.TrimEnd('\n').Split('\n');
        if (lines.Length != 1)
        {
            return $"exit 2 with {lines.Length} lines on standard error (expected one)";
        }

        if (!lines[0].StartsWith("keyaccount: " + file + ":", StringComparison.Ordinal))
        {
            return "exit 2 without naming the file first";
        }

        // A JSON document's defect is named by its path; text that is not JSON at all (or nested
        // deeper than the reader goes) by its line.
        if (needsPath && !lines[0].Contains(": $", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(lines[0], @"\(line [0-9]+\): "))
        {
            return "exit 2 without a JSON path or line";
        }

        if (lines[0].Length > Text.MaxMessage + 120)
        {
            return $"a message of {lines[0].Length} characters (echoed input is not cut)";
        }

        return null;
    }

    /// <summary>Fails with the input when <paramref name="result"/> breaks the contract.</summary>
    public static void Assert(CliResult result, string file, bool needsPath, string input)
    {
        if (Violation(result, file, needsPath) is { } why)
        {
            Xunit.Assert.Fail($"{why}\n{result}\n--- input ({input.Length} characters)\n{(input.Length > 4000 ? input[..4000] + "…" : input)}");
        }
    }

    /// <summary>Runs <c>keyaccount</c> on <paramref name="content"/> written to a temporary file named by the last argument "{file}".</summary>
    public static (CliResult Result, string File) RunOnFile(byte[] content, string extension, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), "keyaccount-hostile-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, content);
        try
        {
            return (CliRunner.Run(args.Select(a => a == "{file}" ? path : a).ToArray()), path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static (CliResult Result, string File) RunOnFile(string content, string extension, params string[] args) =>
        RunOnFile(new UTF8Encoding(false).GetBytes(content), extension, args);
}
