using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Tests.Classification;

/// <summary>
/// The obsolete members kept for one release (<c>ClassificationPortfolioDocument.Validate()</c>,
/// <c>KeyClientClassifier.ClassifyDocument</c>) give what they gave before: the validator's
/// diagnostics without the sums beyond decimal, and the report of <c>Run(document).ToReport()</c>.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ClassificationGenerators) }, MaxTest = 100)]
public class ClassificationForwarderTests
{
    private static ClientId Id(string id) => new(id);

#pragma warning disable CS0618 // These tests exercise the obsolete forwarders on purpose.
    [Property]
    public void Classify_document_gives_the_report_of_run(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var document = new ClassificationPortfolioDocument(Currency.Eur, clients, policy);
        Assert.Equal(
            KeyAccountJson.Serialize(KeyClientClassifier.Run(document).ToReport()),
            KeyAccountJson.Serialize(KeyClientClassifier.ClassifyDocument(document)));
    }

    [Property]
    public void The_documents_own_validate_is_the_validators_without_the_sums_beyond_decimal(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var document = new ClassificationPortfolioDocument(Currency.Eur, clients, policy);
        var expected = ClassificationValidator.Validate(document)
            .Where(d => d.Code is not ClassificationDiagnosticCodes.PeriodTotalOverflow and not ClassificationDiagnosticCodes.SeriesTotalOverflow);
        Assert.Equal(expected, document.Validate());
    }

    [Fact]
    public void The_documents_own_validate_leaves_out_KCL009_and_KCL010_and_keeps_every_other_defect()
    {
        var document = new ClassificationPortfolioDocument(Currency.Eur,
        [
            new ClientEvidence(Id("a"), profits: [decimal.MaxValue, 1m], sales: [decimal.MaxValue, decimal.MaxValue]),
            new ClientEvidence(Id("b"), profits: [1m, 1m], marketShare: 1.5),
        ]);
        var full = ClassificationValidator.Validate(document);
        Assert.Contains(full, d => d.Code == ClassificationDiagnosticCodes.PeriodTotalOverflow);
        Assert.Contains(full, d => d.Code == ClassificationDiagnosticCodes.SeriesTotalOverflow);

        var forwarded = document.Validate();
        Assert.Equal(
            full.Where(d => d.Code is not ClassificationDiagnosticCodes.PeriodTotalOverflow and not ClassificationDiagnosticCodes.SeriesTotalOverflow),
            forwarded);
        Assert.NotEmpty(forwarded);
    }
#pragma warning restore CS0618
}
