using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// Places clients' views of you (and of your competitors) on the perception ladder with one
/// <see cref="LadderScoringModel"/>: positions, perspectives, how to climb and portfolios.
/// </summary>
/// <remarks>
/// <para>
/// The entry points are static and take the model as an optional last argument
/// (<see cref="LadderScoringModel.Default"/> when null); they are thread-safe.
/// <see cref="Run"/> runs a user's <see cref="LadderAssessmentSet"/> and never throws for a defect
/// in it; the analyses throw <see cref="ArgumentException"/> (listing the diagnostics) when given
/// answers, indicators, a set or a model with errors.
/// </para>
/// <code>
/// var position = LadderPositioner.Position(new LadderAnswers
/// {
///     LikesToDiscussBusinessProblems = AnswerFrequency.Often,
///     PrefersCompetitorsOffers = AnswerFrequency.Rarely,
/// });
/// // position.Level == LadderLevel.ValueAdder, position.Explanation explains it
/// </code>
/// <para>
/// The instance members (<see cref="Default"/>, <see cref="Model"/> and the instance methods of the
/// same names) are the earlier shape of this API, forward to the static methods and are obsolete:
/// they are kept for one release.
/// </para>
/// </remarks>
public sealed class LadderPositioner
{
    private const double Epsilon = 1e-12;

    private readonly LadderScoringModel _model;

    /// <summary>Creates a positioner with a scoring model.</summary>
    /// <param name="model">The scoring model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    [Obsolete("Call the static methods of LadderPositioner with the model as their last argument; this constructor is removed in the next release.")]
    public LadderPositioner(LadderScoringModel model)
    {
        _model = Require.NotNull(model, nameof(model));
    }

    private LadderPositioner()
    {
        _model = LadderScoringModel.Default;
    }

    /// <summary>A positioner with <see cref="LadderScoringModel.Default"/>; superseded by the static methods (<c>LadderPositioner.Position(answers)</c>), which use that model when given none. Kept for one release.</summary>
    [Obsolete("Use the static methods instead: LadderPositioner.Position(answers), Perspectives, Climb, Portfolio or Run, with the LadderScoringModel as their last argument (the default model when null).")]
    public static LadderPositioner Default { get; } = new();

    /// <summary>The scoring model of this instance; superseded by the model argument of the static methods. Kept for one release.</summary>
    [Obsolete("Use the static methods of LadderPositioner instead and pass the LadderScoringModel as their last argument.")]
    public LadderScoringModel Model => _model;

    /// <summary>
    /// Runs an assessment set: validates it (and the model, under <c>model</c>) and, when no error
    /// stands in the way, places every client of it on the ladder. Never throws for a defect in the
    /// set or the model.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <param name="model">The scoring model; <see cref="LadderScoringModel.Default"/> when null.</param>
    /// <returns>The diagnostics and, when they hold no error, the portfolio and every client's perspectives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public static DocumentRun<LadderResult> Run(LadderAssessmentSet set, LadderScoringModel? model = null)
    {
        var diagnostics = LadderValidator.Validate(Require.NotNull(set, nameof(set)), model);
        if (diagnostics.HasErrors())
        {
            return new DocumentRun<LadderResult>(diagnostics, null);
        }

        model ??= LadderScoringModel.Default;
        var portfolio = Portfolio(set, keyClients: null, previous: null, model);
        var clients = new List<LadderPerspectives>(set.Assessments.Count);
        foreach (var assessment in set.Assessments)
        {
            clients.Add(Perspectives(assessment, model));
        }

        return new DocumentRun<LadderResult>(diagnostics, new LadderResult(portfolio, clients));
    }

