using System;
using System.Linq;
using KeyAccount.Core.Negotiation;
using Xunit;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// <see cref="NegotiationPreparation"/> on a plan small enough to work out by hand: two issues,
/// where we care most about the payment term and the client about the price, so trading one for
/// the other gains both sides (the method's integrative negotiation).
/// </summary>
/// <remarks>
/// Price, higher is better for us: options 90, 100, 110, 120 EUR; our target 120 and walk-away
/// 100, the client's target 100 and walk-away 120. Our scores −0.5, 0, 0.5, 1; the client's 1.5,
/// 1, 0.5, 0. Term, lower is better for us: options 30, 60 days; our target 30 and walk-away 60,
/// the client's target 60 and walk-away 30. Weights: ours price 0.2 and term 0.8, the client's
/// price 0.8 and term 0.2. So (price, term) gives us 0.2·price + 0.8·term and the client
/// 0.8·price + 0.2·term, in each side's scores:
/// (120, 30) 1 / 0; (110, 30) 0.9 / 0.4; (100, 30) 0.8 / 0.8; (90, 30) 0.7 / 1.2;
/// (90, 60) −0.1 / 1.4; (100, 60) 0 / 1; (110, 60) 0.1 / 0.6; (120, 60) 0.2 / 0.2.
/// Both BATNAs are worth 0.3.
/// </remarks>
public class NegotiationPreparationTests
{
    private const double Close = 1e-9;

    private static readonly NegotiationIssue Price = new("price", IssueKind.Price, IssueDirection.HigherIsBetter, 120m, 100m, 100m, 120m, 0.2, 0.8, new[] { new IssueOption(90m), new IssueOption(100m), new IssueOption(110m), new IssueOption(120m) }, name: "Price", unit: "EUR");

    private static readonly NegotiationIssue Term = new("term", IssueKind.PaymentTerms, IssueDirection.LowerIsBetter, 30m, 60m, 60m, 30m, 0.8, 0.2, new[] { new IssueOption(30m), new IssueOption(60m) });

    private static PackageTerm[] P(decimal price, decimal term) => new[] { new PackageTerm("price", price), new PackageTerm("term", term) };

    private static NegotiationPlan Plan(ConcessionStep[]? concessions = null, NegotiationOutcome? outcome = null, double ourBatna = 0.3, double clientBatna = 0.3, NegotiationIssue? price = null) =>
        new("trade", new ClientId("shop"), new[] { price ?? Price, Term }, ourBatna: new Batna("Sell elsewhere.", ourBatna), clientBatna: new Batna("Buy elsewhere.", clientBatna), concessions: concessions, outcome: outcome);

