using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Core;

/// <summary>
/// The one place where the library turns numbers, amounts, dates and counts into the words of its
/// explanations and diagnostics: invariant culture, thousands separators, one percent format.
/// Every area uses these so that a sentence reads the same in every area.
/// </summary>
internal static class Wording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A whole number with thousands separators: <c>1,234,567</c>.</summary>
    public static string Number(long value) => value.ToString("N0", Invariant);

    // The custom formats "#,0." plus 0 to 28 '#', made once (a decimal has at most 28 decimals).
    private static readonly string[] Formats = MakeFormats();

    /// <summary>A decimal with thousands separators and at most <paramref name="maxDecimals"/> decimals, trailing zeros dropped: <c>1,234.5</c>.</summary>
    public static string Number(decimal value, int maxDecimals = 2) =>
        value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? ((long)value).ToString("N0", Invariant) // a whole number: the standard format, far cheaper than the custom one
            : value.ToString(FormatWith(maxDecimals), Invariant).TrimEnd('.');

    /// <summary>A double with thousands separators and at most <paramref name="maxDecimals"/> decimals: <c>1,234.57</c>.</summary>
    public static string Number(double value, int maxDecimals = 2) =>
        double.IsNaN(value) ? "undefined" : double.IsInfinity(value) ? (value > 0 ? "infinite" : "minus infinite") :
        value.ToString(FormatWith(maxDecimals), Invariant).TrimEnd('.');

    /// <summary>A share (0.123) as a percent with one decimal at most: <c>12.3%</c>.</summary>
    public static string Percent(double share) => Number(share * 100, 1) + "%";

    /// <summary>A share with its sign: <c>+5%</c>, <c>-1.2%</c>.</summary>
    public static string SignedPercent(double share) => (share >= 0 ? "+" : string.Empty) + Percent(share);

    /// <summary>An amount with thousands separators, up to two decimals, and its currency: <c>1,250.5 EUR</c>.</summary>
    public static string Amount(decimal amount, Currency currency) => Number(amount, 2) + " " + currency.Code;

    /// <summary>An amount of money: <c>1,250.5 EUR</c>.</summary>
    public static string Amount(Money money) => Amount(money.Amount, money.Currency);

    /// <summary>A date in ISO form: <c>2026-03-31</c>.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A period in ISO form: <c>P1M</c>.</summary>
    public static string Period(Period period) => PeriodPattern.Roundtrip.Format(period);

    /// <summary>A count and its noun, singular for exactly one: <c>1 client</c>, <c>2,000 clients</c>.</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        Number(count) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>The noun alone, singular for exactly one.</summary>
    public static string Plural(long count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";

    /// <summary>The text with its first letter in upper case.</summary>
    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>A value from a user's document, cut to a readable length for a message: at most 80 characters, then the length.</summary>
    public static string Quote(string value) => value.Length <= 80
        ? "'" + value + "'"
        : "'" + value.Substring(0, 77) + "...' (" + Number(value.Length) + " characters)";

    private static string FormatWith(int maxDecimals) =>
        maxDecimals <= 0 ? Formats[0] : maxDecimals < Formats.Length ? Formats[maxDecimals] : "#,0." + new string('#', maxDecimals);

    private static string[] MakeFormats()
    {
        var formats = new string[29];
        for (var i = 0; i < formats.Length; i++)
        {
            formats[i] = "#,0." + new string('#', i);
        }

        return formats;
    }
}
