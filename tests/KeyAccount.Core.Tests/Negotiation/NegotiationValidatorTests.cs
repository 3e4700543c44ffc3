using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Tests.Negotiation;

public class NegotiationValidatorTests
{
    private static NegotiationPlan Sample => SampleNegotiations.MailOrderNegotiation;

    private static NegotiationPlan WithIssue(int index, Func<NegotiationIssue, NegotiationIssue> change)
    {
        var issues = Sample.Issues.ToArray();
        issues[index] = change(issues[index]);
        return Rebuild(Sample, issues: issues);
    }

    private static NegotiationIssue Issue(NegotiationIssue i, IssueKind? kind = null, IssueDirection? direction = null, decimal? ourTarget = null, decimal? ourWalkAway = null, decimal? clientTarget = null, decimal? clientWalkAway = null, double? ourWeight = null, double? clientWeight = null, IReadOnlyList<IssueOption>? options = null, IssueRange? range = null, bool keepRange = true, string? id = null) =>
        new(id ?? i.Id, kind ?? i.Kind, direction ?? i.Direction, ourTarget ?? i.OurTarget, ourWalkAway ?? i.OurWalkAway, clientTarget ?? i.ClientTarget, clientWalkAway ?? i.ClientWalkAway, ourWeight ?? i.OurWeight, clientWeight ?? i.ClientWeight, options ?? i.Options, range ?? (keepRange ? i.Range : null), i.Name, i.Unit, i.ClientDirection);

    private static NegotiationPlan Rebuild(NegotiationPlan p, IReadOnlyList<NegotiationIssue>? issues = null, Batna? ourBatna = null, bool dropOurBatna = false, IReadOnlyList<ConcessionStep>? concessions = null, NegotiationOutcome? outcome = null, string? id = null) =>
        new(id ?? p.Id, p.Client, issues ?? p.Issues, p.Opportunity, p.Offer, dropOurBatna ? null : ourBatna ?? p.OurBatna, p.ClientBatna, concessions ?? p.Concessions, outcome ?? p.Outcome, p.Title);

    private static ConcessionStep[] Steps(params (decimal Fee, decimal Duration, decimal Payment, decimal Lead, decimal Excl, string? Traded)[] steps) =>
        steps.Select(s => new ConcessionStep(new[] { new PackageTerm("fee", s.Fee), new PackageTerm("duration", s.Duration), new PackageTerm("payment", s.Payment), new PackageTerm("lead-time", s.Lead), new PackageTerm("exclusivity", s.Excl) }, s.Traded)).ToArray();

    public static TheoryData<string, string, string> Defects()
    {
        return new TheoryData<string, string, string>
        {
            { "duplicate issue id", NegotiationDiagnosticCodes.DuplicateId, "issues[1].id" },
            { "empty plan id", NegotiationDiagnosticCodes.EmptyId, "id" },
            { "no issues", NegotiationDiagnosticCodes.NoIssues, "issues" },
            { "undefined kind", NegotiationDiagnosticCodes.UndefinedValue, "issues[0].kind" },
            { "our target below walk-away", NegotiationDiagnosticCodes.OurTargetNotBetter, "issues[0].ourTarget" },
            { "client target above walk-away", NegotiationDiagnosticCodes.ClientTargetNotBetter, "issues[0].clientTarget" },
            { "neither options nor range", NegotiationDiagnosticCodes.OptionsOrRange, "issues[1]" },
            { "range with zero step", NegotiationDiagnosticCodes.InvalidRange, "issues[0].range" },
            { "duplicate option", NegotiationDiagnosticCodes.DuplicateOption, "issues[1].options[1].value" },
            { "negative weight", NegotiationDiagnosticCodes.InvalidWeight, "issues[0].ourWeight" },
            { "all client weights zero", NegotiationDiagnosticCodes.ZeroWeights, "issues" },
            { "infinite batna", NegotiationDiagnosticCodes.InvalidBatna, "ourBatna.utility" },
            { "missing batna", NegotiationDiagnosticCodes.MissingBatna, "ourBatna" },
            { "option off scale", NegotiationDiagnosticCodes.OptionOffScale, "issues[1].options[2].value" },
            { "too many issues", NegotiationDiagnosticCodes.TooManyIssues, "issues" },
            { "unknown issue in a step", NegotiationDiagnosticCodes.UnknownIssue, "concessions[0].terms[5].issue" },
            { "issue left out of a step", NegotiationDiagnosticCodes.IncompletePackage, "concessions[0].terms" },
            { "value not an option", NegotiationDiagnosticCodes.ValueNotAnOption, "concessions[0].terms[0].value" },
            { "offer past our walk-away", NegotiationDiagnosticCodes.PastOurWalkAway, "concessions[1].terms[0].value" },
            { "concession not traded", NegotiationDiagnosticCodes.ConcessionNotTraded, "concessions[1].inExchangeFor" },
            { "concessions growing", NegotiationDiagnosticCodes.ConcessionsNotShrinking, "concessions[2]" },
            { "low-value issue first", NegotiationDiagnosticCodes.LowValueConcededFirst, "concessions[1]" },
            { "agreed past walk-away", NegotiationDiagnosticCodes.AgreedPastWalkAway, "outcome.agreed[0].value" },
            { "concession withdrawn", NegotiationDiagnosticCodes.ConcessionWithdrawn, "concessions[2]" },
            { "batna beyond the scale", NegotiationDiagnosticCodes.InvalidBatna, "clientBatna.utility" },
            { "weights beyond a double", NegotiationDiagnosticCodes.InvalidWeight, "issues" },
        };
    }

