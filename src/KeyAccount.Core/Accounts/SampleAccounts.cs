using KeyAccount.Core.Communications;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>The method's worked example as an account document: the publisher and its bookshop client.</summary>
public static class SampleAccounts
{
    /// <summary>
    /// The bookshop's account as of the end of March 2026: profiled, planned and active since
    /// January, holding the other areas' samples for the client <c>bookshop</c>: the development plan
    /// of <see cref="SamplePlans.PublisherAndBookshop"/> (starting 5 January 2026, as in the built-in
    /// review portfolio, with the review of 2 March 2026 added to its reviews), the relationship map <see cref="SampleMaps.Bookshop"/>, the communication
    /// programme of <see cref="SamplePrograms.PublisherAndBookshop"/>, the mail-order negotiation and
    /// offer of <see cref="SampleNegotiations"/>, and two opportunities (<c>opp-001</c>, the
    /// mail-order service the negotiation samples name, and <c>opp-002</c>, the reader research).
    /// Our team is the map's people of ours (same ids), and the diary's client participants are the
    /// map's people.
    /// </summary>
    /// <remarks>
    /// The other areas' samples use their own ids for the shop's people in two places, adapted
    /// here so every reference of the account holds: the programme's audiences name the map's
    /// people and units (the owner, the head buyer, the mail-order manager, the store) instead of
    /// the communications sample's directory, and the offer is presented to the store manager
    /// (<c>store-manager</c>, the map's sponsor and influencer) where the negotiation sample says
    /// <c>head-of-sales</c>. The plan records a second review, on 2 March 2026, whose record (what it
    /// found and decided) is the account's one plan review; the account's rules of internal
    /// communication are the three defaults and one of its own (what the shop says about the series
    /// or the catalogue reaches editorial). As of 31 March 2026 the account has no error and shows: an overdue
    /// commitment and one due soon, an internal decision with no follow-up, the opportunities
    /// stale since 16 March, the owner's mirror contact still stale although the diary brings it
    /// forward to the kick-off of 12 January, two meetings with the owner and none with the head
    /// buyer (a decision maker for small orders) within the quarter; the plan review agrees with the
    /// plan's schedule; the first commitment reached delivery only at the internal entry of
    /// 20 March (a late notice), and the owner's wish for the series in the autumn catalogue
    /// (26 March) has not reached editorial (a missing notice).
    /// </remarks>
    /// <returns>A new document each time.</returns>
    public static AccountDocument PublisherAndBookshop()
    {
        var client = new ClientId("bookshop");
        var planStart = new LocalDate(2026, 1, 5);
        var reviewed = new LocalDate(2026, 3, 2);
        var basePlan = SamplePlans.PublisherAndBookshop(planStart);
        var plan = basePlan with
        {
            Reviews = new[] { basePlan.Reviews[0], new PlanReview(reviewed) { By = "Key account manager", Note = "Review with the owner and the store manager; the record is the account's planReviews[0]." } },
        };
        const string Berlin = "Europe/Berlin";
        var zone = DateTimeZoneProviders.Tzdb[Berlin];
        Instant At(int month, int day, int hour) => new LocalDateTime(2026, month, day, hour, 0).InZoneLeniently(zone).ToInstant();

        var profile = new AccountProfile(
            "The Corner Bookshop",
            "book retail",
            size: "one shop, 12 staff, a growing mail-order list",
            locations: L("Leipzig"),
            ownership: "owner-managed",
            strategy: "Serve readers of pension age at home: a mail-order delivery service beside the shop.",
            goals: plan.ClientGoals,
            productsBought: L("fiction and non-fiction lists", "large-print editions"),
            shareOfWallet: 0.35,
            keyFacts: new[]
            {
                new KeyFact("A third of the shop's customers are over 65.", "the owner, meeting of 3 November 2025", new LocalDate(2025, 11, 3)),
            });

        // Our people: the map's people of ours, with the same ids.
        var team = new[]
        {
            new AccountTeamMember("kam", "Maria Ivanova", TeamRole.AccountManager, "sales"),
            new AccountTeamMember("sales-director", "Alexei Morozov", TeamRole.ExecutiveSponsor, "management"),
            new AccountTeamMember("editor", "Tatiana Kozlova", TeamRole.Specialist, "editorial"),
            new AccountTeamMember("marketing-lead", "Sofia Belova", TeamRole.Specialist, "marketing"),
            new AccountTeamMember("logistics-lead", "Ivan Popov", TeamRole.Specialist, "delivery"),
        };

        var lifecycle = new[]
        {
            new LifecycleChange(AccountStage.Onboarding, new LocalDate(2025, 11, 3), "sales-director", "Top-20% client by profit, growing mail orders."),
            new LifecycleChange(AccountStage.Profiled, new LocalDate(2025, 12, 1), "kam", "Profile compiled with the owner."),
            new LifecycleChange(AccountStage.Planned, planStart, "kam", "Development plan approved; the owner is reached through the store manager."),
            new LifecycleChange(AccountStage.Active, new LocalDate(2026, 1, 12), "kam", "Plan in force after the kick-off with the owner."),
        };

        var diary = new[]
        {
            new DiaryEntry(
                "d-1",
                At(1, 12, 10),
                Berlin,
                DiaryEntryKind.Meeting,
                "Kick-off: the research brief",
                clientParticipants: L("owner", "store-manager"),
                ourParticipants: L("kam", "marketing-lead", "sales-director"),
                decisions: new[] { new DiaryDecision("dec-brief", "Survey pensioner readers in the shop and by post.") },
                commitments: new[] { new Commitment("c-1", "kam", "Send the agreed research brief", new LocalDate(2026, 1, 19), CommitmentStatus.Done, new LocalDate(2026, 1, 16), "dec-brief", planActions: L("brief"), opportunities: L("opp-002")) }),
            new DiaryEntry(
                "d-2",
                At(2, 10, 15),
                Berlin,
                DiaryEntryKind.Call,
                "The small-order pilot",
                clientParticipants: L("head-buyer"),
                ourParticipants: L("kam", "logistics-lead"),
                decisions: new[] { new DiaryDecision("dec-pilot", "Pilot the small-order process on the shop's regular orders.") },
                commitments: new[] { new Commitment("c-2", "logistics-lead", "Share the pilot schedule", new LocalDate(2026, 3, 15), decision: "dec-pilot", planActions: L("pilot"), opportunities: L(SampleNegotiations.Opportunity)) },
                followUpOf: "d-1"),
            new DiaryEntry(
                "d-3",
                At(3, 20, 9),
                Berlin,
                DiaryEntryKind.Internal,
                "Staffing the pilot",
                ourParticipants: L("kam", "logistics-lead", "sales-director"),
                decisions: new[] { new DiaryDecision("dec-staff", "Two logistics staff on the pilot from April.") }),
            new DiaryEntry(
                "d-4",
                At(3, 26, 11),
                Berlin,
                DiaryEntryKind.Visit,
                "Research findings and the series",
                clientParticipants: L("owner"),
                ourParticipants: L("kam"),
                notes: "The owner wants the series in the autumn catalogue.",
                commitments: new[] { new Commitment("c-3", "owner", "Confirm the mail-order launch date", new LocalDate(2026, 4, 5)) }),
        };

        var updates = new[]
        {
            new SectionUpdate(AccountSection.Profile, new LocalDate(2025, 12, 1), "kam", "Profile compiled with the owner."),
            new SectionUpdate(AccountSection.Opportunities, new LocalDate(2025, 12, 15), "kam", "The mail-order service and the reader research listed."),
            new SectionUpdate(AccountSection.PlanReview, planStart, "kam", "Plan approved."),
            new SectionUpdate(AccountSection.CommunicationProgramme, planStart, "marketing-lead", "Programme for the plan's year."),
            new SectionUpdate(AccountSection.RelationshipMap, new LocalDate(2026, 3, 20), "kam", "The deputy owner's departure and the new mail-order manager."),
        };

        return new AccountDocument(
            client,
            profile,
            team,
            lifecycle,
            diary,
            updates,
            opportunities: Opportunities(client),
            plan: plan,
            relationships: SampleMaps.Bookshop,
            communications: Programme(planStart),
            negotiations: new[] { SampleNegotiations.MailOrderNegotiation },
            offers: new[] { PresentedOffer() },
            planReviews: new[] { Review(client, reviewed) },
            internalCommunication: Rules());
    }

