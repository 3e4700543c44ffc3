using System;
using System.Linq;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// The adapter from the relationship map to a presentation's audience, directly: which decisions
/// scope the roles, which roles count, who is part of the client on the day, and the words.
/// </summary>
public class MapAudienceTests
{
    private static readonly Offer Sample = SampleNegotiations.MailOrderOffer; // opportunity opp-001, client goal mail-order

    private static readonly LocalDate Day = new(2026, 3, 24);

    private static RelationshipMap Map(params Decision[] decisions) => new(Sample.Client)
    {
        Decisions = decisions,
        People = new[]
        {
            new ClientPerson(" owner ", "Anna Owner")
            {
                Roles = new[]
                {
                    new PersonRole(StakeholderKind.Sponsor, "d-other"),
                    new PersonRole(StakeholderKind.Influencer, " opp-001 "),
                    new PersonRole(StakeholderKind.DecisionMaker),
                    new PersonRole(StakeholderKind.Influencer, "mail-order"),
                    new PersonRole((StakeholderKind)99),
                    new PersonRole((StakeholderKind)0),
                },
            },
            new ClientPerson("owner", "A second entry for the owner") { Roles = new[] { new PersonRole(StakeholderKind.AntiSponsor) } },
            new ClientPerson(" ", "No id") { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
            new ClientPerson("gone", "Gary Gone") { Left = Day, Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
            new ClientPerson("leaving", "Lena Leaving") { Left = Day.PlusDays(1), Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
            new ClientPerson("newcomer", "Nina New") { Joined = Day.PlusDays(1), Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
            new ClientPerson("arrived", "  ") { Joined = Day, Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
        },
    };

    [Fact]
    public void The_offers_opportunity_and_client_goal_scope_the_roles()
    {
        var audience = MapAudience.Of(Map(new Decision("d-other", "x"), new Decision(" mail-order ", "goal"), new Decision("opp-001", "deal"), new Decision("mail-order", "again")), Sample, Day);
        Assert.Equal(new[] { "mail-order", "opp-001" }, audience.Decisions);
        Assert.Equal("in the relationship map for the decisions 'mail-order' and 'opp-001'", audience.Scope());

        // Account-wide roles and those for the scoped decisions count, each once, in enum order; another decision's and an undefined kind do not.
        Assert.Equal(new[] { AudienceRole.DecisionMaker, AudienceRole.Influencer }, audience.Find("owner")!.Roles);

        var one = MapAudience.Of(Map(new Decision("opp-001", "deal")), Sample, Day);
        Assert.Equal("in the relationship map for the decision 'opp-001'", one.Scope());
    }

    [Fact]
    public void Without_a_scoped_decision_every_role_counts()
    {
        var audience = MapAudience.Of(Map(new Decision("d-other", "x")), Sample, Day);
        Assert.Empty(audience.Decisions);
        Assert.Equal("in the relationship map", audience.Scope());
        Assert.Equal(new[] { AudienceRole.DecisionMaker, AudienceRole.Influencer, AudienceRole.Sponsor }, audience.Find(" owner")!.Roles);
    }

    [Fact]
    public void People_are_matched_by_trimmed_id_the_first_counts_and_a_blank_id_is_left_out()
    {
        var audience = MapAudience.Of(Map(), Sample, Day);
        Assert.Equal("Anna Owner", audience.Find("owner ")!.Name);
        Assert.Equal("owner", audience.Find("owner")!.Id);
        Assert.Null(audience.Find(""));
        Assert.Null(audience.Find("nobody"));
    }

    [Fact]
    public void Who_is_part_of_the_client_on_the_day()
    {
        var audience = MapAudience.Of(Map(), Sample, Day);
        Assert.Equal("left the client on 2026-03-24", audience.Find("gone")!.Absence);
        Assert.Null(audience.Find("leaving")!.Absence);
        Assert.Equal("joins the client only on 2026-03-25", audience.Find("newcomer")!.Absence);
        Assert.Null(audience.Find("arrived")!.Absence);
        Assert.Equal(new[] { "arrived", "leaving", "owner" }, audience.With(AudienceRole.DecisionMaker).Select(p => p.Id));
        Assert.Empty(audience.With(AudienceRole.FallingStar));

        var undated = MapAudience.Of(Map(), Sample, null);
        Assert.All(new[] { "gone", "leaving", "newcomer", "arrived", "owner" }, id => Assert.Null(undated.Find(id)!.Absence));
        Assert.Equal(new[] { "arrived", "gone", "leaving", "newcomer", "owner" }, undated.With(AudienceRole.DecisionMaker).Select(p => p.Id));
    }

    [Fact]
    public void A_person_is_described_by_id_and_name()
    {
        var audience = MapAudience.Of(Map(), Sample, Day);
        Assert.Equal("'owner' (Anna Owner)", audience.Find("owner")!.Describe());
        Assert.Equal("'arrived'", audience.Find("arrived")!.Describe());
        var longName = new string('n', 81);
        var person = new MapAudience.Person("p", longName, new(), null);
        Assert.Equal("'p' (" + new string('n', 77) + "...)", person.Describe());
        Assert.Equal("'p' (" + new string('n', 80) + ")", (person with { Name = new string('n', 80) }).Describe());
    }

    [Fact]
    public void The_six_kinds_map_one_to_one_and_an_undefined_kind_is_refused()
    {
        var kinds = new[] { StakeholderKind.DecisionMaker, StakeholderKind.Influencer, StakeholderKind.Sponsor, StakeholderKind.AntiSponsor, StakeholderKind.RisingStar, StakeholderKind.FallingStar };
        var roles = new[] { AudienceRole.DecisionMaker, AudienceRole.Influencer, AudienceRole.Sponsor, AudienceRole.AntiSponsor, AudienceRole.RisingStar, AudienceRole.FallingStar };
        Assert.Equal(roles, kinds.Select(MapAudience.ToAudienceRole));
        Assert.Throws<ArgumentOutOfRangeException>(() => MapAudience.ToAudienceRole((StakeholderKind)0));
    }
}
