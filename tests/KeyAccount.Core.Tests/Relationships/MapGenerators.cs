using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Relationships;

/// <summary>A valid map with the date it is checked on, built from a seed.</summary>
public sealed record ValidMap(RelationshipMap Map, LocalDate AsOf, int Seed)
{
    /// <summary>Short text for FsCheck's counterexample output.</summary>
    public override string ToString() => "map from seed " + Seed + " (" + Map.People.Count + " people, " + Map.Influences.Count + " links, " + Map.Relationships.Count + " relationships)";
}

/// <summary>FsCheck generators of relationship maps.</summary>
public static class MapGenerators
{
    public static readonly LocalDate AsOf = new(2026, 3, 31);

    /// <summary>Small valid maps (no diagnostic at all): a reporting forest with consistent levels, roles without contradictions, distinct links with strengths on a grid or unassessed.</summary>
    public static Arbitrary<ValidMap> ValidMaps() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from size in Gen.Choose(1, 8)
         select Valid(seed, size)).ToArbitrary();

    public static ValidMap Valid(int seed, int size)
    {
        var random = new Random(seed);
        var decisions = new[] { new Decision("d1", "first decision"), new Decision("d2", "second decision") };
        var people = new List<ClientPerson>();
        var levels = new int[size];
        for (var i = 0; i < size; i++)
        {
            var boss = i == 0 || random.Next(4) == 0 ? -1 : random.Next(i);
            levels[i] = boss < 0 ? 1 : levels[boss] + 1;
            var roles = new List<PersonRole>();
            var kinds = Enum.GetValues<StakeholderKind>().Where(_ => random.Next(4) == 0).ToList();
            if (kinds.Contains(StakeholderKind.Sponsor) && kinds.Contains(StakeholderKind.AntiSponsor))
            {
                kinds.Remove(StakeholderKind.AntiSponsor);
            }

            if (kinds.Contains(StakeholderKind.RisingStar) && kinds.Contains(StakeholderKind.FallingStar))
            {
                kinds.Remove(StakeholderKind.FallingStar);
            }

            foreach (var kind in kinds)
            {
                roles.Add(new PersonRole(kind, random.Next(3) == 0 ? decisions[random.Next(2)].Id : null));
            }

            people.Add(new ClientPerson("p" + i, "Person " + i)
            {
                Title = "Title " + i,
                Level = random.Next(5) == 0 ? null : levels[i],
                ReportsTo = boss < 0 ? null : "p" + boss,
                Joined = AsOf.PlusDays(-random.Next(1, 3000)),
                Roles = roles,
            });
        }

        var team = Enumerable.Range(0, 1 + random.Next(3)).Select(o => new TeamMember("o" + o, "Ours " + o) { Level = random.Next(4) == 0 ? null : 1 + random.Next(3) }).ToList();
        var influences = new List<InfluenceLink>();
        var pairs = new HashSet<(int, int)>();
        for (var k = random.Next(size * 2 + 1); k > 0; k--)
        {
            var a = random.Next(size);
            var b = random.Next(size);
            if (a != b && pairs.Add((a, b)))
            {
                influences.Add(new InfluenceLink("p" + a, "p" + b, random.Next(6) == 0 ? null : random.Next(0, 11) / 10.0));
            }
        }

        var relationships = new List<Relationship>();
        var rels = new HashSet<(int, int)>();
        for (var k = random.Next(size + 2); k > 0; k--)
        {
            var o = random.Next(team.Count);
            var t = random.Next(size);
            if (rels.Add((o, t)))
            {
                var first = AsOf.PlusDays(-random.Next(100, 2000));
                relationships.Add(new Relationship("o" + o, "p" + t)
                {
                    Kind = random.Next(2) == 0 ? RelationshipKind.Mirror : RelationshipKind.Contact,
                    Strength = random.Next(5) == 0 ? null : (RelationshipStrength)random.Next(1, 5),
                    FirstContact = first,
                    LastContact = random.Next(5) == 0 ? null : first.PlusDays(random.Next(0, 100)),
                    MeetingsPerYear = random.Next(0, 13),
                });
            }
        }

        var rules = size > 1 ? new[] { new ApprovalRule("r1", "a rule") { Above = new Money(1000m, Currency.Eur), Approvers = new[] { "p" + random.Next(size) } } } : Array.Empty<ApprovalRule>();
        var map = new RelationshipMap(new ClientId("client"))
        {
            Decisions = decisions,
            People = people,
            Team = team,
            Influences = influences,
            Relationships = relationships,
            ApprovalRules = rules,
            Procedures = new[] { "a procedure" },
        };
        return new ValidMap(map, AsOf, seed);
    }

    /// <summary>The same map with every list in another order (people, links, relationships, roles).</summary>
    public static RelationshipMap Shuffled(RelationshipMap map, int seed)
    {
        var random = new Random(seed);
        T[] Shuffle<T>(IEnumerable<T> items) => items.OrderBy(_ => random.Next()).ToArray();
        return map with
        {
            Decisions = Shuffle(map.Decisions),
            People = Shuffle(map.People.Select(p => p with { Roles = Shuffle(p.Roles) })),
            Team = Shuffle(map.Team),
            Influences = Shuffle(map.Influences),
            Relationships = Shuffle(map.Relationships),
        };
    }

    /// <summary>The map without one client person and everything that refers to them (their reports report to nobody).</summary>
    public static RelationshipMap WithoutTheirs(RelationshipMap map, string id) => map with
    {
        People = map.People.Where(p => p.Id != id).Select(p => p.ReportsTo == id ? p with { ReportsTo = null } : p).Select(p => p with { DottedLineTo = p.DottedLineTo.Where(d => d != id).ToArray() }).ToArray(),
        Influences = map.Influences.Where(l => l.From != id && l.To != id).ToArray(),
        Relationships = map.Relationships.Where(r => r.Theirs != id).ToArray(),
        ApprovalRules = map.ApprovalRules.Select(r => r with { Approvers = r.Approvers.Where(a => a != id).ToArray() }).Where(r => r.Approvers.Count > 0).ToArray(),
    };

    /// <summary>The map without one of our people and their relationships.</summary>
    public static RelationshipMap WithoutOurs(RelationshipMap map, string id) => map with
    {
        Team = map.Team.Where(t => t.Id != id).ToArray(),
        Relationships = map.Relationships.Where(r => r.Ours != id).ToArray(),
    };
}