    private static NegotiationPlan Inject(string defect) => defect switch
    {
        "duplicate issue id" => WithIssue(1, i => Issue(i, id: "fee")),
        "empty plan id" => Rebuild(Sample, id: " "),
        "no issues" => Rebuild(Sample, issues: Array.Empty<NegotiationIssue>()),
        "undefined kind" => WithIssue(0, i => Issue(i, kind: (IssueKind)42)),
        "our target below walk-away" => WithIssue(0, i => Issue(i, ourTarget: 3_000m)),
        "client target above walk-away" => WithIssue(0, i => Issue(i, clientTarget: 4_000m)),
        "neither options nor range" => WithIssue(1, i => new NegotiationIssue(i.Id, i.Kind, i.Direction, i.OurTarget, i.OurWalkAway, i.ClientTarget, i.ClientWalkAway, i.OurWeight, i.ClientWeight)),
        "range with zero step" => WithIssue(0, i => Issue(i, range: new IssueRange(3_300m, 4_000m, 0m))),
        "duplicate option" => WithIssue(1, i => Issue(i, options: new[] { new IssueOption(12m), new IssueOption(12m) })),
        "negative weight" => WithIssue(0, i => Issue(i, ourWeight: -1)),
        "all client weights zero" => Rebuild(Sample, issues: Sample.Issues.Select(i => Issue(i, clientWeight: 0)).ToArray()),
        "infinite batna" => Rebuild(Sample, ourBatna: new Batna("x", double.PositiveInfinity)),
        "missing batna" => Rebuild(Sample, dropOurBatna: true),
        "option off scale" => WithIssue(1, i => Issue(i, options: new[] { new IssueOption(12m), new IssueOption(24m), new IssueOption(1_000_000_000m) })),
        "too many issues" => Rebuild(Sample, issues: Enumerable.Range(0, 1001).Select(k => Issue(Sample.Issues[1], id: "d" + k)).ToArray()),
        "unknown issue in a step" => Rebuild(Sample, concessions: new[] { new ConcessionStep(Sample.Concessions[0].Terms.Append(new PackageTerm("colour", 1m)).ToArray()) }),
        "issue left out of a step" => Rebuild(Sample, concessions: new[] { new ConcessionStep(Sample.Concessions[0].Terms.Skip(1).ToArray()) }),
        "value not an option" => Rebuild(Sample, concessions: new[] { new ConcessionStep(new[] { new PackageTerm("fee", 3_850m) }.Concat(Sample.Concessions[0].Terms.Skip(1)).ToArray()) }),
        "offer past our walk-away" => Rebuild(Sample, concessions: Steps((4_000m, 36m, 30m, 5m, 0m, null), (3_300m, 36m, 30m, 5m, 0m, "x"))),
        "concession not traded" => Rebuild(Sample, concessions: Steps((4_000m, 36m, 30m, 5m, 0m, null), (3_800m, 36m, 30m, 5m, 0m, " "))),
        "concessions growing" => Rebuild(Sample, concessions: Steps((4_000m, 36m, 30m, 5m, 0m, null), (3_900m, 36m, 30m, 5m, 0m, "x"), (3_600m, 36m, 30m, 5m, 0m, "y"))),
        "low-value issue first" => Rebuild(Sample, concessions: Steps((4_000m, 36m, 30m, 5m, 0m, null), (4_000m, 24m, 30m, 5m, 0m, "x"), (3_900m, 24m, 30m, 5m, 0m, "y"))),
        "agreed past walk-away" => Rebuild(Sample, outcome: new NegotiationOutcome(new[] { new PackageTerm("fee", 3_300m) }.Concat(Sample.Outcome!.Agreed.Skip(1)).ToArray())),
        "batna beyond the scale" => new NegotiationPlan(Sample.Id, Sample.Client, Sample.Issues, ourBatna: Sample.OurBatna, clientBatna: new Batna("x", -1e300)),
        "weights beyond a double" => Rebuild(Sample, issues: Sample.Issues.Select(i => Issue(i, ourWeight: double.MaxValue)).ToArray()),
        "concession withdrawn" => Rebuild(Sample, concessions: Steps((4_000m, 36m, 30m, 5m, 0m, null), (3_800m, 36m, 30m, 5m, 0m, "x"), (3_900m, 36m, 30m, 5m, 0m, null))),
        _ => throw new ArgumentException(defect),
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_injected_defect_yields_its_code_at_its_path(string defect, string code, string path)
    {
        var diagnostics = NegotiationPlanValidator.Validate(Inject(defect));
        Assert.Contains(diagnostics, d => d.Code == code && d.Path == path);
        Assert.Equal(NegotiationDiagnosticCodes.Get(code).Severity, diagnostics.First(d => d.Code == code).Severity);
    }

    [Fact]
    public void A_batna_far_below_the_scale_is_reported_not_turned_into_an_infinite_nash_product()
    {
        // This plan used to run and give Nash products of infinity, which JSON cannot hold.
        var run = NegotiationPreparation.Run(Inject("batna beyond the scale"));
        Assert.Null(run.Result);
        Assert.Contains("-1E+300", Assert.Single(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.InvalidBatna).Message, StringComparison.Ordinal);
        var edge = NegotiationPreparation.Run(new NegotiationPlan(Sample.Id, Sample.Client, Sample.Issues, ourBatna: Sample.OurBatna, clientBatna: new Batna("x", -1_000_000)));
        Assert.NotNull(edge.Result);
        Assert.All(edge.Result!.Suggestions, s => Assert.True(double.IsFinite(s.NashProduct)));
    }

    [Fact]
    public void The_sample_plan_has_no_diagnostics()
    {
        Assert.Empty(NegotiationPlanValidator.Validate(Sample));
    }

    [Fact]
    public void Every_plan_code_is_tested_here_or_in_the_offer_and_presentation_map_tests()
    {
        var tested = Defects().Select(row => (string)row[1]).Concat(OfferTests.Defects().Select(row => (string)row[1])).Concat(PresentationMapTests.Defects().Select(row => (string)row[1])).Append(NegotiationDiagnosticCodes.InvalidSetting).ToHashSet();
        var missing = NegotiationDiagnosticCodes.All.Select(d => d.Code).Where(c => !tested.Contains(c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Codes_are_unique_in_code_order_and_carry_the_area_prefix()
    {
        var codes = NegotiationDiagnosticCodes.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.StartsWith("KAN", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Throws<ArgumentException>(() => NegotiationDiagnosticCodes.Get("KAP001"));
    }

    [Fact]
    public void Settings_out_of_range_are_reported_under_settings_and_withhold_the_result()
    {
        var run = NegotiationPreparation.Run(Sample, new NegotiationSettings { Suggestions = 0, MaxFrontierPoints = 0 });
        Assert.Null(run.Result);
        Assert.Contains(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.InvalidSetting && d.Path == "settings.suggestions");
        Assert.Contains(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.InvalidSetting && d.Path == "settings.maxFrontierPoints");
    }

    [Fact]
    public void An_error_in_the_concession_plan_withholds_only_its_review()
    {
        var run = NegotiationPreparation.Run(Inject("value not an option"));
        Assert.True(run.HasErrors);
        Assert.NotNull(run.Result);
        Assert.Null(run.Result!.Concessions);
        Assert.NotEmpty(run.Result.Frontier.Packages);
    }

    [Fact]
    public void Analyze_refuses_a_plan_with_errors_and_lists_them()
    {
        var e = Assert.Throws<ArgumentException>(() => NegotiationPreparation.Analyze(Inject("no issues")));
        Assert.Contains("KAN003", e.Message);
    }
}
