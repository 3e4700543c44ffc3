using System;
using System.Linq;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Relationships;

/// <summary>
/// What each finding says, word for word, on small maps (FindingTests checks which findings
/// appear; this checks the sentences a key account manager reads): the people, strengths, dates,
/// counts and the advice each one carries.
/// </summary>
public class FindingWordingTests
{
    private static readonly LocalDate AsOf = SampleMaps.AsOf; // 2026-03-31

    private static readonly ClientPerson Boss = new("dm", "Dana Boss") { Title = "Director", Level = 1, Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } };

    // The small maps of FindingTests: our o1 (level 1) and o2 (level 2), relationships last met yesterday.
    private static ClientPerson P(string id, params StakeholderKind[] kinds) => FindingTests.P(id, kinds);

    private static RelationshipMap Map(ClientPerson[] people, Relationship[] relationships, InfluenceLink[]? links = null, TeamMember[]? team = null) => FindingTests.Map(people, relationships, links, team);

    private static Relationship R(string ours, string theirs, RelationshipStrength? strength, RelationshipKind kind = RelationshipKind.Contact) => FindingTests.R(ours, theirs, strength, kind);

    private static Relationship Mirror(string ours, string theirs) => R(ours, theirs, RelationshipStrength.Close, RelationshipKind.Mirror);

    private static string[] Said(RelationshipMap map, string? decision = null)
    {
        var run = RelationshipAnalyzer.Run(map, null, AsOf, decision);
        Assert.False(run.HasErrors, string.Join("\n", run.Diagnostics));
        return run.Result!.Findings.Select(f => f.Code + " " + f.Subject + ": " + f.Explanation).ToArray();
    }

    [Fact]
    public void The_samples_findings_word_for_word()
    {
        Assert.Equal(
            new[]
            {
                "KAR101 head-buyer: The decision maker Irina Volkova (Head buyer) has no mirror relationship: pair them with one of ours at their level (2).",
                "KAR101 mail-order: The influencer Dmitri Kuznetsov (Mail-order manager) has no mirror relationship: pair them with one of ours at their level (3).",
                "KAR103 owner: The last contact with Elena Sorokina (Owner) was on 2025-12-10, 111 days ago; the policy for a decision maker is 60 days.",
                "KAR107 head-buyer: The anti-sponsor Irina Volkova (Head buyer) influences the decision maker Elena Sorokina (Owner) at 70% (for the decision 'handicraft-series'); the strongest sponsor there, Pavel Orlov, only at 60%. Win a sponsor close to Elena Sorokina or answer the objections directly.",
                "KAR109 mail-order: The rising star Dmitri Kuznetsov (Mail-order manager) knows none of our people; meet them before they rise.",
                "KAR110 deputy: Sergei Ivanov left the client on 2026-02-01 but still carries 1 relationship in the map; they no longer count. Find who took over and move the relationships.",
                "KAR111 accountant: Nobody of ours reaches Olga Smirnova (Chief accountant), whose approval the rule 'above-5000' requires: Purchases above 5,000 EUR need the owner's and the chief accountant's signatures.",
                "KAR114 head-buyer: The strongest path to the decision maker Irina Volkova (Head buyer) has a strength of 27%, below 50%. See the next contacts.",
            },
            Said(SampleMaps.Bookshop));
    }

    [Fact]
    public void A_mirror_at_another_level_and_a_single_thread_on_each_side()
    {
        Assert.Equal(
            new[]
            {
                "KAR102 dm: The decision maker Dana Boss (Director) at level 1 is mirrored only by people of ours at other levels; a mirror pairs equal levels.",
                "KAR105 dm: Single-threaded: every strong relationship (1) goes to Dana Boss (Director); if they leave or turn, the account has no strong tie left. Build strong relationships with others.",
                "KAR106 o2: Single-threaded: every strong relationship (1) is held by our Ours 2; if they leave, the account has no strong tie left. Let others of ours build strong relationships.",
            },
            Said(Map(new[] { Boss }, new[] { Mirror("o2", "dm") })));

        // Two strong relationships held by two of ours, both to the director: single-threaded on their side only, counting both.
        Assert.Equal(
            new[] { "KAR105 dm: Single-threaded: every strong relationship (2) goes to Dana Boss (Director); if they leave or turn, the account has no strong tie left. Build strong relationships with others." },
            Said(Map(new[] { Boss, P("x") }, new[] { Mirror("o1", "dm"), R("o2", "dm", RelationshipStrength.Strong), R("o1", "x", RelationshipStrength.Weak) })));
    }

    [Fact]
    public void A_stale_contact_an_unknown_one_and_relationships_never_assessed()
    {
        var map = Map(
            new[] { Boss, P("inf", StakeholderKind.Influencer, StakeholderKind.RisingStar), P("anti", StakeholderKind.AntiSponsor) },
            new[] { Mirror("o1", "dm") with { LastContact = AsOf.PlusDays(-61) }, R("o2", "inf", null) with { LastContact = null }, R("o2", "anti", RelationshipStrength.Weak) with { LastContact = AsOf.PlusDays(-91) } });
        var said = Said(map);
        Assert.Contains("KAR101 inf: The influencer Name of inf has no mirror relationship: pair them with one of ours at their level.", said);
        Assert.Contains("KAR103 dm: The last contact with Dana Boss (Director) was on 2026-01-29, 61 days ago; the policy for a decision maker is 60 days.", said);
        Assert.Contains("KAR103 inf: No date of a last contact with Name of inf is known; an influencer is met at least every 90 days.", said);
        Assert.Contains("KAR103 anti: The last contact with Name of anti was on 2025-12-30, 91 days ago; the policy for an anti-sponsor is 90 days.", said);
        Assert.Contains("KAR104 inf: Name of inf has 1 relationship with us, none ever assessed: their strength is unknown, not weak.", said);

        // The strictest policy of a person's kinds counts: an influencer (90 days) who is also a decision maker (60) is stale after 60.
        var both = Map(new[] { P("both", StakeholderKind.Influencer, StakeholderKind.DecisionMaker) }, new[] { Mirror("o1", "both") with { LastContact = AsOf.PlusDays(-70) } });
        Assert.Contains("KAR103 both: The last contact with Name of both was on 2026-01-20, 70 days ago; the policy for a decision maker is 60 days.", Said(both));
        Assert.DoesNotContain(Said(Map(new[] { Boss }, new[] { Mirror("o1", "dm") with { LastContact = AsOf.PlusDays(-60) } })), s => s.StartsWith("KAR103", StringComparison.Ordinal));
    }

    [Fact]
    public void Sponsors_who_are_falling_stars_and_an_anti_sponsor_unanswered()
    {
        Assert.Contains(
            "KAR108 : The only sponsors account-wide are falling stars: their support may not carry. Win a sponsor among the rising people.",
            Said(Map(new[] { Boss, P("old", StakeholderKind.Sponsor, StakeholderKind.FallingStar), P("old2", StakeholderKind.Sponsor, StakeholderKind.FallingStar) }, new[] { Mirror("o1", "dm"), R("o2", "old", RelationshipStrength.Close) })));
        Assert.Contains(
            "KAR108 : The only sponsor account-wide is a falling star: their support may not carry. Win a sponsor among the rising people.",
            Said(Map(new[] { Boss, P("old", StakeholderKind.Sponsor, StakeholderKind.FallingStar) }, new[] { Mirror("o1", "dm"), R("o2", "old", RelationshipStrength.Close) })));

        Assert.Contains(
            "KAR107 anti: The anti-sponsor Name of anti influences the decision maker Dana Boss (Director) at 80% (account-wide); the strongest sponsor there, Name of spon, only at 40%. Win a sponsor close to Dana Boss or answer the objections directly.",
            Said(Map(new[] { Boss, P("anti", StakeholderKind.AntiSponsor), P("spon", StakeholderKind.Sponsor) }, new[] { Mirror("o1", "dm"), R("o2", "spon", RelationshipStrength.Close) }, new[] { new InfluenceLink("anti", "dm", 0.8), new InfluenceLink("spon", "dm", 0.4) })));
        Assert.Contains(
            "KAR107 anti: The anti-sponsor Name of anti influences the decision maker Dana Boss (Director) at an unknown strength (account-wide); no sponsor influences them. Win a sponsor close to Dana Boss or answer the objections directly.",
            Said(Map(new[] { Boss, P("anti", StakeholderKind.AntiSponsor) }, new[] { Mirror("o1", "dm"), R("o2", "anti", RelationshipStrength.Close) }, new[] { new InfluenceLink("anti", "dm") })));
    }

    [Fact]
    public void Leavers_still_holding_relationships_and_approvers_out_of_reach()
    {
        var leavers = Map(
            new[] { Boss, new ClientPerson("gone", "Gone Person") { Left = AsOf } },
            new[] { Mirror("o1", "dm"), R("o2", "gone", RelationshipStrength.Close), R("o3", "dm", RelationshipStrength.Weak), R("o3", "gone", RelationshipStrength.Weak) },
            team: new[] { new TeamMember("o1", "One") { Level = 1 }, new TeamMember("o2", "Two"), new TeamMember("o3", "Three") { Left = AsOf.PlusDays(-3) } });
        var said = Said(leavers);
        Assert.Contains("KAR110 gone: Gone Person left the client on 2026-03-31 but still carries 2 relationships in the map; they no longer count. Find who took over and move the relationships.", said);
        Assert.Contains("KAR110 o3: Our Three left on 2026-03-28 but still carries 2 relationships in the map; they no longer count. Hand them over.", said);

        var approvers = Map(new[] { Boss, P("cfo") with { Title = "CFO" }, new ClientPerson("old-cfo", "Old CFO") { Left = AsOf.PlusDays(-10) } }, new[] { Mirror("o1", "dm") }) with
        {
            ApprovalRules = new[]
            {
                new ApprovalRule(" big ", "Big purchases.") { Approvers = new[] { "dm", "cfo", "old-cfo" } },
                new ApprovalRule("acme", "Orders from Acme Co.") { Approvers = new[] { "cfo" } },
                new ApprovalRule("plain", " Any order ") { Approvers = new[] { "cfo" } },
                new ApprovalRule("blank", " ") { Approvers = new[] { "cfo" } },
            },
        };

        // The rule's description follows a colon and ends with one full stop: its own when it ends a sentence, so "Co." stays whole.
        Assert.Equal(
            new[]
            {
                "KAR111 cfo: Nobody of ours reaches Name of cfo (CFO), whose approval the rule 'acme' requires: Orders from Acme Co.",
                "KAR111 cfo: Nobody of ours reaches Name of cfo (CFO), whose approval the rule 'big' requires: Big purchases.",
                "KAR111 cfo: Nobody of ours reaches Name of cfo (CFO), whose approval the rule 'blank' requires.",
                "KAR111 cfo: Nobody of ours reaches Name of cfo (CFO), whose approval the rule 'plain' requires: Any order.",
                "KAR111 old-cfo: The approval rule 'big' names Old CFO, who is not with the client on 2026-03-31; find the new approver.",
            },
            Said(approvers).Where(s => s.StartsWith("KAR111", StringComparison.Ordinal)));
    }

    [Fact]
    public void Decision_makers_unreached_unknown_weak_or_missing()
    {
        var said = Said(Map(new[] { P("none", StakeholderKind.DecisionMaker), P("unknown", StakeholderKind.DecisionMaker), P("weak", StakeholderKind.DecisionMaker) }, new[] { R("o1", "unknown", null), R("o1", "weak", RelationshipStrength.Weak) }));
        Assert.Contains("KAR112 none: No path leads from our people to the decision maker Name of none: no relationship reaches them or anyone who influences them. Start a mirror relationship or reach an influencer.", said);
        Assert.Contains("KAR113 unknown: The decision maker Name of unknown is reached only through links never assessed; how strongly is unknown (not weak). Assess those relationships and influence links.", said);
        Assert.Contains("KAR114 weak: The strongest path to the decision maker Name of weak has a strength of 25%, below 50%. See the next contacts.", said);
        Assert.Contains("KAR116 : None of our relationships with the client is strong (at least 70%) on 2026-03-31: the account hangs on weak or unknown ties.", said);

        var nobody = Map(new[] { P("x", StakeholderKind.Influencer) }, new[] { R("o1", "x", RelationshipStrength.Moderate) }) with { Decisions = new[] { new Decision("d1", "first") } };
        Assert.Contains("KAR115 : The map names no decision maker who is with the client on 2026-03-31; find out who decides.", Said(nobody));
        Assert.Contains("KAR115 : The map names no decision maker for the decision 'd1' who is with the client on 2026-03-31; find out who decides.", Said(nobody, "d1"));
    }

    [Fact]
    public void The_samples_next_contact_departures_and_summary_word_for_word()
    {
        // Paths: Maria Ivanova -> Pavel Orlov (close, 90%) -> Elena Sorokina (influence 60%) = 54%; on to Irina Volkova (influence 50%) = 27%.
        var analysis = RelationshipAnalyzer.Analyze(SampleMaps.Bookshop, AsOf);
        var next = Assert.Single(analysis.NextContacts);
        Assert.Equal((1, "head-buyer", 0.48), (next.Rank, next.Person, Math.Round(next.Gain, 9)));
        Assert.Equal("A strong relationship with Irina Volkova (Head buyer) would raise the strongest path to Irina Volkova from 27% to 75% (gain 0.48).", next.Explanation);
        Assert.Equal(
            new[]
            {
                "store-manager: If Pavel Orlov left, the paths to the decision makers would lose 0.06 of strength in all (most: Elena Sorokina, 54% to 50%); 1 strong relationship and 1 mirror relationship would go.",
                "kam: If our Maria Ivanova left, the paths to the decision makers would lose 0.06 of strength in all (most: Elena Sorokina, 54% to 50%); 1 strong relationship and 1 mirror relationship would go.",
                "owner: If Elena Sorokina left, the paths to the decision makers would lose 0.02 of strength in all (most: Irina Volkova, 27% to 25%); 0 strong relationships and 1 mirror relationship would go.",
                "senior-buyer: If Nikolai Petrov left, 1 strong relationship and 0 mirror relationships would go.",
                "logistics-lead: If our Ivan Popov left, 1 strong relationship and 0 mirror relationships would go.",
                "sales-director: If our Alexei Morozov left, 0 strong relationships and 1 mirror relationship would go.",
            },
            analysis.Departures.Select(d => d.Person + ": " + d.Explanation));
        Assert.Equal(
            "As of 2026-03-31: 1 of 2 decision makers strongly reached, 2 reached at a known strength; 1 with a mirror relationship (1 at their level); 2 strong relationships held with 2 people of theirs by 2 people of ours. 8 findings (7 warnings). First next contact: Irina Volkova. The account depends most on Pavel Orlov.",
            analysis.Explanation);
    }

    [Fact]
    public void A_departure_that_cuts_a_decision_maker_off_says_so()
    {
        // o1 -> hub (strong, 75%) -> dm1 (80%) = 60% and -> dm2 (40%) = 30%; o2 -> dm2 weak (25%). Without the hub: dm1 0%, dm2 25%.
        var map = new RelationshipMap(new ClientId("c"))
        {
            People = new[] { P("dm1", StakeholderKind.DecisionMaker), P("dm2", StakeholderKind.DecisionMaker), P("hub") },
            Team = new[] { new TeamMember("o1", "Ours 1"), new TeamMember("o2", "Ours 2") },
            Relationships = new[] { R("o1", "hub", RelationshipStrength.Strong), R("o2", "dm2", RelationshipStrength.Weak) },
            Influences = new[] { new InfluenceLink("hub", "dm1", 0.8), new InfluenceLink("hub", "dm2", 0.4) },
        };
        var analysis = RelationshipAnalyzer.Analyze(map, AsOf);
        Assert.Equal(
            new[]
            {
                "hub 1: If Name of hub left, the paths to the decision makers would lose 0.65 of strength in all (most: Name of dm1, 60% to 0%); 1 decision maker would be left with no path of known strength; 1 strong relationship and 0 mirror relationships would go.",
                "o1 1: If our Ours 1 left, the paths to the decision makers would lose 0.65 of strength in all (most: Name of dm1, 60% to 0%); 1 decision maker would be left with no path of known strength; 1 strong relationship and 0 mirror relationships would go.",
            },
            analysis.Departures.Select(d => d.Person + " " + d.DecisionMakersCut + ": " + d.Explanation));
        Assert.Equal("A strong relationship with Name of dm2 would raise the strongest path to Name of dm2 from 30% to 75% (gain 0.45).", analysis.NextContacts[0].Explanation);
        Assert.EndsWith("First next contact: Name of dm2. The account depends most on Name of hub.", analysis.Explanation, StringComparison.Ordinal);
    }
}
