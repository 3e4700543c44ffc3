using System.Collections.Generic;

namespace KeyAccount.Core.Ladder;

/// <summary>
/// The stable codes of the ladder's diagnostics (prefix <c>KAL</c>), with their severities and
/// titles: <c>KAL0xx</c> for a <see cref="LadderAssessmentSet"/>, <c>KAL1xx</c> for a
/// <see cref="LadderScoringModel"/>.
/// </summary>
/// <remarks>
/// Codes never change meaning or severity and are never reused. Each is documented with an example
/// of the defect and its fix in <c>docs/ladder.md</c>. <see cref="LadderValidator"/> reports them.
/// </remarks>
public static class LadderDiagnosticCodes
{
    /// <summary><c>KAL001</c> (error): a client is assessed twice in one set.</summary>
    public const string ClientAssessedTwice = "KAL001";

    /// <summary><c>KAL002</c> (error): a competitor is named twice for one client (or named like you).</summary>
    public const string CompetitorNamedTwice = "KAL002";

    /// <summary><c>KAL003</c> (error): an assessment is dated after its set.</summary>
    public const string AssessmentAfterSet = "KAL003";

    /// <summary><c>KAL004</c> (warning): nothing is known about a client (all six own answers unknown, no indicator measured).</summary>
    public const string NothingKnown = "KAL004";

    /// <summary><c>KAL005</c> (warning): a client's view has all six answers unknown.</summary>
    public const string EmptyClientView = "KAL005";

    /// <summary><c>KAL006</c> (warning): nothing is known about a competitor.</summary>
    public const string NothingKnownAboutCompetitor = "KAL006";

    /// <summary><c>KAL007</c> (error): an answer is not a defined frequency (Unknown, Never, Rarely, Sometimes, Often, Always).</summary>
    public const string UndefinedAnswer = "KAL007";

    /// <summary><c>KAL008</c> (error): an indicator share is not a finite number from 0 to 1.</summary>
    public const string IndicatorOutOfRange = "KAL008";

    /// <summary><c>KAL009</c> (error): the tenure is negative or not finite.</summary>
    public const string TenureOutOfRange = "KAL009";

    /// <summary><c>KAL010</c> (error): a competitor's name is empty.</summary>
    public const string CompetitorNameEmpty = "KAL010";

    /// <summary><c>KAL101</c> (error): the model's question rules do not hold each of the six questions exactly once.</summary>
    public const string QuestionRulesIncomplete = "KAL101";

    /// <summary><c>KAL102</c> (error): a question's direction is not Raises or Lowers.</summary>
    public const string UndefinedDirection = "KAL102";

    /// <summary><c>KAL103</c> (error): a weight is negative or not finite.</summary>
    public const string WeightOutOfRange = "KAL103";

    /// <summary><c>KAL104</c> (error): the model's indicator rules do not hold each of the six indicators exactly once.</summary>
    public const string IndicatorRulesIncomplete = "KAL104";

    /// <summary><c>KAL105</c> (error): an indicator's worst or best value is not finite, or the two are equal.</summary>
    public const string IndicatorRangeInvalid = "KAL105";

    /// <summary><c>KAL106</c> (error): every weight is 0, so nothing can place a client.</summary>
    public const string AllWeightsZero = "KAL106";

    /// <summary><c>KAL107</c> (error): the rung thresholds do not satisfy 0 &lt; rung2From &lt; rung3From &lt; rung4From &lt; 1.</summary>
    public const string ThresholdsNotIncreasing = "KAL107";

    /// <summary><c>KAL108</c> (error): a contradiction pair names a signal that is not defined, or the same signal twice.</summary>
    public const string ContradictionSignalsInvalid = "KAL108";

    /// <summary><c>KAL109</c> (error): a contradiction's severity or tolerance is not from 0 to below 1.</summary>
    public const string ContradictionNumberOutOfRange = "KAL109";

    /// <summary><c>KAL110</c> (error): the severities of the contradictions one signal takes part in sum to 1 or more.</summary>
    public const string ContradictionSeveritiesTooHigh = "KAL110";

    /// <summary><c>KAL111</c> (error): a ceiling names a signal or level that is not defined, or its threshold is not from 0 to 1.</summary>
    public const string CeilingInvalid = "KAL111";

    private static readonly DiagnosticCatalog Catalog = new(
        "KAL",
        new(ClientAssessedTwice, DiagnosticSeverity.Error, "A client is assessed twice."),
        new(CompetitorNamedTwice, DiagnosticSeverity.Error, "A competitor is named twice for one client."),
        new(AssessmentAfterSet, DiagnosticSeverity.Error, "An assessment is dated after its set."),
        new(NothingKnown, DiagnosticSeverity.Warning, "Nothing is known about a client."),
        new(EmptyClientView, DiagnosticSeverity.Warning, "A client's view has all six answers unknown."),
        new(NothingKnownAboutCompetitor, DiagnosticSeverity.Warning, "Nothing is known about a competitor."),
        new(UndefinedAnswer, DiagnosticSeverity.Error, "An answer is not a defined frequency."),
        new(IndicatorOutOfRange, DiagnosticSeverity.Error, "An indicator share is not from 0 to 1."),
        new(TenureOutOfRange, DiagnosticSeverity.Error, "The tenure is negative or not finite."),
        new(CompetitorNameEmpty, DiagnosticSeverity.Error, "A competitor's name is empty."),
        new(QuestionRulesIncomplete, DiagnosticSeverity.Error, "The question rules do not hold each question once."),
        new(UndefinedDirection, DiagnosticSeverity.Error, "A question's direction is not defined."),
        new(WeightOutOfRange, DiagnosticSeverity.Error, "A weight is negative or not finite."),
        new(IndicatorRulesIncomplete, DiagnosticSeverity.Error, "The indicator rules do not hold each indicator once."),
        new(IndicatorRangeInvalid, DiagnosticSeverity.Error, "An indicator's worst and best values are not usable."),
        new(AllWeightsZero, DiagnosticSeverity.Error, "Every weight is 0."),
        new(ThresholdsNotIncreasing, DiagnosticSeverity.Error, "The rung thresholds do not increase within (0, 1)."),
        new(ContradictionSignalsInvalid, DiagnosticSeverity.Error, "A contradiction pair's signals are not usable."),
        new(ContradictionNumberOutOfRange, DiagnosticSeverity.Error, "A contradiction's severity or tolerance is out of range."),
        new(ContradictionSeveritiesTooHigh, DiagnosticSeverity.Error, "A signal's contradiction severities sum to 1 or more."),
        new(CeilingInvalid, DiagnosticSeverity.Error, "A ceiling is not usable."));

    /// <summary>Every code of the ladder, in code order, with its severity and title.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of one code.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a ladder code.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "the ladder");
}
