using System;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>
/// Bad usage or bad input: the command stops, the message (which names the file, line or JSON path
/// and what is wrong) goes to standard error, and the exit code is <see cref="ExitCodes.BadInput"/>.
/// Never shown with a stack trace.
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliInputException()
    {
    }
}
