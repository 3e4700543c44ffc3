using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// Finds every defect of a ladder assessment set and of a scoring model and reports each as a
/// <see cref="Diagnostic"/> with a code of <see cref="LadderDiagnosticCodes"/> and the JSON path of
/// the defect (without <c>$.</c>, e.g. <c>assessments[3].indicators.shareOfWallet</c>).
/// </summary>
/// <remarks>
/// A set whose JSON has the right shape always loads; its wrong values (an answer given as the
/// number 9, a share of wallet of 1.5, a negative tenure) are reported here, never refused while
/// reading. The list comes in the shared order (<see cref="Diagnostics.Sort"/>), at most
/// <c>1,000</c> of one code and then one diagnostic saying how many more there were.
/// </remarks>
public static class LadderValidator
{
    /// <summary>Checks an assessment set and, when given, the scoring model it will be scored with.</summary>
    /// <param name="set">The set; it may be inconsistent in any way the model allows.</param>
    /// <param name="model">The scoring model, or null for none (the model's findings come under the path <c>model</c>).</param>
    /// <returns>The diagnostics in the shared order; empty for a set without defects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(LadderAssessmentSet set, LadderScoringModel? model = null)
    {
        Require.NotNull(set, nameof(set));
        var bag = new DiagnosticBag();
        CheckSet(bag, set);
        if (model is not null)
        {
            CheckModel(bag, model, "model");
        }

        return bag.ToSortedList();
    }

    /// <summary>Checks a scoring model.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The diagnostics (paths relative to the model, such as <c>questions[2].weight</c>) in the shared order; empty for a usable model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(LadderScoringModel model)
    {
        Require.NotNull(model, nameof(model));
        var bag = new DiagnosticBag();
        CheckModel(bag, model, string.Empty);
        return bag.ToSortedList();
    }

    /// <summary>The findings about one view's answers and indicators passed directly to an analysis.</summary>
    internal static IReadOnlyList<Diagnostic> ValidateView(LadderAnswers answers, LadderIndicators? indicators)
    {
        var bag = new DiagnosticBag();
        CheckAnswers(bag, answers, "answers");
        CheckIndicators(bag, indicators, "indicators");
        return bag.ToSortedList();
    }

    /// <summary>True when the view holds no value out of its range (the fast check of the analyses).</summary>
    internal static bool ViewIsUsable(LadderAnswers answers, LadderIndicators? indicators) =>
        answers.FirstUndefined() is null && indicators?.FirstOutOfRange() is null;

