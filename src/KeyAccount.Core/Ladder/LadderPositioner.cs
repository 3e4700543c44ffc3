using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// Places clients' views of you (and of your competitors) on the perception ladder with one
/// <see cref="LadderScoringModel"/>: positions, perspectives, how to climb and portfolios.
/// </summary>
/// <remarks>
/// Stateless apart from its model, so one instance can be shared between threads.
/// <code>
/// var position = LadderPositioner.Default.Position(new LadderAnswers
/// {
///     LikesToDiscussBusinessProblems = AnswerFrequency.Often,
///     PrefersCompetitorsOffers = AnswerFrequency.Rarely,
/// });
/// // position.Level == LadderLevel.ValueAdder, position.Explanation explains it
/// </code>
/// </remarks>
public sealed class LadderPositioner
{
    private const double Epsilon = 1e-12;

    /// <summary>Creates a positioner with a scoring model.</summary>
    /// <param name="model">The scoring model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public LadderPositioner(LadderScoringModel model)
    {
        Model = Guard.Against.Null(model, nameof(model));
    }

    /// <summary>A positioner with <see cref="LadderScoringModel.Default"/>.</summary>
    public static LadderPositioner Default { get; } = new(LadderScoringModel.Default);

    /// <summary>The scoring model.</summary>
    public LadderScoringModel Model { get; }

    /// <summary>Places one view of a client on the ladder.</summary>
    /// <param name="answers">The answers to the six questions.</param>
    /// <param name="indicators">The observed indicators, or null for none.</param>
    /// <returns>The level (1..4), score within it, confidence and reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    public LadderPosition Position(LadderAnswers answers, LadderIndicators? indicators = null)
    {
        Guard.Against.Null(answers, nameof(answers));
        var u = new double[LadderTexts.SignalCount];
        LadderScorer.Favourabilities(Model, answers, indicators, u);
        return LadderScorer.Explain(Model, answers, indicators, u, LadderScorer.Evaluate(Model, u));
    }

    /// <summary>
    /// Your own view against the client's view and the gap between them, and you ranked among the
    /// competitors assessed on the same client.
    /// </summary>
    /// <param name="assessment">The client's assessment.</param>
    /// <returns>The perspectives; the ranking does not depend on the order of the competitors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">Two competitors have the same name (<c>competitors[i]</c> named), or one is named <see cref="LadderPerspectives.YouName"/>.</exception>
    public LadderPerspectives Perspectives(ClientLadderAssessment assessment)
    {
        Guard.Against.Null(assessment, nameof(assessment));
        var own = Position(assessment.Own, assessment.Indicators);
        var clientView = assessment.ClientView is { } view ? Position(view, assessment.Indicators) : null;
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
                    : LadderScorer.Favourability(Model.Directions[q - 1], theirs) - LadderScorer.Favourability(Model.Directions[q - 1], mine);
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

            entries.Add((c.Name, false, Position(c.Answers, c.Indicators)));
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
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    public LadderClimb Climb(LadderAnswers answers, LadderIndicators? indicators = null)
    {
        Guard.Against.Null(answers, nameof(answers));
        var u = new double[LadderTexts.SignalCount];
        LadderScorer.Favourabilities(Model, answers, indicators, u);
        var now = LadderScorer.Evaluate(Model, u);
        var current = LadderScorer.Explain(Model, answers, indicators, u, now);
        var target = Math.Min(4, now.Level + 1);

        var levers = new List<ClimbLever>();
        var unknown = new List<LadderSignal>();
        var trial = (double[])u.Clone();
        for (var k = 0; k < LadderTexts.SignalCount; k++)
        {
            var signal = (LadderSignal)(k + 1);
            if (double.IsNaN(u[k]))
            {
                if (Model.Weights[k] > 0)
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
            var better = LadderScorer.Evaluate(Model, trial);
            trial[k] = u[k];
            var gain = better.Position - now.Position;
            if (gain <= Epsilon)
            {
                continue;
            }

            var liftsCeiling = Model.Ceilings.Any(c => c.Signal == signal && u[k] <= c.AtOrBelow && (int)c.MaxLevel < 4);
            var isQuestion = k < LadderTexts.QuestionCount;
            levers.Add(new ClimbLever(
                signal,
                gain,
                now.Level < 4 && better.Level >= target,
                liftsCeiling,
                LadderTexts.Capitalize(LadderTexts.HoldsYouBack[k]) + ".",
                isQuestion ? answers.Get(signal) : null,
                isQuestion ? (Model.Directions[k] == SignalDirection.Raises ? AnswerFrequency.Always : AnswerFrequency.Never) : null,
                isQuestion ? null : indicators!.Get(signal),
                isQuestion ? null : Model.IndicatorRules[k - LadderTexts.QuestionCount].BestValue));
        }

        levers.Sort((a, b) => a.Gain != b.Gain ? b.Gain.CompareTo(a.Gain) : a.Signal.CompareTo(b.Signal));

        int? needed = null;
        if (now.Level < 4)
        {
            for (var i = 0; i < levers.Count; i++)
            {
                trial[(int)levers[i].Signal - 1] = 1;
                if (LadderScorer.Evaluate(Model, trial).Level >= target)
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
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException">A set has error diagnostics (see <see cref="LadderAssessmentSet.Validate"/>), a key client is <c>default(ClientId)</c>, or <paramref name="previous"/> is not dated before <paramref name="current"/>.</exception>
    public LadderPortfolio Portfolio(LadderAssessmentSet current, IEnumerable<ClientId>? keyClients = null, LadderAssessmentSet? previous = null)
    {
        Guard.Against.Null(current, nameof(current));
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
        var now = Scores(current, keys, u);
        var before = previous is null ? new Dictionary<ClientId, LadderPortfolioEntry>() : Scores(previous, keys, u);

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
        var diagnostics = set.Validate();
        var error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            throw new ArgumentException($"{parameterName} has errors; validate it first. First error: {error}", parameterName);
        }

        return diagnostics;
    }

    private Dictionary<ClientId, LadderPortfolioEntry> Scores(LadderAssessmentSet set, HashSet<ClientId> keys, double[] u)
    {
        var result = new Dictionary<ClientId, LadderPortfolioEntry>();
        foreach (var a in set.Assessments)
        {
            if (!keys.Contains(a.Client))
            {
                continue;
            }

            LadderScorer.Favourabilities(Model, a.CountingView, a.Indicators, u);
            var s = LadderScorer.Evaluate(Model, u);
            result.Add(a.Client, new LadderPortfolioEntry(a.Client, (LadderLevel)s.Level, s.Score, s.Confidence, a.ClientView is not null));
        }

        return result;
    }
}
