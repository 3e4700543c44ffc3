using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Core.Ladder;

/// <summary>The scoring of <see cref="LadderScoringModel"/> (documented there), on favourability arrays.</summary>
internal static class LadderScorer
{
    /// <summary>Fills <paramref name="u"/> (12 entries) with each signal's favourability, NaN when unknown.</summary>
    internal static void Favourabilities(LadderScoringModel model, LadderAnswers answers, LadderIndicators? indicators, double[] u)
    {
        for (var q = 0; q < LadderTexts.QuestionCount; q++)
        {
            u[q] = Favourability(model.Directions[q], answers.Get((LadderSignal)(q + 1)));
        }

        for (var i = LadderTexts.QuestionCount; i < LadderTexts.SignalCount; i++)
        {
            var value = indicators?.Get((LadderSignal)(i + 1));
            u[i] = value is { } v ? model.IndicatorRules[i - LadderTexts.QuestionCount].Favourability(v) : double.NaN;
        }
    }

    internal static double Favourability(SignalDirection direction, AnswerFrequency answer)
    {
        if (answer == AnswerFrequency.Unknown)
        {
            return double.NaN;
        }

        var fraction = ((int)answer - 1) / 4.0;
        return direction == SignalDirection.Raises ? fraction : 1 - fraction;
    }

    internal static LadderScore Evaluate(LadderScoringModel model, double[] u)
    {
        var weights = model.Weights;
        double known = 0, sum = 0;
        for (var k = 0; k < LadderTexts.SignalCount; k++)
        {
            if (!double.IsNaN(u[k]) && weights[k] > 0)
            {
                known += weights[k];
                sum += weights[k] * u[k];
            }
        }

        if (!(known > 0))
        {
            return new LadderScore(1, 0, 0, 0, 0, 4);
        }

        var favourability = Math.Min(1, Math.Max(0, sum / known));
        var position = Map(model, favourability);
        var ceiling = 4;
        foreach (var c in model.Ceilings)
        {
            var uc = u[(int)c.Signal - 1];
            if (!double.IsNaN(uc) && uc <= c.AtOrBelow && (int)c.MaxLevel < ceiling)
            {
                ceiling = (int)c.MaxLevel;
            }
        }

        int level;
        double score;
        if (position >= ceiling + 1)
        {
            level = ceiling;
            score = 1;
        }
        else
        {
            level = (int)Math.Floor(position);
            score = Math.Min(1, Math.Max(0, position - level));
        }

        var cost = ContradictionCost(model, u);
        var total = model.TotalWeight;
        var confidence = Math.Min(1, Math.Max(0, (known - cost) / total));
        return new LadderScore(level, score, favourability, confidence, Math.Min(1, known / total), ceiling);
    }

    internal static double Map(LadderScoringModel model, double u)
    {
        double t2 = model.Rung2From, t3 = model.Rung3From, t4 = model.Rung4From;
        return u < t2 ? 1 + (u / t2)
            : u < t3 ? 2 + ((u - t2) / (t3 - t2))
            : u < t4 ? 3 + ((u - t3) / (t4 - t3))
            : Math.Min(5, 4 + ((u - t4) / (1 - t4)));
    }

    internal static double ContradictionCost(LadderScoringModel model, double[] u)
    {
        double cost = 0;
        foreach (var pair in model.Contradictions)
        {
            cost += PairCost(model, pair, u);
        }

        return cost;
    }

    internal static double PairCost(LadderScoringModel model, LadderContradiction pair, double[] u)
    {
        int a = (int)pair.First - 1, b = (int)pair.Second - 1;
        if (double.IsNaN(u[a]) || double.IsNaN(u[b]) || !(model.Weights[a] > 0) || !(model.Weights[b] > 0))
        {
            return 0;
        }

        return pair.Severity * pair.Strength(u[a], u[b]) * Math.Min(model.Weights[a], model.Weights[b]);
    }

