using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Relationships;

/// <summary>The naive reference: every simple path enumerated, its strength the product of its links.</summary>
public static class BruteForce
{
    /// <summary>The strongest path's strength to each client person (0 when none), by enumeration of every simple path from every relationship.</summary>
    public static Dictionary<string, double> Strongest(RelationshipMap map, LocalDate asOf, RelationshipSettings? settings = null)
    {
        settings ??= RelationshipSettings.Default;
        bool Here(ClientPerson p) => (p.Joined is null || p.Joined <= asOf) && (p.Left is null || p.Left > asOf);
        var present = map.People.Where(Here).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var ours = map.Team.Where(t => t.Left is null || t.Left > asOf).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var best = map.People.ToDictionary(p => p.Id, _ => 0.0, StringComparer.Ordinal);
        var links = map.Influences.Where(l => l.Strength > 0 && present.Contains(l.From) && present.Contains(l.To)).ToList();

        void Walk(string at, double strength, HashSet<string> seen)
        {
            best[at] = Math.Max(best[at], strength);
            foreach (var link in links.Where(l => l.From == at && !seen.Contains(l.To)))
            {
                seen.Add(link.To);
                Walk(link.To, strength * link.Strength!.Value, seen);
                seen.Remove(link.To);
            }
        }

        foreach (var r in map.Relationships.Where(r => r.Strength is not null && ours.Contains(r.Ours) && present.Contains(r.Theirs)))
        {
            var weight = StrengthScale.Weight(r.Strength!.Value);
            if (settings.DecayHalfLifeDays is int half && r.LastContact is LocalDate last && last < asOf)
            {
                weight *= Math.Pow(0.5, Period.DaysBetween(last, asOf) / (double)half);
            }

            Walk(r.Theirs, weight, new HashSet<string>(StringComparer.Ordinal) { r.Theirs });
        }

        return best;
    }
}
