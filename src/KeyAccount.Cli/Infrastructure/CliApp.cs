using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>
/// The <c>keyaccount</c> command tree and the one place that turns failures into exit codes:
/// parse errors and <see cref="CliInputException"/> give <see cref="ExitCodes.BadInput"/> with a
/// one-line message and no stack trace; output that cannot be written gives
/// <see cref="ExitCodes.OutputFailed"/>.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs <c>keyaccount</c> with <paramref name="args"/> over <paramref name="console"/>.</summary>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            return RunCommand(args, console);
        }
        catch (OutputFailedException ex)
        {
            return Fail(console, ex.Message, ExitCodes.OutputFailed);
        }
        catch (CliInputException ex)
        {
            return Fail(console, ex.Message, ExitCodes.BadInput);
        }
        catch (JsonException ex)
        {
            return Fail(console, InputFile.DescribeJsonError("input", ex), ExitCodes.BadInput);
        }
#pragma warning disable CA1031 // The last line of defence: a defect is reported, never a crash dump for the user to decode.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            WriteError(console, $"keyaccount: internal error (a defect in keyaccount, please report it with the command line): {ex}");
            return ExitCodes.InternalError;
        }
    }

    private static int RunCommand(string[] args, CliConsole console)
    {
        var root = BuildCommands(console, args);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                WriteError(console, "keyaccount: " + Text.OneLine(error.Message));
            }

            WriteError(console, "Run 'keyaccount --help' (or 'keyaccount <command> --help') for usage.");
            return ExitCodes.BadInput;
        }

        var code = parse.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        });

        // What is still buffered must reach its destination before the exit code says "done".
        console.Out.Flush();
        return code;
    }

    /// <summary>One line on standard error, cut to a readable length (<see cref="Text.OneLine"/>), and <paramref name="code"/>.</summary>
    private static int Fail(CliConsole console, string message, int code)
    {
        WriteError(console, "keyaccount: " + Text.OneLine(message));
        return code;
    }

    /// <summary>Writes to standard error; when even that fails, the exit code is all that is left to say it.</summary>
    private static void WriteError(CliConsole console, string line)
    {
        try
        {
            console.Error.WriteLine(line);
            console.Error.Flush();
        }
        catch (IOException)
        {
        }
    }

    private static RootCommand BuildCommands(CliConsole console, string[] args)
    {
        var root = new RootCommand(
            "keyaccount: key account management from the command line. The 20/80 analysis of a CSV, key-client classification, " +
            "the perception ladder, opportunity selection, plan validation, and a whole portfolio review. Exit codes: 0 done, " +
            "1 the analysis found errors, 2 bad usage or bad input, 74 the output could not be written.");
        // The command the arguments name is the only one the process can run; the whole catalog is
        // built when they name none (help, a typo to suggest a command for, a response file).
        if (args.Length > 0 && CommandCatalog.CreateOnly(console, args[0]) is { } only)
        {
            root.Add(only);
            return root;
        }

        foreach (var command in CommandCatalog.Create(console))
        {
            root.Add(command);
        }

        return root;
    }
}
