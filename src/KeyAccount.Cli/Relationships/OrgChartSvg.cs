using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using System.Text;
using KeyAccount.Cli.Html.Charts;

namespace KeyAccount.Cli.Relationships;

/// <summary>
/// The org chart as an SVG picture: the reporting tree of the client's people (coloured by their
/// kind, with a legend), our people in a row below, our relationships as lines whose weight grows
/// with their strength (dashed when never assessed), and influence links as thin dashed arrows.
/// </summary>
/// <remarks>
/// Written by hand rather than with OxyPlot (which draws the Pareto charts): OxyPlot plots series
/// on axes and has no tree or node-link layout, so the layout here is a simple tidy tree (each
/// leaf gets its own column, a parent is centred over its children).
/// </remarks>
internal static class OrgChartSvg
{
    private const double BoxWidth = 170;
    private const double BoxHeight = 58;
    private const double Gap = 18;
    private const double RowHeight = 110;
    private const double Margin = 30;
    private const double LegendWidth = 210;

    public static string Render(OrgChartModel m)
    {
        var n = m.Theirs.Count;
        var children = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var roots = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (m.Parent[i] >= 0 && !Cycles(m.Parent, i))
            {
                children[m.Parent[i]].Add(i);
            }
            else
            {
                roots.Add(i);
            }
        }

        var x = new double[n];
        var depth = new int[n];
        var column = 0.0;
        void Place(int v, int d)
        {
            depth[v] = d;
            if (children[v].Count == 0)
            {
                x[v] = column++;
                return;
            }

            foreach (var c in children[v])
            {
                Place(c, d + 1);
            }

            x[v] = (x[children[v][0]] + x[children[v][^1]]) / 2;
        }

        foreach (var r in roots)
        {
            Place(r, 0);
        }

        var columns = Math.Max(Math.Max(column, m.Ours.Count), 1);
        var levels = n == 0 ? 0 : depth.Max() + 1;
        var width = (2 * Margin) + (columns * (BoxWidth + Gap)) + LegendWidth;
        var oursY = Margin + 40 + (levels * RowHeight) + 40;
        var height = oursY + BoxHeight + Margin + 30;
        double X(double col) => Margin + (col * (BoxWidth + Gap));
        double Y(int d) => Margin + 40 + (d * RowHeight);
        var oursOffset = (columns - m.Ours.Count) / 2.0;
        double OurX(int o) => X(o + oursOffset);

