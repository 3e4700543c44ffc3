using System;
using System.Linq;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Relationships;

public class FindingTests
{
    private static readonly LocalDate AsOf = SampleMaps.AsOf;

    internal static ClientPerson P(string id, params StakeholderKind[] kinds) => new(id, "Name of " + id) { Roles = kinds.Select(k => new PersonRole(k)).ToArray() };

    internal static RelationshipMap Map(ClientPerson[] people, Relationship[] relationships, InfluenceLink[]? links = null, TeamMember[]? team = null) =>
        new(new ClientId("c"))
        {
            People = people,
            Team = team ?? new[] { new TeamMember("o1", "Ours 1") { Level = 1 }, new TeamMember("o2", "Ours 2") { Level = 2 } },
            Relationships = relationships,
            Influences = links ?? Array.Empty<InfluenceLink>(),
        };

    internal static Relationship R(string ours, string theirs, RelationshipStrength? strength, RelationshipKind kind = RelationshipKind.Contact) =>
        new(ours, theirs) { Strength = strength, Kind = kind, LastContact = AsOf.PlusDays(-1) };

    private static RelationshipFinding[] Find(RelationshipMap map, string code, string? decision = null)
    {
        var run = RelationshipAnalyzer.Run(map, null, AsOf, decision);
        Assert.False(run.HasErrors, string.Join("\n", run.Diagnostics));
        var found = run.Result!.Findings.Where(f => f.Code == code).ToArray();
        Assert.All(found, f => Assert.Equal(RelationshipsDiagnosticCodes.Get(code).Severity, f.Severity));
        Assert.All(found, f => Assert.False(string.IsNullOrWhiteSpace(f.Explanation)));
        return found;
    }

