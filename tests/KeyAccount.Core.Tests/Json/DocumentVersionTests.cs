using System.Text.Json;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Tests.Json;

/// <summary>
/// Every top-level document follows the versioning convention of docs/architecture.md: without a
/// formatVersion it reads as version 1, it writes the current version, and a newer version is
/// refused at $.formatVersion.
/// </summary>
public class DocumentVersionTests
{
    private const string Plan = "\"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\"";
    private const string Ladder = "\"asOf\": \"2026-03-31\", \"assessments\": []";
    private const string Opportunities = "\"currency\": \"EUR\", \"budget\": { \"time\": \"1:00:00:00\", \"money\": 1000, \"personDays\": 5 }, \"opportunities\": []";
    private const string Classification = "\"currency\": \"EUR\", \"clients\": []";

    [Fact]
    public void A_plan_follows_the_convention() => Check<AccountPlan>(Plan);

    [Fact]
    public void A_ladder_assessment_set_follows_the_convention() => Check<LadderAssessmentSet>(Ladder);

    [Fact]
    public void An_opportunity_portfolio_follows_the_convention() => Check<OpportunityPortfolio>(Opportunities);

    [Fact]
    public void A_classification_document_follows_the_convention() => Check<ClassificationPortfolioDocument>(Classification);

    [Fact]
    public void Settings_left_out_of_a_document_keep_their_documented_defaults()
    {
        var document = KeyAccountJson.Deserialize<ClassificationPortfolioDocument>(
            "{ " + Classification + ", \"policy\": { \"windowPeriods\": 8 } }");
        var policy = document.Policy!;
        Assert.Equal(8, policy.WindowPeriods);
        Assert.Equal(ClassificationPolicy.Default with { WindowPeriods = 8 }, policy with { KeyRequiredCriteria = ClassificationPolicy.Default.KeyRequiredCriteria });
        Assert.Equal(ClassificationPolicy.Default.KeyRequiredCriteria, policy.KeyRequiredCriteria);
    }

    private static void Check<T>(string members)
        where T : IKeyAccountDocument
    {
        var withoutVersion = KeyAccountJson.Deserialize<T>("{ " + members + " }");
        Assert.Equal(1, withoutVersion.FormatVersion);

        using var written = JsonDocument.Parse(KeyAccountJson.Serialize(withoutVersion));
        Assert.Equal(DocumentFormat.CurrentVersion, written.RootElement.GetProperty("formatVersion").GetInt32());

        var newer = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<T>(
            "{ \"formatVersion\": " + (DocumentFormat.CurrentVersion + 1) + ", " + members + " }"));
        Assert.Equal("$.formatVersion", newer.Path);
    }
}
