using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>The method's worked example as an account document: the publisher and its bookshop client.</summary>
public static class SampleAccounts
{
    /// <summary>
    /// The bookshop's account as of the end of March 2026: profiled, planned and active since
    /// January, with the development plan of <see cref="SamplePlans.PublisherAndBookshop"/> (starting
    /// 5 January 2026, as in the built-in review portfolio), a diary of four contacts with their
    /// decisions and commitments, and the record of section updates. As of 31 March 2026 it shows an
    /// overdue commitment, one due soon, an internal decision with no follow-up and a stale section.
    /// </summary>
    /// <returns>A new document each time.</returns>
    public static AccountDocument PublisherAndBookshop()
    {
        var client = new ClientId("bookshop");
        var plan = SamplePlans.PublisherAndBookshop(new LocalDate(2026, 1, 5));
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

        var team = new[]
        {
            new AccountTeamMember("u-kam", "Key account manager", TeamRole.AccountManager, "sales"),
            new AccountTeamMember("u-exec", "Sales director", TeamRole.ExecutiveSponsor, "management"),
            new AccountTeamMember("u-logistics", "Logistics lead", TeamRole.Specialist, "delivery"),
            new AccountTeamMember("u-marketing", "Marketing lead", TeamRole.Specialist, "marketing"),
        };

        var lifecycle = new[]
        {
            new LifecycleChange(AccountStage.Onboarding, new LocalDate(2025, 11, 3), "u-exec", "Top-20% client by profit, growing mail orders."),
            new LifecycleChange(AccountStage.Profiled, new LocalDate(2025, 12, 1), "u-kam", "Profile compiled with the owner."),
            new LifecycleChange(AccountStage.Planned, new LocalDate(2026, 1, 5), "u-kam", "Development plan approved."),
            new LifecycleChange(AccountStage.Active, new LocalDate(2026, 1, 12), "u-kam", "Plan in force after the kick-off with the owner."),
        };

        var diary = new[]
        {
            new DiaryEntry(
                "d-1",
                At(1, 12, 10),
                Berlin,
                DiaryEntryKind.Meeting,
                "Kick-off: the research brief",
                clientParticipants: L("shop-owner", "shop-buyer"),
                ourParticipants: L("u-kam", "u-marketing"),
                decisions: new[] { new DiaryDecision("dec-brief", "Survey pensioner readers in the shop and by post.") },
                commitments: new[] { new Commitment("c-1", "u-kam", "Send the agreed research brief", new LocalDate(2026, 1, 19), CommitmentStatus.Done, new LocalDate(2026, 1, 16), "dec-brief", planActions: L("brief")) }),
            new DiaryEntry(
                "d-2",
                At(2, 10, 15),
                Berlin,
                DiaryEntryKind.Call,
                "The small-order pilot",
                clientParticipants: L("shop-buyer"),
                ourParticipants: L("u-kam", "u-logistics"),
                decisions: new[] { new DiaryDecision("dec-pilot", "Pilot the small-order process on the shop's regular orders.") },
                commitments: new[] { new Commitment("c-2", "u-logistics", "Share the pilot schedule", new LocalDate(2026, 3, 15), decision: "dec-pilot", planActions: L("pilot")) },
                followUpOf: "d-1"),
            new DiaryEntry(
                "d-3",
                At(3, 20, 9),
                Berlin,
                DiaryEntryKind.Internal,
                "Staffing the pilot",
                ourParticipants: L("u-kam", "u-logistics", "u-exec"),
                decisions: new[] { new DiaryDecision("dec-staff", "Two logistics staff on the pilot from April.") }),
            new DiaryEntry(
                "d-4",
                At(3, 26, 11),
                Berlin,
                DiaryEntryKind.Visit,
                "Research findings and the series",
                clientParticipants: L("shop-owner"),
                ourParticipants: L("u-kam"),
                notes: "The owner wants the series in the autumn catalogue.",
                commitments: new[] { new Commitment("c-3", "shop-owner", "Confirm the mail-order launch date", new LocalDate(2026, 4, 5)) }),
        };

        var updates = new[]
        {
            new SectionUpdate(AccountSection.Profile, new LocalDate(2025, 12, 1), "u-kam", "Profile compiled with the owner."),
            new SectionUpdate(AccountSection.PlanReview, new LocalDate(2026, 1, 5), "u-kam", "Plan approved."),
        };

        return new AccountDocument(client, profile, team, lifecycle, diary, updates, plan: plan);
    }

    private static string[] L(params string[] items) => items;
}
