using System;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Tests.Ladder;

[Properties(Arbitrary = new[] { typeof(LadderGenerators) }, MaxTest = 100)]
public class LadderJsonTests
{
    private static string RoundTrip<T>(T value) => KeyAccountJson.Serialize(KeyAccountJson.Deserialize<T>(KeyAccountJson.Serialize(value)));

    [Property]
    public bool Assessment_sets_round_trip(LadderAssessmentSet set)
    {
        var json = KeyAccountJson.Serialize(set);
        var back = KeyAccountJson.Deserialize<LadderAssessmentSet>(json);
        return KeyAccountJson.Serialize(back) == json
            && back.AsOf == set.AsOf
            && back.Assessments.Select(a => (a.Client, a.Own, a.ClientView, a.Indicators)).SequenceEqual(set.Assessments.Select(a => (a.Client, a.Own, a.ClientView, a.Indicators)));
    }

    [Property]
    public bool Results_round_trip(ClientLadderAssessment assessment)
    {
        var perspectives = LadderPositioner.Perspectives(assessment);
        var climb = LadderPositioner.Climb(assessment.Own, assessment.Indicators);
        var portfolio = LadderPositioner.Portfolio(new LadderAssessmentSet(new LocalDate(2026, 3, 31), [assessment]));
        return RoundTrip(perspectives) == KeyAccountJson.Serialize(perspectives)
            && RoundTrip(climb) == KeyAccountJson.Serialize(climb)
            && RoundTrip(portfolio) == KeyAccountJson.Serialize(portfolio)
            && RoundTrip(perspectives.Own) == KeyAccountJson.Serialize(perspectives.Own);
    }

    [Fact]
    public void A_hand_written_document_reads()
    {
        const string json = """
            {
              "formatVersion": 1,
              "asOf": "2026-03-31",
              "assessments": [
                {
                  "client": "acme",
                  "own": { "likesToDiscussBusinessProblems": "Often", "prefersCompetitorsOffers": "Rarely" },
                  "clientView": { "likesToDiscussBusinessProblems": "Sometimes", "prefersCompetitorsOffers": "Often" },
                  "indicators": { "shareOfWallet": 0.4, "dealsLostOnPrice": 0.3 },
                  "competitors": [ { "name": "Beta", "answers": { "needsYouAsMuchAsYouNeedIt": "Always" } } ],
                  "asOf": "2026-03-15", // comments are allowed
                },
              ],
            }
            """;
        var set = KeyAccountJson.Deserialize<LadderAssessmentSet>(json);
        var a = Assert.Single(set.Assessments);
        Assert.Equal(new ClientId("acme"), a.Client);
        Assert.Equal(AnswerFrequency.Often, a.Own.LikesToDiscussBusinessProblems);
        Assert.Equal(AnswerFrequency.Unknown, a.Own.NeedsYouAsMuchAsYouNeedIt);
        Assert.Equal(AnswerFrequency.Often, a.ClientView!.PrefersCompetitorsOffers);
        Assert.Equal(0.4, a.Indicators!.ShareOfWallet);
        Assert.Null(a.Indicators.Retention);
        Assert.Equal("Beta", a.Competitors.Single().Name);
        Assert.Equal(new LocalDate(2026, 3, 15), a.AsOf);
        Assert.Empty(LadderValidator.Validate(set));
    }

    [Fact]
    public void A_missing_client_or_own_view_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<LadderAssessmentSet>("""{ "asOf": "2026-03-31", "assessments": [ { "own": {} } ] }"""));
        Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<LadderAssessmentSet>("""{ "asOf": "2026-03-31", "assessments": [ { "client": "a" } ] }"""));
        Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<LadderAssessmentSet>("""{ "asOf": "2026-03-31", "assessments": [ { "client": "a", "own": { "likes": "Often" } } ] }"""));
    }

    [Fact]
    public void An_out_of_range_indicator_loads_and_is_reported_with_its_path_and_value()
    {
        var set = KeyAccountJson.Deserialize<LadderAssessmentSet>("""{ "asOf": "2026-03-31", "assessments": [ { "client": "a", "own": { "likesToDiscussBusinessProblems": "Often" }, "indicators": { "shareOfWallet": 1.5 } } ] }""");
        var d = Assert.Single(LadderValidator.Validate(set));
        Assert.Equal((LadderDiagnosticCodes.IndicatorOutOfRange, DiagnosticSeverity.Error, "assessments[0].indicators.shareOfWallet"), (d.Code, d.Severity, d.Path));
        Assert.Contains("share of wallet", d.Message, StringComparison.Ordinal);
        Assert.Contains("1.5", d.Message, StringComparison.Ordinal);
        var run = LadderPositioner.Run(set);
        Assert.Null(run.Result);
        Assert.Equal(new[] { d }, run.Diagnostics);
    }

    [Fact]
    public void The_default_scoring_model_round_trips()
    {
        var json = KeyAccountJson.Serialize(LadderScoringModel.Default);
        var back = KeyAccountJson.Deserialize<LadderScoringModel>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.Equal(
            LadderPositioner.Position(SourceExamples.ValueAdder).Position,
            LadderPositioner.Position(SourceExamples.ValueAdder, model: back).Position);
        Assert.Contains("\"direction\": \"Lowers\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_is_written_with_its_level_name_position_and_summary()
    {
        var json = KeyAccountJson.Serialize(LadderPositioner.Position(SourceExamples.ValueAdder));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("ValueAdder", doc.RootElement.GetProperty("level").GetString());
        Assert.True(doc.RootElement.TryGetProperty("explanation", out _));
        Assert.True(doc.RootElement.TryGetProperty("position", out _));
        Assert.False(doc.RootElement.TryGetProperty("rung", out _));
    }
}
