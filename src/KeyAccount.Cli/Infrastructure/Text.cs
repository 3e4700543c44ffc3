using System;
using System.Globalization;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>Invariant-culture formatting for tables.</summary>
internal static class Text
{
    public static string I(FormattableString text) => FormattableString.Invariant(text);

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An amount with thousands separators; two decimals unless it is whole.</summary>
    public static string D(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    public static string P(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
