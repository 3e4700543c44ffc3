using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>
/// The sections an account holds that the sample account does not: a ladder assessment and
/// classification evidence, each of another client, and an opportunity of another client. Each
/// mismatch is reported at the section's client, word for word, and the ladder's own findings
/// are moved from the assessment set's path to the account's. The mutation run of Accounts found
/// these branches of <c>AccountValidator</c> reached by no test.
/// </summary>
public class HeldSectionCheckTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private static readonly JsonObject Portfolio = JsonNode.Parse(KeyAccountJson.Serialize(SamplePortfolios.PublisherAndBookshops()))!.AsObject();

    private static string Message(AccountDocument account, string code, string path)
    {
        var all = AccountValidator.Validate(account, March31);
        var found = all.Where(d => d.Code == code && d.Path == path).ToList();
        Assert.True(found.Count == 1, code + " at " + path + ": " + string.Join(" | ", all));
        return found[0].Message;
    }

    [Fact]
    public void A_ladder_assessment_of_another_client_is_named_and_its_own_findings_are_at_the_accounts_path()
    {
        var account = AccountEdits.Sample(a =>
        {
            var ladder = Portfolio["ladder"]!["assessments"]![0]!.DeepClone().AsObject();
            ladder["indicators"]!["shareOfWallet"] = 1.5;
            a["ladder"] = ladder;
        });

        Assert.Equal("The ladder assessment is for 'shop-169', not for this account's client 'bookshop'.", Message(account, AccountsDiagnosticCodes.ClientMismatch, "ladder.client"));
        var findings = AccountValidator.Validate(account, March31).Where(d => d.Path.StartsWith("ladder", System.StringComparison.Ordinal)).Select(d => d.Path).ToList();
        Assert.Contains("ladder.indicators.shareOfWallet", findings);
        Assert.DoesNotContain(findings, p => p.Contains("assessments", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Classification_evidence_and_an_opportunity_of_another_client_are_named()
    {
        var evidence = AccountEdits.Sample(a => a["evidence"] = Portfolio["classification"]!["clients"]![0]!.DeepClone());
        Assert.Equal("The classification evidence is for 'shop-001', not for this account's client 'bookshop'.", Message(evidence, AccountsDiagnosticCodes.ClientMismatch, "evidence.client"));

        var opportunity = AccountEdits.Sample(a => a["opportunities"]!["opportunities"]![0]!["client"] = "other-shop");
        Assert.Equal("The opportunity is for 'other-shop', not for this account's client 'bookshop'.", Message(opportunity, AccountsDiagnosticCodes.ClientMismatch, "opportunities.opportunities[0].client"));

        var own = AccountEdits.Sample(a =>
        {
            var mine = Portfolio["classification"]!["clients"]![0]!.DeepClone().AsObject();
            mine["client"] = "bookshop";
            a["evidence"] = mine;
        });
        Assert.DoesNotContain(AccountValidator.Validate(own, March31), d => d.Code == AccountsDiagnosticCodes.ClientMismatch);
    }
}
