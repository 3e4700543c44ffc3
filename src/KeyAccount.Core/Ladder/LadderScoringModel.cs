using System;
using System.Collections.Generic;
using System.Linq;

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
/// The model is an immutable record whose every setting is optional: <c>new LadderScoringModel()</c>
/// is <see cref="Default"/>, and a JSON model may give any subset of its settings. Change it with
/// <c>with</c> (<c>LadderScoringModel.Default with { Rung4From = 0.8 }</c>). The constructor never
/// throws; <see cref="Validate"/> (or <see cref="LadderValidator.Validate(LadderScoringModel)"/>)
/// reports what is not usable with the codes <c>KAL1xx</c>, and the positioning throws
/// <see cref="ArgumentException"/> for a model with errors. The numbers of <see cref="Default"/> are
/// the library's own model, not the method's: <c>docs/ladder.md</c> gives the reasoning for each
/// and how to calibrate them on your own answered questionnaires.
/// </para>
/// </remarks>
public sealed record LadderScoringModel
{
    private static readonly IReadOnlyList<LadderQuestionRule> DefaultQuestions =
    [
        new(LadderSignal.NeedsYouAsMuchAsYouNeedIt, SignalDirection.Raises, 1.5),
        new(LadderSignal.MakesAgreementsWithCompetitors, SignalDirection.Lowers, 1.0),
        new(LadderSignal.LikesToDiscussBusinessProblems, SignalDirection.Raises, 1.5),
        new(LadderSignal.PrefersCompetitorsOffers, SignalDirection.Lowers, 1.0),
        new(LadderSignal.DrivesYouUpTheWall, SignalDirection.Lowers, 0.5),
        new(LadderSignal.PutsOffPlannedVisits, SignalDirection.Lowers, 1.0),
    ];

    private static readonly IReadOnlyList<LadderIndicatorRule> DefaultIndicators =
    [
        new(LadderSignal.DealsLostOnPrice, 0.75, 0.8, 0.0),
        new(LadderSignal.DiscountDemanded, 0.5, 0.2, 0.0),
        new(LadderSignal.ShareOfWallet, 0.75, 0.1, 0.8),
        new(LadderSignal.TenureYears, 0.25, 0.0, 10.0),
        new(LadderSignal.Retention, 0.5, 0.5, 1.0),
        new(LadderSignal.AdviceTakenUp, 0.75, 0.0, 0.8),
    ];

    private static readonly IReadOnlyList<LadderContradiction> DefaultContradictions =
    [
        new(LadderSignal.LikesToDiscussBusinessProblems, LadderSignal.PrefersCompetitorsOffers, 0.45, 0.25),
        new(LadderSignal.NeedsYouAsMuchAsYouNeedIt, LadderSignal.MakesAgreementsWithCompetitors, 0.45, 0.25),
        new(LadderSignal.LikesToDiscussBusinessProblems, LadderSignal.PutsOffPlannedVisits, 0.45, 0.25),
        new(LadderSignal.PrefersCompetitorsOffers, LadderSignal.ShareOfWallet, 0.45, 0.25),
        new(LadderSignal.DealsLostOnPrice, LadderSignal.DiscountDemanded, 0.45, 0.25),
        new(LadderSignal.NeedsYouAsMuchAsYouNeedIt, LadderSignal.AdviceTakenUp, 0.45, 0.25),
        new(LadderSignal.DrivesYouUpTheWall, LadderSignal.PutsOffPlannedVisits, 0.25, 0.25),
        new(LadderSignal.DrivesYouUpTheWall, LadderSignal.Retention, 0.25, 0.25),
    ];

    private static readonly IReadOnlyList<LadderCeiling> DefaultCeilings =
    [
        new(LadderSignal.PrefersCompetitorsOffers, 0.25, LadderLevel.Provider),
        new(LadderSignal.LikesToDiscussBusinessProblems, 0.25, LadderLevel.Provider),
        new(LadderSignal.DealsLostOnPrice, 0.25, LadderLevel.Provider),
        new(LadderSignal.MakesAgreementsWithCompetitors, 0.25, LadderLevel.ValueAdder),
        new(LadderSignal.AdviceTakenUp, 0.25, LadderLevel.ValueAdder),
    ];

    private readonly IReadOnlyList<LadderQuestionRule> _questions;
    private readonly IReadOnlyList<LadderIndicatorRule> _indicators;
    private readonly IReadOnlyList<LadderContradiction> _contradictions;
    private readonly IReadOnlyList<LadderCeiling> _ceilings;
    private readonly double _rung2From;
    private readonly double _rung3From;
    private readonly double _rung4From;

    // Built on first use from the settings above; every init accessor drops it, so a copy made
    // with `with` never reads the tables of the model it was copied from.
    private Tables? _tables;

