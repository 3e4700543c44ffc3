using System.Globalization;

namespace KeyAccount.Cli.Input;

/// <summary>Input echoed in messages, cut to a readable length.</summary>
internal static class InputText
{
    /// <summary>The most characters of an input value a message repeats.</summary>
    public const int MaxShown = 80;

    /// <summary><paramref name="text"/> itself, or its first <see cref="MaxShown"/> characters and "…(N characters)" when longer.</summary>
    public static string Shorten(string text) => text.Length <= MaxShown
        ? text
        : string.Create(CultureInfo.InvariantCulture, $"{text[..MaxShown]}…({text.Length:N0} characters)");

    /// <summary>Why <paramref name="text"/> in <paramref name="column"/> is not an amount: not a number, or beyond decimal.</summary>
    public static string NotAnAmount(string text, string column)
    {
        text = text.Trim();
        var shown = text.Length == 0 ? "an empty value" : $"'{Shorten(text)}'";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var asDouble) && !double.IsNaN(asDouble) && !double.IsInfinity(asDouble))
        {
            return $"{shown} in column '{column}' is beyond the range of an exact amount (decimal, about ±7.9e28); express the amounts in a larger unit.";
        }

        return $"{shown} in column '{column}' is not a number (write it like 1234.56, invariant culture, no thousands separators).";
    }
}
