using System;
using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

[Properties(Arbitrary = new[] { typeof(LadderGenerators) }, MaxTest = 300)]
public class LadderPropertyTests
{

    private static readonly LadderSignal[] Questions = Enum.GetValues<LadderSignal>().Where(PerceptionLadder.IsQuestion).ToArray();

    private static readonly LadderSignal[] IndicatorSignals = Enum.GetValues<LadderSignal>().Where(s => !PerceptionLadder.IsQuestion(s)).ToArray();

    /// <summary>Lexicographic: a higher level, or the same level with a score at least as high.</summary>
    private static bool NotLower(LadderPosition after, LadderPosition before) =>
        after.Level > before.Level || (after.Level == before.Level && after.Score >= before.Score);

    [Property]
    public bool Level_score_and_confidence_stay_in_range(LadderAnswers answers, LadderIndicators indicators)
    {
        var p = LadderPositioner.Position(answers, indicators);
        return p.Level is >= LadderLevel.CommodityBroker and <= LadderLevel.BusinessPartner
            && p.Score is >= 0 and <= 1
            && p.Confidence is >= 0 and <= 1
            && p.Confidence <= p.Coverage
            && p.Position is >= 1 and <= 5;
    }

    [Property]
    public bool A_better_answer_never_lowers_the_level_or_the_score(LadderAnswers answers, LadderIndicators indicators, PositiveInt pick)
    {
        var question = Questions[pick.Get % Questions.Length];
        var answer = answers.Get(question);
        if (answer == AnswerFrequency.Unknown)
        {
            return true;
        }

        var raises = LadderScoringModel.Default.Questions.Single(q => q.Question == question).Direction == SignalDirection.Raises;
        var better = raises ? answer + 1 : answer - 1;
        if (better is < AnswerFrequency.Never or > AnswerFrequency.Always)
        {
            return true;
        }

        var before = LadderPositioner.Position(answers, indicators);
        var after = LadderPositioner.Position(answers.With(question, better), indicators);
        return NotLower(after, before) && after.Position >= before.Position;
    }

    [Property]
    public bool A_better_indicator_never_lowers_the_level_or_the_score(LadderAnswers answers, LadderIndicators indicators, PositiveInt pick, PositiveInt step)
    {
        var indicator = IndicatorSignals[pick.Get % IndicatorSignals.Length];
        if (indicators.Get(indicator) is not { } value)
        {
            return true;
        }

        var rule = LadderScoringModel.Default.Indicators.Single(r => r.Indicator == indicator);
        var towardsBest = value + (Math.Sign(rule.BestValue - rule.WorstValue) * (step.Get % 10) * 0.05);
        var limit = indicator == LadderSignal.TenureYears ? double.MaxValue : 1.0;
        var better = Math.Min(limit, Math.Max(0, towardsBest));
        var before = LadderPositioner.Position(answers, indicators);
        var after = LadderPositioner.Position(answers, indicators.With(indicator, better));
        return NotLower(after, before);
    }

    [Property]
    public bool Confidence_falls_when_an_answer_becomes_unknown(LadderAnswers answers, LadderIndicators indicators, PositiveInt pick)
    {
        var question = Questions[pick.Get % Questions.Length];
        if (answers.Get(question) == AnswerFrequency.Unknown)
        {
            return true;
        }

        var before = LadderPositioner.Position(answers, indicators);
        var after = LadderPositioner.Position(answers.With(question, AnswerFrequency.Unknown), indicators);
        return after.Confidence < before.Confidence && after.Coverage < before.Coverage;
    }

    [Property]
    public bool Confidence_falls_when_an_indicator_becomes_unknown(LadderAnswers answers, LadderIndicators indicators, PositiveInt pick)
    {
        var indicator = IndicatorSignals[pick.Get % IndicatorSignals.Length];
        if (indicators.Get(indicator) is null)
        {
            return true;
        }

        var before = LadderPositioner.Position(answers, indicators);
        var after = LadderPositioner.Position(answers, indicators.With(indicator, null));
        return after.Confidence < before.Confidence;
    }