    /// <summary>Places one view of a client on the ladder.</summary>
    /// <param name="answers">The answers to the six questions.</param>
    /// <param name="indicators">The observed indicators, or null for none.</param>
    /// <param name="model">The scoring model; <see cref="LadderScoringModel.Default"/> when null.</param>
    /// <returns>The level (1..4), score within it, confidence and reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">An answer is not a defined frequency, an indicator is out of its range, or the model has errors (the message lists the diagnostics).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload is static and the other an instance forwarder kept for one release; a call picks by its receiver (the type or an instance), never between the two.")]
    public static LadderPosition Position(LadderAnswers answers, LadderIndicators? indicators = null, LadderScoringModel? model = null)
    {
        model = Usable(model);
        RequireView(answers, indicators);
        var u = new double[LadderTexts.SignalCount];
        LadderScorer.Favourabilities(model, answers, indicators, u);
        return LadderScorer.Explain(model, answers, indicators, u, LadderScorer.Evaluate(model, u));
    }

    /// <summary>Places one view of a client on the ladder with this instance's model; superseded by the static <see cref="Position(LadderAnswers, LadderIndicators?, LadderScoringModel?)"/>.</summary>
    /// <param name="answers">The answers to the six questions.</param>
    /// <param name="indicators">The observed indicators, or null for none.</param>
    /// <returns>The level (1..4), score within it, confidence and reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">An answer is not a defined frequency or an indicator is out of its range.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload is static and the other an instance forwarder kept for one release; a call picks by its receiver (the type or an instance), never between the two.")]
    [Obsolete("Use the static LadderPositioner.Position(answers, indicators, model) instead.")]
    public LadderPosition Position(LadderAnswers answers, LadderIndicators? indicators = null) =>
        LadderPositioner.Position(answers, indicators, _model);

    /// <summary>Your own view against the client's view, and you ranked among the competitors; superseded by the static <see cref="Perspectives(ClientLadderAssessment, LadderScoringModel?)"/>.</summary>
    /// <param name="assessment">The client's assessment.</param>
    /// <returns>The perspectives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">The assessment has errors.</exception>
    [Obsolete("Use the static LadderPositioner.Perspectives(assessment, model) instead.")]
    public LadderPerspectives Perspectives(ClientLadderAssessment assessment) => LadderPositioner.Perspectives(assessment, _model);

    /// <summary>What holds you back from the next rung; superseded by the static <see cref="Climb(LadderAnswers, LadderIndicators?, LadderScoringModel?)"/>.</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="indicators">The observed indicators, or null.</param>
    /// <returns>The climb.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">An answer or indicator is out of its range.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload is static and the other an instance forwarder kept for one release; a call picks by its receiver (the type or an instance), never between the two.")]
    [Obsolete("Use the static LadderPositioner.Climb(answers, indicators, model) instead.")]
    public LadderClimb Climb(LadderAnswers answers, LadderIndicators? indicators = null) => LadderPositioner.Climb(answers, indicators, _model);

    /// <summary>The key clients of a portfolio on the ladder with this instance's model; superseded by the static <see cref="Portfolio(LadderAssessmentSet, IEnumerable{ClientId}?, LadderAssessmentSet?, LadderScoringModel?)"/>.</summary>
    /// <param name="current">This round's assessments.</param>
    /// <param name="keyClients">The key clients to report on, or null for every client in <paramref name="current"/>.</param>
    /// <param name="previous">The previous round, or null.</param>
    /// <returns>The portfolio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException">A set has errors, a key client is <c>default(ClientId)</c>, or <paramref name="previous"/> is not dated before <paramref name="current"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload is static and the other an instance forwarder kept for one release; a call picks by its receiver (the type or an instance), never between the two.")]
    [Obsolete("Use the static LadderPositioner.Portfolio(current, keyClients, previous, model) instead.")]
    public LadderPortfolio Portfolio(LadderAssessmentSet current, IEnumerable<ClientId>? keyClients = null, LadderAssessmentSet? previous = null) =>
        LadderPositioner.Portfolio(current, keyClients, previous, _model);

