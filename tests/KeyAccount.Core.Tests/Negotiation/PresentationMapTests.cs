using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Relationships;
using KeyAccount.Core.Tests.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// The presentation's audience checked against the client's relationship map
/// (<see cref="OfferValidator.Validate"/> with a map): the decision maker, sponsors and anti-sponsors
/// found from the map, people not in the map, roles the map does not give, the map's decisions.
/// </summary>
[Properties(Arbitrary = new[] { typeof(NegotiationDocumentGenerators), typeof(MapGenerators) }, MaxTest = 200)]
public class PresentationMapTests
{
    private const string Objection = "Large-print handicraft books sell slowly and take shelf space.";

    private static readonly RelationshipMap Map = SampleMaps.Bookshop;

    private static Offer Sample => SampleNegotiations.MailOrderOffer;

    /// <summary>The sample offer presented to the sample map's people: the owner decides, the store manager sponsors, the head buyer's objection to the series is answered.</summary>
    private static Offer Mapped(IReadOnlyList<PresentationAudience>? audience = null, IReadOnlyList<ObjectionAnswer>? answers = null, LocalDate? date = null, string? opportunity = "keep", bool undated = false)
    {
        var p = Sample.Presentation!;
        var presentation = new Presentation(
            audience ?? MappedAudience(),
            p.Problem,
            p.Solution,
            p.BenefitsShown,
            p.Proof,
            p.Ask,
            answers ?? new[] { new ObjectionAnswer("head-buyer", Objection, "The series is supplied on sale or return for its first six months.") },
            undated ? null : date ?? p.Date);
        var o = Sample;
        return new Offer(o.Id, o.Client, o.ClientGoal, o.Problem, o.Solution, o.Pricing, o.Start, o.HorizonEnd, o.DiscountRate, o.Benefits, o.ClientCosts, opportunity == "keep" ? o.Opportunity : opportunity, o.Tier, o.PaymentTermDays, o.Exclusive, presentation, o.Title);
    }

    private static PresentationAudience[] MappedAudience() => new[]
    {
        new PresentationAudience("owner", new[] { AudienceRole.DecisionMaker }, name: "Shop owner"),
        new PresentationAudience("store-manager", new[] { AudienceRole.Sponsor, AudienceRole.Influencer }, name: "Store manager"),
        new PresentationAudience("head-buyer", new[] { AudienceRole.AntiSponsor }, invited: false, objections: new[] { Objection }, name: "Head buyer"),
    };

    private static PresentationAudience[] With(Func<PresentationAudience[], IEnumerable<PresentationAudience>> change) => change(MappedAudience()).ToArray();

    private static List<Diagnostic> Presentation(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Path.StartsWith("presentation", StringComparison.Ordinal) || d.Code == NegotiationDiagnosticCodes.MapOfAnotherClient).ToList();

    public static TheoryData<string, string, string> Defects() => new()
    {
        { "stranger in the audience", NegotiationDiagnosticCodes.NotInMap, "presentation.audience[3].person" },
        { "person gone by the day", NegotiationDiagnosticCodes.NotInMap, "presentation.audience[3].person" },
        { "anti-sponsor left out", NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown, "presentation.audience" },
        { "anti-sponsor without objections", NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown, "presentation.audience[2].objections" },
        { "role the map does not give", NegotiationDiagnosticCodes.RoleNotInMap, "presentation.audience[0].roles[1]" },
        { "map of another client", NegotiationDiagnosticCodes.MapOfAnotherClient, "client" },
        { "map anti-sponsor's objection unanswered", NegotiationDiagnosticCodes.ObjectionUnanswered, "presentation.audience[2].objections[0]" },
    };

