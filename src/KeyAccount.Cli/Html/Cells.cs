using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Html;

/// <summary>Table cells for numbers, shares and dates: readable text, and the exact value in <c>data-value</c>.</summary>
internal static class Cells
{
    public static Cell Int(long value) => new(value.ToString("N0", CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));

    public static Cell Amount(decimal value) => new(Infrastructure.Text.D(value), HtmlText.Value(value));

    public static Cell Share(double value) => new(value.ToString("0.0%", CultureInfo.InvariantCulture), HtmlText.Value(value));

    public static Cell Share(double? value) => value is { } v ? Share(v) : new Cell("–");

    public static Cell Number(double value, string format = "0.00") => new(value.ToString(format, CultureInfo.InvariantCulture), HtmlText.Value(value));

    public static Cell Number(double? value, string format = "0.00") => value is { } v ? Number(v, format) : new Cell("–");

    public static Cell Date(LocalDate date)
    {
        var text = LocalDatePattern.Iso.Format(date);
        return new Cell(text, text);
    }

    public static Cell Date(LocalDate? date) => date is { } d ? Date(d) : new Cell("–");

    public static Cell YesNo(bool value) => new(value ? "yes" : "no");

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