    /// <summary>
    /// Your own view against the client's view and the gap between them, and you ranked among the
    /// competitors assessed on the same client.
    /// </summary>
    /// <param name="assessment">The client's assessment.</param>
    /// <returns>The perspectives; the ranking does not depend on the order of the competitors.</returns>
    /// <param name="model">The scoring model; <see cref="LadderScoringModel.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">Two competitors have the same name (<c>competitors[i]</c> named), or one is named <see cref="LadderPerspectives.YouName"/>; an answer or indicator is out of its range; or the model has errors.</exception>
    public static LadderPerspectives Perspectives(ClientLadderAssessment assessment, LadderScoringModel? model = null)
    {
        Require.NotNull(assessment, nameof(assessment));
        model = Usable(model);
        var own = Position(assessment.Own, assessment.Indicators, model);
        var clientView = assessment.ClientView is { } view ? Position(view, assessment.Indicators, model) : null;
        double? gap = clientView is null ? null : clientView.Position - own.Position;

        var answerGaps = new List<LadderAnswerGap>();
        if (assessment.ClientView is { } cv)
        {
            for (var q = 1; q <= LadderTexts.QuestionCount; q++)
            {
                var question = (LadderSignal)q;
                var mine = assessment.Own.Get(question);
                var theirs = cv.Get(question);
                double? difference = mine == AnswerFrequency.Unknown || theirs == AnswerFrequency.Unknown
                    ? null
                    : LadderScorer.Favourability(model.Directions[q - 1], theirs) - LadderScorer.Favourability(model.Directions[q - 1], mine);
                answerGaps.Add(new LadderAnswerGap(question, mine, theirs, difference));
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(string Name, bool IsYou, LadderPosition Position)> { (LadderPerspectives.YouName, true, clientView ?? own) };
        for (var i = 0; i < assessment.Competitors.Count; i++)
        {
            var c = assessment.Competitors[i];
            if (!names.Add(c.Name) || string.Equals(c.Name, LadderPerspectives.YouName, StringComparison.Ordinal))
            {
                throw new ArgumentException($"competitors[{i}] is named '{c.Name}', which is already taken; competitor names must be unique and not '{LadderPerspectives.YouName}'.", nameof(assessment));
            }

            entries.Add((c.Name, false, Position(c.Answers, c.Indicators, model)));
        }

        var ordered = entries
            .OrderByDescending(e => e.Position.Position)
            .ThenBy(e => e.IsYou)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var standings = new List<LadderStanding>(ordered.Count);
        var yourRank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Position.Position == ordered[i - 1].Position.Position ? standings[i - 1].Rank : i + 1;
            standings.Add(new LadderStanding(ordered[i].Name, ordered[i].IsYou, rank, ordered[i].Position));
            if (ordered[i].IsYou)
            {
                yourRank = rank;
            }
        }

        return new LadderPerspectives(assessment.Client, own, answerGaps, standings, yourRank, clientView, gap);
    }

    /// <summary>
    /// What holds you back from the next rung: every known answer and indicator not yet at its
    /// best, ranked by how far changing it alone would move you (re-scored with the better value).
    /// </summary>
    /// <param name="answers">The answers (use the client's view where you have it).</param>
    /// <param name="indicators">The observed indicators, or null.</param>
    /// <returns>The climb.</returns>
    /// <param name="model">The scoring model; <see cref="LadderScoringModel.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">An answer is not a defined frequency, an indicator is out of its range, or the model has errors.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload is static and the other an instance forwarder kept for one release; a call picks by its receiver (the type or an instance), never between the two.")]
    public static LadderClimb Climb(LadderAnswers answers, LadderIndicators? indicators = null, LadderScoringModel? model = null)
    {
        var scoring = Usable(model);
        RequireView(answers, indicators);
        var u = new double[LadderTexts.SignalCount];
        LadderScorer.Favourabilities(scoring, answers, indicators, u);
        var now = LadderScorer.Evaluate(scoring, u);
        var current = LadderScorer.Explain(scoring, answers, indicators, u, now);
        var target = Math.Min(4, now.Level + 1);

        var levers = new List<ClimbLever>();
        var unknown = new List<LadderSignal>();
        var trial = (double[])u.Clone();
        for (var k = 0; k < LadderTexts.SignalCount; k++)
        {
            var signal = (LadderSignal)(k + 1);
            if (double.IsNaN(u[k]))
            {
                if (scoring.Weights[k] > 0)
                {
                    unknown.Add(signal);
                }

                continue;
            }

            if (u[k] >= 1)
            {
                continue;
            }

            trial[k] = 1;
            var better = LadderScorer.Evaluate(scoring, trial);
            trial[k] = u[k];
            var gain = better.Position - now.Position;
            if (gain <= Epsilon)
            {
                continue;
            }

            var liftsCeiling = scoring.Ceilings.Any(c => c.Signal == signal && u[k] <= c.AtOrBelow && (int)c.MaxLevel < 4);
            var isQuestion = k < LadderTexts.QuestionCount;
            levers.Add(new ClimbLever(
                signal,
                gain,
                now.Level < 4 && better.Level >= target,
                liftsCeiling,
                Wording.Capitalise(LadderTexts.HoldsYouBack[k]) + ".",
                isQuestion ? answers.Get(signal) : null,
                isQuestion ? (scoring.Directions[k] == SignalDirection.Raises ? AnswerFrequency.Always : AnswerFrequency.Never) : null,
                isQuestion ? null : indicators!.Get(signal),
                isQuestion ? null : scoring.IndicatorRules[k - LadderTexts.QuestionCount].BestValue));
        }

        levers.Sort((a, b) => a.Gain != b.Gain ? b.Gain.CompareTo(a.Gain) : a.Signal.CompareTo(b.Signal));

        int? needed = null;
        if (now.Level < 4)
        {
            for (var i = 0; i < levers.Count; i++)
            {
                trial[(int)levers[i].Signal - 1] = 1;
                if (LadderScorer.Evaluate(scoring, trial).Level >= target)
                {
                    needed = i + 1;
                    break;
                }
            }
        }

        return new LadderClimb(current, (LadderLevel)target, levers, unknown, needed);
    }

    /// <summary>
    /// The key clients of a portfolio on the ladder: the distribution over the four rungs and the
    /// movement since the previous assessment round. Each client is placed by the client's view
    /// where given, else by your own.
    /// </summary>
    /// <param name="current">This round's assessments.</param>
    /// <param name="keyClients">The key clients to report on, or null for every client in <paramref name="current"/>. Duplicates are ignored.</param>
    /// <param name="previous">The previous round, or null.</param>
    /// <returns>The portfolio; every list is ordered by client id (movements by change), independent of input order.</returns>
    /// <param name="model">The scoring model; <see cref="LadderScoringModel.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException">A set has error diagnostics (see <see cref="LadderValidator"/>; the message lists them), a key client is <c>default(ClientId)</c>, <paramref name="previous"/> is not dated before <paramref name="current"/>, or the model has errors.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload is static and the other an instance forwarder kept for one release; a call picks by its receiver (the type or an instance), never between the two.")]
    public static LadderPortfolio Portfolio(LadderAssessmentSet current, IEnumerable<ClientId>? keyClients = null, LadderAssessmentSet? previous = null, LadderScoringModel? model = null)
    {
        Require.NotNull(current, nameof(current));
        model = Usable(model);
        var diagnostics = Checked(current, nameof(current)).ToList();
        if (previous is not null)
        {
            if (previous.AsOf >= current.AsOf)
            {
                throw new ArgumentException($"previous is dated {previous.AsOf:yyyy-MM-dd}, which is not before current ({current.AsOf:yyyy-MM-dd}).", nameof(previous));
            }

            diagnostics.AddRange(Checked(previous, nameof(previous)));
        }

        var keys = new HashSet<ClientId>();
        if (keyClients is null)
        {
            keys.UnionWith(current.Assessments.Select(a => a.Client));
        }
        else
        {
            var i = 0;
            foreach (var id in keyClients)
            {
                if (id.IsDefault)
                {
                    throw new ArgumentException($"keyClients[{i}] is default(ClientId), which is not a client id.", nameof(keyClients));
                }

                keys.Add(id);
                i++;
            }
        }

        var u = new double[LadderTexts.SignalCount];
        var now = Scores(model, current, keys, u);
        var before = previous is null ? new Dictionary<ClientId, LadderPortfolioEntry>() : Scores(model, previous, keys, u);

        var entries = now.Values.ToArray();
        Array.Sort(entries, (a, b) => a.Client.CompareTo(b.Client));
        var byLevel = new[] { new List<ClientId>(), new List<ClientId>(), new List<ClientId>(), new List<ClientId>() };
        foreach (var e in entries)
        {
            byLevel[(int)e.Level - 1].Add(e.Client);
        }

        var distribution = new List<LadderLevelCount>(4);
        for (var level = 1; level <= 4; level++)
        {
            var clients = byLevel[level - 1];
            distribution.Add(new LadderLevelCount((LadderLevel)level, clients.Count, entries.Length == 0 ? 0 : (double)clients.Count / entries.Length, clients));
        }

        var movements = new List<LadderMovement>();
        var newly = new List<ClientId>();
        foreach (var e in entries)
        {
            if (before.TryGetValue(e.Client, out var b))
            {
                if (b.Position != e.Position)
                {
                    movements.Add(new LadderMovement(e.Client, b.Position, e.Position, b.Level, e.Level));
                }
            }
            else if (previous is not null)
            {
                newly.Add(e.Client);
            }
        }

        movements.Sort((a, b) => a.Change != b.Change ? b.Change.CompareTo(a.Change) : a.Client.CompareTo(b.Client));
        var unassessed = keys.Where(k => !now.ContainsKey(k)).ToList();
        unassessed.Sort();
        return new LadderPortfolio(current.AsOf, entries, distribution, movements, newly, unassessed, diagnostics, previous?.AsOf);
    }

    private static IReadOnlyList<Diagnostic> Checked(LadderAssessmentSet set, string parameterName)
    {
        var diagnostics = LadderValidator.Validate(set);
        Require.Valid(diagnostics, parameterName, "ladder assessment set");
        return diagnostics;
    }

    private static LadderScoringModel Usable(LadderScoringModel? model)
    {
        model ??= LadderScoringModel.Default;
        model.EnsureValid(nameof(model));
        return model;
    }

    private static void RequireView(LadderAnswers answers, LadderIndicators? indicators)
    {
        Require.NotNull(answers, nameof(answers));
        if (!LadderValidator.ViewIsUsable(answers, indicators))
        {
            var diagnostics = LadderValidator.ValidateView(answers, indicators);
            Require.Valid(diagnostics, diagnostics[0].Path.StartsWith("answers", StringComparison.Ordinal) ? nameof(answers) : nameof(indicators), "ladder answers and indicators");
        }
    }

    private static Dictionary<ClientId, LadderPortfolioEntry> Scores(LadderScoringModel model, LadderAssessmentSet set, HashSet<ClientId> keys, double[] u)
    {
        var result = new Dictionary<ClientId, LadderPortfolioEntry>();
        foreach (var a in set.Assessments)
        {
            if (!keys.Contains(a.Client))
            {
                continue;
            }

            LadderScorer.Favourabilities(model, a.CountingView, a.Indicators, u);
            var s = LadderScorer.Evaluate(model, u);
            result.Add(a.Client, new LadderPortfolioEntry(a.Client, (LadderLevel)s.Level, s.Score, s.Confidence, a.ClientView is not null));
        }

        return result;
    }
}
