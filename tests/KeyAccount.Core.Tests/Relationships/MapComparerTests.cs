using System.Linq;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Tests.Relationships;

[Properties(Arbitrary = new[] { typeof(MapGenerators) }, MaxTest = 60)]
public class MapComparerTests
{
    [Property]
    public bool A_map_compared_with_itself_or_a_reordered_copy_has_no_changes(ValidMap valid, int seed) =>
        RelationshipMapComparer.Compare(valid.Map, MapGenerators.Shuffled(valid.Map, seed)).Changes.Count == 0;

    [Fact]
    public void The_changes_of_a_month_are_listed_by_kind()
    {
        var before = SampleMaps.Bookshop;
        var after = before with
        {
            People = before.People
                .Select(p => p.Id switch
                {
                    "senior-buyer" => p with { Left = SampleMaps.AsOf.PlusDays(10) },
                    "mail-order" => p with { Roles = p.Roles.Append(new PersonRole(StakeholderKind.Sponsor)).ToArray() },
                    _ => p,
                })
                .Append(new ClientPerson("new-buyer", "Yulia Fedorova") { Title = "Buyer", ReportsTo = "head-buyer" })
                .ToArray(),
            Relationships = before.Relationships
                .Where(r => r.Theirs != "deputy")
                .Select(r => r.Theirs switch
                {
                    "head-buyer" => r with { Strength = RelationshipStrength.Moderate },
                    "store-manager" => r with { Strength = RelationshipStrength.Strong },
                    "marketing" => r with { Strength = RelationshipStrength.Weak },
                    _ => r,
                })
                .ToArray(),
        };
        var changes = RelationshipMapComparer.Compare(before, after);
        Assert.Equal(
            new[]
            {
                "PersonJoined new-buyer", "PersonLeft senior-buyer", "RoleGained mail-order", "RelationshipRemoved kam -> deputy",
                "RelationshipStrengthened kam -> head-buyer", "RelationshipStrengthened marketing-lead -> marketing", "RelationshipWeakened kam -> store-manager",
            },
            changes.Changes.Select(c => c.Kind + " " + c.Subject));
        Assert.Equal("Relationship kam -> store-manager: close before, strong now.", changes.Changes.Single(c => c.Kind == MapChangeKind.RelationshipWeakened).Explanation);
        Assert.Equal("Relationship marketing-lead -> marketing: unknown (never assessed) before, weak now.", changes.Changes.Single(c => c.Subject == "marketing-lead -> marketing").Explanation);
    }
}
