using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Tests.Negotiation;

public class NegotiationSampleTests
{
    [Fact]
    public void The_sample_negotiation_has_a_zone_a_frontier_and_a_balanced_package()
    {
        var run = NegotiationPreparation.Run(SampleNegotiations.MailOrderNegotiation);
        Assert.Empty(run.Diagnostics);
        var a = run.Result!;
        Assert.True(a.Zone.Exists);
        var fee = a.Zone.Issues.Single(z => z.Issue == "fee");
        Assert.Equal(3_400m, fee.Low);
        Assert.Equal(3_900m, fee.High);
        Assert.Equal(6, fee.AgreeableValues.Count);
        Assert.Equal(8 * 3 * 3 * 4 * 2, a.Frontier.PackagesConsidered);
        Assert.Equal(3, a.Suggestions.Count);
        Assert.True(a.Suggestions.Zip(a.Suggestions.Skip(1), (x, y) => x.NashProduct >= y.NashProduct).All(b => b));
        Assert.Contains("Nash product", a.Suggestions[0].Explanation);
        Assert.Equal(new[] { 0, 1, 2, 3 }, a.Concessions!.Steps.Select(s => s.Step));
        Assert.Equal(new[] { "fee" }, a.Concessions.Steps[1].ConcededIssues);
        Assert.True(a.Outcome!.AboveOurBatna);
        Assert.True(a.Outcome.ConcessionsGiven > 0 && a.Outcome.ConcessionsReceived > 0);
    }

    [Fact]
    public void The_samples_round_trip_through_json()
    {
        var plan = KeyAccountJson.Serialize(SampleNegotiations.MailOrderNegotiation);
        Assert.Equal(plan, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<NegotiationPlan>(plan)));
        var offer = KeyAccountJson.Serialize(SampleNegotiations.MailOrderOffer);
        Assert.Equal(offer, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<Offer>(offer)));
        var analysis = NegotiationPreparation.Analyze(SampleNegotiations.MailOrderNegotiation);
        Assert.Contains("\"suggestions\"", KeyAccountJson.Serialize(analysis));
    }

    [Fact]
    public void A_document_without_format_version_reads_as_version_1_and_a_newer_one_is_refused()
    {
        var json = KeyAccountJson.Serialize(SampleNegotiations.MailOrderNegotiation).Replace("\"formatVersion\": 1,", string.Empty);
        Assert.Equal(1, KeyAccountJson.Deserialize<NegotiationPlan>(json).FormatVersion);
        var newer = KeyAccountJson.Serialize(SampleNegotiations.MailOrderOffer).Replace("\"formatVersion\": 1", "\"formatVersion\": 99");
        Assert.Throws<System.Text.Json.JsonException>(() => KeyAccountJson.Deserialize<Offer>(newer));
    }

    [Fact]
    public void A_well_formed_but_wrong_plan_loads_and_is_reported()
    {
        const string json = """{ "id": "x", "client": "c", "issues": [ { "id": "fee", "kind": "price", "direction": "higherIsBetter", "ourTarget": 1, "ourWalkAway": 2, "clientTarget": 1, "clientWalkAway": 2, "ourWeight": -1, "clientWeight": 1 } ] }""";
        var plan = KeyAccountJson.Deserialize<NegotiationPlan>(json);
        var codes = NegotiationPreparation.Run(plan).Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Contains(NegotiationDiagnosticCodes.OurTargetNotBetter, codes);
        Assert.Contains(NegotiationDiagnosticCodes.OptionsOrRange, codes);
        Assert.Contains(NegotiationDiagnosticCodes.InvalidWeight, codes);
    }
}
