using OxyPlot;

namespace KeyAccount.Cli.Html.Charts;

/// <summary>
/// The one palette of every picture on the page: Okabe and Ito's eight colours ("Color Universal
/// Design", 2002), told apart by readers with any common kind of colour blindness. Every chart
/// draws with these and never with a colour of its own; where a colour carries a meaning (chosen,
/// critical, over budget) the picture also says it by shape, dash or label, so the meaning
/// survives a grey-scale print.
/// </summary>
internal static class Palette
{
    public const string BlackHex = "#000000";
    public const string OrangeHex = "#E69F00";
    public const string SkyBlueHex = "#56B4E9";
    public const string GreenHex = "#009E73";
    public const string YellowHex = "#F0E442";
    public const string BlueHex = "#0072B2";
    public const string VermillionHex = "#D55E00";
    public const string PurpleHex = "#CC79A7";

    /// <summary>Neutral grey for references (the line of equality, gridlines, things left out).</summary>
    public const string GreyHex = "#999999";

    public static readonly OxyColor Black = OxyColor.Parse(BlackHex);
    public static readonly OxyColor Orange = OxyColor.Parse(OrangeHex);
    public static readonly OxyColor SkyBlue = OxyColor.Parse(SkyBlueHex);
    public static readonly OxyColor Green = OxyColor.Parse(GreenHex);
    public static readonly OxyColor Yellow = OxyColor.Parse(YellowHex);
    public static readonly OxyColor Blue = OxyColor.Parse(BlueHex);
    public static readonly OxyColor Vermillion = OxyColor.Parse(VermillionHex);
    public static readonly OxyColor Purple = OxyColor.Parse(PurpleHex);
    public static readonly OxyColor Grey = OxyColor.Parse(GreyHex);

    /// <summary>The order in which series take colours (yellow last: it is faint on white).</summary>
    public static readonly OxyColor[] Series = { Blue, Vermillion, Green, Orange, Purple, SkyBlue, Black, Yellow };

    /// <summary>The n-th series colour, cycling.</summary>
    public static OxyColor Nth(int n) => Series[((n % Series.Length) + Series.Length) % Series.Length];

    /// <summary>Every colour of the palette in hex, for the pictures drawn without the chart library and for tests.</summary>
    public static readonly string[] AllHex = { BlackHex, OrangeHex, SkyBlueHex, GreenHex, YellowHex, BlueHex, VermillionHex, PurpleHex, GreyHex, "#FFFFFF" };
}
