using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Core.Relationships;

/// <summary>Compares two maps of one client: what happened between them, for the day-to-day running of the account.</summary>
public static class RelationshipMapComparer
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <param name="before">The earlier map.</param>
    /// <param name="after">The later map.</param>
    /// <returns>The changes, by kind, then subject.</returns>
    /// <remarks>
    /// People, relationships and links are matched by their (trimmed) ids; in a map with duplicate
    /// ids the first entry counts. Strengths compare on the scale; a relationship or link that
    /// gains an assessment counts as strengthened, one that loses it as weakened (unknown again).
    /// </remarks>
    /// <exception cref="ArgumentNullException">A map is null.</exception>
    public static MapChanges Compare(RelationshipMap before, RelationshipMap after)
    {
        Require.NotNull(before, nameof(before));
        Require.NotNull(after, nameof(after));
        var changes = new List<MapChange>();
        void Add(MapChangeKind kind, string subject, string text) => changes.Add(new MapChange(kind, subject, text));

        var old = ById(before.People, p => p.Id);
        var now = ById(after.People, p => p.Id);
        foreach (var pair in now)
        {
            var p = pair.Value;
            if (!old.TryGetValue(pair.Key, out var q))
            {
                Add(MapChangeKind.PersonJoined, pair.Key, p.Name + " (" + (p.Title ?? "no title") + ") appears in the map.");
                Roles(Add, pair.Key, p.Name, Array.Empty<PersonRole>(), p.Roles);
                continue;
            }

            if (p.Left is not null && q.Left is null)
            {
                Add(MapChangeKind.PersonLeft, pair.Key, p.Name + " left on " + Wording.Date(p.Left.Value) + ".");
            }

            if (!string.Equals(p.ReportsTo?.Trim(), q.ReportsTo?.Trim(), StringComparison.Ordinal) || p.Level != q.Level || !string.Equals(p.Title, q.Title, StringComparison.Ordinal))
            {
                Add(MapChangeKind.PositionChanged, pair.Key, p.Name + ": " + Position(q) + " before, " + Position(p) + " now.");
            }

            Roles(Add, pair.Key, p.Name, q.Roles, p.Roles);
        }

        foreach (var pair in old.Where(o => !now.ContainsKey(o.Key)))
        {
            Add(MapChangeKind.PersonLeft, pair.Key, pair.Value.Name + " is no longer in the map.");
        }

        var oldTeam = ById(before.Team, t => t.Id);
        var newTeam = ById(after.Team, t => t.Id);
        foreach (var pair in newTeam)
        {
            if (!oldTeam.TryGetValue(pair.Key, out var q))
            {
                Add(MapChangeKind.TeamMemberJoined, pair.Key, "Our " + pair.Value.Name + " appears in the map.");
            }
            else if (pair.Value.Left is not null && q.Left is null)
            {
                Add(MapChangeKind.TeamMemberLeft, pair.Key, "Our " + pair.Value.Name + " left on " + Wording.Date(pair.Value.Left.Value) + ".");
            }
        }

        foreach (var pair in oldTeam.Where(o => !newTeam.ContainsKey(o.Key)))
        {
            Add(MapChangeKind.TeamMemberLeft, pair.Key, "Our " + pair.Value.Name + " is no longer in the map.");
        }

        Compare(Add, ById(before.Relationships, r => r.Ours.Trim() + " -> " + r.Theirs.Trim()), ById(after.Relationships, r => r.Ours.Trim() + " -> " + r.Theirs.Trim()), r => r.Strength is RelationshipStrength s ? (int)s : null, r => Words.Strength(r.Strength), "relationship", MapChangeKind.RelationshipAdded, MapChangeKind.RelationshipRemoved, MapChangeKind.RelationshipStrengthened, MapChangeKind.RelationshipWeakened);
        Compare(Add, ById(before.Influences, l => l.From.Trim() + " -> " + l.To.Trim()), ById(after.Influences, l => l.From.Trim() + " -> " + l.To.Trim()), l => l.Strength, l => Words.Strength(l.Strength), "influence link", MapChangeKind.InfluenceAdded, MapChangeKind.InfluenceRemoved, MapChangeKind.InfluenceStrengthened, MapChangeKind.InfluenceWeakened);

        changes.Sort((a, b) =>
        {
            var c = a.Kind.CompareTo(b.Kind);
            return c != 0 ? c : string.CompareOrdinal(a.Subject, b.Subject);
        });
        var explanation = changes.Count == 0 ? "No changes between the two maps." : Wording.Capitalise(Wording.Count(changes.Count, "change")) + ": " + string.Join(", ", changes.GroupBy(c => c.Kind).Select(g => Wording.Number(g.Count()) + " " + Kind(g.Key, g.Count()))) + ".";
        return new MapChanges(changes, explanation);
    }

    /// <summary>The kind in words for <paramref name="count"/> changes: "1 person joined", "2 people joined", "3 team members left".</summary>
    private static string Kind(MapChangeKind kind, int count)
    {
        var name = kind.ToString();
        var text = new System.Text.StringBuilder();
        foreach (var ch in name)
        {
            if (char.IsUpper(ch) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(ch));
        }

        var words = text.ToString();
        if (count == 1)
        {
            return words;
        }

        // The noun is every word but the last (the verb): pluralise it.
        var parts = words.Split(' ');
        var noun = string.Join(" ", parts, 0, parts.Length - 1);
        return (noun == "person" ? "people" : noun + "s") + " " + parts[parts.Length - 1];
    }

    private static string Position(ClientPerson p) =>
        (p.Title ?? "no title") + ", level " + (p.Level is int l ? Wording.Number(l) : "unknown") + ", reporting to " + (p.ReportsTo is null ? "nobody" : Wording.Quote(p.ReportsTo.Trim()));

    private static void Roles(Action<MapChangeKind, string, string> add, string id, string name, IReadOnlyList<PersonRole> before, IReadOnlyList<PersonRole> after)
    {
        static string Key(PersonRole r) => ((int)r.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + r.Decision?.Trim();
        static string Say(PersonRole r) => Words.Kind(r.Kind) + (r.Decision is null ? " (account-wide)" : " for " + Wording.Quote(r.Decision.Trim()));
        var old = new HashSet<string>(before.Select(Key), StringComparer.Ordinal);
        var now = new HashSet<string>(after.Select(Key), StringComparer.Ordinal);
        foreach (var r in after.Where(r => !old.Contains(Key(r))).GroupBy(Key).Select(g => g.First()))
        {
            add(MapChangeKind.RoleGained, id, name + " is now " + Say(r) + ".");
        }

        foreach (var r in before.Where(r => !now.Contains(Key(r))).GroupBy(Key).Select(g => g.First()))
        {
            add(MapChangeKind.RoleLost, id, name + " is no longer " + Say(r) + ".");
        }
    }

    private static void Compare<T>(Action<MapChangeKind, string, string> add, Dictionary<string, T> before, Dictionary<string, T> after, Func<T, double?> value, Func<T, string> say, string noun, MapChangeKind added, MapChangeKind removed, MapChangeKind up, MapChangeKind down)
    {
        foreach (var pair in after)
        {
            if (!before.TryGetValue(pair.Key, out var old))
            {
                add(added, pair.Key, "New " + noun + " " + pair.Key + ", " + say(pair.Value) + ".");
                continue;
            }

            var a = value(old);
            var b = value(pair.Value);
            if (a == b)
            {
                continue;
            }

            var stronger = b is not null && (a is null || b > a);
            add(stronger ? up : down, pair.Key, Wording.Capitalise(noun) + " " + pair.Key + ": " + say(old) + " before, " + say(pair.Value) + " now.");
        }

        foreach (var pair in before.Where(b => !after.ContainsKey(b.Key)))
        {
            add(removed, pair.Key, Wording.Capitalise(noun) + " " + pair.Key + " (" + say(pair.Value) + ") is gone.");
        }
    }

    private static Dictionary<string, T> ById<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item).Trim();
            if (!map.TryGetValue(key, out _))
            {
                map[key] = item;
            }
        }

        return map;
    }
}
