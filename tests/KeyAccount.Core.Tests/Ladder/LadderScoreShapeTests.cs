using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

/// <summary>
/// The numbers and reasons of a position computed again from the model's documented rules, on
/// answers alone (no indicators): the favourability is the weighted mean of the answered questions,
/// the position interpolates between the rung thresholds, each answered question is a reason that
/// raises (favourability 0.5 or more) or lowers, with strength weight × |u − 0.5| / known weight,
/// and each unanswered question or unmeasured indicator an unknown of strength weight / total.
/// </summary>
[Properties(Arbitrary = new[] { typeof(LadderGenerators) }, MaxTest = 300)]
public class LadderScoreShapeTests
{
    private static readonly LadderScoringModel Model = LadderScoringModel.Default;

    private static double U(LadderQuestionRule rule, AnswerFrequency answer)
    {
        var fraction = ((int)answer - 1) / 4.0;
        return rule.Direction == SignalDirection.Raises ? fraction : 1 - fraction;
    }

    private static (double Known, double Sum) Weighted(LadderAnswers answers)
    {
        double known = 0, sum = 0;
        foreach (var rule in Model.Questions)
        {
            var answer = answers.Get(rule.Question);
            if (answer != AnswerFrequency.Unknown && rule.Weight > 0)
            {
                known += rule.Weight;
                sum += rule.Weight * U(rule, answer);
            }
        }

        return (known, sum);
    }

    /// <summary>The piecewise-linear map through (0, 1), (t2, 2), (t3, 3), (t4, 4), (1, 5).</summary>
    private static double Interpolate(double u) => Interpolate(u, Model.Rung2From, Model.Rung3From, Model.Rung4From);

    private static double Interpolate(double u, double t2, double t3, double t4)
    {
        double[] xs = [0, t2, t3, t4, 1];
        for (var i = 1; i < xs.Length; i++)
        {
            if (u < xs[i])
            {
                return i + ((u - xs[i - 1]) / (xs[i] - xs[i - 1]));
            }
        }

        return 5;
    }

    [Property]
    public bool The_position_interpolates_the_favourability_between_the_rung_thresholds(LadderAnswers answers)
    {
        var p = LadderPositioner.Position(answers);
        var (known, sum) = Weighted(answers);
        if (!(known > 0))
        {
            return p.Level == LadderLevel.CommodityBroker && p.Score == 0 && p.Favourability == 0;
        }

        var favourability = sum / known;
        if (Math.Abs(p.Favourability - favourability) > 1e-12)
        {
            return false;
        }

        var expected = Interpolate(favourability);
        return p.Ceiling is { } ceiling
            ? p.Position <= (int)ceiling + 1 + 1e-9 && p.Position <= expected + 1e-9
            : Math.Abs(p.Position - expected) < 1e-9;
    }

    [Fact]
    public void Each_segment_of_the_map_is_reached_and_continuous_at_its_threshold()
    {
        // Answers that put the favourability just below and at each threshold are hard to build
        // from five-step answers, so the map is checked through a one-question model.
        foreach (var (t2, t3, t4) in new[] { (0.2, 0.5, 0.8), (0.1, 0.3, 0.9) })
        {
            var rules = Model.Questions.Select(q => q.Question == LadderSignal.PrefersCompetitorsOffers
                ? new LadderQuestionRule(q.Question, SignalDirection.Raises, 1)
                : new LadderQuestionRule(q.Question, q.Direction, 0)).ToArray();
            var model = Model with
            {
                Questions = rules,
                Indicators = Model.Indicators.Select(i => new LadderIndicatorRule(i.Indicator, 0, i.WorstValue, i.BestValue)).ToArray(),
                Ceilings = [],
                Contradictions = [],
                Rung2From = t2,
                Rung3From = t3,
                Rung4From = t4,
            };
            Assert.Empty(model.Validate());
            foreach (var answer in new[] { AnswerFrequency.Never, AnswerFrequency.Rarely, AnswerFrequency.Sometimes, AnswerFrequency.Often, AnswerFrequency.Always })
            {
                var u = ((int)answer - 1) / 4.0;
                var p = LadderPositioner.Position(LadderAnswers.Unknown.With(LadderSignal.PrefersCompetitorsOffers, answer), model: model);
                var expected = Interpolate(u, t2, t3, t4);
                Assert.Equal(expected, p.Position, 9);
                Assert.Equal((LadderLevel)Math.Min(4, (int)Math.Floor(expected)), p.Level);
            }
        }
    }

