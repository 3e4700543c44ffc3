using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Cli.Relationships;

/// <summary>
/// What the three pictures of a map (SVG, Graphviz DOT, Mermaid) draw: the client's people who are
/// there on the date (in id order) with their kinds, the reporting lines, the influence links, our
/// people and our live relationships with their weights. One model, so the three agree.
/// </summary>
internal sealed class OrgChartModel
{
    public OrgChartModel(RelationshipMap map, LocalDate asOf, string? decision, RelationshipSettings settings)
    {
        Title = map.Title ?? map.Client.Value;
        Client = map.Client.Value;
        Theirs = map.People
            .Where(p => (p.Joined is null || p.Joined <= asOf) && (p.Left is null || p.Left > asOf))
            .OrderBy(p => p.Id.Trim(), StringComparer.Ordinal)
            .Select(p => new Node(p.Id.Trim(), p.Name, p.Title, p.Level, Kinds(p, decision)))
            .ToList();
        var their = Theirs.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Ours = map.Team
            .Where(t => t.Left is null || t.Left > asOf)
            .OrderBy(t => t.Id.Trim(), StringComparer.Ordinal)
            .Select(t => new Node(t.Id.Trim(), t.Name, t.Role, t.Level, Array.Empty<StakeholderKind>()))
            .ToList();
        var ours = Ours.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Parent = Theirs.Select(_ => -1).ToArray();
        foreach (var p in map.People)
        {
            if (p.ReportsTo is string boss && their.TryGetValue(p.Id.Trim(), out var child) && their.TryGetValue(boss.Trim(), out var parent) && child != parent)
            {
                Parent[child] = parent;
            }
        }

        Influences = map.Influences
            .Where(l => their.ContainsKey(l.From.Trim()) && their.ContainsKey(l.To.Trim()) && l.From.Trim() != l.To.Trim())
            .Select(l => new Edge(their[l.From.Trim()], their[l.To.Trim()], l.Strength, l.Strength is double s ? Percent(s) : "?"))
            .OrderBy(e => e.From).ThenBy(e => e.To)
            .ToList();
        Relationships = map.Relationships
            .Where(r => ours.ContainsKey(r.Ours.Trim()) && their.ContainsKey(r.Theirs.Trim()))
            .Select(r =>
            {
                var weight = r.Strength is RelationshipStrength s && StrengthScale.IsDefined(s) ? ScaleWeight(r, asOf, settings) : (double?)null;
                var label = (r.Kind == RelationshipKind.Mirror ? "mirror, " : string.Empty) + (r.Strength is RelationshipStrength known ? known.ToString().ToLowerInvariant() : "unknown");
                return new Edge(ours[r.Ours.Trim()], their[r.Theirs.Trim()], weight, label);
            })
            .OrderBy(e => e.From).ThenBy(e => e.To)
            .ToList();
    }

    public string Title { get; }

    public string Client { get; }

    public List<Node> Theirs { get; }

    public List<Node> Ours { get; }

    /// <summary>The index in <see cref="Theirs"/> of each person's manager; -1 for the top (or a manager not there).</summary>
    public int[] Parent { get; }

    /// <summary>Influence links, from and to indices of <see cref="Theirs"/>.</summary>
    public List<Edge> Influences { get; }

    /// <summary>Relationships, from an index of <see cref="Ours"/> to an index of <see cref="Theirs"/>; weight null when never assessed.</summary>
    public List<Edge> Relationships { get; }

    /// <summary>The six kinds in the order a node shows them, with their colours from the one palette of every picture (Okabe–Ito, safe for colour-blind readers).</summary>
    public static IReadOnlyList<(StakeholderKind Kind, string Name, string Colour)> Legend { get; } = new[]
    {
        (StakeholderKind.DecisionMaker, "decision maker", Palette.VermillionHex),
        (StakeholderKind.Influencer, "influencer", Palette.OrangeHex),
        (StakeholderKind.Sponsor, "sponsor", Palette.GreenHex),
        (StakeholderKind.AntiSponsor, "anti-sponsor", Palette.PurpleHex),
        (StakeholderKind.RisingStar, "rising star", Palette.BlueHex),
        (StakeholderKind.FallingStar, "falling star", Palette.BlackHex),
    };

    /// <summary>The colour of a person with no role in decisions.</summary>
    public const string NoKindColour = Palette.GreyHex;

    /// <summary>The colour of our people and our relationships.</summary>
    public const string OursColour = Palette.SkyBlueHex;

    /// <summary>The colour of influence links.</summary>
    public const string InfluenceColour = Palette.OrangeHex;

    /// <summary>The text colour that reads on a box of <paramref name="fill"/>: black on the light colours of the palette, white on the dark.</summary>
    public static string TextOn(string fill) => fill is Palette.OrangeHex or Palette.SkyBlueHex or Palette.YellowHex or Palette.GreyHex or Palette.PurpleHex ? Palette.BlackHex : "#FFFFFF";

    /// <summary>The colour of a node: its first kind in legend order.</summary>
    public static string Colour(Node node)
    {
        foreach (var (kind, _, colour) in Legend)
        {
            if (node.Kinds.Contains(kind))
            {
                return colour;
            }
        }

        return NoKindColour;
    }

    public static string KindNames(Node node) => string.Join(", ", Legend.Where(l => node.Kinds.Contains(l.Kind)).Select(l => l.Name));

    public static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static double ScaleWeight(Relationship r, LocalDate asOf, RelationshipSettings settings)
    {
        var weight = StrengthScale.Weight(r.Strength!.Value);
        if (settings.DecayHalfLifeDays is int half && half > 0 && r.LastContact is LocalDate last && last < asOf)
        {
            weight *= Math.Pow(0.5, Period.DaysBetween(last, asOf) / (double)half);
        }

        return weight;
    }

    private static StakeholderKind[] Kinds(ClientPerson p, string? decision) =>
        p.Roles.Where(r => r.Decision is null || decision is null || string.Equals(r.Decision.Trim(), decision, StringComparison.Ordinal)).Select(r => r.Kind).Distinct().OrderBy(k => k).ToArray();

    internal sealed record Node(string Id, string Name, string? Title, int? Level, IReadOnlyList<StakeholderKind> Kinds);

    internal sealed record Edge(int From, int To, double? Weight, string Label);
}
