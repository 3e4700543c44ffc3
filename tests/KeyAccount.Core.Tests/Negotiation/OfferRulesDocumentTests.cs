using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// The key-client rules as a JSON document of their own: versioned like every document, members
/// left out keep their defaults, every defect a diagnostic (<c>KAN080</c>) with its path, and any
/// rules round-trip.
/// </summary>
[Properties(Arbitrary = new[] { typeof(NegotiationDocumentGenerators) }, MaxTest = 300)]
public class OfferRulesDocumentTests
{
    private static readonly string[] Approvers = { "Key account manager", "Sales director", " ", string.Empty, "Directeur général", "quote \" and \\" };

    /// <summary>Any rules JSON can carry: tiers in any order (repeated, undefined), levels in any order, any day count, blank approvers.</summary>
    private static Gen<OfferRules> AnyRules { get; } =
        from tiers in Gen.ArrayOf(
            from tier in Gen.Elements(ClientTier.Key, ClientTier.PotentialKey, ClientTier.Other, (ClientTier)7)
            from levels in Gen.ArrayOf(
                from upTo in Gen.Elements(0.0, 0.03, 0.05, 0.1, 0.5, 1.0, 1.5, -0.1)
                from approver in Gen.Elements(Approvers)
                select new DiscountLevel(upTo, approver))
            from days in Gen.Choose(-30, 120)
            from paymentApprover in Gen.Elements(Approvers.Cast<string?>().Append(null).ToArray())
            from allowed in Gen.Elements(true, false)
            from exclusivityApprover in Gen.Elements(Approvers.Cast<string?>().Append(null).ToArray())
            select new TierRules(tier, levels, days, paymentApprover, allowed, exclusivityApprover))
        from minimumRoi in Gen.Elements(-1.0, 0.0, 0.1, 0.25, 1e300)
        select new OfferRules(minimumRoi, tiers);

    private static string Sample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Negotiation", "Versions", "offer-rules-v1.json"));

    [Fact]
    public void An_empty_document_reads_as_the_default_rules()
    {
        var rules = KeyAccountJson.Deserialize<OfferRules>("{}");
        Assert.Equal(KeyAccountJson.Serialize(OfferRules.Default), KeyAccountJson.Serialize(rules));
        Assert.Equal(1, rules.FormatVersion);
        Assert.Same(OfferRules.Default.Tiers, new OfferRules().Tiers);
    }

