using System.Globalization;
using System.Linq;
using System.Text;

namespace KeyAccount.Cli.Relationships;

/// <summary>The org chart as Graphviz DOT and Mermaid text, for pasting into documents.</summary>
internal static class GraphText
{
    /// <summary>Graphviz DOT: the client's people in a cluster (reporting lines plain, influence dashed with its strength), ours in another, relationships bold by strength (dotted when never assessed).</summary>
    public static string Dot(OrgChartModel m)
    {
        var s = new StringBuilder();
        s.Append("digraph relationships {\n");
        s.Append("  label=").Append(Q(m.Title)).Append("; labelloc=t; rankdir=TB;\n");
        s.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontcolor=white];\n");
        s.Append("  subgraph cluster_client {\n    label=").Append(Q("client: " + m.Client)).Append(";\n");
        for (var i = 0; i < m.Theirs.Count; i++)
        {
            var n = m.Theirs[i];
            var kinds = OrgChartModel.KindNames(n);
            s.Append("    t").Append(I(i)).Append(" [label=").Append(Q(n.Name + (n.Title is null ? string.Empty : "\n" + n.Title) + (kinds.Length == 0 ? string.Empty : "\n" + kinds)))
                .Append(", fillcolor=").Append(Q(OrgChartModel.Colour(n))).Append("];\n");
        }

        s.Append("  }\n  subgraph cluster_us {\n    label=\"our people\";\n");
        for (var i = 0; i < m.Ours.Count; i++)
        {
            var n = m.Ours[i];
            s.Append("    o").Append(I(i)).Append(" [label=").Append(Q(n.Name + (n.Title is null ? string.Empty : "\n" + n.Title))).Append(", fillcolor=").Append(Q(OrgChartModel.OursColour)).Append("];\n");
        }

        s.Append("  }\n");
        for (var i = 0; i < m.Parent.Length; i++)
        {
            if (m.Parent[i] >= 0)
            {
                s.Append("  t").Append(I(m.Parent[i])).Append(" -> t").Append(I(i)).Append(" [arrowhead=none, color=\"#555555\"];\n");
            }
        }

        foreach (var e in m.Influences)
        {
            s.Append("  t").Append(I(e.From)).Append(" -> t").Append(I(e.To)).Append(" [style=dashed, color=\"" + OrgChartModel.InfluenceColour + "\", constraint=false, label=").Append(Q(e.Label)).Append("];\n");
        }

        foreach (var e in m.Relationships)
        {
            s.Append("  o").Append(I(e.From)).Append(" -> t").Append(I(e.To)).Append(" [color=\"" + OrgChartModel.OursColour + "\", constraint=false, ")
                .Append(e.Weight is double w ? "penwidth=" + (1 + (5 * w)).ToString("0.##", CultureInfo.InvariantCulture) : "style=dotted")
                .Append(", label=").Append(Q(e.Label)).Append("];\n");
        }

        s.Append("}\n");
        return s.ToString();
    }

    /// <summary>A Mermaid flowchart with one class per kind (the colours of the legend).</summary>
    public static string Mermaid(OrgChartModel m)
    {
        var s = new StringBuilder();
        s.Append("flowchart TB\n");
        s.Append("  subgraph client[").Append(M("client: " + m.Client)).Append("]\n");
        for (var i = 0; i < m.Theirs.Count; i++)
        {
            var n = m.Theirs[i];
            var kinds = OrgChartModel.KindNames(n);
            s.Append("    t").Append(I(i)).Append('[').Append(M(n.Name + (n.Title is null ? string.Empty : "<br/>" + n.Title) + (kinds.Length == 0 ? string.Empty : "<br/><i>" + kinds + "</i>"))).Append("]\n");
        }

        s.Append("  end\n  subgraph us[").Append(M("our people")).Append("]\n");
        for (var i = 0; i < m.Ours.Count; i++)
        {
            var n = m.Ours[i];
            s.Append("    o").Append(I(i)).Append('[').Append(M(n.Name + (n.Title is null ? string.Empty : "<br/>" + n.Title))).Append("]\n");
        }

        s.Append("  end\n");
        for (var i = 0; i < m.Parent.Length; i++)
        {
            if (m.Parent[i] >= 0)
            {
                s.Append("  t").Append(I(m.Parent[i])).Append(" --- t").Append(I(i)).Append('\n');
            }
        }

        foreach (var e in m.Influences)
        {
            s.Append("  t").Append(I(e.From)).Append(" -. ").Append(M(e.Label)).Append(" .-> t").Append(I(e.To)).Append('\n');
        }

        foreach (var e in m.Relationships)
        {
            var arrow = e.Weight is double w && w >= 0.7 ? " == " + M(e.Label) + " ==> " : e.Weight is null ? " -. " + M(e.Label) + " .-> " : " -- " + M(e.Label) + " --> ";
            s.Append("  o").Append(I(e.From)).Append(arrow).Append('t').Append(I(e.To)).Append('\n');
        }

        foreach (var (kind, _, colour) in OrgChartModel.Legend)
        {
            var members = Enumerable.Range(0, m.Theirs.Count).Where(i => OrgChartModel.Colour(m.Theirs[i]) == colour).Select(i => "t" + I(i)).ToList();
            s.Append("  classDef ").Append(kind).Append(" fill:").Append(colour).Append(",color:").Append(OrgChartModel.TextOn(colour)).Append('\n');
            if (members.Count > 0)
            {
                s.Append("  class ").Append(string.Join(",", members)).Append(' ').Append(kind).Append('\n');
            }
        }

        s.Append("  classDef ours fill:").Append(OrgChartModel.OursColour).Append(",color:").Append(OrgChartModel.TextOn(OrgChartModel.OursColour)).Append('\n');
        if (m.Ours.Count > 0)
        {
            s.Append("  class ").Append(string.Join(",", Enumerable.Range(0, m.Ours.Count).Select(i => "o" + I(i)))).Append(" ours\n");
        }

        return s.ToString();
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>A DOT string literal.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal) + "\"";

    /// <summary>A Mermaid label in quotes, with quotes and line ends made safe.</summary>
    private static string M(string text) => "\"" + text.Replace("\"", "#quot;", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal) + "\"";
}