        var s = new StringBuilder();
        s.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0} {height:0}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"));
        s.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"" + OrgChartModel.InfluenceColour + "\"/></marker></defs>\n");
        s.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.Append(F($"<text x=\"{Margin:0}\" y=\"{Margin + 8:0}\" font-size=\"16\" font-weight=\"bold\">{E(m.Title)}</text>\n"));

        for (var i = 0; i < n; i++)
        {
            foreach (var c in children[i])
            {
                var (x1, y1) = (X(x[i]) + (BoxWidth / 2), Y(depth[i]) + BoxHeight);
                var (x2, y2) = (X(x[c]) + (BoxWidth / 2), Y(depth[c]));
                var mid = (y1 + y2) / 2;
                s.Append(F($"<path d=\"M {x1:0.#} {y1:0.#} V {mid:0.#} H {x2:0.#} V {y2:0.#}\" fill=\"none\" stroke=\"{Palette.BlackHex}\" stroke-width=\"1.2\"/>\n"));
            }
        }

        foreach (var e in m.Influences)
        {
            var (x1, y1) = (X(x[e.From]) + (BoxWidth * 0.7), Y(depth[e.From]) + (BoxHeight / 2));
            var (x2, y2) = (X(x[e.To]) + (BoxWidth * 0.7), Y(depth[e.To]) + (BoxHeight / 2));
            var bend = Math.Abs(x1 - x2) < 1 ? 60 : 0;
            var cx = ((x1 + x2) / 2) + bend;
            var cy = ((y1 + y2) / 2) - 25;
            s.Append(F($"<path d=\"M {x1:0.#} {y1:0.#} Q {cx:0.#} {cy:0.#} {x2:0.#} {y2:0.#}\" fill=\"none\" stroke=\"{OrgChartModel.InfluenceColour}\" stroke-width=\"1\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"><title>{E(m.Theirs[e.From].Name)} influences {E(m.Theirs[e.To].Name)}: {E(e.Label)}</title></path>\n"));
            s.Append(F($"<text x=\"{cx:0.#}\" y=\"{cy + 10:0.#}\" fill=\"{Palette.BlackHex}\" font-size=\"10\" text-anchor=\"middle\">{E(e.Label)}</text>\n"));
        }

        foreach (var e in m.Relationships)
        {
            var (x1, y1) = (OurX(e.From) + (BoxWidth / 2), oursY);
            var (x2, y2) = (X(x[e.To]) + (BoxWidth / 2), Y(depth[e.To]) + BoxHeight);
            var stroke = e.Weight is double w ? F($"stroke=\"{OrgChartModel.OursColour}\" stroke-width=\"{1 + (6 * w):0.#}\"") : "stroke=\"" + Palette.GreyHex + "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"";
            s.Append(F($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" {stroke} stroke-opacity=\"0.75\"><title>{E(m.Ours[e.From].Name)} and {E(m.Theirs[e.To].Name)}: {E(e.Label)}</title></line>\n"));
        }

        for (var i = 0; i < n; i++)
        {
            var node = m.Theirs[i];
            Box(s, X(x[i]), Y(depth[i]), OrgChartModel.Colour(node), node.Name, node.Title, OrgChartModel.KindNames(node));
        }

        s.Append(F($"<text x=\"{Margin:0}\" y=\"{oursY - 12:0}\" font-weight=\"bold\">Our people</text>\n"));
        for (var o = 0; o < m.Ours.Count; o++)
        {
            Box(s, OurX(o), oursY, OrgChartModel.OursColour, m.Ours[o].Name, m.Ours[o].Title, null);
        }

        var lx = width - LegendWidth + 10;
        var ly = Margin + 40.0;
        s.Append(F($"<text x=\"{lx:0}\" y=\"{ly:0}\" font-weight=\"bold\">Legend</text>\n"));
        foreach (var (_, name, colour) in OrgChartModel.Legend)
        {
            ly += 20;
            s.Append(F($"<rect x=\"{lx:0}\" y=\"{ly - 11:0}\" width=\"14\" height=\"14\" rx=\"3\" fill=\"{colour}\"/><text x=\"{lx + 22:0}\" y=\"{ly:0}\">{name}</text>\n"));
        }

        ly += 20;
        s.Append(F($"<rect x=\"{lx:0}\" y=\"{ly - 11:0}\" width=\"14\" height=\"14\" rx=\"3\" fill=\"{OrgChartModel.NoKindColour}\"/><text x=\"{lx + 22:0}\" y=\"{ly:0}\">no role in decisions</text>\n"));
        ly += 20;
        s.Append(F($"<rect x=\"{lx:0}\" y=\"{ly - 11:0}\" width=\"14\" height=\"14\" rx=\"3\" fill=\"{OrgChartModel.OursColour}\"/><text x=\"{lx + 22:0}\" y=\"{ly:0}\">our people</text>\n"));
        ly += 26;
        s.Append(F($"<line x1=\"{lx:0}\" y1=\"{ly - 4:0}\" x2=\"{lx + 16:0}\" y2=\"{ly - 4:0}\" stroke=\"{Palette.BlackHex}\" stroke-width=\"1.2\"/><text x=\"{lx + 22:0}\" y=\"{ly:0}\">reports to</text>\n"));
        ly += 20;
        s.Append(F($"<line x1=\"{lx:0}\" y1=\"{ly - 4:0}\" x2=\"{lx + 16:0}\" y2=\"{ly - 4:0}\" stroke=\"{OrgChartModel.InfluenceColour}\" stroke-dasharray=\"4 3\"/><text x=\"{lx + 22:0}\" y=\"{ly:0}\">influences (strength)</text>\n"));
        ly += 20;
        s.Append(F($"<line x1=\"{lx:0}\" y1=\"{ly - 4:0}\" x2=\"{lx + 16:0}\" y2=\"{ly - 4:0}\" stroke=\"{OrgChartModel.OursColour}\" stroke-width=\"6\"/><text x=\"{lx + 22:0}\" y=\"{ly:0}\">our relationship, by strength</text>\n"));
        ly += 20;
        s.Append(F($"<line x1=\"{lx:0}\" y1=\"{ly - 4:0}\" x2=\"{lx + 16:0}\" y2=\"{ly - 4:0}\" stroke=\"{Palette.GreyHex}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/><text x=\"{lx + 22:0}\" y=\"{ly:0}\">never assessed (unknown)</text>\n"));
        s.Append("</svg>\n");
        return s.ToString();
    }

    private static void Box(StringBuilder s, double x, double y, string colour, string name, string? title, string? kinds)
    {
        var ink = OrgChartModel.TextOn(colour);
        s.Append(F($"<g><rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{BoxWidth:0}\" height=\"{BoxHeight:0}\" rx=\"8\" fill=\"{colour}\"/>"));
        s.Append(F($"<text x=\"{x + (BoxWidth / 2):0.#}\" y=\"{y + 17:0.#}\" fill=\"{ink}\" font-weight=\"bold\" text-anchor=\"middle\">{E(Cut(name))}</text>"));
        if (title is not null)
        {
            s.Append(F($"<text x=\"{x + (BoxWidth / 2):0.#}\" y=\"{y + 33:0.#}\" fill=\"{ink}\" text-anchor=\"middle\">{E(Cut(title))}</text>"));
        }

        if (!string.IsNullOrEmpty(kinds))
        {
            s.Append(F($"<text x=\"{x + (BoxWidth / 2):0.#}\" y=\"{y + 49:0.#}\" fill=\"{ink}\" font-size=\"10\" font-style=\"italic\" text-anchor=\"middle\">{E(Cut(kinds))}</text>"));
        }

        s.Append("</g>\n");
    }

    /// <summary>True when following managers from <paramref name="start"/> comes back to it (a map with a reporting cycle still draws).</summary>
    private static bool Cycles(int[] parent, int start)
    {
        var v = parent[start];
        for (var steps = 0; v >= 0 && steps <= parent.Length; steps++)
        {
            if (v == start)
            {
                return true;
            }

            v = parent[v];
        }

        return false;
    }

    private static string Cut(string text) => text.Length <= 26 ? text : text[..25] + "…";

    private static string E(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
