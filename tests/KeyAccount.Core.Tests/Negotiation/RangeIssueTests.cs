using System;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// The negotiating ranges: an issue whose values are a range walked at a step (the sample's monthly
/// fee, 3,300 to 4,000 EUR by 100), each side's target and walk-away on it, and packages that must
/// keep to its points. Each defect gives its code at its path.
/// </summary>
public class RangeIssueTests
{
    private static NegotiationPlan Sample => SampleNegotiations.MailOrderNegotiation;

    private static NegotiationIssue Fee => Sample.Issues[0];

    private static NegotiationPlan WithFee(Func<NegotiationIssue, NegotiationIssue> change) =>
        new(Sample.Id, Sample.Client, new[] { change(Fee) }.Concat(Sample.Issues.Skip(1)).ToArray(), Sample.Opportunity, Sample.Offer, Sample.OurBatna, Sample.ClientBatna, Sample.Concessions, Sample.Outcome, Sample.Title);

    private static NegotiationIssue Fee2(decimal? ourTarget = null, decimal? ourWalkAway = null, decimal? clientTarget = null, decimal? clientWalkAway = null, IssueRange? range = null, IssueOption[]? options = null, IssueDirection? clientDirection = null) =>
        new(Fee.Id, Fee.Kind, Fee.Direction, ourTarget ?? Fee.OurTarget, ourWalkAway ?? Fee.OurWalkAway, clientTarget ?? Fee.ClientTarget, clientWalkAway ?? Fee.ClientWalkAway, Fee.OurWeight, Fee.ClientWeight, options, range ?? Fee.Range, Fee.Name, Fee.Unit, clientDirection);

    private static PackageTerm[] Terms(decimal fee, PackageTerm[] rest) => new[] { new PackageTerm("fee", fee) }.Concat(rest.Skip(1)).ToArray();

    private static NegotiationPlan WithSteps(params decimal[] fees) =>
        new(Sample.Id, Sample.Client, Sample.Issues, Sample.Opportunity, Sample.Offer, Sample.OurBatna, Sample.ClientBatna,
            fees.Select((fee, k) => new ConcessionStep(Terms(fee, Sample.Concessions[0].Terms.ToArray()), k == 0 ? null : "something in exchange")).ToArray(),
            null, Sample.Title);

    private static NegotiationPlan WithOutcome(decimal agreedFee, decimal openingFee) =>
        new(Sample.Id, Sample.Client, Sample.Issues, Sample.Opportunity, Sample.Offer, Sample.OurBatna, Sample.ClientBatna, Sample.Concessions,
            new NegotiationOutcome(Terms(agreedFee, Sample.Outcome!.Agreed.ToArray()), Sample.Outcome.Date, Terms(openingFee, Sample.Outcome.ClientOpening.ToArray())), Sample.Title);

    public static TheoryData<string, string, string, string> Defects() => new()
    {
        // Targets and walk-aways on the range: each side's target must be better than its walk-away in its direction.
        { "our target below our walk-away", NegotiationDiagnosticCodes.OurTargetNotBetter, "issues[0].ourTarget", "Our target 3,400 is not higher than our walk-away 4,000" },
        { "our target equal to our walk-away", NegotiationDiagnosticCodes.OurTargetNotBetter, "issues[0].ourTarget", "not higher than our walk-away 3,400" },
        { "client's target above its walk-away", NegotiationDiagnosticCodes.ClientTargetNotBetter, "issues[0].clientTarget", "The client's target 3,900 is not lower than its walk-away 3,300" },
        { "client's direction the same as ours, targets the other way", NegotiationDiagnosticCodes.ClientTargetNotBetter, "issues[0].clientTarget", "not higher than its walk-away 3,900" },

        // The range itself.
        { "both a range and options", NegotiationDiagnosticCodes.OptionsOrRange, "issues[0]", "both options and a range" },
        { "range with its minimum above its maximum", NegotiationDiagnosticCodes.InvalidRange, "issues[0].range", "minimum 4,000 is above its maximum 3,300" },
        { "range with a negative step", NegotiationDiagnosticCodes.InvalidRange, "issues[0].range", "step is -100" },
        { "range of 10,001 points", NegotiationDiagnosticCodes.InvalidRange, "issues[0].range", "more than 10,000 points" },
        { "range whose steps leave decimal", NegotiationDiagnosticCodes.InvalidRange, "issues[0].range", "more than 10,000 points" },
        { "range wider than decimal", NegotiationDiagnosticCodes.InvalidRange, "issues[0].range", "wider than an exact decimal holds" },
        { "range reaching far off the scale", NegotiationDiagnosticCodes.OptionOffScale, "issues[0].range", "more than a million times" },

        // Packages on the range: every value one of its points.
        { "concession above the range", NegotiationDiagnosticCodes.ValueNotAnOption, "concessions[1].terms[0].value", "4,100 is not one of the values of the issue 'fee'" },
        { "concession below the range", NegotiationDiagnosticCodes.ValueNotAnOption, "concessions[1].terms[0].value", "3,200 is not one of the values" },
        { "concession between two points", NegotiationDiagnosticCodes.ValueNotAnOption, "concessions[1].terms[0].value", "3,850 is not one of the values" },
        { "concession at a maximum the steps do not reach", NegotiationDiagnosticCodes.ValueNotAnOption, "concessions[1].terms[0].value", "4,050 is not one of the values" },
        { "concession in the range but past our walk-away", NegotiationDiagnosticCodes.PastOurWalkAway, "concessions[1].terms[0].value", "past our walk-away 3,400" },
        { "agreement outside the range", NegotiationDiagnosticCodes.ValueNotAnOption, "outcome.agreed[0].value", "5,000 is not one of the values" },
        { "client's opening outside the range", NegotiationDiagnosticCodes.ValueNotAnOption, "outcome.clientOpening[0].value", "3,000 is not one of the values" },
        { "agreement in the range but past our walk-away", NegotiationDiagnosticCodes.AgreedPastWalkAway, "outcome.agreed[0].value", "past our walk-away 3,400" },
    };

