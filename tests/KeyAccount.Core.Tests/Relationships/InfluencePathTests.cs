using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Tests.Relationships;

[Properties(Arbitrary = new[] { typeof(MapGenerators) }, MaxTest = 150)]
public class InfluencePathTests
{
    private const double Tolerance = 1e-12;

    private static RelationshipMap EveryoneDecides(RelationshipMap map) =>
        map with { People = map.People.Select(p => p with { Roles = p.Roles.Where(r => r.Kind != StakeholderKind.DecisionMaker).Append(new PersonRole(StakeholderKind.DecisionMaker)).ToArray() }).ToArray() };

    [Property]
    public bool The_strongest_path_equals_the_best_of_every_path_enumerated(ValidMap valid, bool decay)
    {
        var map = EveryoneDecides(valid.Map);
        var settings = decay ? RelationshipSettings.Default with { DecayHalfLifeDays = 30 } : RelationshipSettings.Default;
        var brute = BruteForce.Strongest(map, valid.AsOf, settings);
        var paths = RelationshipAnalyzer.StrongestPaths(map, valid.AsOf, settings);
        return paths.Count == map.People.Count && paths.All(p => Math.Abs((p.Strength ?? 0) - brute[p.DecisionMaker]) <= Tolerance);
    }

    [Property]
    public bool A_path_shown_is_a_real_path_whose_product_is_its_strength(ValidMap valid)
    {
        var map = EveryoneDecides(valid.Map);
        foreach (var path in RelationshipAnalyzer.StrongestPaths(map, valid.AsOf).Where(p => p.People.Count > 0))
        {
            var relationship = map.Relationships.Single(r => r.Ours == path.People[0] && r.Theirs == path.People[1]);
            var product = StrengthScale.Weight(relationship.Strength!.Value);
            for (var i = 2; i < path.People.Count; i++)
            {
                product *= map.Influences.Single(l => l.From == path.People[i - 1] && l.To == path.People[i]).Strength!.Value;
            }

            if (path.People[^1] != path.DecisionMaker || Math.Abs(product - path.Strength!.Value) > Tolerance || path.LinkStrengths.Count != path.People.Count - 1)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Adding_a_relationship_or_an_influence_link_never_lowers_a_path_or_a_coverage_figure(ValidMap valid, NonNegativeInt a, NonNegativeInt b, bool link)
    {
        var map = EveryoneDecides(valid.Map);
        var people = map.People;
        var t = people[a.Get % people.Count].Id;
        var u = people[b.Get % people.Count].Id;
        RelationshipMap more;
        if (link)
        {
            if (t == u || map.Influences.Any(l => l.From == t && l.To == u))
            {
                return true;
            }

            more = map with { Influences = map.Influences.Append(new InfluenceLink(t, u, (1 + (b.Get % 10)) / 10.0)).ToArray() };
        }
        else
        {
            var o = map.Team[a.Get % map.Team.Count].Id;
            if (map.Relationships.Any(r => r.Ours == o && r.Theirs == t))
            {
                return true;
            }

            more = map with { Relationships = map.Relationships.Append(new Relationship(o, t) { Strength = (RelationshipStrength)(1 + (b.Get % 4)), Kind = b.Get % 2 == 0 ? RelationshipKind.Mirror : RelationshipKind.Contact, LastContact = valid.AsOf }).ToArray() };
        }

        return NeverHigher(RelationshipAnalyzer.Analyze(map, valid.AsOf), RelationshipAnalyzer.Analyze(more, valid.AsOf));
    }

    [Property]
    public bool Removing_a_person_never_raises_a_path_or_a_coverage_count(ValidMap valid, NonNegativeInt pick, bool ours)
    {
        var map = EveryoneDecides(valid.Map);
        var less = ours
            ? MapGenerators.WithoutOurs(map, map.Team[pick.Get % map.Team.Count].Id)
            : MapGenerators.WithoutTheirs(map, map.People[pick.Get % map.People.Count].Id);
        var before = RelationshipAnalyzer.Analyze(map, valid.AsOf);
        var after = RelationshipAnalyzer.Analyze(less, valid.AsOf);
        var lower = after.Paths.All(p => (p.Strength ?? 0) <= (before.Paths.Single(q => q.DecisionMaker == p.DecisionMaker).Strength ?? 0) + Tolerance);
        return lower && Counts(after).Zip(Counts(before)).All(x => x.First <= x.Second);
    }

    [Property]
    public bool Results_do_not_depend_on_the_order_of_people_links_and_relationships(ValidMap valid, int seed)
    {
        var shuffled = MapGenerators.Shuffled(valid.Map, seed);
        var a = RelationshipAnalyzer.Analyze(valid.Map, valid.AsOf);
        var b = RelationshipAnalyzer.Analyze(shuffled, valid.AsOf);
        return KeyAccountJson.Serialize(a) == KeyAccountJson.Serialize(b);
    }

    [Property]
    public bool Departures_equal_a_full_recomputation_for_every_person(ValidMap valid)
    {
        var map = EveryoneDecides(valid.Map);
        var analysis = RelationshipAnalyzer.Analyze(map, valid.AsOf);
        var before = analysis.Paths.ToDictionary(p => p.DecisionMaker, p => p.Strength ?? 0);
        foreach (var person in map.People.Select(p => (p.Id, Side: PersonSide.Theirs)).Concat(map.Team.Select(t => (t.Id, Side: PersonSide.Ours))))
        {
            var less = person.Side == PersonSide.Ours ? MapGenerators.WithoutOurs(map, person.Id) : MapGenerators.WithoutTheirs(map, person.Id);
            var after = RelationshipAnalyzer.StrongestPaths(less, valid.AsOf).ToDictionary(p => p.DecisionMaker, p => p.Strength ?? 0);
            var loss = before.Where(x => x.Key != person.Id).Sum(x => x.Value - after[x.Key]);
            var reported = analysis.Departures.SingleOrDefault(d => d.Person == person.Id && d.Side == person.Side)?.PathLoss ?? 0;
            if (Math.Abs(loss - reported) > 1e-9)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool The_first_next_contact_is_the_best_single_new_relationship(ValidMap valid)
    {
        var map = EveryoneDecides(valid.Map);
        var analysis = RelationshipAnalyzer.Analyze(map, valid.AsOf);
        var weak = analysis.Paths.Where(p => p.Verdict != PathVerdict.Strong).ToDictionary(p => p.DecisionMaker, p => p.Strength ?? 0);
        double Gain(string person)
        {
            var withContact = map with
            {
                Team = map.Team.Append(new TeamMember("zz-new", "new")).ToArray(),
                Relationships = map.Relationships.Append(new Relationship("zz-new", person) { Strength = RelationshipStrength.Strong }).ToArray(),
            };
            var after = RelationshipAnalyzer.StrongestPaths(withContact, valid.AsOf).ToDictionary(p => p.DecisionMaker, p => p.Strength ?? 0);
            return weak.Sum(x => after[x.Key] - x.Value);
        }

        var best = map.People.Select(p => Gain(p.Id)).DefaultIfEmpty(0).Max();
        return analysis.NextContacts.Count == 0
            ? best <= 1e-9
            : Math.Abs(analysis.NextContacts[0].Gain - best) <= 1e-9 && Math.Abs(Gain(analysis.NextContacts[0].Person) - best) <= 1e-9;
    }

    [Fact]
    public void Unknown_stays_apart_from_weak()
    {
        var map = new RelationshipMap(new ClientId("c"))
        {
            People = new[]
            {
                new ClientPerson("dm", "Decider") { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
                new ClientPerson("dm2", "Other decider") { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
                new ClientPerson("dm3", "Far decider") { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
                new ClientPerson("x", "Colleague"),
            },
            Team = new[] { new TeamMember("o", "Ours") },
            Influences = new[] { new InfluenceLink("x", "dm3") },
            Relationships = new[]
            {
                new Relationship("o", "dm"),
                new Relationship("o", "dm2") { Strength = RelationshipStrength.Weak },
                new Relationship("o", "x") { Strength = RelationshipStrength.Close },
            },
        };
        var paths = RelationshipAnalyzer.StrongestPaths(map, MapGenerators.AsOf).ToDictionary(p => p.DecisionMaker);
        Assert.Equal(PathVerdict.Unknown, paths["dm"].Verdict);
        Assert.Null(paths["dm"].Strength);
        Assert.Equal(PathVerdict.Weak, paths["dm2"].Verdict);
        Assert.Equal(0.25, paths["dm2"].Strength);
        Assert.Equal(PathVerdict.Unknown, paths["dm3"].Verdict);
        var coverage = RelationshipAnalyzer.Analyze(map, MapGenerators.AsOf).Coverage;
        Assert.Equal(1, coverage.Kinds[0].UnassessedOnly);
        Assert.Equal(2, coverage.DecisionMakersUnknown);
        Assert.Equal(1, coverage.DecisionMakersReached);
    }

    [Fact]
    public void Decay_halves_a_relationship_per_half_life_since_the_last_contact()
    {
        var map = new RelationshipMap(new ClientId("c"))
        {
            People = new[] { new ClientPerson("dm", "Decider") { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } } },
            Team = new[] { new TeamMember("o", "Ours") },
            Relationships = new[] { new Relationship("o", "dm") { Strength = RelationshipStrength.Close, LastContact = MapGenerators.AsOf.PlusDays(-60) } },
        };
        var decayed = RelationshipAnalyzer.StrongestPaths(map, MapGenerators.AsOf, RelationshipSettings.Default with { DecayHalfLifeDays = 30 }).Single();
        Assert.Equal(0.9 / 4, decayed.Strength!.Value, 12);
        Assert.Equal(0.9, RelationshipAnalyzer.StrongestPaths(map, MapGenerators.AsOf).Single().Strength!.Value, 12);
    }

    private static bool NeverHigher(RelationshipAnalysis lower, RelationshipAnalysis higher)
    {
        var paths = lower.Paths.All(p => (p.Strength ?? 0) <= (higher.Paths.Single(q => q.DecisionMaker == p.DecisionMaker).Strength ?? 0) + Tolerance);
        return paths && Counts(lower).Zip(Counts(higher)).All(x => x.First <= x.Second);
    }

    /// <summary>Every coverage count that may only grow with more relationships and links.</summary>
    private static IEnumerable<int> Counts(RelationshipAnalysis a)
    {
        foreach (var k in a.Coverage.Kinds)
        {
            yield return k.WithRelationship;
            yield return k.WithMirror;
            yield return k.MirrorsAtLevel;
            yield return k.WithStrong;
            yield return k.Fresh;
        }

        yield return a.Coverage.StrongRelationships;
        yield return a.Coverage.TheirThreads;
        yield return a.Coverage.OurThreads;
        yield return a.Coverage.DecisionMakersStrong;
        yield return a.Coverage.DecisionMakersReached;
        yield return a.Coverage.DecisionMakersReached + a.Coverage.DecisionMakersUnknown;
    }
}
