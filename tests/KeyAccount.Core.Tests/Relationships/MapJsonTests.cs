using System;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Tests.Relationships;

[Properties(Arbitrary = new[] { typeof(MapGenerators) }, MaxTest = 100)]
public class MapJsonTests
{
    private const string Minimal = """
        {
          "client": "bookshop",
          "people": [
            { "id": "owner", "name": "Owner", "roles": [ { "kind": "DecisionMaker" }, { "kind": "Sponsor", "decision": "nothing" } ] },
            { "id": "owner", "name": "Twin", "reportsTo": "ghost" }
          ],
          "influences": [ { "from": "owner", "to": "owner", "strength": 2 } ],
          "relationships": [ { "ours": "kam", "theirs": "owner", "strength": "Strong" } ]
        }
        """;

    [Property]
    public bool A_valid_map_round_trips_and_analyses_the_same(ValidMap valid)
    {
        var json = KeyAccountJson.Serialize(valid.Map);
        var back = KeyAccountJson.Deserialize<RelationshipMap>(json);
        return KeyAccountJson.Serialize(back) == json
            && KeyAccountJson.Serialize(RelationshipAnalyzer.Analyze(back, valid.AsOf)) == KeyAccountJson.Serialize(RelationshipAnalyzer.Analyze(valid.Map, valid.AsOf));
    }

    [Fact]
    public void The_sample_round_trips()
    {
        var json = KeyAccountJson.Serialize(SampleMaps.Bookshop);
        Assert.Equal(json, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<RelationshipMap>(json)));
        Assert.Contains("\"formatVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"strength\": \"Close\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_but_wrong_map_loads_and_the_validator_reports_it()
    {
        var map = KeyAccountJson.Deserialize<RelationshipMap>(Minimal);
        Assert.Equal(1, map.FormatVersion);
        Assert.Empty(map.Decisions);
        var found = RelationshipMapValidator.Validate(map, SampleMaps.AsOf).Select(d => d.Path + " " + d.Code).ToList();
        Assert.Contains("people[0].roles[1].decision KAR004", found);
        Assert.Contains("people[1].id KAR001", found);
        Assert.Contains("people[1].reportsTo KAR003", found);
        Assert.Contains("influences[0].to KAR009", found);
        Assert.Contains("influences[0].strength KAR010", found);
        Assert.Contains("relationships[0].ours KAR003", found);
        Assert.Equal(RelationshipKind.Contact, map.Relationships[0].Kind);
        Assert.DoesNotContain(found, f => f.EndsWith("KAR013", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "client": "c", "people": [ { "id": "a", "name": "A", "joined": "31/12/2026" } ] }""", "$.people[0].joined")]
    [InlineData("""{ "client": "c", "people": [ { "id": "a", "name": "A", "roles": [ { "kind": "Boss" } ] } ] }""", "$.people[0].roles[0].kind")]
    [InlineData("""{ "client": "c", "relationships": [ { "ours": "o", "theirs": "t", "strength": "Fond" } ] }""", "$.relationships[0].strength")]
    [InlineData("""{ "client": "c", "influences": [ { "from": "a", "to": "b", "strength": "high" } ] }""", "$.influences[0].strength")]
    [InlineData("""{ "client": "c", "people": [ { "id": "a", "name": "A", "shoeSize": 42 } ] }""", "$.people[0]")]
    [InlineData("""{ "client": "c", "formatVersion": 99 }""", "$.formatVersion")]
    public void A_malformed_map_is_refused_with_its_json_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<RelationshipMap>(json));
        Assert.StartsWith(path, ex.Path ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_settings_object_may_give_any_subset()
    {
        var settings = KeyAccountJson.Deserialize<RelationshipSettings>("""{ "strongPath": 0.4, "decayHalfLifeDays": 90 }""");
        Assert.Equal(0.4, settings.StrongPath);
        Assert.Equal(90, settings.DecayHalfLifeDays);
        Assert.Equal(RelationshipSettings.Default.DecisionMakerStaleDays, settings.DecisionMakerStaleDays);
        Assert.Equal(RelationshipStrength.Strong, settings.NextContactStrength);
    }
}
