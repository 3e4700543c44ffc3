using System;
using System.IO;
using System.Text;
using KeyAccount.Cli.Infrastructure;

namespace KeyAccount.Cli.Tests;

/// <summary>Runs <c>keyaccount</c> in-process with captured standard streams.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string standardInput, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(
            () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)),
            output,
            error,
            outputIsTerminal: false,
            errorIsTerminal: false);
        var code = CliApp.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>The path of a file in tests/data, copied next to the test assembly.</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    /// <summary>The path of a file in docs/examples, copied next to the test assembly.</summary>
    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    /// <summary>Writes <paramref name="content"/> to a new temporary file with <paramref name="extension"/>.</summary>
    public static string TempFile(string content, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), "keyaccount-cli-tests-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
