using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Cli.Tests.Relationships;

public class RelationshipsCommandTests
{
    private static string SampleFile() => CliRunner.TempFile(KeyAccountJson.Serialize(SampleMaps.Bookshop), ".json");

    [Fact]
    public void The_sample_prints_coverage_paths_findings_next_contacts_and_departures()
    {
        var result = CliRunner.Run("relationships", "--sample");
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var section in new[] { "no diagnostics", "Coverage by kind of person", "Strongest path to each decision maker", "Findings", "Next contacts", "If someone left" })
        {
            Assert.Contains(section, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("kam -> store-manager -> owner", result.Out, StringComparison.Ordinal);
        Assert.Contains("KAR107", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_file_gives_the_same_analysis_as_json_as_the_library()
    {
        var result = CliRunner.Run("relationships", SampleFile(), "--as-of", "2026-03-31", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetInt32());
        var analysis = doc.RootElement.GetProperty("analysis");
        var expected = RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, SampleMaps.AsOf);
        Assert.Equal(expected.Paths.Count, analysis.GetProperty("paths").GetArrayLength());
        Assert.Equal(expected.Findings.Select(f => f.Code), analysis.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
    }

    [Fact]
    public void One_decision_is_analysed_alone_and_an_unknown_one_is_an_error()
    {
        var one = CliRunner.Run("relationships", "--sample", "--decision", "handicraft-series", "--format", "json");
        Assert.Equal(0, one.ExitCode);
        using var doc = JsonDocument.Parse(one.Out);
        Assert.Equal("handicraft-series", doc.RootElement.GetProperty("analysis").GetProperty("decision").GetString());
        var unknown = CliRunner.Run("relationships", "--sample", "--decision", "nothing");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("KAR004", unknown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_and_mermaid_text_draw_every_person_and_relationship()
    {
        var dot = CliRunner.Run("relationships", "--sample", "--format", "dot");
        Assert.Equal(0, dot.ExitCode);
        Assert.StartsWith("digraph relationships {", dot.Out, StringComparison.Ordinal);
        Assert.Contains("Elena Sorokina\\nOwner\\ndecision maker", dot.Out, StringComparison.Ordinal);
        Assert.Equal(5, dot.Out.Split('\n').Count(l => l.Contains("-> t", StringComparison.Ordinal) && l.TrimStart().StartsWith('o')));
        Assert.DoesNotContain("Sergei Ivanov", dot.Out, StringComparison.Ordinal);
        var mermaid = CliRunner.Run("relationships", "--sample", "--format", "mermaid");
        Assert.Equal(0, mermaid.ExitCode);
        Assert.StartsWith("flowchart TB", mermaid.Out, StringComparison.Ordinal);
        Assert.Contains("classDef DecisionMaker fill:" + KeyAccount.Cli.Html.Charts.Palette.VermillionHex, mermaid.Out, StringComparison.Ordinal);
        Assert.Contains(" -. \"unknown\" .-> ", mermaid.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_an_svg_with_every_person_and_the_legend()
    {
        var svg = Path.Combine(Path.GetTempPath(), "keyaccount-cli-tests-" + Guid.NewGuid().ToString("N") + ".svg");
        var result = CliRunner.Run("relationships", "--sample", "--chart", svg);
        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(svg);
        Assert.StartsWith("<svg", text, StringComparison.Ordinal);
        var xml = System.Xml.Linq.XDocument.Parse(text);
        Assert.NotNull(xml.Root);
        foreach (var name in new[] { "Elena Sorokina", "Maria Ivanova", "Legend", "anti-sponsor", "never assessed (unknown)" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wrong_map_is_reported_with_exit_1_and_a_malformed_one_with_exit_2()
    {
        var wrong = CliRunner.TempFile("""{ "client": "c", "people": [ { "id": "a", "name": "A", "reportsTo": "ghost" } ] }""", ".json");
        var reported = CliRunner.Run("relationships", wrong, "--as-of", "2026-03-31");
        Assert.Equal(1, reported.ExitCode);
        Assert.Contains("KAR003", reported.Out, StringComparison.Ordinal);
        Assert.Contains("people[0].reportsTo", reported.Out, StringComparison.Ordinal);

        var malformed = CliRunner.TempFile("""{ "client": "c", "people": [ { "id": "a", "name": "A", "joined": "yesterday" } ] }""", ".json");
        var refused = CliRunner.Run("relationships", malformed);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("$.people[0].joined", refused.Error, StringComparison.Ordinal);

        Assert.Equal(2, CliRunner.Run("relationships", "no-such-file.json").ExitCode);
        Assert.Equal(2, CliRunner.Run("relationships", "--sample", "--as-of", "31/03/2026").ExitCode);
        Assert.Equal(2, CliRunner.Run("relationships").ExitCode);
        Assert.Equal(2, CliRunner.Run("relationships", "--sample", "--chart", Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "x.svg")).ExitCode);
    }

    [Fact]
    public void Settings_from_a_file_change_the_analysis()
    {
        var settings = CliRunner.TempFile("""{ "strongPath": 0.6 }""", ".json");
        var result = CliRunner.Run("relationships", "--sample", "--settings", settings, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var owner = doc.RootElement.GetProperty("analysis").GetProperty("paths").EnumerateArray().Single(p => p.GetProperty("decisionMaker").GetString() == "owner");
        Assert.Equal("Weak", owner.GetProperty("verdict").GetString());
    }
}