    private static (Offer Offer, RelationshipMap Map) Inject(string defect) => defect switch
    {
        "stranger in the audience" => (Mapped(With(a => a.Append(new PresentationAudience("ghost")))), Map),
        "person gone by the day" => (Mapped(With(a => a.Append(new PresentationAudience("deputy", invited: false)))), Map),
        "anti-sponsor left out" => (Mapped(With(a => a.Take(2)), Array.Empty<ObjectionAnswer>()), Map),
        "anti-sponsor without objections" => (Mapped(With(a => a.Take(2).Append(new PresentationAudience("head-buyer", invited: false))), Array.Empty<ObjectionAnswer>()), Map),
        "role the map does not give" => (Mapped(With(a => a.Skip(1).Prepend(new PresentationAudience("owner", new[] { AudienceRole.DecisionMaker, AudienceRole.Sponsor })))), Map),
        "map of another client" => (Mapped(), Map with { Client = new ClientId("another-shop") }),
        "map anti-sponsor's objection unanswered" => (Mapped(With(a => a.Take(2).Append(new PresentationAudience("head-buyer", invited: false, objections: new[] { Objection }))), Array.Empty<ObjectionAnswer>()), Map),
        _ => throw new ArgumentException(defect, nameof(defect)),
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_injected_defect_yields_its_code_at_its_path(string defect, string code, string path)
    {
        var (offer, map) = Inject(defect);
        var diagnostics = OfferValidator.Validate(offer, map: map);
        Assert.Contains(diagnostics, d => d.Code == code && d.Path == path);
        Assert.Equal(NegotiationDiagnosticCodes.Get(code).Severity, diagnostics.First(d => d.Code == code).Severity);
        Assert.DoesNotContain(OfferValidator.Validate(offer), d => d.Code is NegotiationDiagnosticCodes.NotInMap or NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown or NegotiationDiagnosticCodes.RoleNotInMap or NegotiationDiagnosticCodes.MapOfAnotherClient);
    }

    [Fact]
    public void The_offer_presented_to_the_maps_people_has_no_presentation_diagnostic_with_the_map()
    {
        Assert.Empty(Presentation(OfferValidator.Validate(Mapped(), map: Map)));
    }

    [Fact]
    public void The_decision_maker_and_a_sponsor_are_found_from_the_map_when_the_presentation_restates_no_role()
    {
        var offer = Mapped(new[] { new PresentationAudience("owner"), new PresentationAudience("store-manager"), MappedAudience()[2] });

        var without = OfferValidator.Validate(offer).Select(d => d.Code).ToList();
        var with = OfferValidator.Validate(offer, map: Map).Select(d => d.Code).ToList();

        Assert.Contains(NegotiationDiagnosticCodes.NoDecisionMaker, without);
        Assert.Contains(NegotiationDiagnosticCodes.NoSponsor, without);
        Assert.DoesNotContain(NegotiationDiagnosticCodes.NoDecisionMaker, with);
        Assert.DoesNotContain(NegotiationDiagnosticCodes.NoSponsor, with);
    }

    [Fact]
    public void Without_an_invited_decision_maker_the_message_names_the_maps_decision_makers()
    {
        var offer = Mapped(With(a => a.Skip(1)));
        var missing = Assert.Single(OfferValidator.Validate(offer, map: Map), d => d.Code == NegotiationDiagnosticCodes.NoDecisionMaker);
        Assert.Contains("'head-buyer' (Irina Volkova)", missing.Message, StringComparison.Ordinal);
        Assert.Contains("'owner' (Elena Sorokina)", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_offer_checked_with_the_sample_map_finds_its_head_of_sales_unknown_the_accountants_role_unmapped_and_the_head_buyer_unheard()
    {
        var diagnostics = Presentation(OfferValidator.Validate(Sample, map: Map));

        Assert.Equal(
            new[]
            {
                (NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown, "presentation.audience"),
                (NegotiationDiagnosticCodes.NotInMap, "presentation.audience[1].person"),
                (NegotiationDiagnosticCodes.RoleNotInMap, "presentation.audience[2].roles[0]"),
            },
            diagnostics.Select(d => (d.Code, d.Path)).OrderBy(p => p.Path, StringComparer.Ordinal).ToArray());
        Assert.Contains("'head-buyer' (Irina Volkova)", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_who_left_before_the_presentation_counts_with_no_role_of_the_map()
    {
        // The deputy left on 2026-02-01: invited on 2026-03-24 they are not part of the client any more.
        var map = Map with { People = Map.People.Select(p => p.Id == "deputy" ? p with { Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } } : p).ToArray() };
        var offer = Mapped(With(a => a.Skip(1).Append(new PresentationAudience("deputy"))));

        var diagnostics = OfferValidator.Validate(offer, map: map);
        Assert.Contains(diagnostics, d => d.Code == NegotiationDiagnosticCodes.NotInMap && d.Path == "presentation.audience[2].person" && d.Message.Contains("2026-02-01", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == NegotiationDiagnosticCodes.NoDecisionMaker);

        // Presented before the deputy left, they are the map's decision maker.
        var earlier = OfferValidator.Validate(Mapped(offer.Presentation!.Audience, date: new LocalDate(2026, 1, 15)), map: map);
        Assert.DoesNotContain(earlier, d => d.Code is NegotiationDiagnosticCodes.NotInMap or NegotiationDiagnosticCodes.NoDecisionMaker);
    }

    [Fact]
    public void When_the_map_has_the_offers_opportunity_as_a_decision_only_its_roles_and_account_wide_ones_count()
    {
        // The head buyer decides on small orders and opposes the series; neither is the offer's decision once the map has it.
        var scoped = Map with { Decisions = Map.Decisions.Append(new Decision(SampleNegotiations.Opportunity, "The mail-order service")).ToArray() };
        var offer = Mapped(new[] { new PresentationAudience("head-buyer"), new PresentationAudience("store-manager") }, Array.Empty<ObjectionAnswer>());

        var everyRole = OfferValidator.Validate(offer, map: Map).Select(d => d.Code).ToList();
        var offersDecision = OfferValidator.Validate(offer, map: scoped).Select(d => d.Code).ToList();

        Assert.DoesNotContain(NegotiationDiagnosticCodes.NoDecisionMaker, everyRole);
        Assert.Contains(NegotiationDiagnosticCodes.NoDecisionMaker, offersDecision);
        Assert.Contains(NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown, everyRole);
        Assert.DoesNotContain(NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown, offersDecision);
    }

    [Fact]
    public void The_map_is_used_by_the_run_and_its_findings_do_not_withhold_the_evaluation()
    {
        var run = OfferAnalysis.Run(Sample, map: Map);
        Assert.True(run.HasErrors);
        Assert.Contains(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.NotInMap);
        Assert.NotNull(run.Result);
    }

    [Property]
    public Property An_invitee_list_drawn_from_the_map_finds_the_maps_decision_maker_exactly_when_one_is_invited(ValidMap valid, int pick, bool scoped)
    {
        var map = valid.Map with { Client = Sample.Client };
        var random = new Random(pick);
        var invited = map.People.Where(_ => random.Next(2) == 0).Select(p => new PresentationAudience(p.Id)).ToArray();
        var offer = Mapped(invited, Array.Empty<ObjectionAnswer>(), opportunity: scoped ? "d1" : null, undated: true);

        bool Counts(PersonRole role) => !scoped || role.Decision is null || role.Decision == "d1";
        var invitedIds = invited.Select(a => a.Person).ToHashSet(StringComparer.Ordinal);
        var decisionMakerInvited = map.People.Any(p => invitedIds.Contains(p.Id) && p.Roles.Any(r => r.Kind == StakeholderKind.DecisionMaker && Counts(r)));
        var antiSponsors = map.People.Count(p => p.Roles.Any(r => r.Kind == StakeholderKind.AntiSponsor && Counts(r)));

        var codes = OfferValidator.Validate(offer, map: map).Select(d => d.Code).ToList();
        var failures = new List<string>();
        if (codes.Contains(NegotiationDiagnosticCodes.NoDecisionMaker) == decisionMakerInvited)
        {
            failures.Add("the decision maker is not found exactly when invited (invited: " + decisionMakerInvited + ")");
        }

        if (codes.Contains(NegotiationDiagnosticCodes.NotInMap) || codes.Contains(NegotiationDiagnosticCodes.RoleNotInMap))
        {
            failures.Add("an invitee drawn from the map is reported as not in it, or with a role it restated");
        }

        if (codes.Count(c => c == NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown) != antiSponsors)
        {
            failures.Add("not one KAN067 per anti-sponsor of the map (" + antiSponsors + ")");
        }

        return (failures.Count == 0).Label(string.Join("; ", failures) + " in " + string.Join(", ", codes));
    }

    [Property]
    public Property A_person_not_in_the_map_is_reported_at_their_place_in_the_audience(ValidMap valid, NonNegativeInt position)
    {
        var map = valid.Map with { Client = Sample.Client };
        var audience = map.People.Select(p => new PresentationAudience(p.Id)).ToList();
        var at = position.Get % (audience.Count + 1);
        audience.Insert(at, new PresentationAudience("stranger-" + valid.Seed));

        var notInMap = OfferValidator.Validate(Mapped(audience, undated: true), map: map).Where(d => d.Code == NegotiationDiagnosticCodes.NotInMap).Select(d => d.Path).ToList();
        return notInMap.SequenceEqual(new[] { "presentation.audience[" + at + "].person" }).Label(string.Join(", ", notInMap));
    }

    [Property(MaxTest = 300)]
    public void Any_offer_checked_with_a_map_of_its_client_runs_without_an_exception_and_reports_only_its_codes(AnyOffer any, ValidMap valid)
    {
        var map = valid.Map with { Client = any.Offer.Client, People = valid.Map.People.Concat(SampleMaps.Bookshop.People).ToArray() };
        var run = OfferAnalysis.Run(any.Offer, map: map);
        var codes = NegotiationDiagnosticCodes.All.Select(d => d.Code).ToHashSet();
        Assert.All(run.Diagnostics, d => Assert.Contains(d.Code, codes));
        Assert.Equal(run.Diagnostics, Diagnostics.Sort(run.Diagnostics));
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == NegotiationDiagnosticCodes.MapOfAnotherClient);
    }
}
