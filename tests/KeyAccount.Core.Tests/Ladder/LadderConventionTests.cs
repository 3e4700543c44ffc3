using System;
using System.IO;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Tests.Classification;
using NodaTime;

namespace KeyAccount.Core.Tests.Ladder;

/// <summary>The conventions of the area (codes, validator, settings, Run) and the contradiction pairs.</summary>
public class LadderConventionTests
{
    private static readonly LadderScoringModel D = LadderScoringModel.Default;

    [Fact]
    public void Every_question_can_be_contradicted_by_at_least_one_other_signal()
    {
        for (var q = 1; q <= 6; q++)
        {
            var question = (LadderSignal)q;
            Assert.Contains(D.Contradictions, c => c.First == question || c.Second == question);
        }

        Assert.Empty(D.Validate());
    }

    [Fact]
    public void Contradicting_drives_you_up_the_wall_lowers_the_confidence()
    {
        // A client that never drives you up the wall and never puts off visits: the two agree.
        var calm = new LadderAnswers { DrivesYouUpTheWall = AnswerFrequency.Never, PutsOffPlannedVisits = AnswerFrequency.Never, LikesToDiscussBusinessProblems = AnswerFrequency.Often };
        // The same client always putting off visits: the strain the visits show contradicts the calm.
        var contradicted = calm with { PutsOffPlannedVisits = AnswerFrequency.Always };
        var agreeing = LadderPositioner.Position(calm);
        var position = LadderPositioner.Position(contradicted);
        Assert.Contains(position.Reasons, r => r.Kind == LadderReasonKind.Contradiction && r.Signal == LadderSignal.DrivesYouUpTheWall);
        Assert.DoesNotContain(agreeing.Reasons, r => r.Kind == LadderReasonKind.Contradiction);

        // Against retention: full loyalty yet always driving you up the wall.
        var loyal = new LadderIndicators { Retention = 1.0 };
        var strained = LadderPositioner.Position(new LadderAnswers { DrivesYouUpTheWall = AnswerFrequency.Always }, loyal);
        var relaxed = LadderPositioner.Position(new LadderAnswers { DrivesYouUpTheWall = AnswerFrequency.Never }, loyal);
        Assert.True(strained.Confidence < relaxed.Confidence, $"{strained.Confidence} < {relaxed.Confidence}");
    }

    [Fact]
    public void A_changed_copy_is_scored_with_its_own_settings()
    {
        var first = LadderPositioner.Position(SourceExamples.ValueAdder, model: D);
        var stricter = D with { Rung4From = 0.9, Rung3From = 0.7 };
        var second = LadderPositioner.Position(SourceExamples.ValueAdder, model: stricter);
        Assert.NotEqual(first.Position, second.Position);
        Assert.Equal(D, new LadderScoringModel());
        Assert.Equal(D, KeyAccountJson.Deserialize<LadderScoringModel>("{}"));
        Assert.Equal(D with { Rung4From = 0.8 }, KeyAccountJson.Deserialize<LadderScoringModel>("""{ "rung4From": 0.8 }"""));
    }

    [Fact]
    public void Run_never_throws_for_a_defect_and_gives_the_portfolio_and_perspectives_otherwise()
    {
        var asOf = new LocalDate(2026, 3, 31);
        var good = new LadderAssessmentSet(asOf, [new ClientLadderAssessment(new ClientId("a"), SourceExamples.ValueAdder), new ClientLadderAssessment(new ClientId("b"), SourceExamples.Provider)]);
        var run = LadderPositioner.Run(good);
        Assert.False(run.HasErrors);
        Assert.Equal(2, run.Result!.Clients.Count);
        Assert.Equal("2 clients: 1 on rung 2 (" + PerceptionLadder.Rung(LadderLevel.Provider).Name + "), 1 on rung 3 (" + PerceptionLadder.Rung(LadderLevel.ValueAdder).Name + ").", run.Result.Explanation);

        var bad = new LadderAssessmentSet(asOf, [new ClientLadderAssessment(new ClientId("a"), SourceExamples.ValueAdder, competitors: [new CompetitorAssessment(" ", SourceExamples.Provider)])]);
        var badRun = LadderPositioner.Run(bad, D with { Rung2From = 2 });
        Assert.Null(badRun.Result);
        Assert.Equal(
            new[] { ("KAL010", "assessments[0].competitors[0].name"), ("KAL107", "model.rung2From") },
            badRun.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Throws<ArgumentException>(() => LadderPositioner.Portfolio(bad));
    }

    [Fact]
    public void The_codes_are_in_all_and_documented_with_an_example()
    {
        var docs = File.ReadAllText(Path.Combine(ClassificationConventionTests.RepositoryRoot(), "docs", "ladder.md"));
        foreach (var field in typeof(LadderDiagnosticCodes).GetFields().Where(f => f.IsLiteral))
        {
            var code = (string)field.GetRawConstantValue()!;
            Assert.Equal(code, LadderDiagnosticCodes.Get(code).Code);
            Assert.Contains("| " + code + " |", docs, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => LadderDiagnosticCodes.Get("KCL001"));
    }
}
