using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Tests.Json;

/// <summary>
/// The upgrade path of docs/architecture.md, proven on a fabricated history: a plan document whose
/// version 1 called the client "customer" and whose version 2 nested the period under "dates".
/// </summary>
public class DocumentUpgradeTests
{
    private static readonly JsonSerializerOptions FabricatedOptions = KeyAccountJson.CreateOptions(new Dictionary<System.Type, DocumentVersioning>
    {
        [typeof(AccountPlan)] = DocumentVersioning.Of<AccountPlan>(
            3,
            v1 =>
            {
                v1["client"] = v1["customer"]!.DeepClone();
                v1.Remove("customer");
                return v1;
            },
            v2 =>
            {
                v2["period"] = v2["dates"]!["period"]!.DeepClone();
                v2.Remove("dates");
                return v2;
            }),
        [typeof(LadderAssessmentSet)] = DocumentVersioning.Unchanged<LadderAssessmentSet>(),
    });

    [Fact]
    public void Each_older_version_is_upgraded_to_the_same_model_as_the_current_one()
    {
        var current = JsonSerializer.Deserialize<AccountPlan>("{ \"formatVersion\": 3, \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\" }", FabricatedOptions)!;
        var v2 = JsonSerializer.Deserialize<AccountPlan>("{ \"formatVersion\": 2, \"client\": \"c\", \"dates\": { \"period\": \"2026-01-01/2026-12-31\" } }", FabricatedOptions)!;
        var v1 = JsonSerializer.Deserialize<AccountPlan>("{ \"customer\": \"c\", \"dates\": { \"period\": \"2026-01-01/2026-12-31\" } }", FabricatedOptions)!;

        Assert.Equal(new ClientId("c"), current.Client);
        foreach (var older in new[] { v2, v1 })
        {
            Assert.Equal(current.Client, older.Client);
            Assert.Equal(current.Period, older.Period);
            Assert.Equal(3, older.FormatVersion);
        }
    }

    [Fact]
    public void A_version_newer_than_the_library_is_refused_through_the_options_route_too()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountPlan>(
            "{ \"formatVersion\": 2, \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\" }", KeyAccountJson.Options));
        Assert.Equal("$.formatVersion", ex.Path);
        Assert.Contains("newer than 1", ex.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "versions start at 1")]
    [InlineData("-3", "versions start at 1")]
    [InlineData("\"1\"", "must be a whole number")]
    [InlineData("1.5", "must be a whole number")]
    public void A_version_that_is_no_version_is_refused_at_its_path(string version, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>(
            "{ \"formatVersion\": " + version + ", \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\" }"));
        Assert.Equal("$.formatVersion", ex.Path);
        Assert.Contains(expected, ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_document_is_checked_inside_its_container()
    {
        // AccountPlan is read with options that hold the other documents' converters: a ladder set
        // is not nested in a plan, so check the inner options directly carry the ladder's converter.
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LadderAssessmentSet>(
            "{ \"formatVersion\": 9, \"asOf\": \"2026-03-31\", \"assessments\": [] }", FabricatedOptions));
        Assert.Equal("$.formatVersion", ex.Path);
    }

    [Theory]
    [InlineData("{ \"client\": \"a\", \"client\": \"b\", \"period\": \"2026-01-01/2026-12-31\" }")]
    [InlineData("{ \"formatVersion\": 1, \"formatVersion\": 1, \"client\": \"a\", \"period\": \"2026-01-01/2026-12-31\" }")]
    [InlineData("{ \"client\": \"a\", \"period\": \"2026-01-01/2026-12-31\", \"goals\": [ { \"id\": \"g\", \"id\": \"h\" } ] }")]
    public void A_key_given_twice_is_refused_with_its_path(string json)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>(json));
        Assert.NotNull(ex.Path);
    }

    [Fact]
    public void An_upgrader_sees_the_tree_and_the_result_binds_strictly()
    {
        // An upgrader that leaves an unknown field behind is caught by the strict reader.
        var options = KeyAccountJson.CreateOptions(new Dictionary<System.Type, DocumentVersioning>
        {
            [typeof(AccountPlan)] = DocumentVersioning.Of<AccountPlan>(2, v1 => { v1["leftover"] = JsonValue.Create(1); return v1; }),
        });
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountPlan>("{ \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\" }", options));
    }
}
