using System;
using System.Linq;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Relationships;

/// <summary>
/// <see cref="RelationshipMapComparer"/> on every kind of change, each with its sentence, and the
/// symmetry a comparison must have: what is added going forward is removed going back.
/// </summary>
public class MapComparerChangesTests
{
    private static readonly LocalDate Day = new(2026, 3, 31);

    private static RelationshipMap Before => new(new ClientId("shop"))
    {
        People = new[]
        {
            new ClientPerson("owner", "Anna Owner") { Title = "Owner", Level = 1, Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
            new ClientPerson("buyer", "Boris Buyer") { Title = "Buyer", Level = 2, ReportsTo = "owner", Roles = new[] { new PersonRole(StakeholderKind.Influencer, "d1") } },
            new ClientPerson("clerk", "Clara Clerk") { Level = 3, ReportsTo = "buyer" },
        },
        Team = new[] { new TeamMember("kam", "Key account manager"), new TeamMember("ceo", "Chief executive"), new TeamMember("temp", "Temporary help") },
        Relationships = new[]
        {
            new Relationship("kam", "owner") { Strength = RelationshipStrength.Moderate },
            new Relationship("kam", "buyer"),
            new Relationship("ceo", "owner") { Strength = RelationshipStrength.Close },
        },
        Influences = new[] { new InfluenceLink("buyer", "owner", 0.5), new InfluenceLink("clerk", "buyer") },
    };

    private static string[] Lines(MapChanges changes) => changes.Changes.Select(c => c.Kind + " " + c.Subject + ": " + c.Explanation).ToArray();

    [Fact]
    public void People_joining_leaving_moving_and_changing_roles_are_each_said()
    {
        var before = Before;
        var after = before with
        {
            People = new[]
            {
                before.People[0] with { Roles = Array.Empty<PersonRole>() },
                before.People[1] with { Title = "Head buyer", Level = 1, ReportsTo = null, Roles = new[] { new PersonRole(StakeholderKind.Influencer, "d1"), new PersonRole(StakeholderKind.DecisionMaker, " d1 ") } },
                before.People[2] with { Left = Day },
                new ClientPerson("heir", "Hugo Heir") { Roles = new[] { new PersonRole(StakeholderKind.RisingStar), new PersonRole(StakeholderKind.RisingStar) } },
            },
        };

        Assert.Equal(
            new[]
            {
                "PersonJoined heir: Hugo Heir (no title) appears in the map.",
                "PersonLeft clerk: Clara Clerk left on 2026-03-31.",
                "PositionChanged buyer: Boris Buyer: Buyer, level 2, reporting to 'owner' before, Head buyer, level 1, reporting to nobody now.",
                "RoleGained buyer: Boris Buyer is now decision maker for 'd1'.",
                "RoleGained heir: Hugo Heir is now rising star (account-wide).",
                "RoleLost owner: Anna Owner is no longer decision maker (account-wide).",
            },
            Lines(RelationshipMapComparer.Compare(before, after)));

        var gone = RelationshipMapComparer.Compare(after, before with { People = before.People.Take(2).ToArray() });
        Assert.Contains("PersonLeft heir: Hugo Heir is no longer in the map.", Lines(gone));
        Assert.Contains("PersonLeft clerk: Clara Clerk is no longer in the map.", Lines(gone));
        Assert.DoesNotContain(gone.Changes, c => c.Kind == MapChangeKind.RoleLost && c.Subject == "heir");
    }

    [Fact]
    public void A_position_changes_with_its_level_alone_and_reads_unknown_for_no_level()
    {
        var before = Before;
        var after = before with { People = before.People.Select(p => p.Id == "clerk" ? p with { Level = null } : p).ToArray() };
        Assert.Equal(
            new[] { "PositionChanged clerk: Clara Clerk: no title, level 3, reporting to 'buyer' before, no title, level unknown, reporting to nobody now." },
            Lines(RelationshipMapComparer.Compare(before, after with { People = after.People.Select(p => p.Id == "clerk" ? p with { ReportsTo = null } : p).ToArray() })));
        Assert.Equal(MapChangeKind.PositionChanged, Assert.Single(RelationshipMapComparer.Compare(before, after).Changes).Kind);

        // The title alone, or the boss alone, moves the position too.
        var retitled = before with { People = before.People.Select(p => p.Id == "buyer" ? p with { Title = "Chief buyer" } : p).ToArray() };
        Assert.Equal(new[] { "PositionChanged buyer: Boris Buyer: Buyer, level 2, reporting to 'owner' before, Chief buyer, level 2, reporting to 'owner' now." }, Lines(RelationshipMapComparer.Compare(before, retitled)));
        var moved = before with { People = before.People.Select(p => p.Id == "clerk" ? p with { ReportsTo = "owner" } : p).ToArray() };
        Assert.Equal(new[] { "PositionChanged clerk: Clara Clerk: no title, level 3, reporting to 'buyer' before, no title, level 3, reporting to 'owner' now." }, Lines(RelationshipMapComparer.Compare(before, moved)));

        // A padded id of the boss is the same boss.
        var padded = before with { People = before.People.Select(p => p.Id == "clerk" ? p with { ReportsTo = " buyer " } : p).ToArray() };
        Assert.Empty(RelationshipMapComparer.Compare(before, padded).Changes);
    }

    [Fact]
    public void Our_team_joining_and_leaving_is_said()
    {
        var before = Before;
        var after = before with { Team = new[] { before.Team[0], before.Team[1] with { Left = Day }, new TeamMember("new", "New specialist") } };
        Assert.Equal(
            new[]
            {
                "TeamMemberJoined new: Our New specialist appears in the map.",
                "TeamMemberLeft ceo: Our Chief executive left on 2026-03-31.",
                "TeamMemberLeft temp: Our Temporary help is no longer in the map.",
            },
            Lines(RelationshipMapComparer.Compare(before, after)));

        // Leaving twice is one departure.
        Assert.DoesNotContain(RelationshipMapComparer.Compare(after, after with { Team = after.Team.Select(t => t.Id == "ceo" ? t with { Left = Day.PlusDays(5) } : t).ToArray() }).Changes, c => c.Kind == MapChangeKind.TeamMemberLeft);
    }

    [Fact]
    public void Relationships_and_influence_links_are_added_removed_strengthened_and_weakened()
    {
        var before = Before;
        var after = before with
        {
            Relationships = new[]
            {
                new Relationship("kam", "owner") { Strength = RelationshipStrength.Weak },
                new Relationship("kam", "buyer") { Strength = RelationshipStrength.Strong },
                new Relationship("kam", "clerk") { Strength = RelationshipStrength.Moderate },
            },
            Influences = new[] { new InfluenceLink("buyer", "owner"), new InfluenceLink("clerk", "buyer", 0.25), new InfluenceLink("owner", "clerk", 1) },
        };

        Assert.Equal(
            new[]
            {
                "RelationshipAdded kam -> clerk: New relationship kam -> clerk, moderate.",
                "RelationshipRemoved ceo -> owner: Relationship ceo -> owner (close) is gone.",
                "RelationshipStrengthened kam -> buyer: Relationship kam -> buyer: unknown (never assessed) before, strong now.",
                "RelationshipWeakened kam -> owner: Relationship kam -> owner: moderate before, weak now.",
                "InfluenceAdded owner -> clerk: New influence link owner -> clerk, 100%.",
                "InfluenceStrengthened clerk -> buyer: Influence link clerk -> buyer: unknown before, 25% now.",
                "InfluenceWeakened buyer -> owner: Influence link buyer -> owner: 50% before, unknown now.",
            },
            Lines(RelationshipMapComparer.Compare(before, after)));

        var back = RelationshipMapComparer.Compare(after, before);
        Assert.Contains("InfluenceRemoved owner -> clerk: Influence link owner -> clerk (100%) is gone.", Lines(back));
        Assert.Equal("7 changes: 1 relationship added, 1 relationship removed, 1 relationship strengthened, 1 relationship weakened, 1 influence removed, 1 influence strengthened, 1 influence weakened.", back.Explanation);
    }

    [Fact]
    public void Ids_are_trimmed_and_the_first_of_a_repeated_id_counts()
    {
        var before = Before;
        var padded = before with
        {
            People = before.People.Select(p => p with { Id = " " + p.Id + " " }).Append(new ClientPerson("owner", "Someone else") { Title = "Impostor" }).ToArray(),
            Relationships = before.Relationships.Select(r => r with { Ours = r.Ours + " ", Theirs = " " + r.Theirs }).Append(new Relationship("kam", "owner") { Strength = RelationshipStrength.Weak }).ToArray(),
            Influences = before.Influences.Select(l => l with { From = " " + l.From, To = l.To + " " }).ToArray(),
            Team = before.Team.Select(t => t with { Id = t.Id + " " }).ToArray(),
        };
        var changes = RelationshipMapComparer.Compare(before, padded);
        Assert.Empty(changes.Changes);
        Assert.Equal("No changes between the two maps.", changes.Explanation);
    }

    [Fact]
    public void Changes_are_counted_by_kind_in_the_explanation()
    {
        var before = Before;
        var after = before with
        {
            People = before.People.Append(new ClientPerson("a", "A")).Append(new ClientPerson("b", "B")).ToArray(),
            Team = before.Team.Take(2).ToArray(),
        };
        var changes = RelationshipMapComparer.Compare(before, after);
        Assert.Equal("3 changes: 2 people joined, 1 team member left.", changes.Explanation);
        Assert.Equal("2 changes: 2 team members left.", RelationshipMapComparer.Compare(before, before with { Team = before.Team.Take(1).ToArray() }).Explanation);
        Assert.Equal("1 change: 1 team member left.", RelationshipMapComparer.Compare(before, before with { Team = before.Team.Take(2).ToArray() }).Explanation);
        Assert.Throws<ArgumentNullException>(() => RelationshipMapComparer.Compare(null!, before));
        Assert.Throws<ArgumentNullException>(() => RelationshipMapComparer.Compare(before, null!));
    }

    [Property(Arbitrary = new[] { typeof(MapGenerators) }, MaxTest = 100)]
    public Property Going_back_undoes_going_forward(ValidMap a, ValidMap b)
    {
        var forward = RelationshipMapComparer.Compare(a.Map, b.Map).Changes;
        var backward = RelationshipMapComparer.Compare(b.Map, a.Map).Changes;
        string[] Of(System.Collections.Generic.IReadOnlyList<MapChange> changes, MapChangeKind kind) => changes.Where(c => c.Kind == kind).Select(c => c.Subject).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        bool Same(MapChangeKind there, MapChangeKind back) => Of(forward, there).SequenceEqual(Of(backward, back));
        var sorted = forward.Zip(forward.Skip(1), (x, y) => x.Kind < y.Kind || (x.Kind == y.Kind && string.CompareOrdinal(x.Subject, y.Subject) <= 0)).All(ok => ok);
        var joinedLeft = Of(forward, MapChangeKind.PersonJoined).All(s => Of(backward, MapChangeKind.PersonLeft).Contains(s))
            && Of(forward, MapChangeKind.TeamMemberJoined).All(s => Of(backward, MapChangeKind.TeamMemberLeft).Contains(s));
        return (Same(MapChangeKind.RelationshipAdded, MapChangeKind.RelationshipRemoved)
                && Same(MapChangeKind.RelationshipStrengthened, MapChangeKind.RelationshipWeakened)
                && Same(MapChangeKind.InfluenceAdded, MapChangeKind.InfluenceRemoved)
                && Same(MapChangeKind.InfluenceStrengthened, MapChangeKind.InfluenceWeakened)
                && Same(MapChangeKind.PositionChanged, MapChangeKind.PositionChanged)
                && joinedLeft
                && sorted)
            .Label(string.Join(" | ", forward.Select(c => c.Kind + " " + c.Subject)));
    }
}