    /// <summary>The plan's review of 2 March 2026 with the owner and the store manager: what it found and decided.</summary>
    private static PlanReviewRecord Review(ClientId client, LocalDate on) => new(client, on)
    {
        Title = "Plan review with the owner and the store manager",
        ClientParticipants = L("owner", "store-manager"),
        OurParticipants = L("kam", "logistics-lead", "marketing-lead"),
        Goals = new[]
        {
            new GoalReview("research", GoalReviewStatus.OnTrack) { Evidence = "The survey closes on 5 March with 212 replies; the report is due on 26 March." },
            new GoalReview("small-orders", GoalReviewStatus.AtRisk) { Evidence = "The stock process design runs late; the pilot schedule is not yet shared with the head buyer." },
            new GoalReview("handicraft-series", GoalReviewStatus.OnTrack) { Evidence = "Series editor appointed; commissioning waits for the research report, as planned." },
        },
        Decisions = new[] { new ReviewDecision("Share the pilot schedule with the head buyer by mid-March.") { Goals = L("small-orders") } },
        Changes = new[] { new AgreedChange("Staff the pilot with two more logistics staff from April.") { Goals = L("small-orders") } },
    };

    /// <summary>
    /// The method's three default rules, and one of the account's own: whatever the shop says about
    /// the series or the catalogue must reach editorial within the default three days.
    /// </summary>
    private static InternalCommunicationSettings Rules()
    {
        var rules = new System.Collections.Generic.List<InternalNoticeRule>(InternalCommunicationSettings.DefaultRules)
        {
            new InternalNoticeRule("series-to-editorial", NoticeTrigger.Contact)
            {
                Function = "editorial",
                Keywords = L("series", "catalogue"),
                Description = "What the shop says about the series or the catalogue must reach editorial.",
            },
        };
        return new InternalCommunicationSettings(rules);
    }

