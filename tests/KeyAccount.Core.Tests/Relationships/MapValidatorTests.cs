using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Tests.Relationships;

[Properties(Arbitrary = new[] { typeof(MapGenerators) }, MaxTest = 100)]
public class MapValidatorTests
{
    public static IEnumerable<object[]> Defects => MapDefects.All.Select(d => new object[] { d });

    [Property]
    public bool A_generated_valid_map_has_no_diagnostics(ValidMap valid) =>
        RelationshipMapValidator.Validate(valid.Map, valid.AsOf).Count == 0;

    [Property]
    public bool Each_defect_injected_into_a_valid_map_yields_its_code_at_its_path(ValidMap valid, NonNegativeInt pick)
    {
        var defect = MapDefects.All[pick.Get % MapDefects.All.Count];
        var (map, asOf, path) = defect.Inject(valid.Map, valid.AsOf);
        return RelationshipMapValidator.Validate(map, asOf).Any(d => d.Code == defect.Code && d.Path == path && d.Severity == RelationshipsDiagnosticCodes.Get(defect.Code).Severity);
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_defect_in_the_sample_map_is_reported_with_its_code_severity_and_path(MapDefect defect)
    {
        var (map, asOf, path) = defect.Inject(SampleMaps.Bookshop, SampleMaps.AsOf);
        var diagnostics = RelationshipMapValidator.Validate(map, asOf);
        var found = diagnostics.Where(d => d.Code == defect.Code && d.Path == path).ToList();
        Assert.True(found.Count > 0, defect + " not found at " + path + "; found: " + string.Join(Environment.NewLine, diagnostics));
        Assert.All(found, d => Assert.Equal(RelationshipsDiagnosticCodes.Get(defect.Code).Severity, d.Severity));
    }

    [Fact]
    public void Every_validator_code_has_a_defect_and_every_code_is_prefixed_unique_and_titled()
    {
        var validatorCodes = RelationshipsDiagnosticCodes.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "KAR100") < 0 && c != RelationshipsDiagnosticCodes.InvalidSetting);
        Assert.Equal(validatorCodes.OrderBy(c => c, StringComparer.Ordinal), MapDefects.All.Select(d => d.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(RelationshipsDiagnosticCodes.All.Count, RelationshipsDiagnosticCodes.All.Select(d => d.Code).Distinct().Count());
        Assert.All(RelationshipsDiagnosticCodes.All, d => Assert.Matches("^KAR[01][0-9]{2}$", d.Code));
        Assert.Throws<ArgumentException>(() => RelationshipsDiagnosticCodes.Get("KAP001"));
    }

    [Fact]
    public void A_reporting_cycle_is_named_from_its_smallest_id()
    {
        var map = SampleMaps.Bookshop with
        {
            People = SampleMaps.Bookshop.People.Select(p => p.Id == "owner" ? p with { ReportsTo = "senior-buyer" } : p).ToArray(),
        };
        var cycle = Assert.Single(RelationshipMapValidator.Validate(map, SampleMaps.AsOf), d => d.Code == RelationshipsDiagnosticCodes.ReportingCycle);
        Assert.Equal("people[2].reportsTo", cycle.Path);
        Assert.Contains("head-buyer -> owner -> senior-buyer -> head-buyer", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_settings_are_checked_and_reported_under_settings_by_the_run()
    {
        var settings = RelationshipSettings.Default with { StrongPath = 1.5, DecisionMakerStaleDays = -1, DecayHalfLifeDays = 0, NextContactStrength = (RelationshipStrength)7, NextContacts = -1, StrongRelationship = double.NaN };
        var run = RelationshipAnalyzer.Run(SampleMaps.Bookshop, settings, SampleMaps.AsOf);
        Assert.Null(run.Result);
        Assert.Equal(
            new[] { "settings.decayHalfLifeDays", "settings.decisionMakerStaleDays", "settings.nextContactStrength", "settings.nextContacts", "settings.strongPath", "settings.strongRelationship" },
            run.Diagnostics.Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(run.Diagnostics, d => Assert.Equal(RelationshipsDiagnosticCodes.InvalidSetting, d.Code));
        Assert.Empty(RelationshipSettings.Default.Validate());
    }

    [Fact]
    public void An_analysis_given_an_invalid_map_or_unknown_decision_throws_and_the_run_reports_instead()
    {
        var (broken, _, _) = MapDefects.All[2].Inject(SampleMaps.Bookshop, SampleMaps.AsOf);
        var ex = Assert.Throws<ArgumentException>(() => RelationshipAnalyzer.Analyze(broken, SampleMaps.AsOf));
        Assert.Equal("map", ex.ParamName);
        Assert.Contains("KAR003", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, SampleMaps.AsOf, decision: "nothing"));
        var run = RelationshipAnalyzer.Run(SampleMaps.Bookshop, null, SampleMaps.AsOf, "nothing");
        Assert.Null(run.Result);
        Assert.Equal("decision", Assert.Single(run.Diagnostics).Path);
        Assert.Null(RelationshipAnalyzer.Run(broken, null, SampleMaps.AsOf).Result);
    }

    [Fact]
    public void The_model_refuses_nulls_and_default_ids_only()
    {
        Assert.Throws<ArgumentNullException>(() => new ClientPerson(null!, "n"));
        Assert.Throws<ArgumentNullException>(() => new Relationship("o", null!));
        Assert.Throws<ArgumentException>(() => new RelationshipMap(default));
        Assert.Throws<ArgumentException>(() => new RelationshipMap(new ClientId("c")) { People = new ClientPerson[] { null! } });
        Assert.Empty(new RelationshipMap(new ClientId("c")) { People = null! }.People);
        var odd = new InfluenceLink("a", "b", double.NaN);
        Assert.True(double.IsNaN(odd.Strength!.Value));
    }
}