    internal static LadderPosition Explain(LadderScoringModel model, LadderAnswers answers, LadderIndicators? indicators, double[] u, LadderScore score)
    {
        var reasons = new List<LadderReason>();
        var total = model.TotalWeight;
        var known = score.Coverage * total;

        foreach (var c in model.Ceilings.OrderBy(c => c.MaxLevel).ThenBy(c => c.Signal))
        {
            var k = (int)c.Signal - 1;
            if (!double.IsNaN(u[k]) && u[k] <= c.AtOrBelow && c.MaxLevel < LadderLevel.BusinessPartner)
            {
                reasons.Add(new LadderReason(
                    LadderReasonKind.Ceiling,
                    c.Signal,
                    (4 - (int)c.MaxLevel) / 3.0,
                    Wording.Capitalise(Observed(c.Signal, answers, indicators)) + ": this holds you at " + PerceptionLadder.Rung(c.MaxLevel) + " at most."));
            }
        }

        var evidence = new List<LadderReason>();
        for (var k = 0; k < LadderTexts.SignalCount; k++)
        {
            var signal = (LadderSignal)(k + 1);
            if (!double.IsNaN(u[k]) && model.Weights[k] > 0)
            {
                var raises = u[k] >= 0.5;
                evidence.Add(new LadderReason(
                    raises ? LadderReasonKind.Raises : LadderReasonKind.Lowers,
                    signal,
                    Math.Min(1, model.Weights[k] * Math.Abs(u[k] - 0.5) / known),
                    Wording.Capitalise(Observed(signal, answers, indicators)) + (raises ? " (raises you)." : " (lowers you).")));
            }
        }

        reasons.AddRange(evidence.OrderByDescending(r => r.Strength).ThenBy(r => r.Signal));

        var contradictions = new List<LadderReason>();
        foreach (var pair in model.Contradictions)
        {
            var cost = PairCost(model, pair, u);
            if (cost > 0)
            {
                contradictions.Add(new LadderReason(
                    LadderReasonKind.Contradiction,
                    pair.First,
                    Math.Min(1, cost / total),
                    "The signals contradict each other: " + Observed(pair.First, answers, indicators) + ", yet "
                    + Observed(pair.Second, answers, indicators) + "; the position is less certain."));
            }
        }

        reasons.AddRange(contradictions.OrderByDescending(r => r.Strength).ThenBy(r => r.Signal));

        for (var k = 0; k < LadderTexts.SignalCount; k++)
        {
            if (double.IsNaN(u[k]) && model.Weights[k] > 0)
            {
                var signal = (LadderSignal)(k + 1);
                reasons.Add(new LadderReason(
                    LadderReasonKind.Unknown,
                    signal,
                    Math.Min(1, model.Weights[k] / total),
                    k < LadderTexts.QuestionCount
                        ? "Not answered: " + LadderTexts.Questions[k] + " The position is less certain."
                        : "Not measured: " + LadderTexts.Labels[k] + ". The position is less certain."));
            }
        }

        return new LadderPosition(
            (LadderLevel)score.Level,
            score.Score,
            score.Favourability,
            score.Confidence,
            score.Coverage,
            reasons,
            score.Ceiling < 4 ? (LadderLevel)score.Ceiling : null);
    }

    /// <summary>"the client prefers competitors' goods or services: often" or "share of wallet: 30%".</summary>
    internal static string Observed(LadderSignal signal, LadderAnswers answers, LadderIndicators? indicators)
    {
        var k = (int)signal - 1;
        if (k < LadderTexts.QuestionCount)
        {
            return LadderTexts.Labels[k] + ": " + LadderTexts.Frequency(answers.Get(signal));
        }

        var value = indicators?.Get(signal);
        return LadderTexts.Labels[k] + ": " + (value is { } v ? LadderTexts.Value(signal, v) : "not measured");
    }
}
