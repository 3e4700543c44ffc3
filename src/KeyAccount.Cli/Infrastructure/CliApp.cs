using System;
using System.CommandLine;
using System.Linq;
using System.Text.Json;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>
/// The <c>keyaccount</c> command tree and the one place that turns failures into exit codes:
/// parse errors and <see cref="CliInputException"/> give <see cref="ExitCodes.BadInput"/> with a
/// message and no stack trace.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs <c>keyaccount</c> with <paramref name="args"/> over <paramref name="console"/>.</summary>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, CliConsole console)
    {
        var root = BuildCommands(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"keyaccount: {error.Message}");
            }

            console.Error.WriteLine("Run 'keyaccount --help' (or 'keyaccount <command> --help') for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliInputException ex)
        {
            console.Error.WriteLine($"keyaccount: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (JsonException ex)
        {
            console.Error.WriteLine($"keyaccount: {InputFile.DescribeJsonError("input", ex)}");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: a defect is reported, never a crash dump for the user to decode.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"keyaccount: internal error (a defect in keyaccount, please report it with the command line): {ex}");
            return ExitCodes.InternalError;
        }
    }

    private static RootCommand BuildCommands(CliConsole console)
    {
        var root = new RootCommand(
            "keyaccount: key account management from the command line. The 20/80 analysis of a CSV, key-client classification, " +
            "the perception ladder, opportunity selection, plan validation, and a whole portfolio review. Exit codes: 0 done, " +
            "1 the analysis found errors, 2 bad usage or bad input.");
        foreach (var command in CommandCatalog.Create(console).Where(c => c is not null))
        {
            root.Add(command);
        }

        return root;
    }
}
