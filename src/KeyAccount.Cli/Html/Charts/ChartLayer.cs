using System;
using System.Globalization;
using System.Text.RegularExpressions;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;

namespace KeyAccount.Cli.Html.Charts;

/// <summary>
/// The page's small chart layer on OxyPlot, the CLI's one charting library: a plot model set up
/// with the palette, the fonts and the invariant culture, and its export as inline SVG fit for an
/// HTML page (no XML prolog, ids unique in the page, a title and description for screen readers,
/// a view box so it scales).
/// </summary>
/// <remarks>
/// OxyPlot draws every picture that has axes (curves, bars, scatters, timelines, the calendar);
/// only the org chart, a node-link layout no plotting library offers, is drawn by hand
/// (<see cref="Relationships.OrgChartSvg"/>), with the same palette.
/// </remarks>
internal static partial class ChartLayer
{
    public const double Width = 760;
    public const double Height = 430;

    /// <summary>The charts' font: Arial where there is one, else a metric twin, else the reader's sans-serif.</summary>
    public const string Font = "Arial, Liberation Sans, Helvetica, sans-serif";

    /// <summary>A plot model with the page's look: white, the palette's colours in order, Arial-like text, invariant numbers.</summary>
    public static PlotModel Model(string title, string? subtitle = null)
    {
        var model = new PlotModel
        {
            Title = HtmlText.Label(title, 90),
            Subtitle = subtitle is null ? null : HtmlText.Label(subtitle, 120),
            Background = OxyColors.White,
            TextColor = Palette.Black,
            PlotAreaBorderColor = Palette.Grey,
            DefaultFont = Font,
            DefaultFontSize = 12,
            TitleFontSize = 15,
            SubtitleFontSize = 12,
            Culture = CultureInfo.InvariantCulture,
        };
        model.DefaultColors = Palette.Series;
        return model;
    }

    /// <summary>A legend under the plot, in one row.</summary>
    public static void LegendBelow(PlotModel model) =>
        model.Legends.Add(new Legend
        {
            LegendPlacement = LegendPlacement.Outside,
            LegendPosition = LegendPosition.BottomCenter,
            LegendOrientation = LegendOrientation.Horizontal,
            LegendBorderThickness = 0,
            LegendTextColor = Palette.Black,
            LegendFontSize = 11,
        });

    /// <summary>A linear axis with dotted grid lines in the palette's grey.</summary>
    public static LinearAxis Linear(AxisPosition position, string title, double? minimum = null, double? maximum = null, string? format = null)
    {
        var axis = new LinearAxis
        {
            Position = position,
            Title = HtmlText.Label(title, 90),
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromAColor(70, Palette.Black),
            AxislineColor = Palette.Black,
            TicklineColor = Palette.Black,
            AxisTitleDistance = 8,
        };
        if (minimum is { } min)
        {
            axis.Minimum = min;
        }

        if (maximum is { } max)
        {
            axis.Maximum = max;
        }

        if (format is not null)
        {
            axis.StringFormat = format;
        }

        // Room at the ends so that markers at the extremes are drawn whole.
        axis.MinimumPadding = 0.03;
        axis.MaximumPadding = 0.05;

        return axis;
    }

    /// <summary>
    /// The model as an <c>&lt;svg&gt;</c> element for the page: <paramref name="id"/> prefixes its ids,
    /// <paramref name="title"/> and <paramref name="description"/> become its accessible name and description.
    /// </summary>
    public static string Svg(PlotModel model, string id, string title, string description, double width = Width, double height = Height)
    {
        var svg = OxyPlot.SvgExporter.ExportToString(model, width, height, false, new WideTextMeasurer(width, height), true);

        // OxyPlot draws an exception's text into the picture instead of throwing it; that is a defect here.
        var failure = svg.IndexOf("OxyPlot exception", StringComparison.Ordinal);
        if (failure >= 0)
        {
            var end = svg.IndexOf('<', failure);
            throw new InvalidOperationException(string.Concat("The chart '", id, "' could not be drawn: ", svg.AsSpan(failure, (end < 0 ? svg.Length : end) - failure)));
        }
        return Embed(svg, id, title, description, width, height);
    }

    /// <summary>
    /// An SVG written by a library or by hand, made fit to sit inline in the page: the prolog dropped,
    /// ids (and their references) prefixed with <paramref name="id"/> so two pictures never share one,
    /// a view box, <c>role="img"</c>, and a title and description for screen readers.
    /// </summary>
    public static string Embed(string svg, string id, string title, string description, double width, double height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The chart library wrote no <svg> element.");
        }

        svg = svg.Substring(start).TrimEnd();
        var prefix = HtmlText.Id(id) + "-";
        svg = IdAttribute().Replace(svg, m => "id=\"" + prefix + m.Groups[1].Value + "\"");
        svg = UrlReference().Replace(svg, m => "url(#" + prefix + m.Groups[1].Value + ")");
        svg = HrefReference().Replace(svg, m => m.Groups[1].Value + "=\"#" + prefix + m.Groups[2].Value + "\"");
        var open = svg.IndexOf('>', StringComparison.Ordinal);
        var head = svg.Substring(0, open);
        var viewBox = head.Contains("viewBox=", StringComparison.Ordinal) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width:0.##} {height:0.##}\"");
        var attributes = viewBox + " role=\"img\" aria-labelledby=\"" + prefix + "title " + prefix + "desc\" data-chart=\"" + HtmlText.Id(id) + "\"";
        head = head.Replace(" version=\"1.1\"", string.Empty, StringComparison.Ordinal);
        return head + attributes + ">"
            + "<title id=\"" + prefix + "title\">" + HtmlText.Escape(title) + "</title>"
            + "<desc id=\"" + prefix + "desc\">" + HtmlText.Escape(description) + "</desc>"
            + svg.Substring(open + 1);
    }

    /// <summary>A date as OxyPlot's axis value.</summary>
    /// <remarks>Counted in days from OxyPlot's origin (1899-12-31 is day 1), so a date outside .NET's
    /// <see cref="System.DateTime"/> (before year 1) still has a place on the axis.</remarks>
    public static double Day(NodaTime.LocalDate date) => NodaTime.Period.DaysBetween(AxisOrigin, date) + 1;

    private static readonly NodaTime.LocalDate AxisOrigin = new(1899, 12, 31);

    [GeneratedRegex("\\bid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]+)\\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();

    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex HrefReference();
}
