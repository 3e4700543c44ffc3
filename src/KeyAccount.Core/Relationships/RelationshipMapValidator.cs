using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// Finds every defect of a relationship map as of a date and reports each as a
/// <see cref="Diagnostic"/> with a <c>KAR0xx</c> code of <see cref="RelationshipsDiagnosticCodes"/>.
/// </summary>
/// <remarks>
/// Paths name the place in the map's JSON form without the leading <c>$.</c>, such as
/// <c>people[12].reportsTo</c>; indices count from zero. Ids are compared after trimming, ordinally.
/// The list is in the shared order of <see cref="Diagnostics.Sort"/>.
/// </remarks>
public static class RelationshipMapValidator
{
    /// <summary>Validates <paramref name="map"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="map">The map.</param>
    /// <param name="asOf">The day the map is checked on: who has left by then.</param>
    /// <returns>The diagnostics, sorted; empty for a sound map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(RelationshipMap map, LocalDate asOf)
    {
        Require.NotNull(map, nameof(map));
        var bag = new DiagnosticBag();
        var decisions = Ids(bag, map.Decisions, d => d.Id, "decisions");
        var people = Ids(bag, map.People, p => p.Id, "people");
        var team = Ids(bag, map.Team, t => t.Id, "team");
        Ids(bag, map.ApprovalRules, r => r.Id, "approvalRules");
        People(bag, map, people, decisions, asOf);
        Cycles(bag, map, people);
        Influences(bag, map, people);
        Team(bag, map);
        Relationships(bag, map, people, team);
        Approvals(bag, map, people);
        return bag.ToSortedList();
    }

    private static DiagnosticDescriptor C(string code) => RelationshipsDiagnosticCodes.Get(code);

