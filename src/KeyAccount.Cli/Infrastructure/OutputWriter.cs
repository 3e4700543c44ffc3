using System;
using System.IO;
using System.Text;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>
/// Standard output as the commands see it: every write goes to the writer underneath, and a
/// failure to write there (a full disk, a closed pipe, a device error) becomes an
/// <see cref="OutputFailedException"/>, which <see cref="CliApp"/> reports on one line with
/// <see cref="ExitCodes.OutputFailed"/>, whatever command or library was writing.
/// </summary>
internal sealed class OutputWriter : TextWriter
{
    private readonly TextWriter _inner;

    public OutputWriter(TextWriter inner)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Guard(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(ex);
        }
    }

    public override void Write(string? value) => Guard(() => _inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

    public override void WriteLine() => Guard(_inner.WriteLine);

    public override void Flush() => Guard(_inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(ex);
        }
    }
}

/// <summary>
/// An output could not be written (exit 74): standard output, or a file the command writes (a
/// page, a chart, an account document). The message is the whole line shown: what could not be
/// written, why, and what was left.
/// </summary>
internal sealed class OutputFailedException : Exception
{
    /// <summary>Standard output failed: the command's results are incomplete.</summary>
    public OutputFailedException(IOException inner)
        : base("the output could not be written (" + inner.Message.TrimEnd('.') + "); the results are incomplete.", inner)
    {
    }

    public OutputFailedException()
    {
    }

    public OutputFailedException(string message)
        : base(message)
    {
    }

    public OutputFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