    private static NegotiationPlan Inject(string defect) => defect switch
    {
        "our target below our walk-away" => WithFee(_ => Fee2(ourTarget: 3_400m, ourWalkAway: 4_000m)),
        "our target equal to our walk-away" => WithFee(_ => Fee2(ourTarget: 3_400m)),
        "client's target above its walk-away" => WithFee(_ => Fee2(clientTarget: 3_900m, clientWalkAway: 3_300m)),
        "client's direction the same as ours, targets the other way" => WithFee(_ => Fee2(clientDirection: IssueDirection.HigherIsBetter)),
        "both a range and options" => WithFee(_ => Fee2(options: new[] { new IssueOption(3_300m), new IssueOption(4_000m) })),
        "range with its minimum above its maximum" => WithFee(_ => Fee2(range: new IssueRange(4_000m, 3_300m, 100m))),
        "range with a negative step" => WithFee(_ => Fee2(range: new IssueRange(3_300m, 4_000m, -100m))),
        "range of 10,001 points" => WithFee(_ => Fee2(range: new IssueRange(0m, 10_000m, 1m))),
        "range whose steps leave decimal" => WithFee(_ => Fee2(range: new IssueRange(0m, 10_000_000_000_000_000_000_000_000m, 0.0000000000000000000001m))),
        "range wider than decimal" => WithFee(_ => Fee2(range: new IssueRange(decimal.MinValue, decimal.MaxValue, decimal.MaxValue))),
        "range reaching far off the scale" => WithFee(_ => Fee2(range: new IssueRange(3_300m, 1_000_000_000_000m, 1_000_000_000m))),
        "concession above the range" => WithSteps(4_000m, 4_100m),
        "concession below the range" => WithSteps(4_000m, 3_200m),
        "concession between two points" => WithSteps(4_000m, 3_850m),
        "concession at a maximum the steps do not reach" => new NegotiationPlan(Sample.Id, Sample.Client, new[] { Fee2(range: new IssueRange(3_300m, 4_050m, 100m)) }.Concat(Sample.Issues.Skip(1)).ToArray(), ourBatna: Sample.OurBatna, clientBatna: Sample.ClientBatna, concessions: WithSteps(4_000m, 4_050m).Concessions),
        "concession in the range but past our walk-away" => WithSteps(4_000m, 3_300m),
        "agreement outside the range" => WithOutcome(5_000m, 3_300m),
        "client's opening outside the range" => WithOutcome(3_800m, 3_000m),
        "agreement in the range but past our walk-away" => WithOutcome(3_300m, 3_300m),
        _ => throw new ArgumentException(defect),
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_range_defect_yields_its_code_at_its_path(string defect, string code, string path, string message)
    {
        var plan = Inject(defect);
        var diagnostics = NegotiationPlanValidator.Validate(plan);
        var found = diagnostics.Where(d => d.Code == code && d.Path == path).ToList();
        Assert.True(found.Count > 0, defect + ": " + string.Join("; ", diagnostics));
        Assert.Contains(found, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(NegotiationDiagnosticCodes.Get(code).Severity, found[0].Severity);

        // The document loads from JSON and runs without an exception, whatever the defect.
        var json = KeyAccountJson.Serialize(plan);
        var run = NegotiationPreparation.Run(KeyAccountJson.Deserialize<NegotiationPlan>(json));
        Assert.Contains(run.Diagnostics, d => d.Code == code && d.Path == path);
    }

    [Fact]
    public void A_range_of_exactly_10000_points_is_valid_and_its_maximum_is_a_point()
    {
        var plan = new NegotiationPlan("p", new ClientId("c"), new[]
        {
            new NegotiationIssue("volume", IssueKind.Volume, IssueDirection.HigherIsBetter, 9_999m, 0m, 0m, 9_999m, 1, 1, range: new IssueRange(0m, 9_999m, 1m)),
        }, ourBatna: new Batna("x", 0), clientBatna: new Batna("y", 0), concessions: new[] { new ConcessionStep(new[] { new PackageTerm("volume", 9_999m) }) });
        Assert.Empty(NegotiationPlanValidator.Validate(plan));
        var zone = NegotiationPreparation.Analyze(plan).Zone.Issues.Single();
        Assert.Equal(10_000, zone.AgreeableValues.Count);
        Assert.Equal(9_999m, zone.AgreeableValues[^1]);
    }

    [Fact]
    public void The_zone_on_a_range_is_its_points_within_both_walk_aways()
    {
        // Our walk-away 3,400 and the client's 3,900: the points 3,400, 3,500, ..., 3,900.
        var zone = NegotiationPreparation.Analyze(Sample).Zone.Issues.Single(z => z.Issue == "fee");
        Assert.Equal(new[] { 3_400m, 3_500m, 3_600m, 3_700m, 3_800m, 3_900m }, zone.AgreeableValues);

        // Walk-aways that cross leave no zone, said plainly (the concession plan, now past our walk-away, only loses its review).
        var crossed = NegotiationPreparation.Run(WithFee(_ => Fee2(ourWalkAway: 3_950m, clientWalkAway: 3_500m, clientTarget: 3_300m))).Result!;
        var fee = crossed.Zone.Issues.Single(z => z.Issue == "fee");
        Assert.False(fee.HasAgreement);
        Assert.False(crossed.Zone.Exists);
        Assert.Contains("No zone of agreement on 'Monthly fee'", fee.Explanation, StringComparison.Ordinal);
    }
}