    [Property]
    public bool Identical_views_have_no_gap(ClientLadderAssessment assessment)
    {
        var same = new ClientLadderAssessment(assessment.Client, assessment.Own, assessment.Own, assessment.Indicators, assessment.Competitors);
        var p = LadderPositioner.Perspectives(same);
        return p.Gap == 0
            && p.AnswerGaps.Count == 6
            && p.AnswerGaps.All(g => g.Difference is null or 0)
            && p.ClientView!.Position == p.Own.Position;
    }

    [Property]
    public bool Competitor_ranking_does_not_depend_on_input_order(ClientLadderAssessment assessment, int seed)
    {
        var rng = new Random(seed);
        var shuffled = assessment.Competitors.OrderBy(_ => rng.Next()).ToList();
        var a = LadderPositioner.Perspectives(assessment);
        var b = LadderPositioner.Perspectives(new ClientLadderAssessment(assessment.Client, assessment.Own, assessment.ClientView, assessment.Indicators, shuffled));
        return a.YourRank == b.YourRank
            && a.Standings.Select(s => (s.Name, s.Rank, s.Position.Position)).SequenceEqual(b.Standings.Select(s => (s.Name, s.Rank, s.Position.Position)));
    }

    [Property]
    public bool Standings_are_ranked_highest_first_with_shared_ranks_for_ties(ClientLadderAssessment assessment)
    {
        var s = LadderPositioner.Perspectives(assessment).Standings;
        for (var i = 1; i < s.Count; i++)
        {
            var tie = s[i].Position.Position == s[i - 1].Position.Position;
            if (s[i].Position.Position > s[i - 1].Position.Position || (tie ? s[i].Rank != s[i - 1].Rank : s[i].Rank != i + 1))
            {
                return false;
            }
        }

        return s.Count == assessment.Competitors.Count + 1 && s.Count(x => x.IsYou) == 1 && s[0].Rank == 1;
    }

    [Property]
    public bool Every_climb_lever_gain_is_the_rescored_change(LadderAnswers answers, LadderIndicators indicators)
    {
        var climb = LadderPositioner.Climb(answers, indicators);
        foreach (var lever in climb.Levers)
        {
            var changed = lever.BetterAnswer is { } better
                ? LadderPositioner.Position(answers.With(lever.Signal, better), indicators)
                : LadderPositioner.Position(answers, indicators.With(lever.Signal, lever.BetterValue!.Value));
            if (Math.Abs(changed.Position - climb.Current.Position - lever.Gain) > 1e-9
                || lever.ReachesNextRung != (climb.Current.Level < LadderLevel.BusinessPartner && changed.Level > climb.Current.Level))
            {
                return false;
            }
        }

        return climb.Levers.Zip(climb.Levers.Skip(1)).All(p => p.First.Gain > p.Second.Gain || (p.First.Gain == p.Second.Gain && p.First.Signal < p.Second.Signal))
            && climb.Levers.All(l => l.Gain > 0);
    }

    [Property]
    public bool Portfolio_distribution_counts_every_key_client_once_in_any_order(LadderAssessmentSet set, int seed)
    {
        var rng = new Random(seed);
        var shuffled = new LadderAssessmentSet(set.AsOf, set.Assessments.OrderBy(_ => rng.Next()).ToList());
        var a = LadderPositioner.Portfolio(set);
        var b = LadderPositioner.Portfolio(shuffled);
        return a.Distribution.Sum(d => d.Count) == set.Assessments.Count
            && a.Entries.Select(e => e.Client).SequenceEqual(b.Entries.Select(e => e.Client))
            && a.Distribution.Select(d => string.Join(",", d.Clients)).SequenceEqual(b.Distribution.Select(d => string.Join(",", d.Clients)))
            && (set.Assessments.Count == 0 || Math.Abs(a.Distribution.Sum(d => d.Share) - 1) < 1e-12);
    }
}
