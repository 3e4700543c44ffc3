using System;
using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

public class LadderScoringModelTests
{
    private static readonly LadderScoringModel D = LadderScoringModel.Default;

    [Fact]
    public void The_defaults_are_as_documented()
    {
        Assert.Equal(10.0, D.Questions.Sum(q => q.Weight) + D.Indicators.Sum(i => i.Weight), 12);
        Assert.Equal((0.25, 0.5, 0.75), (D.Rung2From, D.Rung3From, D.Rung4From));
        Assert.Equal(
            new[] { SignalDirection.Raises, SignalDirection.Lowers, SignalDirection.Raises, SignalDirection.Lowers, SignalDirection.Lowers, SignalDirection.Lowers },
            D.Questions.OrderBy(q => q.Question).Select(q => q.Direction));
        Assert.Equal(8, D.Contradictions.Count);
        Assert.Contains(D.Contradictions, c => c.First == LadderSignal.LikesToDiscussBusinessProblems && c.Second == LadderSignal.PrefersCompetitorsOffers);
    }

    [Fact]
    public void A_missing_question_is_refused()
    {
        var model = new LadderScoringModel(D.Questions.Skip(1).ToList(), D.Indicators, D.Contradictions, D.Ceilings, 0.25, 0.5, 0.75);
        var d = Assert.Single(model.Validate());
        Assert.Equal((LadderDiagnosticCodes.QuestionRulesIncomplete, "questions"), (d.Code, d.Path));
        Assert.Contains(nameof(LadderSignal.NeedsYouAsMuchAsYouNeedIt), d.Message, StringComparison.Ordinal);
        var ex = Assert.Throws<ArgumentException>(() => LadderPositioner.Position(SourceExamples.ValueAdder, model: model));
        Assert.Contains(nameof(LadderSignal.NeedsYouAsMuchAsYouNeedIt), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_indicator_is_refused()
    {
        var model = new LadderScoringModel(D.Questions, D.Indicators.Append(D.Indicators[0]).ToList(), D.Contradictions, D.Ceilings, 0.25, 0.5, 0.75);
        var d = Assert.Single(LadderValidator.Validate(model));
        Assert.Equal((LadderDiagnosticCodes.IndicatorRulesIncomplete, "indicators[6].indicator"), (d.Code, d.Path));
        var ex = Assert.Throws<ArgumentException>(() => LadderPositioner.Position(SourceExamples.ValueAdder, model: model));
        Assert.Contains("indicators[6]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_must_increase_within_zero_and_one()
    {
        foreach (var model in new[] { D with { Rung2From = 0.5 }, D with { Rung2From = 0 }, D with { Rung4From = 1 } })
        {
            Assert.Equal(LadderDiagnosticCodes.ThresholdsNotIncreasing, Assert.Single(model.Validate()).Code);
            Assert.Throws<ArgumentException>(() => LadderPositioner.Position(SourceExamples.ValueAdder, model: model));
        }

#pragma warning disable CS0618 // The obsolete forwarder keeps refusing what it refused.
        Assert.Throws<ArgumentException>(() => D.WithThresholds(0.5, 0.5, 0.75));
        Assert.Throws<ArgumentException>(() => D.WithThresholds(0, 0.5, 0.75));
        Assert.Throws<ArgumentException>(() => D.WithThresholds(0.25, 0.5, 1));
#pragma warning restore CS0618
    }

    [Fact]
    public void A_signal_whose_contradiction_severities_reach_one_is_refused()
    {
        var extra = new LadderContradiction(LadderSignal.LikesToDiscussBusinessProblems, LadderSignal.NeedsYouAsMuchAsYouNeedIt, 0.2, 0.25);
        var model = new LadderScoringModel(D.Questions, D.Indicators, D.Contradictions.Append(extra).ToList(), D.Ceilings, 0.25, 0.5, 0.75);
        var found = model.Validate();
        Assert.All(found, d => Assert.Equal(LadderDiagnosticCodes.ContradictionSeveritiesTooHigh, d.Code));
        Assert.Contains(found, d => d.Message.Contains(nameof(LadderSignal.LikesToDiscussBusinessProblems), StringComparison.Ordinal));
        var ex = Assert.Throws<ArgumentException>(() => LadderPositioner.Position(SourceExamples.ValueAdder, model: model));
        Assert.Contains(nameof(LadderSignal.LikesToDiscussBusinessProblems), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_weights_zero_is_refused()
    {
        var model = new LadderScoringModel(
            D.Questions.Select(q => new LadderQuestionRule(q.Question, q.Direction, 0)).ToList(),
            D.Indicators.Select(i => new LadderIndicatorRule(i.Indicator, 0, i.WorstValue, i.BestValue)).ToList(),
            D.Contradictions,
            D.Ceilings,
            0.25,
            0.5,
            0.75);
        Assert.Equal(LadderDiagnosticCodes.AllWeightsZero, Assert.Single(model.Validate()).Code);
        Assert.Throws<ArgumentException>(() => LadderPositioner.Position(SourceExamples.ValueAdder, model: model));
    }

    [Fact]
    public void Rules_and_documents_never_throw_for_values_and_the_validator_names_each_one()
    {
        // What the constructors refused before is a diagnostic at its path now; constructors refuse only nulls and default ids.
        static Diagnostic Rule(LadderScoringModel model) => Assert.Single(model.Validate());
        Assert.Equal((LadderDiagnosticCodes.WeightOutOfRange, "questions[4].weight"), Pair(Rule(D with { Questions = D.Questions.Select(q => q.Question == LadderSignal.DrivesYouUpTheWall ? new LadderQuestionRule(q.Question, SignalDirection.Lowers, double.NaN) : q).ToArray() })));
        Assert.Contains(LadderValidator.Validate(D with { Questions = D.Questions.Select(q => q.Question == LadderSignal.DrivesYouUpTheWall ? new LadderQuestionRule(LadderSignal.Retention, SignalDirection.Lowers, 1) : q).ToArray() }), d => (d.Code, d.Path) == (LadderDiagnosticCodes.QuestionRulesIncomplete, "questions[4].question"));
        Assert.Equal((LadderDiagnosticCodes.IndicatorRangeInvalid, "indicators[4]"), Pair(Rule(D with { Indicators = D.Indicators.Select(i => i.Indicator == LadderSignal.Retention ? new LadderIndicatorRule(LadderSignal.Retention, 1, 0.5, 0.5) : i).ToArray() })));
        Assert.Equal((LadderDiagnosticCodes.ContradictionSignalsInvalid, "contradictions[8]"), Pair(Rule(D with { Contradictions = D.Contradictions.Append(new LadderContradiction(LadderSignal.Retention, LadderSignal.Retention, 0.1, 0.1)).ToArray() })));
        Assert.Equal((LadderDiagnosticCodes.CeilingInvalid, "ceilings[5]"), Pair(Rule(D with { Ceilings = D.Ceilings.Append(new LadderCeiling(LadderSignal.Retention, 0.1, (LadderLevel)5)).ToArray() })));

        var set = new LadderAssessmentSet(new NodaTime.LocalDate(2026, 3, 31),
        [
            new ClientLadderAssessment(new ClientId("a"), new LadderAnswers { PutsOffPlannedVisits = (AnswerFrequency)9 }, indicators: new LadderIndicators { Retention = double.NaN, TenureYears = -1 }),
        ]);
        var found = LadderValidator.Validate(set).Select(Pair).ToArray();
        Assert.Contains((LadderDiagnosticCodes.UndefinedAnswer, "assessments[0].own.putsOffPlannedVisits"), found);
        Assert.Contains((LadderDiagnosticCodes.IndicatorOutOfRange, "assessments[0].indicators.retention"), found);
        Assert.Contains((LadderDiagnosticCodes.TenureOutOfRange, "assessments[0].indicators.tenureYears"), found);
        Assert.Equal("indicators", Assert.Throws<ArgumentException>(() => LadderPositioner.Position(LadderAnswers.Unknown, new LadderIndicators { Retention = double.NaN })).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentException>(() => LadderPositioner.Position(new LadderAnswers { PutsOffPlannedVisits = (AnswerFrequency)9 })).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentException>(() => new ClientLadderAssessment(default, LadderAnswers.Unknown)).ParamName);

        static (string, string) Pair(Diagnostic d) => (d.Code, d.Path);
    }

    [Fact]
    public void A_heavier_question_moves_the_position_more()
    {
        var heavy = D with { Questions = D.Questions.Select(q => q.Question == LadderSignal.PrefersCompetitorsOffers ? new LadderQuestionRule(LadderSignal.PrefersCompetitorsOffers, SignalDirection.Lowers, 6) : q).ToArray() };
        var answers = SourceExamples.ValueAdder with { PrefersCompetitorsOffers = AnswerFrequency.Sometimes };

        // Default: (4.25 - 0.25) / 6.5 = 0.615 -> rung 3; weight 6: (3.5 + 6*0.5) / 11.5 = 0.565 -> rung 3, lower score.
        Assert.Equal(((4.0 / 6.5) - 0.5) / 0.25, LadderPositioner.Position(answers).Score, 12);
        Assert.Equal(((6.5 / 11.5) - 0.5) / 0.25, LadderPositioner.Position(answers, model: heavy).Score, 12);
    }

    [Fact]
    public void Without_ceilings_the_favourability_alone_decides()
    {
        var open = new LadderScoringModel(D.Questions, D.Indicators, D.Contradictions, [], 0.25, 0.5, 0.75);
        var p = LadderPositioner.Position(model: open, answers: new LadderAnswers { LikesToDiscussBusinessProblems = AnswerFrequency.Always, PrefersCompetitorsOffers = AnswerFrequency.Often });
        Assert.Equal(LadderLevel.ValueAdder, p.Level);
        Assert.Equal(0.8, p.Score, 12);
    }
}
