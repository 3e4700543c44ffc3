using System;
using System.Linq;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Tests.Relationships;

public class SampleMapTests
{
    private static readonly RelationshipAnalysis Analysis = RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, SampleMaps.AsOf);

    [Fact]
    public void The_sample_is_valid_and_matches_the_plan_of_the_other_areas()
    {
        Assert.Empty(RelationshipMapValidator.Validate(SampleMaps.Bookshop, SampleMaps.AsOf));
        var plan = SamplePlans.PublisherAndBookshop(new NodaTime.LocalDate(2026, 1, 5));
        Assert.Equal(plan.Client, SampleMaps.Bookshop.Client);
        Assert.All(SampleMaps.Bookshop.Decisions, d => Assert.Contains(plan.Goals, g => g.Id == d.Id));
    }

    [Fact]
    public void The_owner_is_strongly_reached_through_the_store_manager()
    {
        var owner = Analysis.Paths.Single(p => p.DecisionMaker == "owner");
        Assert.Equal(PathVerdict.Strong, owner.Verdict);
        Assert.Equal(0.9 * 0.6, owner.Strength!.Value, 12);
        Assert.Equal(new[] { "kam", "store-manager", "owner" }, owner.People);
        Assert.Equal(new[] { 0.9, 0.6 }, owner.LinkStrengths);
        Assert.Equal("Strong path to Elena Sorokina, strength 54% (the product of its links): Maria Ivanova -> Pavel Orlov (close relationship 90%) -> Elena Sorokina (influence 60%).", owner.Explanation);
    }

    [Fact]
    public void The_head_buyer_is_weakly_reached_and_is_the_first_next_contact()
    {
        var buyer = Analysis.Paths.Single(p => p.DecisionMaker == "head-buyer");
        Assert.Equal(PathVerdict.Weak, buyer.Verdict);
        Assert.Equal(0.54 * 0.5, buyer.Strength!.Value, 12);
        var first = Analysis.NextContacts[0];
        Assert.Equal("head-buyer", first.Person);
        Assert.Equal(0.75 - 0.27, first.Gain, 12);
        Assert.Single(Analysis.NextContacts);
    }

    [Fact]
    public void The_account_depends_most_on_the_store_manager_and_our_key_account_manager()
    {
        Assert.Equal(new[] { "store-manager", "kam" }, Analysis.Departures.Take(2).Select(d => d.Person));
        var store = Analysis.Departures[0];
        Assert.Equal(PersonSide.Theirs, store.Side);
        Assert.Equal((0.54 - 0.5) + (0.27 - 0.25), store.PathLoss, 12);
        Assert.StartsWith("If Pavel Orlov left, the paths to the decision makers would lose 0.06 of strength", store.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coverage_summary_counts_each_kind()
    {
        var c = Analysis.Coverage;
        Assert.Equal(2, c.DecisionMakers);
        Assert.Equal(1, c.DecisionMakersStrong);
        Assert.Equal(2, c.DecisionMakersReached);
        Assert.Equal(2, c.StrongRelationships);
        Assert.Equal(2, c.TheirThreads);
        Assert.Equal(2, c.OurThreads);
        var dm = c.Kinds.Single(k => k.Kind == StakeholderKind.DecisionMaker);
        Assert.Equal((2, 2, 1, 1, 0, 1), (dm.People, dm.WithRelationship, dm.WithMirror, dm.MirrorsAtLevel, dm.WithStrong, dm.Fresh));
        Assert.Equal(0.5, dm.MirrorShare);
        // Without a decision every role counts: the head buyer is an anti-sponsor of the series.
        Assert.Equal(1, c.Kinds.Single(k => k.Kind == StakeholderKind.AntiSponsor).People);
    }

    [Fact]
    public void For_one_decision_only_its_roles_count()
    {
        var series = RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, SampleMaps.AsOf, decision: "handicraft-series");
        Assert.Equal(new[] { "owner" }, series.Paths.Select(p => p.DecisionMaker));
        Assert.Contains(series.Findings, f => f.Code == RelationshipsDiagnosticCodes.AntiSponsorUnanswered && f.Subject == "head-buyer");
        var orders = RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, SampleMaps.AsOf, decision: "small-orders");
        Assert.Equal(new[] { "head-buyer", "owner" }, orders.Paths.Select(p => p.DecisionMaker));
        Assert.DoesNotContain(orders.Findings, f => f.Code == RelationshipsDiagnosticCodes.AntiSponsorUnanswered);
    }
}