    private static NegotiationAnalysis Analyze(NegotiationPlan plan, NegotiationSettings? settings = null)
    {
        var run = NegotiationPreparation.Run(plan, settings);
        Assert.False(run.HasErrors, string.Join("; ", run.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message)));
        return run.Result!;
    }

    private static void Utilities(NegotiationPackage package, double ours, double client)
    {
        Assert.Equal(ours, package.OurUtility, Close);
        Assert.Equal(client, package.ClientUtility, Close);
    }

    [Fact]
    public void Each_issue_has_its_zone_between_the_two_walk_aways()
    {
        var zone = Analyze(Plan()).Zone;
        var price = zone.Issues[0];
        Assert.Equal(("price", true, 100m, 120m), (price.Issue, price.HasAgreement, price.Low, price.High));
        Assert.Equal(new[] { 100m, 110m, 120m }, price.AgreeableValues);
        Assert.Equal("Zone of agreement on 'Price': from 100 EUR to 120 EUR, with 3 values inside.", price.Explanation);
        var term = zone.Issues[1];
        Assert.Equal(("term", true, 30m, 60m), (term.Issue, term.HasAgreement, term.Low, term.High));
        Assert.Equal(new[] { 30m, 60m }, term.AgreeableValues);
        Assert.Equal("Zone of agreement on 'term': from 30 to 60, with 2 values inside.", term.Explanation);

        Assert.True(zone.Exists);
        Assert.Equal(6, zone.AgreeablePackages);
        Assert.Equal("There is a zone of possible agreement: 6 packages keep every issue within both walk-aways, and some give both sides at least their BATNA (ours 0.3, the client's 0.3).", zone.Explanation);
    }

    [Fact]
    public void The_frontiers_keep_only_the_packages_no_other_beats_for_both_sides()
    {
        var analysis = Analyze(Plan());
        var every = analysis.Frontier;
        Assert.True(every.Complete);
        Assert.Equal(8, every.PackagesConsidered);
        Assert.Equal(new[] { (120m, 30m), (110m, 30m), (100m, 30m), (90m, 30m), (90m, 60m) }, every.Packages.Select(p => (p.Terms[0].Value, p.Terms[1].Value)));
        Utilities(every.Packages[0], 1, 0);
        Utilities(every.Packages[3], 0.7, 1.2);
        Utilities(every.Packages[4], -0.1, 1.4);
        Assert.Equal("The efficient frontier of every package (8 packages) holds 5 packages, from ours 1 / client's 0 to ours -0.1 / client's 1.4.", every.Explanation);

        var agreeable = analysis.AgreeableFrontier;
        Assert.Equal(6, agreeable.PackagesConsidered);
        Assert.Equal(new[] { (120m, 30m), (110m, 30m), (100m, 30m), (100m, 60m) }, agreeable.Packages.Select(p => (p.Terms[0].Value, p.Terms[1].Value)));
        Assert.All(agreeable.Packages, p => Assert.Equal(new[] { "price", "term" }, p.Terms.Select(t => t.Issue)));
        Utilities(agreeable.Packages[3], 0, 1);
        Assert.Equal("The efficient frontier of the packages within both sides' walk-aways (6 packages) holds 4 packages, from ours 1 / client's 0 to ours 0 / client's 1.", agreeable.Explanation);
    }

    [Fact]
    public void Suggestions_are_the_agreeable_packages_above_both_BATNAs_by_Nash_product()
    {
        var analysis = Analyze(Plan());
        Assert.Equal(0.3, analysis.OurBatna);
        Assert.Equal(0.3, analysis.ClientBatna);

        // (100, 30): (0.8 − 0.3)(0.8 − 0.3) = 0.25; (110, 30): (0.9 − 0.3)(0.4 − 0.3) = 0.06; the others leave a side at or below its BATNA.
        Assert.Equal(new[] { 1, 2 }, analysis.Suggestions.Select(s => s.Rank));
        Assert.Equal(0.25, analysis.Suggestions[0].NashProduct, Close);
        Assert.Equal(0.06, analysis.Suggestions[1].NashProduct, Close);
        Assert.Equal(
            "The most balanced package: gives us 0.8 (0.5 above our BATNA) and the client 0.8 (0.5 above its BATNA); Nash product 0.25, the largest on the frontier; every issue within both walk-aways and no package beats it for one side without losing for the other. Terms: price 100, term 30.",
            analysis.Suggestions[0].Explanation);
        Assert.Equal(
            "Balanced package 2: gives us 0.9 (0.6 above our BATNA) and the client 0.4 (0.1 above its BATNA); Nash product 0.06; every issue within both walk-aways and no package beats it for one side without losing for the other. Terms: price 110, term 30.",
            analysis.Suggestions[1].Explanation);

        Assert.Single(Analyze(Plan(), new NegotiationSettings { Suggestions = 1 }).Suggestions);
        Assert.Equal(analysis.Zone.Explanation + " " + analysis.Frontier.Explanation + " The most balanced agreeable package (largest Nash product) gives us 0.8 and the client 0.8.", analysis.Explanation);
    }

    [Fact]
    public void Without_BATNAs_both_count_as_zero()
    {
        var plan = new NegotiationPlan("trade", new ClientId("shop"), new[] { Price, Term });
        var analysis = Analyze(plan);
        Assert.Equal((0d, 0d), (analysis.OurBatna, analysis.ClientBatna));

        // (100, 30) 0.8 × 0.8 = 0.64 beats (110, 30) 0.9 × 0.4 = 0.36; (120, 30) and (100, 60) give one side 0, not more than its BATNA.
        Assert.Equal(new[] { 0.64, 0.36 }, analysis.Suggestions.Select(s => Math.Round(s.NashProduct, 9)));
    }

    [Fact]
    public void BATNAs_no_package_meets_leave_no_zone_and_nothing_to_suggest()
    {
        var analysis = Analyze(Plan(ourBatna: 0.85, clientBatna: 0.85));
        Assert.False(analysis.Zone.Exists);
        Assert.All(analysis.Zone.Issues, z => Assert.True(z.HasAgreement));
        Assert.Empty(analysis.Suggestions);
        Assert.Equal("There is no zone of possible agreement: 6 packages keep every issue within both walk-aways, but none gives both sides their BATNA (ours 0.85, the client's 0.85); one side is better off without a deal.", analysis.Zone.Explanation);
        Assert.EndsWith(" No package to suggest: none within both walk-aways gives both sides more than their BATNA.", analysis.Explanation, StringComparison.Ordinal);

        // A package exactly at both BATNAs meets them but is not suggested: the Nash product is 0.
        var atBatna = Analyze(Plan(ourBatna: 0.8, clientBatna: 0.8));
        Assert.True(atBatna.Zone.Exists);
        Assert.Empty(atBatna.Suggestions);
    }

    [Fact]
    public void Crossed_walk_aways_leave_no_zone_on_the_issue_and_none_overall()
    {
        // Our walk-away 115 is above the client's 105: nothing is acceptable to both.
        var crossed = new NegotiationIssue("price", IssueKind.Price, IssueDirection.HigherIsBetter, 120m, 115m, 100m, 105m, 0.2, 0.8, Price.Options, name: "Price", unit: "EUR");
        var analysis = Analyze(Plan(price: crossed));
        var price = analysis.Zone.Issues[0];
        Assert.Equal((false, (decimal?)null, (decimal?)null), (price.HasAgreement, price.Low, price.High));
        Assert.Empty(price.AgreeableValues);
        Assert.Equal("No zone of agreement on 'Price': we accept nothing below 115 EUR, the client (we estimate) nothing above 105 EUR.", price.Explanation);
        Assert.True(analysis.Zone.Issues[1].HasAgreement);
        Assert.False(analysis.Zone.Exists);
        Assert.Equal(0, analysis.Zone.AgreeablePackages);
        Assert.Equal("There is no zone of possible agreement: no value of 'price' is acceptable to both sides; widen a walk-away or add an option.", analysis.Zone.Explanation);
        Assert.Empty(analysis.AgreeableFrontier.Packages);
        Assert.True(analysis.AgreeableFrontier.Complete);
        Assert.Equal("No package keeps every issue within both sides' walk-aways, so there is no agreeable frontier.", analysis.AgreeableFrontier.Explanation);
        Assert.Empty(analysis.Suggestions);
    }

    [Fact]
    public void A_zone_with_no_option_inside_says_to_add_one()
    {
        // Walk-aways 102 (ours) and 108 (the client's) leave 102..108, where no option lies.
        var gap = new NegotiationIssue("price", IssueKind.Price, IssueDirection.HigherIsBetter, 120m, 102m, 100m, 108m, 0.2, 0.8, Price.Options, name: "Price", unit: "EUR");
        var price = Analyze(Plan(price: gap)).Zone.Issues[0];
        Assert.Equal((false, (decimal?)null, (decimal?)null), (price.HasAgreement, price.Low, price.High));
        Assert.Equal("The walk-aways on 'Price' leave a zone from 102 EUR to 108 EUR, but none of the issue's values falls in it; add an option inside it.", price.Explanation);
    }

    [Fact]
    public void A_zone_open_on_one_side_says_any_value()
    {
        // Both sides prefer a higher price (the client resells at a margin on it, say): each walk-away only bounds it from below.
        var same = new NegotiationIssue("price", IssueKind.Price, IssueDirection.HigherIsBetter, 120m, 100m, 120m, 110m, 0.2, 0.8, Price.Options, name: "Price", unit: "EUR", clientDirection: IssueDirection.HigherIsBetter);
        var price = Analyze(Plan(price: same)).Zone.Issues[0];
        Assert.Equal((true, (decimal?)110m, (decimal?)null), (price.HasAgreement, price.Low, price.High));
        Assert.Equal(new[] { 110m, 120m }, price.AgreeableValues);
        Assert.Equal("Zone of agreement on 'Price': from 110 EUR to any value, with 2 values inside.", price.Explanation);
    }

    [Fact]
    public void A_frontier_past_the_limit_is_not_computed_and_the_BATNAs_are_not_checked()
    {
        var analysis = Analyze(Plan(), new NegotiationSettings { MaxFrontierPoints = 2 });
        Assert.False(analysis.Frontier.Complete);
        Assert.Empty(analysis.Frontier.Packages);
        Assert.Equal("The efficient frontier of every package (8 packages) grew past 2 points and was not computed; raise maxFrontierPoints or merge issues.", analysis.Frontier.Explanation);
        Assert.True(analysis.Zone.Exists);
        Assert.Equal("Every issue has a zone of agreement (6 packages in all); the frontier was too large to check the BATNAs exactly.", analysis.Zone.Explanation);
        Assert.Empty(analysis.Suggestions);
    }

    [Fact]
    public void A_frontier_of_one_package_is_best_for_both()
    {
        // One issue the client weighs as we do: its target is ours, so the best value is best for both.
        var shared = new NegotiationIssue("term", IssueKind.PaymentTerms, IssueDirection.LowerIsBetter, 30m, 60m, 30m, 60m, 1, 1, Term.Options, clientDirection: IssueDirection.LowerIsBetter);
        var analysis = Analyze(new NegotiationPlan("same", new ClientId("shop"), new[] { shared }));
        Assert.Equal("The efficient frontier of every package (2 packages) is a single package, best for both sides.", analysis.Frontier.Explanation);
        Utilities(Assert.Single(analysis.Frontier.Packages), 1, 1);
    }

    private static readonly ConcessionStep[] Steps =
    {
        new(P(120m, 30m), note: "Opening."),
        new(P(110m, 30m), "A faster order."),
        new(P(100m, 30m), "A longer contract."),
    };

    [Fact]
    public void The_concession_plan_is_measured_step_by_step()
    {
        var review = Analyze(Plan(Steps)).Concessions!;
        Assert.Equal(new[] { 0, 1, 2 }, review.Steps.Select(s => s.Step));
        Assert.Equal(new[] { 1, 0.9, 0.8 }, review.Steps.Select(s => Math.Round(s.OurUtility, 9)));
        Assert.Equal(new[] { 0, 0.4, 0.8 }, review.Steps.Select(s => Math.Round(s.ClientUtility, 9)));
        Assert.Equal(new[] { 0, 0.1, 0.1 }, review.Steps.Select(s => Math.Round(s.Concession, 9)));
        Assert.Empty(review.Steps[0].ConcededIssues);
        Assert.Equal(new[] { "price" }, review.Steps[1].ConcededIssues);
        Assert.Equal(new[] { "price" }, review.Steps[2].ConcededIssues);
        Assert.Equal("The concession plan opens at 1 for us and 0 for the client and, over 2 further steps, gives up 0.2 of our utility, ending at 0.8.", review.Explanation);
        Assert.Null(Analyze(Plan()).Concessions);
    }

    [Fact]
    public void The_outcome_is_measured_from_both_openings()
    {
        var outcome = Analyze(Plan(Steps, new NegotiationOutcome(P(100m, 30m), clientOpening: P(100m, 60m)))).Outcome!;
        Utilities(outcome.Agreed, 0.8, 0.8);
        Assert.Equal(0.2, outcome.ConcessionsGiven, Close);
        Assert.Equal(0.2, outcome.ConcessionsReceived, Close);
        Assert.True(outcome.AboveOurBatna);
        Assert.Equal(new[] { ("price", 100m, 120m, 100m, 0d), ("term", 30m, 30m, 60m, 1d) }, outcome.Terms.Select(t => (t.Issue, t.Value, t.OurTarget, t.OurWalkAway, t.OurScore)));
        Assert.Equal("The agreement is worth 0.8 to us (at or above our BATNA of 0.3) and 0.8 to the client; we gave up 0.2 of our utility from our opening offer and the client 0.2 of its own from its opening.", outcome.Explanation);
    }

    [Fact]
    public void Without_openings_the_outcome_is_measured_from_the_targets_and_a_term_past_our_walk_away_is_named()
    {
        // (90, 60): −0.1 for us, 1.4 for the client; both targets are worth 1.
        var outcome = Analyze(Plan(outcome: new NegotiationOutcome(P(90m, 60m)))).Outcome!;
        Assert.Equal(1.1, outcome.ConcessionsGiven, Close);
        Assert.Equal(-0.4, outcome.ConcessionsReceived, Close);
        Assert.False(outcome.AboveOurBatna);
        Assert.Equal(-0.5, outcome.Terms[0].OurScore, Close);
        Assert.Equal("The agreement is worth -0.1 to us (below our BATNA of 0.3) and 1.4 to the client; we gave up 1.1 of our utility from our targets and the client -0.4 of its own from its estimated targets. Past our walk-away on 'price'.", outcome.Explanation);
    }

    [Fact]
    public void Errors_in_the_concessions_or_the_outcome_withhold_only_that_part()
    {
        var badStep = new[] { Steps[0], new ConcessionStep(P(105m, 30m)) };
        var outcome = new NegotiationOutcome(P(100m, 30m), clientOpening: P(100m, 60m));
        var run = NegotiationPreparation.Run(Plan(badStep, outcome));
        Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("concessions", StringComparison.Ordinal));
        var analysis = run.Result!;
        Assert.Null(analysis.Concessions);
        Assert.NotNull(analysis.Outcome);
        Assert.Equal(1.0 - 0.8, analysis.Outcome!.ConcessionsGiven, Close);
        Assert.Contains("from our targets", analysis.Outcome.Explanation, StringComparison.Ordinal);

        var badOutcome = NegotiationPreparation.Run(Plan(Steps, new NegotiationOutcome(P(105m, 30m))));
        Assert.Contains(badOutcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path.StartsWith("outcome", StringComparison.Ordinal));
        Assert.Null(badOutcome.Result!.Outcome);
        Assert.NotNull(badOutcome.Result.Concessions);
    }

    [Fact]
    public void Errors_in_the_issues_or_the_settings_withhold_the_analysis()
    {
        var noIssues = NegotiationPreparation.Run(new NegotiationPlan("empty", new ClientId("shop"), Array.Empty<NegotiationIssue>()));
        Assert.True(noIssues.HasErrors);
        Assert.Null(noIssues.Result);

        var settings = NegotiationPreparation.Run(Plan(), new NegotiationSettings { Suggestions = 0 });
        Assert.Null(settings.Result);
        Assert.Equal(new[] { "settings.suggestions" }, settings.Diagnostics.Select(d => d.Path));

        Assert.Equal("settings", Assert.Throws<ArgumentException>(() => NegotiationPreparation.Analyze(Plan(), new NegotiationSettings { MaxFrontierPoints = 0 })).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentException>(() => NegotiationPreparation.Analyze(Plan(new[] { Steps[0], new ConcessionStep(P(105m, 30m)) }))).ParamName);
        Assert.Throws<ArgumentNullException>(() => NegotiationPreparation.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => NegotiationPreparation.Run(null!));
    }

    [Fact]
    public void Evaluate_gives_a_packages_utilities_in_plan_order_and_refuses_a_wrong_package()
    {
        var package = NegotiationPreparation.Evaluate(Plan(), new[] { new PackageTerm("term", 30m), new PackageTerm("price", 110m) });
        Assert.Equal(new[] { ("price", 110m), ("term", 30m) }, package.Terms.Select(t => (t.Issue, t.Value)));
        Utilities(package, 0.9, 0.4);

        Assert.Equal("terms", Assert.Throws<ArgumentException>(() => NegotiationPreparation.Evaluate(Plan(), P(105m, 30m))).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentException>(() => NegotiationPreparation.Evaluate(Plan(), new[] { new PackageTerm("price", 110m) })).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentException>(() => NegotiationPreparation.Evaluate(new NegotiationPlan("empty", new ClientId("shop"), Array.Empty<NegotiationIssue>()), P(110m, 30m))).ParamName);
        Assert.Throws<ArgumentNullException>(() => NegotiationPreparation.Evaluate(Plan(), null!));
        Assert.Throws<ArgumentNullException>(() => NegotiationPreparation.Evaluate(null!, P(110m, 30m)));
    }
}