    private static void CheckSet(DiagnosticBag bag, LadderAssessmentSet set)
    {
        var seen = new Dictionary<ClientId, int>();
        for (var i = 0; i < set.Assessments.Count; i++)
        {
            var a = set.Assessments[i];
            var path = F("assessments[{0}]", i);
            if (seen.TryGetValue(a.Client, out var first))
            {
                bag.Add(Code(LadderDiagnosticCodes.ClientAssessedTwice), path + ".client", F("Client {0} is assessed twice (first at assessments[{1}]); keep one assessment per client.", Wording.Quote(a.Client.Value), first));
            }
            else
            {
                seen.Add(a.Client, i);
            }

            if (a.AsOf is { } date && date > set.AsOf)
            {
                bag.Add(Code(LadderDiagnosticCodes.AssessmentAfterSet), path + ".asOf", F("The assessment of {0} is dated {1}, after the set's date {2}.", Wording.Quote(a.Client.Value), Wording.Date(date), Wording.Date(set.AsOf)));
            }

            if (a.Own.KnownCount == 0 && (a.Indicators?.KnownCount ?? 0) == 0)
            {
                bag.Add(Code(LadderDiagnosticCodes.NothingKnown), path + ".own", F("Nothing is known about {0}: all six answers are unknown and no indicator is measured; it is placed on rung 1 with confidence 0.", Wording.Quote(a.Client.Value)));
            }

            if (a.ClientView is { KnownCount: 0 })
            {
                bag.Add(Code(LadderDiagnosticCodes.EmptyClientView), path + ".clientView", F("The client's view of {0} has all six answers unknown; drop it or ask the client.", Wording.Quote(a.Client.Value)));
            }

            CheckAnswers(bag, a.Own, path + ".own");
            if (a.ClientView is { } view)
            {
                CheckAnswers(bag, view, path + ".clientView");
            }

            CheckIndicators(bag, a.Indicators, path + ".indicators");
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < a.Competitors.Count; j++)
            {
                var c = a.Competitors[j];
                var cpath = F("{0}.competitors[{1}]", path, j);
                if (c.Name.Length == 0)
                {
                    bag.Add(Code(LadderDiagnosticCodes.CompetitorNameEmpty), cpath + ".name", F("A competitor of {0} has an empty name; name it so that it can be ranked.", Wording.Quote(a.Client.Value)));
                }
                else if (names.TryGetValue(c.Name, out var firstName))
                {
                    bag.Add(Code(LadderDiagnosticCodes.CompetitorNamedTwice), cpath + ".name", F("Competitor {0} is assessed twice for {1} (first at competitors[{2}]).", Wording.Quote(c.Name), Wording.Quote(a.Client.Value), firstName));
                }
                else if (string.Equals(c.Name, LadderPerspectives.YouName, StringComparison.Ordinal))
                {
                    bag.Add(Code(LadderDiagnosticCodes.CompetitorNamedTwice), cpath + ".name", F("A competitor of {0} is named {1}, the name the rankings give you; rename it.", Wording.Quote(a.Client.Value), Wording.Quote(c.Name)));
                }
                else
                {
                    names.Add(c.Name, j);
                }

                if (c.Answers.KnownCount == 0 && (c.Indicators?.KnownCount ?? 0) == 0)
                {
                    bag.Add(Code(LadderDiagnosticCodes.NothingKnownAboutCompetitor), cpath, F("Nothing is known about competitor {0} at {1}; it is placed on rung 1 with confidence 0.", Wording.Quote(c.Name), Wording.Quote(a.Client.Value)));
                }

                CheckAnswers(bag, c.Answers, cpath + ".answers");
                CheckIndicators(bag, c.Indicators, cpath + ".indicators");
            }
        }
    }

    private static void CheckAnswers(DiagnosticBag bag, LadderAnswers answers, string path)
    {
        for (var q = 1; q <= LadderTexts.QuestionCount; q++)
        {
            var answer = answers.Get((LadderSignal)q);
            if (!LadderAnswers.IsDefined(answer))
            {
                bag.Add(Code(LadderDiagnosticCodes.UndefinedAnswer), path + "." + LadderTexts.JsonNames[q - 1], F("The answer is {0}, which is not a frequency; give Unknown, Never, Rarely, Sometimes, Often or Always.", (int)answer));
            }
        }
    }

    private static void CheckIndicators(DiagnosticBag bag, LadderIndicators? indicators, string path)
    {
        if (indicators is null)
        {
            return;
        }

        for (var k = LadderTexts.QuestionCount + 1; k <= LadderTexts.SignalCount; k++)
        {
            var signal = (LadderSignal)k;
            if (indicators.Get(signal) is { } v && !LadderIndicators.InRange(signal, v))
            {
                var at = path + "." + LadderTexts.JsonNames[k - 1];
                if (signal == LadderSignal.TenureYears)
                {
                    bag.Add(Code(LadderDiagnosticCodes.TenureOutOfRange), at, F("The tenure is {0} years; it must be a finite number, 0 or more.", Wording.Number(v, 6)));
                }
                else
                {
                    bag.Add(Code(LadderDiagnosticCodes.IndicatorOutOfRange), at, F("The {0} is {1}; it must be a share from 0 to 1 (0.3 for 30%).", LadderTexts.Labels[k - 1], Wording.Number(v, 6)));
                }
            }
        }
    }

    private static void CheckModel(DiagnosticBag bag, LadderScoringModel model, string path)
    {
        string At(string child) => path.Length == 0 ? child : path + "." + child;
        var seen = new int[LadderTexts.SignalCount];
        var total = 0.0;
        for (var i = 0; i < LadderTexts.SignalCount; i++)
        {
            seen[i] = -1;
        }

        for (var i = 0; i < model.Questions.Count; i++)
        {
            var rule = model.Questions[i];
            var at = At(F("questions[{0}]", i));
            var n = (int)rule.Question;
            if (n < 1 || n > LadderTexts.QuestionCount)
            {
                bag.Add(Code(LadderDiagnosticCodes.QuestionRulesIncomplete), at + ".question", F("{0} is not one of the six ladder questions.", rule.Question));
            }
            else if (seen[n - 1] >= 0)
            {
                bag.Add(Code(LadderDiagnosticCodes.QuestionRulesIncomplete), at + ".question", F("questions[{0}] repeats the question {1} of questions[{2}].", i, rule.Question, seen[n - 1]));
            }
            else
            {
                seen[n - 1] = i;
            }

            if (rule.Direction is not SignalDirection.Raises and not SignalDirection.Lowers)
            {
                bag.Add(Code(LadderDiagnosticCodes.UndefinedDirection), at + ".direction", F("The direction is {0}, which is not Raises or Lowers.", (int)rule.Direction));
            }

            total += Weight(bag, rule.Weight, at + ".weight");
        }

        for (var i = 0; i < model.Indicators.Count; i++)
        {
            var rule = model.Indicators[i];
            var at = At(F("indicators[{0}]", i));
            var n = (int)rule.Indicator;
            if (n <= LadderTexts.QuestionCount || n > LadderTexts.SignalCount)
            {
                bag.Add(Code(LadderDiagnosticCodes.IndicatorRulesIncomplete), at + ".indicator", F("{0} is not one of the six ladder indicators.", rule.Indicator));
            }
            else if (seen[n - 1] >= 0)
            {
                bag.Add(Code(LadderDiagnosticCodes.IndicatorRulesIncomplete), at + ".indicator", F("indicators[{0}] repeats the indicator {1} of indicators[{2}].", i, rule.Indicator, seen[n - 1]));
            }
            else
            {
                seen[n - 1] = i;
            }

            total += Weight(bag, rule.Weight, at + ".weight");
            if (!IsFinite(rule.WorstValue) || !IsFinite(rule.BestValue) || rule.WorstValue == rule.BestValue)
            {
                bag.Add(Code(LadderDiagnosticCodes.IndicatorRangeInvalid), at, F("The worst value ({0}) and the best value ({1}) of {2} must be finite and differ.", Wording.Number(rule.WorstValue, 6), Wording.Number(rule.BestValue, 6), rule.Indicator));
            }
        }

        var missingQuestions = new List<string>();
        var missingIndicators = new List<string>();
        for (var k = 0; k < LadderTexts.SignalCount; k++)
        {
            if (seen[k] < 0)
            {
                (k < LadderTexts.QuestionCount ? missingQuestions : missingIndicators).Add(((LadderSignal)(k + 1)).ToString());
            }
        }

        if (missingQuestions.Count > 0)
        {
            bag.Add(Code(LadderDiagnosticCodes.QuestionRulesIncomplete), At("questions"), F("The model has no rule for {0}; it needs one rule for each of the six questions.", string.Join(", ", missingQuestions)));
        }

        if (missingIndicators.Count > 0)
        {
            bag.Add(Code(LadderDiagnosticCodes.IndicatorRulesIncomplete), At("indicators"), F("The model has no rule for {0}; it needs one rule for each of the six indicators.", string.Join(", ", missingIndicators)));
        }

        if (!(total > 0))
        {
            bag.Add(Code(LadderDiagnosticCodes.AllWeightsZero), At("questions"), "At least one question or indicator must have a positive weight.");
        }

        if (!(model.Rung2From > 0 && model.Rung2From < model.Rung3From && model.Rung3From < model.Rung4From && model.Rung4From < 1))
        {
            bag.Add(Code(LadderDiagnosticCodes.ThresholdsNotIncreasing), At("rung2From"), F("The rung thresholds must satisfy 0 < rung2From < rung3From < rung4From < 1, but are {0}, {1}, {2}.", Wording.Number(model.Rung2From, 6), Wording.Number(model.Rung3From, 6), Wording.Number(model.Rung4From, 6)));
        }

        var severity = new double[LadderTexts.SignalCount];
        for (var i = 0; i < model.Contradictions.Count; i++)
        {
            var pair = model.Contradictions[i];
            var at = At(F("contradictions[{0}]", i));
            var usable = IsSignal(pair.First) && IsSignal(pair.Second) && pair.First != pair.Second;
            if (!usable)
            {
                bag.Add(Code(LadderDiagnosticCodes.ContradictionSignalsInvalid), at, F("A contradiction needs two different ladder signals, but names {0} and {1}.", pair.First, pair.Second));
            }

            if (!(pair.Severity >= 0 && pair.Severity < 1))
            {
                bag.Add(Code(LadderDiagnosticCodes.ContradictionNumberOutOfRange), at + ".severity", F("The severity must be 0 or more and below 1, but is {0}.", Wording.Number(pair.Severity, 6)));
            }
            else if (usable)
            {
                severity[(int)pair.First - 1] += pair.Severity;
                severity[(int)pair.Second - 1] += pair.Severity;
            }

            if (!(pair.Tolerance >= 0 && pair.Tolerance < 1))
            {
                bag.Add(Code(LadderDiagnosticCodes.ContradictionNumberOutOfRange), at + ".tolerance", F("The tolerance must be 0 or more and below 1, but is {0}.", Wording.Number(pair.Tolerance, 6)));
            }
        }

        for (var k = 0; k < severity.Length; k++)
        {
            if (severity[k] >= 1)
            {
                bag.Add(Code(LadderDiagnosticCodes.ContradictionSeveritiesTooHigh), At("contradictions"), F("The severities of the contradictions that involve {0} sum to {1}; they must sum to less than 1.", (LadderSignal)(k + 1), Wording.Number(severity[k], 6)));
            }
        }

        for (var i = 0; i < model.Ceilings.Count; i++)
        {
            var c = model.Ceilings[i];
            var at = At(F("ceilings[{0}]", i));
            if (!IsSignal(c.Signal) || c.MaxLevel is < LadderLevel.CommodityBroker or > LadderLevel.BusinessPartner || !(c.AtOrBelow >= 0 && c.AtOrBelow <= 1))
            {
                bag.Add(Code(LadderDiagnosticCodes.CeilingInvalid), at, F("A ceiling needs a ladder signal, a level 1..4 and a threshold from 0 to 1, but has {0}, {1} and {2}.", c.Signal, (int)c.MaxLevel, Wording.Number(c.AtOrBelow, 6)));
            }
        }
    }

    private static double Weight(DiagnosticBag bag, double weight, string path)
    {
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            bag.Add(Code(LadderDiagnosticCodes.WeightOutOfRange), path, F("The weight must be finite and 0 or more, but is {0}.", Wording.Number(weight, 6)));
            return 0;
        }

        return weight;
    }

    private static bool IsSignal(LadderSignal signal) => (int)signal >= 1 && (int)signal <= LadderTexts.SignalCount;

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static DiagnosticDescriptor Code(string code) => LadderDiagnosticCodes.Get(code);

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
