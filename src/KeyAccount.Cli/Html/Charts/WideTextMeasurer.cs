using OxyPlot;

namespace KeyAccount.Cli.Html.Charts;

/// <summary>
/// Measures text for the SVG layout a little wider than Arial's metrics (OxyPlot's built-in PDF
/// measurer): a browser without Arial draws the text in its fallback sans-serif (DejaVu Sans on most
/// Linux machines), up to three tenths wider, and a legend or label laid out to Arial's width would be
/// cut. The small extra room costs nothing where Arial is there.
/// </summary>
internal sealed class WideTextMeasurer : PdfRenderContext
{
    /// <summary>How much wider than Arial a fallback font may draw.</summary>
    public const double Widening = 1.3;

    public WideTextMeasurer(double width, double height)
        : base(width, height, OxyColors.White)
    {
    }

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        var size = base.MeasureText(text, fontFamily, fontSize, fontWeight);
        return new OxySize(size.Width * Widening, size.Height);
    }
}
