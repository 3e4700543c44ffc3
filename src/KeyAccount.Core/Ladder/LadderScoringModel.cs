using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// The explicit, configurable model that turns answers and indicators into a ladder position:
/// directions and weights of the six questions, the reading of the six indicators, the rung
/// thresholds, the ceilings and the contradiction pairs. <see cref="Default"/> holds the defaults.
/// </summary>
/// <remarks>
/// <para>
/// <b>Favourability.</b> Every known signal gets a favourability u in 0..1 (see
/// <see cref="LadderQuestionRule"/> and <see cref="LadderIndicatorRule"/>). The overall
/// favourability U is the weighted mean of the known signals' u; unknown signals are left out.
/// </para>
/// <para>
/// <b>Level and score.</b> U is mapped piecewise-linearly onto the ladder position P in 1..5: U in
/// [0, <see cref="Rung2From"/>) is rung 1, [<see cref="Rung2From"/>, <see cref="Rung3From"/>) rung 2,
/// [<see cref="Rung3From"/>, <see cref="Rung4From"/>) rung 3 and [<see cref="Rung4From"/>, 1] rung 4,
/// each rung spanning one unit of P. The applying <see cref="Ceilings"/> cap P at the lowest
/// ceiling's level + 1. The level is the whole part of P (at most 4) and the score within the level
/// is the fraction, 0..1: how far you have come towards the next rung (at a ceiling, 1).
/// With nothing known the position is rung 1, score 0, confidence 0.
/// </para>
/// <para>
/// <b>Confidence.</b> <c>(K - C) / T</c>, 0..1, where T is the total weight of all twelve signals,
/// K the weight of the known ones and C the cost of the <see cref="Contradictions"/> (see
/// <see cref="LadderContradiction"/>). It falls with every unknown answer of positive weight and
/// with every contradiction. The model requires, for every signal, that the severities of the
/// pairs it belongs to sum to less than 1; that guarantees that making a known answer unknown
/// always lowers the confidence even when it removes a contradiction.
/// </para>
/// <para>
/// The model is immutable; build a changed one with <see cref="WithQuestion"/>,
/// <see cref="WithIndicator"/>, <see cref="WithThresholds"/> or the constructor (each result is
/// validated again). It travels as JSON.
/// </para>
/// </remarks>
public sealed class LadderScoringModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="questions">One rule for each of the six questions, in any order.</param>
    /// <param name="indicators">One rule for each of the six indicators, in any order.</param>
    /// <param name="contradictions">Pairs of signals that should agree; may be empty.</param>
    /// <param name="ceilings">Ceilings; may be empty.</param>
    /// <param name="rung2From">The favourability where rung 2 starts; 0 &lt; rung2From &lt; rung3From.</param>
    /// <param name="rung3From">The favourability where rung 3 starts; rung3From &lt; rung4From.</param>
    /// <param name="rung4From">The favourability where rung 4 starts; below 1.</param>
    /// <exception cref="ArgumentNullException">A list or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A question or indicator is missing or repeated, all weights are 0, the thresholds are not increasing within (0, 1), or a signal's contradiction severities sum to 1 or more.</exception>
    public LadderScoringModel(
        IReadOnlyList<LadderQuestionRule> questions,
        IReadOnlyList<LadderIndicatorRule> indicators,
        IReadOnlyList<LadderContradiction> contradictions,
        IReadOnlyList<LadderCeiling> ceilings,
        double rung2From,
        double rung3From,
        double rung4From)
    {
        Questions = Guard.Against.Null(questions, nameof(questions)).ToArray();
        Indicators = Guard.Against.Null(indicators, nameof(indicators)).ToArray();
        Contradictions = Guard.Against.Null(contradictions, nameof(contradictions)).ToArray();
        Ceilings = Guard.Against.Null(ceilings, nameof(ceilings)).ToArray();
        Rung2From = rung2From;
        Rung3From = rung3From;
        Rung4From = rung4From;
        Validate();
    }

    /// <summary>
    /// The defaults: question weights 1.5 for "needs you as much as you need it" and "likes to
    /// discuss business problems", 1 for the competitor and visit questions, 0.5 for "drives you
    /// up the wall"; indicators (weight, worst, best): deals lost on price (0.75, 0.8, 0), discount
    /// demanded (0.5, 0.2, 0), share of wallet (0.75, 0.1, 0.8), tenure (0.25, 0, 10 years),
    /// retention (0.5, 0.5, 1), advice taken up (0.75, 0, 0.8); total weight 10; rungs start at
    /// 0.25, 0.5 and 0.75; five ceilings and six contradiction pairs as documented in docs/ladder.md.
    /// </summary>
    public static LadderScoringModel Default { get; } = new(
        [
            new(LadderSignal.NeedsYouAsMuchAsYouNeedIt, SignalDirection.Raises, 1.5),
            new(LadderSignal.MakesAgreementsWithCompetitors, SignalDirection.Lowers, 1.0),
            new(LadderSignal.LikesToDiscussBusinessProblems, SignalDirection.Raises, 1.5),
            new(LadderSignal.PrefersCompetitorsOffers, SignalDirection.Lowers, 1.0),
            new(LadderSignal.DrivesYouUpTheWall, SignalDirection.Lowers, 0.5),
            new(LadderSignal.PutsOffPlannedVisits, SignalDirection.Lowers, 1.0),
        ],
        [
            new(LadderSignal.DealsLostOnPrice, 0.75, 0.8, 0.0),
            new(LadderSignal.DiscountDemanded, 0.5, 0.2, 0.0),
            new(LadderSignal.ShareOfWallet, 0.75, 0.1, 0.8),
            new(LadderSignal.TenureYears, 0.25, 0.0, 10.0),
            new(LadderSignal.Retention, 0.5, 0.5, 1.0),
            new(LadderSignal.AdviceTakenUp, 0.75, 0.0, 0.8),
        ],
        [
            new(LadderSignal.LikesToDiscussBusinessProblems, LadderSignal.PrefersCompetitorsOffers, 0.45, 0.25),
            new(LadderSignal.NeedsYouAsMuchAsYouNeedIt, LadderSignal.MakesAgreementsWithCompetitors, 0.45, 0.25),
            new(LadderSignal.LikesToDiscussBusinessProblems, LadderSignal.PutsOffPlannedVisits, 0.45, 0.25),
            new(LadderSignal.PrefersCompetitorsOffers, LadderSignal.ShareOfWallet, 0.45, 0.25),
            new(LadderSignal.DealsLostOnPrice, LadderSignal.DiscountDemanded, 0.45, 0.25),
            new(LadderSignal.NeedsYouAsMuchAsYouNeedIt, LadderSignal.AdviceTakenUp, 0.45, 0.25),
        ],
        [
            new(LadderSignal.PrefersCompetitorsOffers, 0.25, LadderLevel.Provider),
            new(LadderSignal.LikesToDiscussBusinessProblems, 0.25, LadderLevel.Provider),
            new(LadderSignal.DealsLostOnPrice, 0.25, LadderLevel.Provider),
            new(LadderSignal.MakesAgreementsWithCompetitors, 0.25, LadderLevel.ValueAdder),
            new(LadderSignal.AdviceTakenUp, 0.25, LadderLevel.ValueAdder),
        ],
        0.25,
        0.5,
        0.75);

    /// <summary>One rule per question (six).</summary>
    public IReadOnlyList<LadderQuestionRule> Questions { get; }

    /// <summary>One rule per indicator (six).</summary>
    public IReadOnlyList<LadderIndicatorRule> Indicators { get; }

    /// <summary>Pairs of signals that should agree.</summary>
    public IReadOnlyList<LadderContradiction> Contradictions { get; }

    /// <summary>Ceilings that hold you below a rung.</summary>
    public IReadOnlyList<LadderCeiling> Ceilings { get; }

    /// <summary>The favourability where rung 2 starts (default 0.25).</summary>
    public double Rung2From { get; }

    /// <summary>The favourability where rung 3 starts (default 0.5).</summary>
    public double Rung3From { get; }

    /// <summary>The favourability where rung 4 starts (default 0.75).</summary>
    public double Rung4From { get; }

    /// <summary>The weight of every signal, indexed by signal - 1.</summary>
    internal double[] Weights { get; private set; } = [];

    /// <summary>Question directions, indexed by question - 1.</summary>
    internal SignalDirection[] Directions { get; private set; } = [];

    /// <summary>Indicator rules, indexed by indicator - 7.</summary>
    internal LadderIndicatorRule[] IndicatorRules { get; private set; } = [];

    /// <summary>The total weight of all twelve signals, positive.</summary>
    internal double TotalWeight { get; private set; }

    /// <summary>A copy with the rule of one question replaced.</summary>
    /// <param name="rule">The new rule for <see cref="LadderQuestionRule.Question"/>.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The changed model is invalid (for example all weights 0).</exception>
    public LadderScoringModel WithQuestion(LadderQuestionRule rule)
    {
        Guard.Against.Null(rule, nameof(rule));
        return new(Questions.Select(q => q.Question == rule.Question ? rule : q).ToArray(), Indicators, Contradictions, Ceilings, Rung2From, Rung3From, Rung4From);
    }

    /// <summary>A copy with the rule of one indicator replaced.</summary>
    /// <param name="rule">The new rule for <see cref="LadderIndicatorRule.Indicator"/>.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The changed model is invalid (for example all weights 0).</exception>
    public LadderScoringModel WithIndicator(LadderIndicatorRule rule)
    {
        Guard.Against.Null(rule, nameof(rule));
        return new(Questions, Indicators.Select(q => q.Indicator == rule.Indicator ? rule : q).ToArray(), Contradictions, Ceilings, Rung2From, Rung3From, Rung4From);
    }

    /// <summary>A copy with other rung thresholds.</summary>
    /// <param name="rung2From">The favourability where rung 2 starts.</param>
    /// <param name="rung3From">The favourability where rung 3 starts.</param>
    /// <param name="rung4From">The favourability where rung 4 starts.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ArgumentException">The thresholds are not increasing within (0, 1).</exception>
    public LadderScoringModel WithThresholds(double rung2From, double rung3From, double rung4From) =>
        new(Questions, Indicators, Contradictions, Ceilings, rung2From, rung3From, rung4From);

    internal static double RequireWeight(double weight, string name)
    {
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(name, weight, $"{name} must be finite and 0 or more, but is {weight}.");
        }

        return weight;
    }

    internal static double RequireFinite(double value, string name)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite, but is {value}.");
        }

        return value;
    }

    internal static double RequireFraction(double value, string name)
    {
        if (!(value >= 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be 0 or more and below 1, but is {value}.");
        }

        return value;
    }

    /// <summary>Checks the whole model and builds the lookup tables.</summary>
    private void Validate()
    {
        var weights = new double[LadderTexts.SignalCount];
        var seen = new bool[LadderTexts.SignalCount];
        var directions = new SignalDirection[LadderTexts.QuestionCount];
        var indicatorRules = new LadderIndicatorRule[LadderTexts.SignalCount - LadderTexts.QuestionCount];
        for (var i = 0; i < Questions.Count; i++)
        {
            var rule = Questions[i] ?? throw new ArgumentNullException("questions", $"questions[{i}] is null.");
            var k = (int)rule.Question - 1;
            if (seen[k])
            {
                throw new ArgumentException($"questions[{i}] repeats the question {rule.Question}.", "questions");
            }

            seen[k] = true;
            weights[k] = rule.Weight;
            directions[k] = rule.Direction;
        }

        for (var i = 0; i < Indicators.Count; i++)
        {
            var rule = Indicators[i] ?? throw new ArgumentNullException("indicators", $"indicators[{i}] is null.");
            var k = (int)rule.Indicator - 1;
            if (seen[k])
            {
                throw new ArgumentException($"indicators[{i}] repeats the indicator {rule.Indicator}.", "indicators");
            }

            seen[k] = true;
            weights[k] = rule.Weight;
            indicatorRules[k - LadderTexts.QuestionCount] = rule;
        }

        var missing = Enumerable.Range(0, LadderTexts.SignalCount).Where(k => !seen[k]).Select(k => ((LadderSignal)(k + 1)).ToString()).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The model has no rule for {string.Join(", ", missing)}; it needs one rule for each of the six questions and six indicators.", "questions");
        }

        var total = weights.Sum();
        if (!(total > 0))
        {
            throw new ArgumentException("At least one question or indicator must have a positive weight.", "questions");
        }

        if (!(Rung2From > 0 && Rung2From < Rung3From && Rung3From < Rung4From && Rung4From < 1))
        {
            throw new ArgumentException($"The rung thresholds must satisfy 0 < rung2From < rung3From < rung4From < 1, but are {Rung2From}, {Rung3From}, {Rung4From}.", "rung2From");
        }

        var severity = new double[LadderTexts.SignalCount];
        for (var i = 0; i < Contradictions.Count; i++)
        {
            var pair = Contradictions[i] ?? throw new ArgumentNullException("contradictions", $"contradictions[{i}] is null.");
            severity[(int)pair.First - 1] += pair.Severity;
            severity[(int)pair.Second - 1] += pair.Severity;
        }

        for (var k = 0; k < severity.Length; k++)
        {
            if (severity[k] >= 1)
            {
                throw new ArgumentException($"The severities of the contradictions that involve {(LadderSignal)(k + 1)} sum to {severity[k]}; they must sum to less than 1.", "contradictions");
            }
        }

        for (var i = 0; i < Ceilings.Count; i++)
        {
            _ = Ceilings[i] ?? throw new ArgumentNullException("ceilings", $"ceilings[{i}] is null.");
        }

        Weights = weights;
        Directions = directions;
        IndicatorRules = indicatorRules;
        TotalWeight = total;
    }
}
