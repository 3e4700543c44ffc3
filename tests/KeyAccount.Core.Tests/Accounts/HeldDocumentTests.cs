using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>
/// The other areas' documents inside the account (the relationship map, the communication
/// programme, negotiations and offers): each checked by its own area's validator under its
/// member's path, and the id references across sections, a test per code.
/// </summary>
public class HeldDocumentTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);
    private static readonly ClientId Bookshop = new("bookshop");

    /// <summary>The sample account with other members replaced.</summary>
    internal static AccountDocument With(
        AccountDocument a,
        IReadOnlyList<AccountTeamMember>? team = null,
        IReadOnlyList<DiaryEntry>? diary = null,
        OpportunityPortfolio? opportunities = null,
        RelationshipMap? relationships = null,
        CommunicationProgramme? communications = null,
        IReadOnlyList<NegotiationPlan>? negotiations = null,
        IReadOnlyList<Offer>? offers = null,
        AccountPlan? plan = null,
        bool dropMap = false,
        bool dropOpportunities = false,
        IReadOnlyList<PlanReviewRecord>? planReviews = null,
        InternalCommunicationSettings? internalCommunication = null,
        bool dropPlan = false) =>
        new(a.Client, a.Profile, team ?? a.Team, a.Lifecycle, diary ?? a.Diary, a.Updates, a.Settings, a.Evidence, a.Ladder, dropOpportunities ? null : opportunities ?? a.Opportunities, dropPlan ? null : plan ?? a.Plan, a.FormatVersion, dropMap ? null : relationships ?? a.Relationships, communications ?? a.Communications, negotiations ?? a.Negotiations, offers ?? a.Offers, planReviews ?? a.PlanReviews, internalCommunication ?? a.InternalCommunication);

    /// <summary>An offer rebuilt with some parts replaced (its members are read-only).</summary>
    internal static Offer Rebuilt(Offer o, string? id = null, ClientId? client = null, string? clientGoal = null, string? opportunity = null, Presentation? presentation = null) =>
        new(id ?? o.Id, client ?? o.Client, clientGoal ?? o.ClientGoal, o.Problem, o.Solution, o.Pricing, o.Start, o.HorizonEnd, o.DiscountRate, o.Benefits, o.ClientCosts, opportunity ?? o.Opportunity, o.Tier, o.PaymentTermDays, o.Exclusive, presentation ?? o.Presentation, o.Title);

    /// <summary>A negotiation plan rebuilt with some parts replaced.</summary>
    internal static NegotiationPlan Rebuilt(NegotiationPlan n, string? id = null, ClientId? client = null, IReadOnlyList<NegotiationIssue>? issues = null, string? opportunity = null, string? offer = null) =>
        new(id ?? n.Id, client ?? n.Client, issues ?? n.Issues, opportunity ?? n.Opportunity, offer ?? n.Offer, n.OurBatna, n.ClientBatna, n.Concessions, n.Outcome, n.Title);

    /// <summary>The bookshop's opportunities, holding the one the negotiation samples name.</summary>
    internal static OpportunityPortfolio Opportunities(params string[] ids) =>
        new(Currency.Eur, ResourceAmounts.FromHours(400, 50_000m, 40m), ids.Select(id => new Opportunity(id, Bookshop, "Mail-order service", OpportunityClass.ImproveService, OpportunitySource.ClientBusinessGoals, 60_000m, 0.6m, ResourceAmounts.FromHours(100, 10_000m, 10m))).ToArray());

    private static AccountDocument Sample() => SampleAccounts.PublisherAndBookshop();

    private static IReadOnlyList<Diagnostic> Validate(AccountDocument account) => AccountValidator.Validate(account, March31);

    private static void HasCodeAt(AccountDocument account, string code, string path)
    {
        var diagnostics = Validate(account);
        Assert.True(diagnostics.Any(d => d.Code == code && d.Path == path), "expected " + code + " at " + path + "; got: " + string.Join(" | ", diagnostics));
    }

    private static void HasNoCodeAt(AccountDocument account, string code, string pathStart)
    {
        var diagnostics = Validate(account);
        Assert.False(diagnostics.Any(d => d.Code == code && d.Path.StartsWith(pathStart, StringComparison.Ordinal)), "did not expect " + code + " under " + pathStart + "; got: " + string.Join(" | ", diagnostics));
    }

    // ---- Each held document is checked by its own area's validator, under its member. ----

    [Fact]
    public void The_maps_own_diagnostics_appear_under_relationships()
    {
        var map = SampleMaps.Bookshop with { People = SampleMaps.Bookshop.People.Concat(new[] { new ClientPerson("owner", "A second owner") }).ToArray() };
        HasCodeAt(With(Sample(), relationships: map), RelationshipsDiagnosticCodes.DuplicateId, "relationships.people[8].id");
    }

    [Fact]
    public void The_programmes_own_diagnostics_appear_under_communications()
    {
        var programme = SamplePrograms.PublisherAndBookshop(new LocalDate(2026, 1, 5));
        var broken = programme with { Items = programme.Items.Select((item, i) => i == 2 ? item with { Message = "no-such-message" } : item).ToArray() };
        HasCodeAt(With(Sample(), communications: broken), CommunicationsDiagnosticCodes.UnknownMessage, "communications.items[2].message");
    }

    [Fact]
    public void A_negotiations_own_diagnostics_appear_under_its_index()
    {
        var empty = Rebuilt(SampleNegotiations.MailOrderNegotiation, id: "second", issues: Array.Empty<NegotiationIssue>());
        HasCodeAt(With(Sample(), negotiations: new[] { SampleNegotiations.MailOrderNegotiation, empty }), NegotiationDiagnosticCodes.NoIssues, "negotiations[1].issues");
    }

    [Fact]
    public void An_offers_own_diagnostics_appear_under_its_index_and_its_client_goal_is_checked_against_the_plan()
    {
        var offer = Rebuilt(SampleNegotiations.MailOrderOffer, clientGoal: "no-such-goal");
        HasCodeAt(With(Sample(), offers: new[] { offer }), NegotiationDiagnosticCodes.UnknownClientGoal, "offers[0].clientGoal");
        HasNoCodeAt(With(Sample(), offers: new[] { SampleNegotiations.MailOrderOffer }), NegotiationDiagnosticCodes.UnknownClientGoal, "offers[0]");
    }

    [Fact]
    public void The_programmes_audiences_are_checked_against_the_maps_people()
    {
        var programme = SamplePrograms.PublisherAndBookshop(new LocalDate(2026, 1, 5));
        var audiences = new[] { new Audience("owner") { People = new[] { "nobody-here" } } }.Concat(programme.Audiences.Skip(1)).ToArray();
        var account = With(Sample(), relationships: SampleMaps.Bookshop, communications: programme with { Audiences = audiences });
        HasCodeAt(account, CommunicationsDiagnosticCodes.UnknownPersonOrUnit, "communications.audiences[0].people[0]");
        HasNoCodeAt(With(Sample(), communications: programme with { Audiences = audiences }, dropMap: true), CommunicationsDiagnosticCodes.UnknownPersonOrUnit, "communications");
    }

    // ---- The checks across sections, a test per code. ----

    [Fact]
    public void KAA001_two_offers_or_negotiations_with_one_id()
    {
        HasCodeAt(With(Sample(), offers: new[] { SampleNegotiations.MailOrderOffer, SampleNegotiations.MailOrderOffer }), AccountsDiagnosticCodes.DuplicateId, "offers[1].id");
        HasCodeAt(With(Sample(), negotiations: new[] { SampleNegotiations.MailOrderNegotiation, SampleNegotiations.MailOrderNegotiation }), AccountsDiagnosticCodes.DuplicateId, "negotiations[1].id");
    }

    [Fact]
    public void KAA004_a_client_participant_not_in_the_map()
    {
        var map = SampleMaps.Bookshop;
        var entry = new DiaryEntry("d-9", Instant.FromUtc(2026, 3, 30, 9, 0), "Europe/Berlin", DiaryEntryKind.Call, "s", new[] { "owner", "stranger" }, Sample().Team.Select(t => t.Id).Take(1).ToArray());
        var account = With(Sample(), relationships: map, diary: Sample().Diary.Concat(new[] { entry }).ToArray());
        HasCodeAt(account, AccountsDiagnosticCodes.UnknownPerson, "diary[" + Sample().Diary.Count + "].clientParticipants[1]");
        HasNoCodeAt(account, AccountsDiagnosticCodes.UnknownPerson, "diary[" + Sample().Diary.Count + "].clientParticipants[0]");
    }

    [Fact]
    public void KAA004_a_commitment_owner_neither_on_the_team_nor_in_the_map()
    {
        var entry = new DiaryEntry("d-9", Instant.FromUtc(2026, 3, 30, 9, 0), "Europe/Berlin", DiaryEntryKind.Call, "s", new[] { "owner" }, Sample().Team.Select(t => t.Id).Take(1).ToArray(), commitments: new[]
        {
            new Commitment("c-8", "owner", "the map knows the owner", March31),
            new Commitment("c-9", "stranger", "nobody knows", March31),
        });
        var account = With(Sample(), relationships: SampleMaps.Bookshop, diary: Sample().Diary.Concat(new[] { entry }).ToArray());
        var at = "diary[" + Sample().Diary.Count + "].commitments";
        HasCodeAt(account, AccountsDiagnosticCodes.UnknownPerson, at + "[1].who");
        HasNoCodeAt(account, AccountsDiagnosticCodes.UnknownPerson, at + "[0].who");
    }

    [Fact]
    public void KAA004_an_offer_presented_to_someone_not_in_the_map()
    {
        var offer = SampleNegotiations.MailOrderOffer;
        var p = offer.Presentation!;
        var stranger = new Presentation(p.Audience.Select(a => a.Person == "owner" ? new PresentationAudience("stranger", a.Roles, a.Invited, a.Objections, a.Name) : a).ToArray(), p.Problem, p.Solution, p.BenefitsShown, p.Proof, p.Ask, p.Answers, p.Date);
        HasCodeAt(With(Sample(), relationships: SampleMaps.Bookshop, offers: new[] { Rebuilt(offer, presentation: stranger) }), AccountsDiagnosticCodes.UnknownPerson, "offers[0].presentation.audience[0].person");
    }

    [Fact]
    public void KAA005_an_offers_or_negotiations_opportunity_or_offer_the_account_does_not_hold()
    {
        var opportunities = Opportunities("opp-007");
        HasCodeAt(With(Sample(), opportunities: opportunities, offers: new[] { SampleNegotiations.MailOrderOffer }), AccountsDiagnosticCodes.UnknownReference, "offers[0].opportunity");
        HasCodeAt(With(Sample(), opportunities: opportunities, negotiations: new[] { SampleNegotiations.MailOrderNegotiation }), AccountsDiagnosticCodes.UnknownReference, "negotiations[0].opportunity");
        var otherOffer = Rebuilt(SampleNegotiations.MailOrderOffer, id: "another-offer");
        HasCodeAt(With(Sample(), offers: new[] { otherOffer }, negotiations: new[] { SampleNegotiations.MailOrderNegotiation }), AccountsDiagnosticCodes.UnknownReference, "negotiations[0].offer");
        var held = With(Sample(), opportunities: Opportunities(SampleNegotiations.Opportunity), offers: new[] { SampleNegotiations.MailOrderOffer }, negotiations: new[] { SampleNegotiations.MailOrderNegotiation });
        HasNoCodeAt(held, AccountsDiagnosticCodes.UnknownReference, "offers");
        HasNoCodeAt(held, AccountsDiagnosticCodes.UnknownReference, "negotiations");
    }

    [Fact]
    public void KAA006_an_offers_or_negotiations_reference_without_the_document_to_check_it()
    {
        var account = With(Sample(), negotiations: new[] { SampleNegotiations.MailOrderNegotiation }, offers: Array.Empty<Offer>(), dropOpportunities: true);
        HasCodeAt(account, AccountsDiagnosticCodes.ReferenceNotCheckable, "negotiations[0].offer");
        HasCodeAt(account, AccountsDiagnosticCodes.ReferenceNotCheckable, "negotiations[0].opportunity");
        HasCodeAt(With(Sample(), offers: new[] { SampleNegotiations.MailOrderOffer }, dropOpportunities: true), AccountsDiagnosticCodes.ReferenceNotCheckable, "offers[0].opportunity");
        HasNoCodeAt(Sample(), AccountsDiagnosticCodes.ReferenceNotCheckable, string.Empty);
    }

    [Fact]
    public void KAA018_a_map_programme_negotiation_or_offer_for_another_client()
    {
        var other = new ClientId("another-shop");
        HasCodeAt(With(Sample(), relationships: SampleMaps.Bookshop with { Client = other }), AccountsDiagnosticCodes.ClientMismatch, "relationships.client");
        HasCodeAt(With(Sample(), communications: SamplePrograms.PublisherAndBookshop(new LocalDate(2026, 1, 5)) with { Client = other }), AccountsDiagnosticCodes.ClientMismatch, "communications.client");
        HasCodeAt(With(Sample(), negotiations: new[] { Rebuilt(SampleNegotiations.MailOrderNegotiation, client: other) }), AccountsDiagnosticCodes.ClientMismatch, "negotiations[0].client");
        HasCodeAt(With(Sample(), offers: new[] { Rebuilt(SampleNegotiations.MailOrderOffer, client: other) }), AccountsDiagnosticCodes.ClientMismatch, "offers[0].client");
    }

    [Fact]
    public void KAA021_one_of_ours_in_the_map_not_on_the_account_team()
    {
        var map = SampleMaps.Bookshop;
        var team = map.Team.Skip(1).Select(t => new AccountTeamMember(t.Id, t.Name, t.Id == "kam" ? TeamRole.AccountManager : TeamRole.Specialist)).ToArray();
        var account = With(Sample(), team: team, relationships: map);
        HasCodeAt(account, AccountsDiagnosticCodes.MapTeamNotOnAccount, "relationships.team[0].id");
        HasNoCodeAt(account, AccountsDiagnosticCodes.MapTeamNotOnAccount, "relationships.team[1]");
        Assert.Equal(DiagnosticSeverity.Warning, AccountsDiagnosticCodes.Get(AccountsDiagnosticCodes.MapTeamNotOnAccount).Severity);
    }

    [Fact]
    public void Without_a_map_the_client_people_are_whoever_the_diary_names()
    {
        var account = With(Sample(), dropMap: true);
        Assert.Null(account.Relationships);
        HasNoCodeAt(account, AccountsDiagnosticCodes.UnknownPerson, "diary");
    }
}
