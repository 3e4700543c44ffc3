using System;
using System.IO;
using Spectre.Console;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>
/// The streams a command reads and writes. The process passes its own; tests pass in-memory ones,
/// so every command runs in-process with captured output.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(Func<Stream> openStandardInput, TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        OpenStandardInput = openStandardInput;
        Out = output as OutputWriter ?? new OutputWriter(output);
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Opens standard input as bytes (for <c>-</c> in place of a file).</summary>
    public Func<Stream> OpenStandardInput { get; }

    /// <summary>Standard output: results only. A failure to write it is an <see cref="OutputFailedException"/>.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: messages and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether standard output is a terminal (colours and the terminal's width are used then).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Whether standard error is a terminal (progress is shown only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The console of this process.</summary>
    public static CliConsole FromProcess()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return new CliConsole(
            Console.OpenStandardInput,
            Console.Out,
            Console.Error,
            outputIsTerminal: !Console.IsOutputRedirected,
            errorIsTerminal: !Console.IsErrorRedirected);
    }

    /// <summary>A Spectre.Console console over <see cref="Out"/>: ANSI and colours on a terminal, plain text otherwise, 120 columns when redirected.</summary>
    public IAnsiConsole CreateTableConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });
        if (!OutputIsTerminal)
        {
            console.Profile.Width = 120;
        }

        return console;
    }
}
