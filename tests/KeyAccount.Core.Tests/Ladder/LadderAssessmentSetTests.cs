using System.Linq;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Tests.Ladder;

public class LadderAssessmentSetTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);
    private static readonly ClientId Acme = new("acme");

    private static Diagnostic Only(LadderAssessmentSet set) => Assert.Single(LadderValidator.Validate(set));

    [Fact]
    public void A_consistent_set_has_no_diagnostics() =>
        Assert.Empty(LadderValidator.Validate(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, SourceExamples.Provider, SourceExamples.Provider)])));

    [Fact]
    public void KAL001_a_client_assessed_twice()
    {
        var d = Only(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, SourceExamples.Provider), new ClientLadderAssessment(Acme, SourceExamples.ValueAdder)]));
        Assert.Equal(("KAL001", DiagnosticSeverity.Error, "assessments[1].client"), (d.Code, d.Severity, d.Path));
    }

    [Fact]
    public void KAL002_a_competitor_named_twice()
    {
        var d = Only(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, SourceExamples.Provider, competitors: [new("Beta", SourceExamples.Provider), new("Beta", SourceExamples.ValueAdder)])]));
        Assert.Equal(("KAL002", DiagnosticSeverity.Error, "assessments[0].competitors[1].name"), (d.Code, d.Severity, d.Path));
    }

    [Fact]
    public void KAL003_an_assessment_dated_after_its_set()
    {
        var d = Only(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, SourceExamples.Provider, asOf: AsOf.PlusDays(1))]));
        Assert.Equal(("KAL003", DiagnosticSeverity.Error, "assessments[0].asOf"), (d.Code, d.Severity, d.Path));
    }

    [Fact]
    public void KAL004_nothing_known_about_a_client()
    {
        var d = Only(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, LadderAnswers.Unknown)]));
        Assert.Equal(("KAL004", DiagnosticSeverity.Warning, "assessments[0].own"), (d.Code, d.Severity, d.Path));
        Assert.Empty(LadderValidator.Validate(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, LadderAnswers.Unknown, indicators: new() { Retention = 0.9 })])));
    }

    [Fact]
    public void KAL005_an_empty_clients_view()
    {
        var d = Only(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, SourceExamples.Provider, LadderAnswers.Unknown)]));
        Assert.Equal(("KAL005", DiagnosticSeverity.Warning, "assessments[0].clientView"), (d.Code, d.Severity, d.Path));
    }

    [Fact]
    public void KAL006_a_competitor_about_whom_nothing_is_known()
    {
        var d = Only(new LadderAssessmentSet(AsOf, [new ClientLadderAssessment(Acme, SourceExamples.Provider, competitors: [new("Beta", LadderAnswers.Unknown)])]));
        Assert.Equal(("KAL006", DiagnosticSeverity.Warning, "assessments[0].competitors[0]"), (d.Code, d.Severity, d.Path));
        Assert.Contains("Beta", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_come_in_the_shared_order_by_path_then_code()
    {
        var set = new LadderAssessmentSet(AsOf,
        [
            new ClientLadderAssessment(Acme, LadderAnswers.Unknown),
            new ClientLadderAssessment(Acme, SourceExamples.Provider, asOf: AsOf.PlusDays(2)),
        ]);
        // assessments[0].own, then assessments[1].asOf before assessments[1].client.
        Assert.Equal(new[] { "KAL004", "KAL003", "KAL001" }, LadderValidator.Validate(set).Select(d => d.Code));
    }
}