    [Property]
    public bool Each_answered_question_is_a_reason_that_raises_or_lowers_with_its_documented_strength(LadderAnswers answers)
    {
        var p = LadderPositioner.Position(answers);
        var (known, _) = Weighted(answers);
        var evidence = p.Reasons.Where(r => r.Kind is LadderReasonKind.Raises or LadderReasonKind.Lowers).ToList();
        var expected = new List<(LadderSignal Signal, LadderReasonKind Kind, double Strength)>();
        foreach (var rule in Model.Questions)
        {
            var answer = answers.Get(rule.Question);
            if (answer != AnswerFrequency.Unknown && rule.Weight > 0)
            {
                var u = U(rule, answer);
                expected.Add((rule.Question, u >= 0.5 ? LadderReasonKind.Raises : LadderReasonKind.Lowers, Math.Min(1, rule.Weight * Math.Abs(u - 0.5) / known)));
            }
        }

        var ordered = expected.OrderByDescending(e => e.Strength).ThenBy(e => e.Signal).ToList();
        return evidence.Count == ordered.Count
            && evidence.Zip(ordered).All(x => x.First.Signal == x.Second.Signal && x.First.Kind == x.Second.Kind
                && Math.Abs(x.First.Strength - x.Second.Strength) < 1e-12
                && x.First.Text.EndsWith(x.Second.Kind == LadderReasonKind.Raises ? " (raises you)." : " (lowers you).", StringComparison.Ordinal));
    }

    [Property]
    public bool Each_unknown_signal_is_a_reason_with_its_share_of_the_total_weight(LadderAnswers answers)
    {
        var p = LadderPositioner.Position(answers);
        var total = Model.Questions.Sum(q => q.Weight) + Model.Indicators.Sum(i => i.Weight);
        var unknowns = p.Reasons.Where(r => r.Kind == LadderReasonKind.Unknown).ToList();
        var expected = Model.Questions.Where(q => q.Weight > 0 && answers.Get(q.Question) == AnswerFrequency.Unknown)
            .Select(q => (q.Question, q.Weight, Text: "Not answered: "))
            .Concat(Model.Indicators.Where(i => i.Weight > 0).Select(i => (Question: i.Indicator, i.Weight, Text: "Not measured: ")))
            .OrderBy(e => e.Question)
            .ToList();
        return unknowns.Count == expected.Count
            && unknowns.Zip(expected).All(x => x.First.Signal == x.Second.Question
                && Math.Abs(x.First.Strength - Math.Min(1, x.Second.Weight / total)) < 1e-12
                && x.First.Text.StartsWith(x.Second.Text, StringComparison.Ordinal));
    }

    [Property]
    public bool Contradictions_come_after_the_evidence_strongest_first(LadderAnswers answers)
    {
        var reasons = LadderPositioner.Position(answers).Reasons;
        var contradictions = reasons.Where(r => r.Kind == LadderReasonKind.Contradiction).ToList();
        var all = reasons.ToList();
        var lastEvidence = all.FindLastIndex(r => r.Kind is LadderReasonKind.Raises or LadderReasonKind.Lowers);
        var firstContradiction = all.FindIndex(r => r.Kind == LadderReasonKind.Contradiction);
        return contradictions.Zip(contradictions.Skip(1)).All(x => x.First.Strength > x.Second.Strength
                || (x.First.Strength == x.Second.Strength && x.First.Signal <= x.Second.Signal))
            && (firstContradiction < 0 || firstContradiction > lastEvidence);
    }

    [Property]
    public bool The_explanation_names_the_next_rung_below_the_top_and_the_top_rung_at_the_top(LadderAnswers answers)
    {
        var p = LadderPositioner.Position(answers);
        if (p.Ceiling is { } c && c == p.Level && p.Score >= 1)
        {
            return p.Explanation.Contains("held at this rung by a ceiling", StringComparison.Ordinal);
        }

        return p.Level == LadderLevel.BusinessPartner
            ? p.Explanation.Contains("of the way up the top rung", StringComparison.Ordinal)
            : p.Explanation.Contains("of the way to rung " + ((int)p.Level + 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Models_that_differ_in_any_one_setting_are_not_equal()
    {
        var first = Model.Questions[0];
        var variants = new[]
        {
            Model with { Questions = Model.Questions.Select(q => q == first ? new LadderQuestionRule(q.Question, q.Direction, q.Weight + 1) : q).ToArray() },
            Model with { Indicators = Model.Indicators.Select((i, n) => n == 0 ? new LadderIndicatorRule(i.Indicator, i.Weight + 1, i.WorstValue, i.BestValue) : i).ToArray() },
            Model with { Contradictions = Model.Contradictions.Skip(1).ToArray() },
            Model with { Ceilings = Model.Ceilings.Skip(1).ToArray() },
            Model with { Rung2From = Model.Rung2From / 2 },
            Model with { Rung3From = (Model.Rung2From + Model.Rung3From) / 2 },
            Model with { Rung4From = (Model.Rung4From + 1) / 2 },
        };
        foreach (var variant in variants)
        {
            Assert.NotEqual(Model, variant);
            Assert.False(Model.Equals(variant));
        }

        var copy = Model with { Questions = Model.Questions.ToArray() };
        Assert.Equal(Model, copy);
        Assert.Equal(Model.GetHashCode(), copy.GetHashCode());
    }
}
