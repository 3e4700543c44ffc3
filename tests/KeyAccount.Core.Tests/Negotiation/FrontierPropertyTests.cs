using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Negotiation;

namespace KeyAccount.Core.Tests.Negotiation;

[Properties(Arbitrary = new[] { typeof(NegotiationGenerators) }, MaxTest = 200)]
public class FrontierPropertyTests
{
    /// <summary>Every package of the plan, by enumeration, with both utilities.</summary>
    private static List<NegotiationPackage> BruteForce(NegotiationPlan plan, bool agreeableOnly)
    {
        IEnumerable<List<PackageTerm>> packages = new[] { new List<PackageTerm>() };
        foreach (var issue in plan.Issues)
        {
            var values = issue.Options.Select(o => o.Value).Where(v => !agreeableOnly || (Accepts(issue.Direction, v, issue.OurWalkAway) && Accepts(ClientDirection(issue), v, issue.ClientWalkAway))).ToList();
            packages = packages.SelectMany(p => values.Select(v => new List<PackageTerm>(p) { new PackageTerm(issue.Id, v) })).ToList();
        }

        return packages.Select(p => NegotiationPreparation.Evaluate(plan, p)).ToList();
    }

    internal static bool Accepts(IssueDirection direction, decimal value, decimal walkAway) =>
        direction == IssueDirection.HigherIsBetter ? value >= walkAway : value <= walkAway;

    internal static IssueDirection ClientDirection(NegotiationIssue issue) =>
        issue.ClientDirection ?? (issue.Direction == IssueDirection.HigherIsBetter ? IssueDirection.LowerIsBetter : IssueDirection.HigherIsBetter);

    private static bool Dominates(NegotiationPackage a, NegotiationPackage b) =>
        a.OurUtility >= b.OurUtility && a.ClientUtility >= b.ClientUtility && (a.OurUtility > b.OurUtility || a.ClientUtility > b.ClientUtility);

    [Property]
    public bool A_generated_valid_plan_has_no_errors(SmallPlan small) =>
        !NegotiationPlanValidator.Validate(small.Plan).HasErrors();

    [Property]
    public bool No_package_found_by_brute_force_dominates_a_frontier_package(SmallPlan small)
    {
        var analysis = NegotiationPreparation.Analyze(small.Plan);
        var all = BruteForce(small.Plan, false);
        return analysis.Frontier.Complete && analysis.Frontier.Packages.All(f => !all.Any(p => Dominates(p, f)));
    }

    [Property]
    public bool Every_non_dominated_brute_force_package_is_on_the_frontier(SmallPlan small)
    {
        var analysis = NegotiationPreparation.Analyze(small.Plan);
        var all = BruteForce(small.Plan, false);
        var nonDominated = all.Where(p => !all.Any(q => Dominates(q, p))).Select(p => (p.OurUtility, p.ClientUtility)).Distinct().OrderBy(x => x).ToList();
        var frontier = analysis.Frontier.Packages.Select(p => (p.OurUtility, p.ClientUtility)).OrderBy(x => x).ToList();
        return nonDominated.SequenceEqual(frontier);
    }

    [Property]
    public bool The_agreeable_frontier_is_the_frontier_of_the_packages_within_both_walk_aways(SmallPlan small)
    {
        var analysis = NegotiationPreparation.Analyze(small.Plan);
        var all = BruteForce(small.Plan, true);
        var nonDominated = all.Where(p => !all.Any(q => Dominates(q, p))).Select(p => (p.OurUtility, p.ClientUtility)).Distinct().OrderBy(x => x).ToList();
        var frontier = analysis.AgreeableFrontier.Packages.Select(p => (p.OurUtility, p.ClientUtility)).OrderBy(x => x).ToList();
        return nonDominated.SequenceEqual(frontier) && analysis.Zone.AgreeablePackages == all.Count;
    }

    [Property]
    public bool Each_frontier_package_is_the_first_of_its_point_in_option_order(SmallPlan small)
    {
        var analysis = NegotiationPreparation.Analyze(small.Plan);
        var all = BruteForce(small.Plan, false);
        return analysis.Frontier.Packages.All(f =>
            all.First(p => p.OurUtility == f.OurUtility && p.ClientUtility == f.ClientUtility).Terms.Select(t => t.Value).SequenceEqual(f.Terms.Select(t => t.Value)));
    }

    [Property]
    public bool No_suggested_package_is_past_either_sides_walk_away_or_below_a_batna(SmallPlan small)
    {
        var plan = small.Plan;
        var analysis = NegotiationPreparation.Analyze(plan);
        return analysis.Suggestions.All(s =>
            s.Package.OurUtility > analysis.OurBatna
            && s.Package.ClientUtility > analysis.ClientBatna
            && s.Package.Terms.All(t =>
            {
                var issue = plan.Issues.Single(i => i.Id == t.Issue);
                return Accepts(issue.Direction, t.Value, issue.OurWalkAway) && Accepts(ClientDirection(issue), t.Value, issue.ClientWalkAway);
            }));
    }

    [Property]
    public bool The_first_suggestion_has_the_largest_nash_product_of_all_agreeable_packages(SmallPlan small)
    {
        var analysis = NegotiationPreparation.Analyze(small.Plan);
        var best = BruteForce(small.Plan, true)
            .Where(p => p.OurUtility > analysis.OurBatna && p.ClientUtility > analysis.ClientBatna)
            .Select(p => (p.OurUtility - analysis.OurBatna) * (p.ClientUtility - analysis.ClientBatna))
            .DefaultIfEmpty(double.NaN)
            .Max();
        return double.IsNaN(best) ? analysis.Suggestions.Count == 0 : analysis.Suggestions[0].NashProduct == best;
    }

    [Property]
    public bool The_overall_zone_exists_exactly_when_an_agreeable_package_meets_both_batnas(SmallPlan small)
    {
        var analysis = NegotiationPreparation.Analyze(small.Plan);
        var exists = BruteForce(small.Plan, true).Any(p => p.OurUtility >= analysis.OurBatna && p.ClientUtility >= analysis.ClientBatna);
        return analysis.Zone.Exists == exists;
    }

    [Fact]
    public void The_merge_matches_enumeration_on_a_wide_instance()
    {
        var plan = NegotiationGenerators.Wide(7, 6, 5);
        var scales = IssueScale.All(plan.Issues);
        var utilities = new PackageUtilities(scales);
        var merged = FrontierMerge.Compute(utilities.OurUnits, utilities.ClientUnits, int.MaxValue)!;
        var (x, y) = FrontierMerge.Enumerate(utilities.OurUnits, utilities.ClientUnits);
        Assert.Equal(x, merged.Ours);
        Assert.Equal(y, merged.Theirs);
        Assert.True(x.Length > 10);
    }

    [Fact]
    public void A_frontier_past_the_limit_is_reported_incomplete_not_truncated()
    {
        var plan = NegotiationGenerators.Wide(7, 6, 5);
        var analysis = NegotiationPreparation.Analyze(plan, new NegotiationSettings { MaxFrontierPoints = 5 });
        Assert.False(analysis.Frontier.Complete);
        Assert.Empty(analysis.Frontier.Packages);
        Assert.Contains("was not computed", analysis.Frontier.Explanation);
    }
}