    [Fact]
    public void The_rules_follow_the_versioning_convention()
    {
        using var written = JsonDocument.Parse(KeyAccountJson.Serialize(OfferRules.Default));
        Assert.Equal(OfferRules.CurrentFormatVersion, written.RootElement.GetProperty("formatVersion").GetInt32());

        var newer = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<OfferRules>("{ \"formatVersion\": " + (OfferRules.CurrentFormatVersion + 1) + " }"));
        Assert.Equal("$.formatVersion", newer.Path);
    }

    [Fact]
    public void The_version_1_document_reads_and_the_offer_is_checked_under_its_rules()
    {
        var rules = KeyAccountJson.Deserialize<OfferRules>(Sample);
        Assert.Empty(rules.Validate());
        Assert.Equal(0.15, rules.MinimumRoi);
        Assert.Null(rules.For(ClientTier.Other));

        // 8% for a key client: the sales director under these rules as under the defaults; 45 days within 60.
        var evaluation = OfferAnalysis.Run(SampleNegotiations.MailOrderOffer, rules).Result!;
        Assert.Equal(new[] { "Sales director", "Managing director" }, evaluation.Approvers);

        // A potential key client: 8% is beyond the only level, exclusivity is not granted.
        var potential = OfferValidator.Validate(OfferTests.Rebuild(SampleNegotiations.MailOrderOffer, tier: ClientTier.PotentialKey), rules).Select(d => d.Code).ToList();
        Assert.Contains(NegotiationDiagnosticCodes.DiscountBeyondLimit, potential);
        Assert.Contains(NegotiationDiagnosticCodes.ExclusivityNotAllowed, potential);
    }

    public static TheoryData<string, string> Defects() => new()
    {
        { "\"tier\": \"Key\"", "tiers[1].tier" },
        { "\"tier\": 9", "tiers[1].tier" },
        { "\"maxPaymentTermDays\": -1", "tiers[1].maxPaymentTermDays" },
        { "\"discountLevels\": [ { \"upTo\": 1.2, \"approver\": \"x\" } ]", "tiers[1].discountLevels[0].upTo" },
        { "\"discountLevels\": [ { \"upTo\": 0.1, \"approver\": \"x\" }, { \"upTo\": 0.05, \"approver\": \"y\" } ]", "tiers[1].discountLevels[1].upTo" },
        { "\"discountLevels\": [ { \"upTo\": 0.1, \"approver\": \" \" } ]", "tiers[1].discountLevels[0].approver" },
        { "\"paymentTermApprover\": \"\"", "tiers[1].paymentTermApprover" },
        { "\"exclusivityApprover\": \"  \"", "tiers[1].exclusivityApprover" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_defect_in_the_rules_document_loads_and_is_KAN080_at_its_path(string member, string path)
    {
        var json = JsonNode.Parse(Sample)!;
        var tier = json["tiers"]![1]!.AsObject();
        var change = JsonNode.Parse("{ " + member + " }")!.AsObject().Single();
        tier[change.Key] = change.Value!.DeepClone();

        var rules = KeyAccountJson.Deserialize<OfferRules>(json.ToJsonString());
        var found = Assert.Single(rules.Validate());
        Assert.Equal((NegotiationDiagnosticCodes.InvalidSetting, path, DiagnosticSeverity.Error), (found.Code, found.Path, found.Severity));
        Assert.Contains(OfferAnalysis.Run(SampleNegotiations.MailOrderOffer, rules).Diagnostics, d => d.Code == NegotiationDiagnosticCodes.InvalidSetting && d.Path == "rules." + path);
    }

    [Property]
    public Property Any_rules_round_trip_through_json_and_validate_alike()
    {
        return Prop.ForAll(AnyRules.ToArbitrary(), rules =>
        {
            var json = KeyAccountJson.Serialize(rules);
            var back = KeyAccountJson.Deserialize<OfferRules>(json);
            return (KeyAccountJson.Serialize(back) == json
                    && back.MinimumRoi.Equals(rules.MinimumRoi)
                    && back.Tiers.Count == rules.Tiers.Count
                    && back.Validate().SequenceEqual(rules.Validate()))
                .Label(json);
        });
    }

    [Property]
    public bool The_rules_of_a_generated_valid_offer_round_trip_and_check_the_offer_alike(ValidOffer valid)
    {
        var back = KeyAccountJson.Deserialize<OfferRules>(KeyAccountJson.Serialize(valid.Rules));
        return OfferValidator.Validate(valid.Offer, back, valid.Plan).SequenceEqual(OfferValidator.Validate(valid.Offer, valid.Rules, valid.Plan));
    }

    [Property]
    public Property A_member_left_out_of_the_document_keeps_its_default(bool leaveOutRoi, bool leaveOutTiers)
    {
        return Prop.ForAll(AnyRules.ToArbitrary(), rules =>
        {
            var json = JsonNode.Parse(KeyAccountJson.Serialize(rules))!.AsObject();
            if (leaveOutRoi)
            {
                json.Remove("minimumRoi");
            }

            if (leaveOutTiers)
            {
                json.Remove("tiers");
            }

            var back = KeyAccountJson.Deserialize<OfferRules>(json.ToJsonString());
            var expected = new OfferRules(leaveOutRoi ? OfferRules.Default.MinimumRoi : rules.MinimumRoi, leaveOutTiers ? null : rules.Tiers);
            return (KeyAccountJson.Serialize(back) == KeyAccountJson.Serialize(expected)).Label(json.ToJsonString());
        });
    }
}