    private static string At(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static Dictionary<string, int> Ids<T>(DiagnosticBag bag, IReadOnlyList<T> items, Func<T, string> id, string list)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]).Trim();
            if (key.Length == 0)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.EmptyId), At(list, i) + ".id", "The entry has no id; give it one so that others can refer to it.");
            }
            else if (seen.TryGetValue(key, out var first))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.DuplicateId), At(list, i) + ".id", "The id {0} is already used by {1}; ids in {2} are unique.", Wording.Quote(key), At(list, first), list);
            }
            else
            {
                seen.Add(key, i);
            }
        }

        return seen;
    }

    private static bool Gone(LocalDate? left, LocalDate asOf) => left is LocalDate l && l <= asOf;

    private static void People(DiagnosticBag bag, RelationshipMap map, Dictionary<string, int> people, Dictionary<string, int> decisions, LocalDate asOf)
    {
        for (var i = 0; i < map.People.Count; i++)
        {
            var person = map.People[i];
            var at = At("people", i);
            if (person.Level is int level && level < 1)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.InvalidNumber), at + ".level", "The level is {0}; levels start at 1 for the top of the company.", Wording.Number(level));
            }

            if (person.Joined is LocalDate joined && person.Left is LocalDate left && left < joined)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.DatesOutOfOrder), at + ".left", "The person left on {0}, before joining on {1}.", Wording.Date(left), Wording.Date(joined));
            }

            if (person.ReportsTo is string boss)
            {
                if (!people.TryGetValue(boss.Trim(), out var b))
                {
                    bag.Add(C(RelationshipsDiagnosticCodes.UnknownPerson), at + ".reportsTo", "The person reports to {0}, who is not among the client's people.", Wording.Quote(boss));
                }
                else
                {
                    var manager = map.People[b];
                    if (!Gone(person.Left, asOf) && Gone(manager.Left, asOf))
                    {
                        bag.Add(C(RelationshipsDiagnosticCodes.ReportsToLeaver), at + ".reportsTo", "The person reports to {0}, who left on {1}; give the new manager.", Wording.Quote(manager.Id), Wording.Date(manager.Left!.Value));
                    }

                    if (person.Level is int mine && manager.Level is int theirs && mine >= 1 && theirs >= 1 && mine <= theirs && b != i)
                    {
                        bag.Add(C(RelationshipsDiagnosticCodes.LevelInconsistent), at + ".level", "The person is at level {0} but reports to {1} at level {2}; a report sits at a deeper level (a larger number).", mine, Wording.Quote(manager.Id), theirs);
                    }
                }
            }

            for (var j = 0; j < person.DottedLineTo.Count; j++)
            {
                var other = person.DottedLineTo[j].Trim();
                if (!people.ContainsKey(other))
                {
                    bag.Add(C(RelationshipsDiagnosticCodes.UnknownPerson), at + ".dottedLineTo[" + j.ToString(CultureInfo.InvariantCulture) + "]", "The dotted line goes to {0}, who is not among the client's people.", Wording.Quote(other));
                }
                else if (string.Equals(other, person.Id.Trim(), StringComparison.Ordinal))
                {
                    bag.Add(C(RelationshipsDiagnosticCodes.SelfLink), at + ".dottedLineTo[" + j.ToString(CultureInfo.InvariantCulture) + "]", "The person reports to themselves on a dotted line.");
                }
            }

            Roles(bag, person, at, decisions, asOf);
        }
    }

    private static void Roles(DiagnosticBag bag, ClientPerson person, string at, Dictionary<string, int> decisions, LocalDate asOf)
    {
        if (person.Roles.Count > 0 && Gone(person.Left, asOf))
        {
            bag.Add(C(RelationshipsDiagnosticCodes.RoleHeldByLeaver), at + ".roles", "The person left on {0} but still holds {1}; move the roles to whoever took them over.", Wording.Date(person.Left!.Value), Wording.Count(person.Roles.Count, "role"));
        }

        for (var j = 0; j < person.Roles.Count; j++)
        {
            var role = person.Roles[j];
            var path = at + ".roles[" + j.ToString(CultureInfo.InvariantCulture) + "]";
            if (role.Kind is < StakeholderKind.DecisionMaker or > StakeholderKind.FallingStar)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.UndefinedValue), path + ".kind", "{0} is not a kind of person; use decisionMaker, influencer, sponsor, antiSponsor, risingStar or fallingStar.", (int)role.Kind);
                continue;
            }

            if (role.Decision is string decision && !decisions.ContainsKey(decision.Trim()))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.UnknownDecision), path + ".decision", "The role is for the decision {0}, which the map does not list under decisions.", Wording.Quote(decision));
            }

            var opposite = Opposite(role.Kind);
            for (var k = 0; k < j && opposite is not null; k++)
            {
                var earlier = person.Roles[k];
                if (earlier.Kind == opposite && Overlap(earlier.Decision, role.Decision))
                {
                    bag.Add(C(RelationshipsDiagnosticCodes.ContradictoryRoles), path, "The person is {0} and {1} {2}; keep the one that holds.", Words.Kind(earlier.Kind), Words.Kind(role.Kind), role.Decision is null && earlier.Decision is null ? "account-wide" : "for the same decision");
                    break;
                }
            }
        }
    }

    private static StakeholderKind? Opposite(StakeholderKind kind) => kind switch
    {
        StakeholderKind.Sponsor => StakeholderKind.AntiSponsor,
        StakeholderKind.AntiSponsor => StakeholderKind.Sponsor,
        StakeholderKind.RisingStar => StakeholderKind.FallingStar,
        StakeholderKind.FallingStar => StakeholderKind.RisingStar,
        _ => null,
    };

    /// <summary>Two role scopes overlap when either is account-wide or both name the same decision.</summary>
    private static bool Overlap(string? a, string? b) => a is null || b is null || string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    private static void Cycles(DiagnosticBag bag, RelationshipMap map, Dictionary<string, int> people)
    {
        var n = map.People.Count;
        var next = new int[n];
        for (var i = 0; i < n; i++)
        {
            next[i] = map.People[i].ReportsTo is string boss && people.TryGetValue(boss.Trim(), out var b) && people.TryGetValue(map.People[i].Id.Trim(), out var self) && self == i ? b : -1;
        }

        // Functional graph: walk from every person, colouring; a walk that meets its own colour closes a cycle.
        var colour = new int[n];
        for (var start = 0; start < n; start++)
        {
            var v = start;
            while (v >= 0 && colour[v] == 0)
            {
                colour[v] = start + 1;
                v = next[v];
            }

            if (v < 0 || colour[v] != start + 1)
            {
                continue;
            }

            var cycle = new List<int> { v };
            for (var w = next[v]; w != v; w = next[w])
            {
                cycle.Add(w);
            }

            var first = 0;
            for (var k = 1; k < cycle.Count; k++)
            {
                if (string.CompareOrdinal(map.People[cycle[k]].Id.Trim(), map.People[cycle[first]].Id.Trim()) < 0)
                {
                    first = k;
                }
            }

            var names = new List<string>();
            for (var k = 0; k <= cycle.Count; k++)
            {
                names.Add(map.People[cycle[(first + k) % cycle.Count]].Id.Trim());
            }

            bag.Add(C(RelationshipsDiagnosticCodes.ReportingCycle), At("people", cycle[first]) + ".reportsTo", "People report to each other in a cycle: {0}; break it at the person who in fact reports elsewhere.", string.Join(" -> ", names));
        }
    }

    private static void Influences(DiagnosticBag bag, RelationshipMap map, Dictionary<string, int> people)
    {
        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < map.Influences.Count; i++)
        {
            var link = map.Influences[i];
            var at = At("influences", i);
            var from = link.From.Trim();
            var to = link.To.Trim();
            var known = true;
            if (!people.ContainsKey(from))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.UnknownPerson), at + ".from", "The link starts at {0}, who is not among the client's people.", Wording.Quote(link.From));
                known = false;
            }

            if (!people.ContainsKey(to))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.UnknownPerson), at + ".to", "The link ends at {0}, who is not among the client's people.", Wording.Quote(link.To));
                known = false;
            }

            if (known && string.Equals(from, to, StringComparison.Ordinal))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.SelfLink), at + ".to", "{0} is said to influence themselves; an influence link joins two people.", Wording.Quote(from));
            }
            else if (known && seen.TryGetValue((from, to), out var first))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.DuplicateLink), at, "{0} influences {1} already in {2}; give one link with one strength.", Wording.Quote(from), Wording.Quote(to), At("influences", first));
            }
            else if (known)
            {
                seen.Add((from, to), i);
            }

            if (link.Strength is double s && !(s >= 0 && s <= 1))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.StrengthOutOfScale), at + ".strength", "The strength is {0}; an influence strength is from 0 to 1 (leave it out when unknown).", Wording.Number(s, 4));
            }
        }
    }

    private static void Team(DiagnosticBag bag, RelationshipMap map)
    {
        for (var i = 0; i < map.Team.Count; i++)
        {
            if (map.Team[i].Level is int level && level < 1)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.InvalidNumber), At("team", i) + ".level", "The level is {0}; levels start at 1 for the top of the company.", Wording.Number(level));
            }
        }
    }

    private static void Relationships(DiagnosticBag bag, RelationshipMap map, Dictionary<string, int> people, Dictionary<string, int> team)
    {
        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < map.Relationships.Count; i++)
        {
            var r = map.Relationships[i];
            var at = At("relationships", i);
            var ours = r.Ours.Trim();
            var theirs = r.Theirs.Trim();
            var known = true;
            if (!team.ContainsKey(ours))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.UnknownPerson), at + ".ours", "{0} is not among our people (team).", Wording.Quote(r.Ours));
                known = false;
            }

            if (!people.ContainsKey(theirs))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.UnknownPerson), at + ".theirs", "{0} is not among the client's people.", Wording.Quote(r.Theirs));
                known = false;
            }

            if (known && seen.TryGetValue((ours, theirs), out var first))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.DuplicateLink), at, "{0} and {1} are already paired in {2}; give one relationship per pair.", Wording.Quote(ours), Wording.Quote(theirs), At("relationships", first));
            }
            else if (known)
            {
                seen.Add((ours, theirs), i);
            }

            if (r.Kind is not RelationshipKind.Contact and not RelationshipKind.Mirror)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.UndefinedValue), at + ".kind", "{0} is not a kind of relationship; use mirror or contact.", (int)r.Kind);
            }

            if (r.Strength is RelationshipStrength s && !StrengthScale.IsDefined(s))
            {
                bag.Add(C(RelationshipsDiagnosticCodes.StrengthOutOfScale), at + ".strength", "{0} is not a step of the scale; use weak, moderate, strong or close (leave it out when never assessed).", (int)s);
            }

            if (r.FirstContact is LocalDate firstContact && r.LastContact is LocalDate last && last < firstContact)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.DatesOutOfOrder), at + ".lastContact", "The last contact, {0}, is before the first, {1}.", Wording.Date(last), Wording.Date(firstContact));
            }

            if (r.MeetingsPerYear is int meetings && meetings < 0)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.InvalidNumber), at + ".meetingsPerYear", "{0} meetings a year; give 0 or more.", Wording.Number(meetings));
            }
        }
    }

    private static void Approvals(DiagnosticBag bag, RelationshipMap map, Dictionary<string, int> people)
    {
        for (var i = 0; i < map.ApprovalRules.Count; i++)
        {
            var rule = map.ApprovalRules[i];
            var at = At("approvalRules", i);
            if (rule.Approvers.Count == 0)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.ApprovalRuleWithoutApprover), at + ".approvers", "The rule names no approver; list the people who must approve.");
            }

            for (var j = 0; j < rule.Approvers.Count; j++)
            {
                if (!people.ContainsKey(rule.Approvers[j].Trim()))
                {
                    bag.Add(C(RelationshipsDiagnosticCodes.UnknownPerson), at + ".approvers[" + j.ToString(CultureInfo.InvariantCulture) + "]", "{0} is not among the client's people.", Wording.Quote(rule.Approvers[j]));
                }
            }

            if (rule.Above is Money above && above.Amount < 0)
            {
                bag.Add(C(RelationshipsDiagnosticCodes.InvalidNumber), at + ".above", "The rule applies above {0}; an amount is 0 or more.", Wording.Amount(above));
            }
        }
    }
}
