using System;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Tests.Classification;

[Properties(Arbitrary = new[] { typeof(ClassificationGenerators) }, MaxTest = 100)]
public class ClassificationJsonTests
{
    private static ClassificationPortfolioDocument Document(ClientEvidence[] clients, ClassificationPolicy? policy) =>
        new(Currency.Eur, clients, policy,
            [new DepartmentList("sales", clients.Take(2).Select(c => c.Client).ToArray()), new DepartmentList("finance", clients.Skip(1).Take(2).Select(c => c.Client).ToArray())],
            clients.Take(3).Select((c, i) => new ClassificationSnapshot(c.Client, (ClientTier)(i % 3), i == 0 ? null : [KeyCriterion.TrustedPartner])).ToArray());

    [Property]
    public bool The_document_round_trips(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var json = KeyAccountJson.Serialize(Document(clients, policy));
        var back = KeyAccountJson.Deserialize<ClassificationPortfolioDocument>(json);
        return KeyAccountJson.Serialize(back) == json && back.FormatVersion == DocumentFormat.CurrentVersion;
    }

    [Property]
    public bool The_report_round_trips(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var report = KeyClientClassifier.Run(Document(clients, policy)).ToReport();
        var json = KeyAccountJson.Serialize(report);
        var back = KeyAccountJson.Deserialize<ClassificationReport>(json);
        return KeyAccountJson.Serialize(back) == json
            && (back.Classification is null || back.Classification.Clients.Select(c => c.Explanation).SequenceEqual(report.Classification!.Clients.Select(c => c.Explanation)));
    }

    [Fact]
    public void A_hand_written_document_reads_with_defaults_and_runs()
    {
        const string json = """
            {
              "currency": "EUR",
              "clients": [
                { "client": "acme", "profits": [50, 60, null, 70], "ladderLevel": 4, "industryRank": 1, "opportunityCounts": [1, 1, 2, 1] },
                { "client": "bolt", "profits": [10, 10, 10, 10], "surveyScore": 40 },
              ],
              "departments": [ { "department": "sales", "clients": ["acme", "bolt"] } ],
              // a comment is fine
            }
            """;
        var document = KeyAccountJson.Deserialize<ClassificationPortfolioDocument>(json);
        Assert.Equal(1, document.FormatVersion);
        Assert.Null(document.Policy);
        Assert.Equal(new decimal?[] { 50m, 60m, null, 70m }, document.Clients[0].Profits);
        var report = KeyClientClassifier.Run(document).ToReport();
        Assert.Empty(report.Diagnostics);
        Assert.True(report.Classification!.TryGet(new ClientId("acme"), out var acme));
        Assert.Equal(ClientTier.Key, acme.Tier);
        Assert.Equal(new[] { "bolt" }, report.Departments!.NamedWithoutEvidence.Select(n => n.Client.Value));
    }

    [Fact]
    public void Unknown_fields_and_a_newer_format_are_refused()
    {
        Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<ClassificationPortfolioDocument>("""{ "currency": "EUR", "clients": [], "colour": 1 }"""));
        var newer = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<ClassificationPortfolioDocument>("""{ "formatVersion": 99, "currency": "EUR", "clients": [] }"""));
        Assert.Equal("$.formatVersion", newer.Path);
        Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<ClassificationPortfolioDocument>("""{ "clients": [] }"""));
        // A value out of its range is not a malformed document: it loads and is reported with its path.
        var share = KeyAccountJson.Deserialize<ClassificationPortfolioDocument>("""{ "currency": "EUR", "clients": [ { "client": "a", "marketShare": 1.5 } ] }""");
        var d = Assert.Single(ClassificationValidator.Validate(share));
        Assert.Equal((ClassificationDiagnosticCodes.MarketShareOutOfRange, "clients[0].marketShare"), (d.Code, d.Path));
        Assert.Contains("marketShare", d.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_document_diagnostic_code_is_reported_where_it_happens()
    {
        var a = new ClientEvidence(new ClientId("A"), profits: [1m, 2m, 3m]);
        var document = new ClassificationPortfolioDocument(
            Currency.Eur,
            [a, new ClientEvidence(new ClientId("B"), profits: [5m]), new ClientEvidence(new ClientId("A")), null!],
            ClassificationPolicy.Default with { WindowPeriods = 0 },
            [new DepartmentList("sales", [new ClientId("A"), new ClientId("A"), new ClientId("Q")]), new DepartmentList("sales", []), null!],
            [new ClassificationSnapshot(new ClientId("A"), ClientTier.Key), new ClassificationSnapshot(new ClientId("A"), ClientTier.Other), null!]);
        var found = ClassificationValidator.Validate(document).Select(d => (d.Code, d.Severity, d.Path)).ToArray();

        Assert.Contains(("KCL001", DiagnosticSeverity.Error, "clients[2].client"), found);
        Assert.Contains(("KCL007", DiagnosticSeverity.Info, "clients[1].profits"), found);
        Assert.Contains(("KCL008", DiagnosticSeverity.Error, "clients[3]"), found);
        Assert.Contains(("KCL004", DiagnosticSeverity.Warning, "departments[0].clients[1]"), found);
        Assert.Contains(("KCL005", DiagnosticSeverity.Info, "departments[0].clients[2]"), found);
        Assert.Contains(("KCL003", DiagnosticSeverity.Error, "departments[1].department"), found);
        Assert.Contains(("KCL008", DiagnosticSeverity.Error, "departments[2]"), found);
        Assert.Contains(("KCL006", DiagnosticSeverity.Error, "previous[1].client"), found);
        Assert.Contains(("KCL008", DiagnosticSeverity.Error, "previous[2]"), found);
        Assert.Contains(("KCL102", DiagnosticSeverity.Error, "policy.windowPeriods"), found);

        var empty = new ClassificationPortfolioDocument(Currency.Eur, []);
        Assert.Equal(new[] { "KCL002" }, ClassificationValidator.Validate(empty).Select(d => d.Code));
        var report = KeyClientClassifier.Run(document).ToReport();
        Assert.Null(report.Classification);
        Assert.Null(report.Departments);
    }

    [Fact]
    public void A_document_keeps_its_lists_when_the_caller_changes_the_arrays_it_passed_in()
    {
        ClientEvidence[] clients = [new(new ClientId("A")), new(new ClientId("B"))];
        DepartmentList[] departments = [new("sales", [new ClientId("A")])];
        ClassificationSnapshot[] previous = [new(new ClientId("A"), ClientTier.Key)];
        var document = new ClassificationPortfolioDocument(Currency.Eur, clients, null, departments, previous);
        clients[1] = clients[0];
        departments[0] = null!;
        previous[0] = null!;
        Assert.Empty(ClassificationValidator.Validate(document));
        Assert.Equal(new ClientId("B"), document.Clients[1].Client);
    }
}