    /// <summary>The bookshop's two opportunities, in euros.</summary>
    private static OpportunityPortfolio Opportunities(ClientId client) => new(
        Currency.Eur,
        ResourceAmounts.FromHours(240m, 30_000m, 30m),
        new[]
        {
            new Opportunity(SampleNegotiations.Opportunity, client, "Mail-order book service for readers of pension age", OpportunityClass.ExpandBusiness, OpportunitySource.ClientBusinessGoals, 96_000m, 0.7m, ResourceAmounts.FromHours(120m, 15_000m, 20m)),
            new Opportunity("opp-002", client, "Market research on pensioner readers", OpportunityClass.MarketInformation, OpportunitySource.QualitativeSalesFigures, 12_000m, 0.8m, ResourceAmounts.FromHours(40m, 6_000m, 5m)),
        });

    /// <summary>The communications sample with its audiences naming the map's people and units.</summary>
    private static CommunicationProgramme Programme(LocalDate start)
    {
        var programme = SamplePrograms.PublisherAndBookshop(start);
        return programme with
        {
            Audiences = new[]
            {
                new Audience("owner") { Name = "The shop's owner and every decision maker", People = L("owner"), Kinds = new[] { PersonKind.DecisionMaker } },
                new Audience("buyers") { Name = "The head buyer", People = L("head-buyer") },
                new Audience("mail-order-team") { Name = "The mail-order team", People = L("mail-order") },
                new Audience("staff") { Name = "The shop-floor staff", Units = L("Store") },
                new Audience("whole-shop") { Name = "Everybody at the shop", WholeClient = true },
            },
        };
    }

    /// <summary>The negotiation sample's offer, presented to the map's store manager where the sample says head of sales.</summary>
    private static Offer PresentedOffer()
    {
        var o = SampleNegotiations.MailOrderOffer;
        var p = o.Presentation!;
        var audience = new PresentationAudience[p.Audience.Count];
        for (var i = 0; i < audience.Length; i++)
        {
            var a = p.Audience[i];
            audience[i] = a.Person == "head-of-sales" ? new PresentationAudience("store-manager", a.Roles, a.Invited, a.Objections, "Store manager") : a;
        }

        var presentation = new Presentation(audience, p.Problem, p.Solution, p.BenefitsShown, p.Proof, p.Ask, p.Answers, p.Date);
        return new Offer(o.Id, o.Client, o.ClientGoal, o.Problem, o.Solution, o.Pricing, o.Start, o.HorizonEnd, o.DiscountRate, o.Benefits, o.ClientCosts, o.Opportunity, o.Tier, o.PaymentTermDays, o.Exclusive, presentation, o.Title);
    }

    private static string[] L(params string[] items) => items;
}
