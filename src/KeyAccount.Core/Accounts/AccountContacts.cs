using System;
using System.Collections.Generic;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// What the diary tells the relationship map: the contacts between our people and the client's,
/// and the map's analysis with them. The staleness of a contact is the Relationships area's rule
/// (<see cref="RelationshipAnalyzer"/>); the diary only brings each relationship's last contact up
/// to date before the map is analysed.
/// </summary>
internal static class AccountContacts
{
    /// <summary>The local date of an entry in its own zone (UTC for an unknown zone, which the validator reports).</summary>
    public static LocalDate LocalDateOf(DiaryEntry entry) => LocalDateOf(entry, null);

    /// <summary>The local date of an entry, with a cache of zones by id for long diaries.</summary>
    public static LocalDate LocalDateOf(DiaryEntry entry, Dictionary<string, DateTimeZone>? zones)
    {
        DateTimeZone zone;
        if (zones is null)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(entry.Zone) ?? DateTimeZone.Utc;
        }
        else if (!zones.TryGetValue(entry.Zone, out zone!))
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(entry.Zone) ?? DateTimeZone.Utc;
            zones.Add(entry.Zone, zone);
        }

        return CalendarMath.DateIn(entry.At, zone);
    }

    /// <summary>
    /// <paramref name="map"/> with each relationship's last contact brought forward to the latest
    /// entry of <paramref name="diary"/> dated up to <paramref name="asOf"/> in which both its people
    /// took part (internal entries left out), and its first contact brought back to the earliest
    /// such entry when the map knows a later one. A relationship the diary does not touch, and a
    /// contact the map holds no relationship for, are left as they are. The same map when nothing
    /// changes.
    /// </summary>
    public static RelationshipMap Refresh(RelationshipMap map, IReadOnlyList<DiaryEntry> diary, LocalDate asOf)
    {
        if (map.Relationships.Count == 0 || diary.Count == 0)
        {
            return map;
        }

        // Relationship indices by (ours, theirs), ids trimmed.
        var byPair = new Dictionary<(string Ours, string Theirs), List<int>>();
        for (var r = 0; r < map.Relationships.Count; r++)
        {
            var key = (map.Relationships[r].Ours.Trim(), map.Relationships[r].Theirs.Trim());
            if (!byPair.TryGetValue(key, out var list))
            {
                byPair.Add(key, list = new List<int>(1));
            }

            list.Add(r);
        }

        var last = new LocalDate?[map.Relationships.Count];
        var first = new LocalDate?[map.Relationships.Count];
        var zones = new Dictionary<string, DateTimeZone>(StringComparer.Ordinal);
        foreach (var entry in diary)
        {
            if (entry.Kind == DiaryEntryKind.Internal || entry.ClientParticipants.Count == 0 || entry.OurParticipants.Count == 0)
            {
                continue;
            }

            var date = LocalDateOf(entry, zones);
            if (date > asOf)
            {
                continue;
            }

            foreach (var ours in entry.OurParticipants)
            {
                foreach (var theirs in entry.ClientParticipants)
                {
                    if (!byPair.TryGetValue((ours.Trim(), theirs.Trim()), out var rels))
                    {
                        continue;
                    }

                    foreach (var r in rels)
                    {
                        if (last[r] is null || date > last[r]!.Value)
                        {
                            last[r] = date;
                        }

                        if (first[r] is null || date < first[r]!.Value)
                        {
                            first[r] = date;
                        }
                    }
                }
            }
        }

        Relationship[]? updated = null;
        for (var r = 0; r < last.Length; r++)
        {
            if (last[r] is not { } seen)
            {
                continue;
            }

            var rel = map.Relationships[r];
            var newLast = rel.LastContact is { } known && known >= seen ? known : seen;
            var newFirst = rel.FirstContact is { } firstKnown && first[r]!.Value < firstKnown ? first[r] : rel.FirstContact;
            if (newLast != rel.LastContact || newFirst != rel.FirstContact)
            {
                updated ??= Copy(map.Relationships);
                updated[r] = rel with { LastContact = newLast, FirstContact = newFirst };
            }
        }

        return updated is null ? map : map with { Relationships = updated };
    }

    /// <summary>The map's analysis (default relationship settings, every decision) with the diary's contacts; null without a map.</summary>
    public static DocumentRun<RelationshipAnalysis>? Analyze(AccountDocument account, LocalDate asOf) =>
        account.Relationships is null ? null : RelationshipAnalyzer.Run(Refresh(account.Relationships, account.Diary, asOf), settings: null, asOf);

    private static Relationship[] Copy(IReadOnlyList<Relationship> list)
    {
        var copy = new Relationship[list.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = list[i];
        }

        return copy;
    }
}
