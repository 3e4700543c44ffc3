using System;
using System.Collections.Generic;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The adapter from the relationship map to the presentation's audience check: the map's people
/// (of the offer's client) with the roles they play in the offer's decision, as
/// <see cref="AudienceRole"/>s, and whether they are part of the client on the presentation's day.
/// </summary>
/// <remarks>
/// <para>
/// People are matched by id, trimmed and compared ordinally, as the account document matches a
/// presentation's audience to its map (<c>KAA004</c>): the first of a repeated id counts, blank
/// ids are left out (the map's validator reports both).
/// </para>
/// <para>
/// Which roles count: when the map has decisions whose id is the offer's opportunity or its client
/// goal, the roles held account-wide and those held for these decisions; otherwise every role, for
/// any decision (as the relationship analysis counts them when no decision is singled out). The
/// six kinds of the map map one to one onto <see cref="AudienceRole"/>; an undefined kind is left
/// out (the map's validator reports it).
/// </para>
/// <para>
/// A person is part of the client on the presentation's day when they had joined by then (or no
/// joining date is known) and had not left; without a date every person of the map is.
/// </para>
/// </remarks>
internal sealed class MapAudience
{
    private readonly Dictionary<string, Person> _people;

    private MapAudience(Dictionary<string, Person> people, IReadOnlyList<string> decisions)
    {
        _people = people;
        Decisions = decisions;
    }

    /// <summary>The map's decisions the roles are scoped to, by id in the map's order; empty when every role counts.</summary>
    public IReadOnlyList<string> Decisions { get; }

    /// <summary>The map's people as the presentation of <paramref name="offer"/> sees them on <paramref name="day"/>.</summary>
    /// <param name="map">The relationship map; it may have any defect the model allows.</param>
    /// <param name="offer">The offer whose opportunity and client goal scope the roles.</param>
    /// <param name="day">The presentation's day; null when it has none (everyone of the map counts).</param>
    public static MapAudience Of(RelationshipMap map, Offer offer, LocalDate? day)
    {
        var scope = new List<string>();
        var opportunity = offer.Opportunity?.Trim() ?? string.Empty;
        var goal = offer.ClientGoal.Trim();
        foreach (var decision in map.Decisions)
        {
            var id = decision.Id.Trim();
            if (id.Length > 0 && (id == opportunity || id == goal) && !scope.Contains(id))
            {
                scope.Add(id);
            }
        }

        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in map.People)
        {
            var id = person.Id.Trim();
            if (id.Length == 0 || people.ContainsKey(id))
            {
                continue;
            }

            var roles = new List<AudienceRole>();
            foreach (var role in person.Roles)
            {
                var decision = role.Decision?.Trim() ?? string.Empty;
                if (role.Kind is < StakeholderKind.DecisionMaker or > StakeholderKind.FallingStar
                    || (scope.Count > 0 && decision.Length > 0 && !scope.Contains(decision)))
                {
                    continue;
                }

                var audienceRole = ToAudienceRole(role.Kind);
                if (!roles.Contains(audienceRole))
                {
                    roles.Add(audienceRole);
                }
            }

            roles.Sort();
            var absence = day is not { } d ? null
                : person.Left is { } left && left <= d ? "left the client on " + Wording.Date(left)
                : person.Joined is { } joined && joined > d ? "joins the client only on " + Wording.Date(joined)
                : null;
            people.Add(id, new Person(id, person.Name, roles, absence));
        }

        return new MapAudience(people, scope);
    }

    /// <summary>The audience role of a kind of person of the map (the same six, in the same order).</summary>
    public static AudienceRole ToAudienceRole(StakeholderKind kind) => kind switch
    {
        StakeholderKind.DecisionMaker => AudienceRole.DecisionMaker,
        StakeholderKind.Influencer => AudienceRole.Influencer,
        StakeholderKind.Sponsor => AudienceRole.Sponsor,
        StakeholderKind.AntiSponsor => AudienceRole.AntiSponsor,
        StakeholderKind.RisingStar => AudienceRole.RisingStar,
        StakeholderKind.FallingStar => AudienceRole.FallingStar,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not one of the six kinds of people."),
    };

    /// <summary>The person of the map with this id (trimmed), or null.</summary>
    public Person? Find(string id) => _people.TryGetValue(id.Trim(), out var person) ? person : null;

    /// <summary>The people of the map who are part of the client on the day and hold <paramref name="role"/>, by id.</summary>
    public List<Person> With(AudienceRole role)
    {
        var found = new List<Person>();
        foreach (var person in _people.Values)
        {
            if (person.Absence is null && person.Roles.Contains(role))
            {
                found.Add(person);
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return found;
    }

    /// <summary>Where the roles hold, in words: "for the decision 'x'", or "for any decision".</summary>
    public string Scope() => Decisions.Count == 0
        ? "in the relationship map"
        : "in the relationship map for " + (Decisions.Count == 1 ? "the decision " : "the decisions ") + string.Join(" and ", Quoted(Decisions));

    private static IEnumerable<string> Quoted(IReadOnlyList<string> ids)
    {
        foreach (var id in ids)
        {
            yield return Wording.Quote(id);
        }
    }

    /// <summary>A person of the map as the presentation check sees them.</summary>
    /// <param name="Id">The map's id, trimmed.</param>
    /// <param name="Name">The person's name.</param>
    /// <param name="Roles">The roles that count for the offer's decision, in enum order.</param>
    /// <param name="Absence">Why the person is not part of the client on the presentation's day ("left the client on 2026-02-01"); null when they are.</param>
    internal sealed record Person(string Id, string Name, List<AudienceRole> Roles, string? Absence)
    {
        /// <summary>"'owner' (Elena Sorokina)", or the quoted id alone when the name is blank; a long name is cut.</summary>
        public string Describe()
        {
            var name = Name.Trim();
            if (name.Length > 80)
            {
                name = name.Remove(77) + "...";
            }

            return name.Length == 0 ? Wording.Quote(Id) : Wording.Quote(Id) + " (" + name + ")";
        }
    }
}
