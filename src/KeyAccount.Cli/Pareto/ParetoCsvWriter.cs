using System;
using System.Globalization;
using System.IO;
using System.Text;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Writes <c>keyaccount pareto --format csv</c>: one row per client in rank order with
/// <c>rank,id,value,share,cumulativeShare,abc,vitalFew</c>, invariant culture, RFC 4180 quoting
/// (an id holding a comma, a quote or a line break is quoted, its quotes doubled); shares are empty
/// when the net total is not positive.
/// </summary>
/// <remarks>
/// Rows are formatted straight into a 64 KB character buffer, which is handed to the output when
/// full, and the process's standard output gets a writer with a buffer as large: a console writer
/// flushes on every write (and writes 256 characters per system call), and a write per field made
/// millions of clients through a pipe take minutes.
/// </remarks>
internal static class ParetoCsvWriter
{
    private const string Header = "rank,id,value,share,cumulativeShare,abc,vitalFew";

    /// <summary>Room for a row's numbers: rank, amount (up to 30 characters), two shares (up to 25), the class and the flag.</summary>
    private const int NumbersLength = 128;

    public static void Write(ParetoReport report, TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out))
        {
            WriteRows(report, output);
            return;
        }

        // The process's console writer hands its text to the stream 256 characters at a time, a
        // system call each: write this output through a writer of its own with a 64 KB buffer.
        output.Flush();
        using var stream = Console.OpenStandardOutput();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = output.NewLine };
        WriteRows(report, writer);
    }

    private static void WriteRows(ParetoReport report, TextWriter output)
    {
        var newLine = output.NewLine;
        var buffer = new char[1 << 16];
        var length = 0;
        Append(buffer, ref length, Header);
        Append(buffer, ref length, newLine);
        foreach (var client in report.Analysis.Ranking)
        {
            var id = client.Client.Value;
            var needed = NumbersLength + (2 * id.Length) + 2 + newLine.Length;
            if (length + needed > buffer.Length)
            {
                output.Write(buffer, 0, length);
                length = 0;
                if (needed > buffer.Length)
                {
                    buffer = new char[needed];
                }
            }

            var row = buffer.AsSpan(length);
            var at = Format(row, client.Rank);
            row[at++] = ',';
            at += Escaped(row[at..], id);
            row[at++] = ',';
            at += Format(row[at..], client.Amount);
            row[at++] = ',';
            at += Format(row[at..], client.Share);
            row[at++] = ',';
            at += Format(row[at..], client.CumulativeShare);
            row[at++] = ',';
            row[at++] = report.AbcClassAt(client.Rank);
            row[at++] = ',';
            var vital = report.IsVitalFew(client.Rank) ? "true" : "false";
            vital.CopyTo(row[at..]);
            at += vital.Length;
            newLine.CopyTo(row[at..]);
            length += at + newLine.Length;
        }

        output.Write(buffer, 0, length);
        output.Flush();
    }

    private static void Append(char[] buffer, ref int length, string text)
    {
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    private static int Format(Span<char> to, int value) =>
        value.TryFormat(to, out var written, default, CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("The row buffer is too small.");

    private static int Format(Span<char> to, decimal value) =>
        value.TryFormat(to, out var written, default, CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("The row buffer is too small.");

    private static int Format(Span<char> to, double? value) =>
        value is not { } number ? 0
        : number.TryFormat(to, out var written, "R", CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("The row buffer is too small.");

    /// <summary>The id as an RFC 4180 field: quoted, with its quotes doubled, when it holds a comma, a quote or a line break.</summary>
    private static int Escaped(Span<char> to, string id)
    {
        if (id.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            id.CopyTo(to);
            return id.Length;
        }

        var at = 0;
        to[at++] = '"';
        foreach (var c in id)
        {
            if (c == '"')
            {
                to[at++] = '"';
            }

            to[at++] = c;
        }

        to[at++] = '"';
        return at;
    }
}
