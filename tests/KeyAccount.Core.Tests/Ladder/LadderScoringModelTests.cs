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
        Assert.Equal(6, D.Contradictions.Count);
        Assert.Contains(D.Contradictions, c => c.First == LadderSignal.LikesToDiscussBusinessProblems && c.Second == LadderSignal.PrefersCompetitorsOffers);
    }

    [Fact]
    public void A_missing_question_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LadderScoringModel(D.Questions.Skip(1).ToList(), D.Indicators, D.Contradictions, D.Ceilings, 0.25, 0.5, 0.75));
        Assert.Contains(nameof(LadderSignal.NeedsYouAsMuchAsYouNeedIt), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_indicator_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LadderScoringModel(D.Questions, D.Indicators.Append(D.Indicators[0]).ToList(), D.Contradictions, D.Ceilings, 0.25, 0.5, 0.75));
        Assert.Contains("indicators[6]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_must_increase_within_zero_and_one()
    {
        Assert.Throws<ArgumentException>(() => D.WithThresholds(0.5, 0.5, 0.75));
        Assert.Throws<ArgumentException>(() => D.WithThresholds(0, 0.5, 0.75));
        Assert.Throws<ArgumentException>(() => D.WithThresholds(0.25, 0.5, 1));
    }

    [Fact]
    public void A_signal_whose_contradiction_severities_reach_one_is_refused()
    {
        var extra = new LadderContradiction(LadderSignal.LikesToDiscussBusinessProblems, LadderSignal.DrivesYouUpTheWall, 0.2, 0.25);
        var ex = Assert.Throws<ArgumentException>(() => new LadderScoringModel(D.Questions, D.Indicators, D.Contradictions.Append(extra).ToList(), D.Ceilings, 0.25, 0.5, 0.75));
        Assert.Contains(nameof(LadderSignal.LikesToDiscussBusinessProblems), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_weights_zero_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LadderScoringModel(
            D.Questions.Select(q => new LadderQuestionRule(q.Question, q.Direction, 0)).ToList(),
            D.Indicators.Select(i => new LadderIndicatorRule(i.Indicator, 0, i.WorstValue, i.BestValue)).ToList(),
            D.Contradictions,
            D.Ceilings,
            0.25,
            0.5,
            0.75));
    }

    [Fact]
    public void Rules_check_their_arguments()
    {
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => new LadderQuestionRule(LadderSignal.DrivesYouUpTheWall, SignalDirection.Lowers, double.NaN)).ParamName);
        Assert.Equal("question", Assert.Throws<ArgumentOutOfRangeException>(() => new LadderQuestionRule(LadderSignal.Retention, SignalDirection.Lowers, 1)).ParamName);
        Assert.Equal("bestValue", Assert.Throws<ArgumentException>(() => new LadderIndicatorRule(LadderSignal.Retention, 1, 0.5, 0.5)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => new LadderContradiction(LadderSignal.Retention, LadderSignal.Retention, 0.1, 0.1)).ParamName);
        Assert.Equal("maxLevel", Assert.Throws<ArgumentOutOfRangeException>(() => new LadderCeiling(LadderSignal.Retention, 0.1, (LadderLevel)5)).ParamName);
        Assert.Equal("Retention", Assert.Throws<ArgumentOutOfRangeException>(() => new LadderIndicators { Retention = double.NaN }).ParamName);
        Assert.Equal("TenureYears", Assert.Throws<ArgumentOutOfRangeException>(() => new LadderIndicators { TenureYears = -1 }).ParamName);
        Assert.Equal("PutsOffPlannedVisits", Assert.Throws<ArgumentOutOfRangeException>(() => new LadderAnswers { PutsOffPlannedVisits = (AnswerFrequency)9 }).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentException>(() => new ClientLadderAssessment(default, LadderAnswers.Unknown)).ParamName);
    }

    [Fact]
    public void A_heavier_question_moves_the_position_more()
    {
        var heavy = new LadderPositioner(D.WithQuestion(new LadderQuestionRule(LadderSignal.PrefersCompetitorsOffers, SignalDirection.Lowers, 6)));
        var answers = SourceExamples.ValueAdder with { PrefersCompetitorsOffers = AnswerFrequency.Sometimes };

        // Default: (4.25 - 0.25) / 6.5 = 0.615 -> rung 3; weight 6: (3.5 + 6*0.5) / 11.5 = 0.565 -> rung 3, lower score.
        Assert.Equal(((4.0 / 6.5) - 0.5) / 0.25, LadderPositioner.Default.Position(answers).Score, 12);
        Assert.Equal(((6.5 / 11.5) - 0.5) / 0.25, heavy.Position(answers).Score, 12);
    }

    [Fact]
    public void Without_ceilings_the_favourability_alone_decides()
    {
        var open = new LadderPositioner(new LadderScoringModel(D.Questions, D.Indicators, D.Contradictions, [], 0.25, 0.5, 0.75));
        var p = open.Position(new LadderAnswers { LikesToDiscussBusinessProblems = AnswerFrequency.Always, PrefersCompetitorsOffers = AnswerFrequency.Often });
        Assert.Equal(LadderLevel.ValueAdder, p.Level);
        Assert.Equal(0.8, p.Score, 12);
    }
}