    /// <summary>
    /// Creates a model; every setting is optional and defaults to <see cref="Default"/>'s, so
    /// <c>new LadderScoringModel()</c> is the default model. Never throws: see <see cref="Validate"/>.
    /// </summary>
    /// <param name="questions">One rule for each of the six questions, in any order; null for the default rules.</param>
    /// <param name="indicators">One rule for each of the six indicators, in any order; null for the default rules.</param>
    /// <param name="contradictions">Pairs of signals that should agree; null for the default pairs, empty for none.</param>
    /// <param name="ceilings">Ceilings; null for the default ceilings, empty for none.</param>
    /// <param name="rung2From">The favourability where rung 2 starts; 0 &lt; rung2From &lt; rung3From. Default 0.25.</param>
    /// <param name="rung3From">The favourability where rung 3 starts; rung3From &lt; rung4From. Default 0.5.</param>
    /// <param name="rung4From">The favourability where rung 4 starts; below 1. Default 0.75.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public LadderScoringModel(
        IReadOnlyList<LadderQuestionRule>? questions = null,
        IReadOnlyList<LadderIndicatorRule>? indicators = null,
        IReadOnlyList<LadderContradiction>? contradictions = null,
        IReadOnlyList<LadderCeiling>? ceilings = null,
        double rung2From = 0.25,
        double rung3From = 0.5,
        double rung4From = 0.75)
    {
        _questions = Copy(questions, DefaultQuestions);
        _indicators = Copy(indicators, DefaultIndicators);
        _contradictions = Copy(contradictions, DefaultContradictions);
        _ceilings = Copy(ceilings, DefaultCeilings);
        _rung2From = rung2From;
        _rung3From = rung3From;
        _rung4From = rung4From;
    }

    /// <summary>
    /// The library's default model: question weights 1.5 for "needs you as much as you need it" and
    /// "likes to discuss business problems", 1 for the competitor and visit questions, 0.5 for
    /// "drives you up the wall"; indicators (weight, worst, best): deals lost on price (0.75, 0.8, 0),
    /// discount demanded (0.5, 0.2, 0), share of wallet (0.75, 0.1, 0.8), tenure (0.25, 0, 10 years),
    /// retention (0.5, 0.5, 1), advice taken up (0.75, 0, 0.8); total weight 10; rungs start at 0.25,
    /// 0.5 and 0.75; five ceilings and eight contradiction pairs (every question takes part in at
    /// least one), as documented with their reasons in docs/ladder.md.
    /// </summary>
    public static LadderScoringModel Default { get; } = new();

    /// <summary>One rule per question (six).</summary>
    public IReadOnlyList<LadderQuestionRule> Questions { get => _questions; init { _questions = Copy(value, DefaultQuestions); _tables = null; } }

    /// <summary>One rule per indicator (six).</summary>
    public IReadOnlyList<LadderIndicatorRule> Indicators { get => _indicators; init { _indicators = Copy(value, DefaultIndicators); _tables = null; } }

    /// <summary>Pairs of signals that should agree.</summary>
    public IReadOnlyList<LadderContradiction> Contradictions { get => _contradictions; init { _contradictions = Copy(value, DefaultContradictions); _tables = null; } }

    /// <summary>Ceilings that hold you below a rung.</summary>
    public IReadOnlyList<LadderCeiling> Ceilings { get => _ceilings; init { _ceilings = Copy(value, DefaultCeilings); _tables = null; } }

    /// <summary>The favourability where rung 2 starts (default 0.25).</summary>
    public double Rung2From { get => _rung2From; init { _rung2From = value; _tables = null; } }

    /// <summary>The favourability where rung 3 starts (default 0.5).</summary>
    public double Rung3From { get => _rung3From; init { _rung3From = value; _tables = null; } }

    /// <summary>The favourability where rung 4 starts (default 0.75).</summary>
    public double Rung4From { get => _rung4From; init { _rung4From = value; _tables = null; } }

    /// <summary>The weight of every signal, indexed by signal - 1.</summary>
    internal double[] Weights => Built().Weights;

    /// <summary>Question directions, indexed by question - 1.</summary>
    internal SignalDirection[] Directions => Built().Directions;

    /// <summary>Indicator rules, indexed by indicator - 7.</summary>
    internal LadderIndicatorRule[] IndicatorRules => Built().IndicatorRules;

    /// <summary>The total weight of all twelve signals, positive.</summary>
    internal double TotalWeight => Built().TotalWeight;

    /// <summary>Checks the settings and their consistency.</summary>
    /// <returns>The diagnostics (codes <c>KAL101</c>..<c>KAL111</c>, paths relative to the model such as <c>questions[2].weight</c>), in the shared order; empty when the model is usable.</returns>
    public IReadOnlyList<Diagnostic> Validate() => LadderValidator.Validate(this);

    /// <summary>A copy with the rule of one question replaced.</summary>
    /// <param name="rule">The new rule for <see cref="LadderQuestionRule.Question"/>.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The changed model has errors (for example all weights 0).</exception>
    [Obsolete("Use `model with { Questions = ... }` and LadderScoringModel.Validate(); this forwarder is removed in the next release.")]
    public LadderScoringModel WithQuestion(LadderQuestionRule rule)
    {
        Require.NotNull(rule, nameof(rule));
        return Checked(this with { Questions = Questions.Select(q => q.Question == rule.Question ? rule : q).ToArray() }, nameof(rule));
    }

    /// <summary>A copy with the rule of one indicator replaced.</summary>
    /// <param name="rule">The new rule for <see cref="LadderIndicatorRule.Indicator"/>.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The changed model has errors (for example all weights 0).</exception>
    [Obsolete("Use `model with { Indicators = ... }` and LadderScoringModel.Validate(); this forwarder is removed in the next release.")]
    public LadderScoringModel WithIndicator(LadderIndicatorRule rule)
    {
        Require.NotNull(rule, nameof(rule));
        return Checked(this with { Indicators = Indicators.Select(q => q.Indicator == rule.Indicator ? rule : q).ToArray() }, nameof(rule));
    }

    /// <summary>A copy with other rung thresholds.</summary>
    /// <param name="rung2From">The favourability where rung 2 starts.</param>
    /// <param name="rung3From">The favourability where rung 3 starts.</param>
    /// <param name="rung4From">The favourability where rung 4 starts.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ArgumentException">The thresholds are not increasing within (0, 1).</exception>
    [Obsolete("Use `model with { Rung2From = ..., Rung3From = ..., Rung4From = ... }` and LadderScoringModel.Validate(); this forwarder is removed in the next release.")]
    public LadderScoringModel WithThresholds(double rung2From, double rung3From, double rung4From) =>
        Checked(this with { Rung2From = rung2From, Rung3From = rung3From, Rung4From = rung4From }, "rung2From");

    /// <summary>True when both models have the same settings (lists compared element by element).</summary>
    /// <param name="other">The other model.</param>
    /// <returns>Whether the settings are equal.</returns>
    public bool Equals(LadderScoringModel? other) =>
        other is not null
        && _questions.SequenceEqual(other._questions)
        && _indicators.SequenceEqual(other._indicators)
        && _contradictions.SequenceEqual(other._contradictions)
        && _ceilings.SequenceEqual(other._ceilings)
        && _rung2From.Equals(other._rung2From)
        && _rung3From.Equals(other._rung3From)
        && _rung4From.Equals(other._rung4From);

    /// <summary>A hash of the settings, consistent with <see cref="Equals(LadderScoringModel?)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        // Wrapping arithmetic: the build checks overflow, and a hash is meant to overflow.
        unchecked
        {
            var hash = (_rung2From.GetHashCode() * 31) + _rung3From.GetHashCode();
            hash = (hash * 31) + _rung4From.GetHashCode();
            foreach (var q in _questions)
            {
                hash = (hash * 31) + q.GetHashCode();
            }

            return (hash * 31) + _indicators.Count + _contradictions.Count + _ceilings.Count;
        }
    }

    /// <summary>Throws when the model has errors; used by the analyses (the check runs once per model).</summary>
    internal void EnsureValid(string parameterName)
    {
        if (Built().Errors is { } errors)
        {
            Require.Valid(errors, parameterName, "ladder scoring model");
        }
    }

    private static LadderScoringModel Checked(LadderScoringModel model, string parameterName)
    {
        model.EnsureValid(parameterName);
        return model;
    }

    private static IReadOnlyList<T> Copy<T>(IReadOnlyList<T>? items, IReadOnlyList<T> fallback)
        where T : class
        => items is null ? fallback : Require.Items(items, "items");

    private Tables Built() => _tables ??= Tables.Build(this);

    /// <summary>The lookup tables of a model, and its errors when it has any.</summary>
    private sealed class Tables
    {
        public double[] Weights { get; private set; } = [];

        public SignalDirection[] Directions { get; private set; } = [];

        public LadderIndicatorRule[] IndicatorRules { get; private set; } = [];

        public double TotalWeight { get; private set; }

        public IReadOnlyList<Diagnostic>? Errors { get; private set; }

        public static Tables Build(LadderScoringModel model)
        {
            var diagnostics = LadderValidator.Validate(model);
            if (diagnostics.HasErrors())
            {
                return new Tables { Errors = diagnostics };
            }

            var weights = new double[LadderTexts.SignalCount];
            var directions = new SignalDirection[LadderTexts.QuestionCount];
            var indicatorRules = new LadderIndicatorRule[LadderTexts.SignalCount - LadderTexts.QuestionCount];
            foreach (var rule in model.Questions)
            {
                weights[(int)rule.Question - 1] = rule.Weight;
                directions[(int)rule.Question - 1] = rule.Direction;
            }

            foreach (var rule in model.Indicators)
            {
                weights[(int)rule.Indicator - 1] = rule.Weight;
                indicatorRules[(int)rule.Indicator - 1 - LadderTexts.QuestionCount] = rule;
            }

            return new Tables { Weights = weights, Directions = directions, IndicatorRules = indicatorRules, TotalWeight = weights.Sum() };
        }
    }
}
