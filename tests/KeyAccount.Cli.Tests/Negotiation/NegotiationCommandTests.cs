using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Cli.Review;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;
using Xunit;

namespace KeyAccount.Cli.Tests.Negotiation;

public class NegotiationCommandTests
{
    private static string SampleFile<T>(T document) => CliRunner.TempFile(KeyAccountJson.Serialize(document), ".json");

    [Fact]
    public void The_sample_offer_belongs_to_the_sample_portfolios_mail_order_opportunity()
    {
        var portfolio = KeyAccount.Core.Review.SamplePortfolios.PublisherAndBookshops();
        var first = portfolio.Opportunities!.Opportunities.First(o => o.Title == "Mail-order service for pensioners");
        Assert.Equal(SampleNegotiations.Opportunity, first.Id);
        Assert.Contains(portfolio.Plan!.ClientGoals, g => g.Id == SampleNegotiations.MailOrderOffer.ClientGoal);
    }

    [Fact]
    public void Offer_prints_the_numbers_and_who_must_approve()
    {
        var result = CliRunner.Run("offer", SampleFile(SampleNegotiations.MailOrderOffer));
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("client's ROI", result.Out);
        Assert.Contains("KAN050", result.Out);
        Assert.Contains("Sales director", result.Out);
    }

    [Fact]
    public void Offer_with_mixed_currencies_exits_1_and_reports_the_path()
    {
        var json = KeyAccountJson.Serialize(SampleNegotiations.MailOrderOffer);
        var wrong = json.Replace("\"currency\": \"EUR\"\n      },\n      \"every\"", "\"currency\": \"USD\"\n      },\n      \"every\"");
        Assert.NotEqual(json, wrong);
        var result = CliRunner.Run("offer", CliRunner.TempFile(wrong, ".json"), "--format", "json");
        Assert.Equal(ExitCodes.AnalysisErrors, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Contains(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "KAN042" && d.GetProperty("path").GetString() == "benefits[0].amountPerPeriod");
    }

    [Fact]
    public void Negotiation_prints_the_zone_the_suggestions_and_the_concession_plan_and_draws_the_chart()
    {
        var chart = Path.Combine(Path.GetTempPath(), "keyaccount-frontier-" + System.Guid.NewGuid().ToString("N") + ".svg");
        var result = CliRunner.Run("negotiation", SampleFile(SampleNegotiations.MailOrderNegotiation), "--chart", chart);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("zone of possible agreement", result.Out);
        Assert.Contains("suggested packages", result.Out);
        Assert.Contains("concession plan", result.Out);
        var svg = File.ReadAllText(chart);
        Assert.StartsWith("<?xml", svg);
        Assert.Contains("efficient frontier", svg);
        Assert.Contains("our BATNA", svg);
    }

    [Fact]
    public void Negotiation_json_carries_the_analysis()
    {
        var result = CliRunner.Run("negotiation", SampleFile(SampleNegotiations.MailOrderNegotiation), "--format", "json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var analysis = doc.RootElement.GetProperty("analysis");
        Assert.Equal(3, analysis.GetProperty("suggestions").GetArrayLength());
        Assert.True(analysis.GetProperty("zone").GetProperty("exists").GetBoolean());
    }

    [Fact]
    public void A_malformed_plan_exits_2_and_a_wrong_one_exits_1()
    {
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("negotiation", CliRunner.TempFile("{ \"id\": ", ".json")).ExitCode);
        var wrong = CliRunner.Run("negotiation", CliRunner.TempFile("{ \"id\": \"x\", \"client\": \"c\", \"issues\": [] }", ".json"));
        Assert.Equal(ExitCodes.AnalysisErrors, wrong.ExitCode);
        Assert.Contains("KAN003", wrong.Out);
    }

    [Fact]
    public void Offer_with_a_map_reports_the_audience_against_the_maps_people_at_their_paths()
    {
        var result = CliRunner.Run("offer", SampleFile(SampleNegotiations.MailOrderOffer), "--map", SampleFile(KeyAccount.Core.Relationships.SampleMaps.Bookshop), "--format", "json");
        Assert.True(result.ExitCode == ExitCodes.AnalysisErrors, result.ToString());
        using var doc = JsonDocument.Parse(result.Out);
        var found = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("path").GetString())).ToList();
        Assert.Contains(("KAN066", "presentation.audience[1].person"), found);
        Assert.Contains(("KAN067", "presentation.audience"), found);
        Assert.Contains(("KAN068", "presentation.audience[2].roles[0]"), found);
        Assert.True(doc.RootElement.TryGetProperty("evaluation", out _));

