using System;
using System.Globalization;
using System.Text;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>Invariant-culture formatting for tables, and echoed input cut to a readable length for messages.</summary>
internal static class Text
{
    /// <summary>The most characters of a user's value a message repeats.</summary>
    public const int MaxEcho = 80;

    /// <summary>
    /// The longest run without a space a message keeps whole (a file's path and line, a JSON path);
    /// a longer one is input echoed whole, and is cut.
    /// </summary>
    public const int MaxRun = 200;

    /// <summary>The most characters of one message (one line on standard error).</summary>
    public const int MaxMessage = 600;

    public static string I(FormattableString text) => FormattableString.Invariant(text);

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An amount with thousands separators; two decimals unless it is whole.</summary>
    public static string D(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    public static string P(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value from the input as a message repeats it: in single quotes, control characters shown as
    /// <c>\u001B</c> (so input cannot move the cursor or colour the terminal), and cut after
    /// <see cref="MaxEcho"/> characters with its length: <c>'abc…' (10,000,000 characters)</c>.
    /// </summary>
    public static string Quote(string value) => "'" + Cut(value, MaxEcho) + "'" + LengthNote(value, MaxEcho);

    /// <summary>
    /// A message made fit for one line of standard error: line breaks become spaces, control
    /// characters are shown escaped, every run of more than <paramref name="maxRun"/> characters
    /// without a space (a long value echoed whole) is cut with its length, and the whole is cut after
    /// <see cref="MaxMessage"/> characters.
    /// </summary>
    public static string OneLine(string message, int maxRun = MaxRun)
    {
        var builder = new StringBuilder(Math.Min(message.Length, MaxMessage + 40));
        var i = 0;
        while (i < message.Length && builder.Length < MaxMessage)
        {
            if (message[i] is '\r' or '\n')
            {
                while (i < message.Length && message[i] is '\r' or '\n' or ' ')
                {
                    i++;
                }

                builder.Append(' ');
                continue;
            }

            var end = i;
            while (end < message.Length && !char.IsWhiteSpace(message[end]))
            {
                end++;
            }

            if (end == i)
            {
                builder.Append(char.IsControl(message[i]) ? ' ' : message[i]);
                i++;
                continue;
            }

            var word = message.Substring(i, end - i);
            builder.Append(Cut(word, maxRun)).Append(LengthNote(word, maxRun));
            i = end;
        }

        var text = builder.ToString().TrimEnd();
        return i < message.Length || text.Length > MaxMessage
            ? string.Concat(text.AsSpan(0, Math.Min(text.Length, MaxMessage)), "… (the message has ", N(message.Length), " characters)")
            : text;
    }

    private static string Cut(string value, int max)
    {
        var cut = value.Length > max ? value.Substring(0, max - 1) : value;
        var builder = new StringBuilder(cut.Length + 2);
        foreach (var c in cut)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        // Never end on half of a surrogate pair.
        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return value.Length > max ? builder.Append('…').ToString() : builder.ToString();
    }

    private static string LengthNote(string value, int max) =>
        value.Length > max ? " (" + N(value.Length) + " characters)" : string.Empty;
}
