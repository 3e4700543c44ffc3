using System;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Bad input found at a line of a CSV while parsing in parallel: the reader reports the one with
/// the smallest <see cref="Line"/>, so the message is the one a sequential reader would give.
/// </summary>
internal sealed class CsvRowException : Exception
{
    public CsvRowException(long line, string message)
        : base(message)
    {
        Line = line;
    }

    public CsvRowException()
    {
    }

    public CsvRowException(string message)
        : base(message)
    {
    }

    public CsvRowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The line (from 1) the error is reported on.</summary>
    public long Line { get; }
}