        // Without the map the same offer has no error.
        Assert.Equal(ExitCodes.Success, CliRunner.Run("offer", SampleFile(SampleNegotiations.MailOrderOffer)).ExitCode);
    }

    [Fact]
    public void Offer_with_rules_applies_the_companys_rules()
    {
        // 8% within the key account manager's own authority, exclusivity without approval: nothing to approve.
        const string Rules = "{ \"tiers\": [ { \"tier\": \"key\", \"discountLevels\": [ { \"upTo\": 0.1, \"approver\": \"Key account manager\" } ], \"maxPaymentTermDays\": 60, \"exclusivityAllowed\": true } ] }";
        var result = CliRunner.Run("offer", SampleFile(SampleNegotiations.MailOrderOffer), "--rules", CliRunner.TempFile(Rules, ".json"), "--format", "json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(0, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("evaluation").GetProperty("approvers").GetArrayLength());

        // An empty rules document is the defaults: the sales director approves 8% for a key client.
        Assert.Contains("KAN050", CliRunner.Run("offer", SampleFile(SampleNegotiations.MailOrderOffer), "--rules", CliRunner.TempFile("{}", ".json")).Out);
    }

    [Fact]
    public void Rules_that_break_a_rule_exit_1_under_rules_and_malformed_ones_exit_2_naming_file_and_path()
    {
        var offer = SampleFile(SampleNegotiations.MailOrderOffer);
        var wrong = CliRunner.Run("offer", offer, "--rules", CliRunner.TempFile("{ \"minimumRoi\": 0.1, \"tiers\": [ { \"tier\": \"potentialKey\", \"discountLevels\": [], \"maxPaymentTermDays\": -5 } ] }", ".json"), "--format", "json");
        Assert.Equal(ExitCodes.AnalysisErrors, wrong.ExitCode);
        using (var doc = JsonDocument.Parse(wrong.Out))
        {
            Assert.Contains(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "KAN080" && d.GetProperty("path").GetString() == "rules.tiers[0].maxPaymentTermDays");
        }

        var rulesFile = CliRunner.TempFile("{ \"tiers\": [ { \"tier\": \"key\", \"discountLevels\": [ { \"upTo\": \"ten\", \"approver\": \"x\" } ], \"maxPaymentTermDays\": 60 } ] }", ".json");
        var malformed = CliRunner.Run("offer", offer, "--rules", rulesFile);
        Assert.Equal(ExitCodes.BadInput, malformed.ExitCode);
        Assert.StartsWith("keyaccount: " + rulesFile + ": $.tiers[0].discountLevels[0].upTo", malformed.Error, StringComparison.Ordinal);

        var newer = CliRunner.Run("offer", offer, "--rules", CliRunner.TempFile("{ \"formatVersion\": 2 }", ".json"));
        Assert.Equal(ExitCodes.BadInput, newer.ExitCode);
        Assert.Contains("$.formatVersion", newer.Error, StringComparison.Ordinal);

        var mapFile = CliRunner.TempFile("{ \"client\": \"bookshop\", \"people\": [ { \"id\": 3 } ] }", ".json");
        var badMap = CliRunner.Run("offer", offer, "--map", mapFile);
        Assert.Equal(ExitCodes.BadInput, badMap.ExitCode);
        Assert.StartsWith("keyaccount: " + mapFile + ": $.people[0]", badMap.Error, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("offer", offer, "--map", "no-such-map.json").ExitCode);
    }
}