    [Fact]
    public void The_sample_shows_its_documented_findings()
    {
        var findings = RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, AsOf).Findings.Select(f => f.Code + " " + f.Subject).ToArray();
        Assert.Equal(
            new[] { "KAR101 head-buyer", "KAR101 mail-order", "KAR103 owner", "KAR107 head-buyer", "KAR109 mail-order", "KAR110 deputy", "KAR111 accountant", "KAR114 head-buyer" },
            findings);
    }

    [Fact]
    public void KAR101_a_decision_maker_without_mirror() =>
        Assert.Equal("dm", Assert.Single(Find(Map(new[] { P("dm", StakeholderKind.DecisionMaker) }, new[] { R("o1", "dm", RelationshipStrength.Close) }), "KAR101")).Subject);

    [Fact]
    public void KAR102_a_mirror_at_another_level()
    {
        var map = Map(new[] { P("dm", StakeholderKind.DecisionMaker) with { Level = 2 } }, new[] { R("o1", "dm", RelationshipStrength.Close, RelationshipKind.Mirror) });
        Assert.Single(Find(map, "KAR102"));
        Assert.Empty(Find(map with { Relationships = new[] { R("o2", "dm", RelationshipStrength.Close, RelationshipKind.Mirror) } }, "KAR102"));
    }

    [Fact]
    public void KAR103_a_stale_contact_and_one_without_date()
    {
        var stale = Map(new[] { P("dm", StakeholderKind.DecisionMaker), P("inf", StakeholderKind.Influencer) }, new[]
        {
            R("o1", "dm", RelationshipStrength.Close) with { LastContact = AsOf.PlusDays(-61) },
            R("o1", "inf", RelationshipStrength.Close) with { LastContact = null },
        });
        Assert.Equal(new[] { "dm", "inf" }, Find(stale, "KAR103").Select(f => f.Subject));
        var fresh = stale with { Relationships = new[] { R("o1", "dm", RelationshipStrength.Close) with { LastContact = AsOf.PlusDays(-60) } } };
        Assert.Empty(Find(fresh, "KAR103"));
    }

    [Fact]
    public void KAR104_relationships_never_assessed() =>
        Assert.Single(Find(Map(new[] { P("dm", StakeholderKind.DecisionMaker) }, new[] { R("o1", "dm", null) }), "KAR104"));

    [Fact]
    public void KAR105_and_KAR106_single_threaded_both_ways()
    {
        var theirs = Map(new[] { P("dm", StakeholderKind.DecisionMaker), P("x") }, new[] { R("o1", "dm", RelationshipStrength.Close), R("o2", "dm", RelationshipStrength.Strong), R("o2", "x", RelationshipStrength.Weak) });
        Assert.Equal("dm", Assert.Single(Find(theirs, "KAR105")).Subject);
        Assert.Empty(Find(theirs, "KAR106"));
        var ours = Map(new[] { P("dm", StakeholderKind.DecisionMaker), P("x") }, new[] { R("o1", "dm", RelationshipStrength.Close), R("o1", "x", RelationshipStrength.Strong) });
        Assert.Equal("o1", Assert.Single(Find(ours, "KAR106")).Subject);
        Assert.Empty(Find(ours, "KAR105"));
    }

    [Fact]
    public void KAR107_an_anti_sponsor_stronger_than_every_sponsor_at_the_decision_maker()
    {
        var people = new[] { P("dm", StakeholderKind.DecisionMaker), P("anti", StakeholderKind.AntiSponsor), P("pro", StakeholderKind.Sponsor) };
        var map = Map(people, new[] { R("o1", "dm", RelationshipStrength.Close) }, new[] { new InfluenceLink("anti", "dm", 0.7), new InfluenceLink("pro", "dm", 0.6) });
        Assert.Equal("anti", Assert.Single(Find(map, "KAR107")).Subject);
        var answered = map with { Influences = new[] { new InfluenceLink("anti", "dm", 0.7), new InfluenceLink("pro", "dm", 0.7) } };
        Assert.Empty(Find(answered, "KAR107"));
        var sponsoringDecisionMaker = map with { People = new[] { P("dm", StakeholderKind.DecisionMaker, StakeholderKind.Sponsor), people[1], people[2] } };
        Assert.Empty(Find(sponsoringDecisionMaker, "KAR107"));
    }

    [Fact]
    public void KAR107_is_per_decision()
    {
        var map = Map(
            new[] { P("dm", StakeholderKind.DecisionMaker), new ClientPerson("anti", "A") { Roles = new[] { new PersonRole(StakeholderKind.AntiSponsor, "d1") } } },
            new[] { R("o1", "dm", RelationshipStrength.Close) },
            new[] { new InfluenceLink("anti", "dm", 0.2) }) with { Decisions = new[] { new Decision("d1", "one"), new Decision("d2", "two") } };
        Assert.Single(Find(map, "KAR107"));
        Assert.Single(Find(map, "KAR107", "d1"));
        Assert.Empty(Find(map, "KAR107", "d2"));
    }

    [Fact]
    public void KAR108_the_only_sponsor_is_a_falling_star()
    {
        var map = Map(new[] { P("dm", StakeholderKind.DecisionMaker), P("old", StakeholderKind.Sponsor, StakeholderKind.FallingStar) }, new[] { R("o1", "dm", RelationshipStrength.Close) });
        Assert.Single(Find(map, "KAR108"));
        Assert.Empty(Find(map with { People = map.People.Append(P("new", StakeholderKind.Sponsor)).ToArray() }, "KAR108"));
    }

    [Fact]
    public void KAR109_a_rising_star_nobody_knows() =>
        Assert.Equal("star", Assert.Single(Find(Map(new[] { P("dm", StakeholderKind.DecisionMaker), P("star", StakeholderKind.RisingStar) }, new[] { R("o1", "dm", RelationshipStrength.Close) }), "KAR109")).Subject);

    [Fact]
    public void KAR110_leavers_on_both_sides_with_relationships()
    {
        var map = Map(
            new[] { P("dm", StakeholderKind.DecisionMaker), new ClientPerson("gone", "Gone") { Left = AsOf } },
            new[] { R("o1", "dm", RelationshipStrength.Close), R("o2", "gone", RelationshipStrength.Close), R("o3", "dm", RelationshipStrength.Weak) },
            team: new[] { new TeamMember("o1", "1"), new TeamMember("o2", "2"), new TeamMember("o3", "3") { Left = AsOf.PlusDays(-3) } });
        Assert.Equal(new[] { "gone", "o3" }, Find(map, "KAR110").Select(f => f.Subject));
    }

    [Fact]
    public void KAR111_an_approver_nobody_reaches()
    {
        var map = Map(new[] { P("dm", StakeholderKind.DecisionMaker), P("cfo") }, new[] { R("o1", "dm", RelationshipStrength.Close) }) with
        {
            ApprovalRules = new[] { new ApprovalRule("big", "big purchases") { Approvers = new[] { "dm", "cfo" } } },
        };
        Assert.Equal("cfo", Assert.Single(Find(map, "KAR111")).Subject);
    }

    [Fact]
    public void KAR112_KAR113_KAR114_decision_makers_unreached_unknown_and_weak()
    {
        var map = Map(
            new[] { P("none", StakeholderKind.DecisionMaker), P("unknown", StakeholderKind.DecisionMaker), P("weak", StakeholderKind.DecisionMaker), P("strong", StakeholderKind.DecisionMaker) },
            new[] { R("o1", "unknown", null), R("o1", "weak", RelationshipStrength.Weak), R("o2", "strong", RelationshipStrength.Strong) });
        Assert.Equal("none", Assert.Single(Find(map, "KAR112")).Subject);
        Assert.Equal("unknown", Assert.Single(Find(map, "KAR113")).Subject);
        Assert.Equal("weak", Assert.Single(Find(map, "KAR114", null)).Subject);
    }

    [Fact]
    public void KAR115_no_decision_maker_and_KAR116_no_strong_relationship()
    {
        var map = Map(new[] { P("x", StakeholderKind.Influencer) }, new[] { R("o1", "x", RelationshipStrength.Moderate) });
        Assert.Single(Find(map, "KAR115"));
        Assert.Single(Find(map, "KAR116"));
    }

    [Fact]
    public void Every_finding_code_has_a_test_here()
    {
        var tested = typeof(FindingTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("KAR", StringComparison.Ordinal)).SelectMany(n => n.Split('_').Where(p => p.StartsWith("KAR", StringComparison.Ordinal))).ToHashSet();
        var findings = RelationshipsDiagnosticCodes.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "KAR100") > 0);
        Assert.All(findings, code => Assert.Contains(code, tested));
    }
}
