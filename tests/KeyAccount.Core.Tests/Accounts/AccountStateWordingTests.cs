using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>
/// The account's state in words and at its edges: the explanation, each section's freshness,
/// each commitment and each decision maker's meetings word for word on the sample; then each
/// branch of those sentences (a section stale or fresh on the last day, plural for the
/// opportunities; a review due or overdue; rules with errors), a commitment's state on each side
/// of its due date and its closing date, the order of commitments and contacts, and the next
/// review counted from the latest review or approval. The mutation run of Accounts left 217 of
/// <c>AccountAnalysis</c>'s mutants alive, most of them in these sentences.
/// </summary>
public class AccountStateWordingTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private static AccountDocument Sample() => SampleAccounts.PublisherAndBookshop();

    private static AccountState State(AccountDocument account, LocalDate? asOf = null) => AccountAnalysis.Analyze(account, asOf ?? March31);

    [Fact]
    public void The_samples_state_word_for_word()
    {
        var state = State(Sample());

        Assert.Equal(
            "The account is active. It can move to under review. 1 commitment overdue and 1 due soon. 1 decision without a follow-up commitment. "
            + "Not met within the meeting window: 1 decision maker ('Irina Volkova'). Stale: opportunities. The plan's next review is due on 2026-04-02. "
            + "The latest plan review, on 2026-03-02, judged 3 goals; it has no finding against the plan. "
            + "Internal communication (the account's rules): 3 notices called for, 1 given in time, 1 missing or with nobody to tell.",
            state.Explanation);
        Assert.Equal(
            new[]
            {
                "The profile was last updated on 2025-12-01 and stays fresh until 2026-12-01.",
                "The relationship map was last updated on 2026-03-20 and stays fresh until 2026-06-20.",
                "The account holds no ladder assessment.",
                "The account holds no classification evidence.",
                "The plan review was last updated on 2026-03-02 and stays fresh until 2026-06-02.",
                "The communication programme was last updated on 2026-01-05 and stays fresh until 2026-04-05.",
                "The opportunities were last updated on 2025-12-15; they may be P3M old, so they have been stale since 2026-03-16.",
            },
            state.Freshness.Select(f => f.Explanation));
        Assert.Equal(
            new[]
            {
                "'logistics-lead' committed to 'Share the pilot schedule', due 2026-03-15: overdue by 16 days.",
                "'owner' committed to 'Confirm the mail-order launch date', due 2026-04-05: due in 5 days.",
                "'kam' committed to 'Send the agreed research brief', due 2026-01-19: done on 2026-01-16.",
            },
            state.Commitments.Select(c => c.Explanation));
        Assert.Equal(
            new[]
            {
                "No meeting with the decision maker 'Irina Volkova' ('head-buyer') in P3M (2026-01-01 to 2026-03-31); the diary shows no meeting with them at all.",
                "2 meetings with the decision maker 'Elena Sorokina' ('owner') in P3M (2026-01-01 to 2026-03-31), 0.7 a month; the last on 2026-03-26.",
            },
            state.DecisionMakerMeetings.Select(m => m.Explanation));
        Assert.Equal(new[] { ("store-manager", 78), ("head-buyer", 49), ("owner", 5) }, state.Contacts.Select(c => (c.Person, c.DaysSinceLast)));
        Assert.Equal((2, 73.04166666666667), (state.Contacts[2].Contacts, state.Contacts[2].MeanDaysBetween!.Value));
        Assert.Null(state.Contacts[0].MeanDaysBetween);
    }

    [Fact]
    public void A_section_is_fresh_on_its_last_day_and_stale_the_day_after_in_the_singular_or_plural()
    {
        var lastDay = State(Sample(), new LocalDate(2026, 4, 5)).Freshness.Single(f => f.Section == AccountSection.CommunicationProgramme);
        Assert.Equal((false, "The communication programme was last updated on 2026-01-05 and stays fresh until 2026-04-05."), (lastDay.Stale, lastDay.Explanation));
        var dayAfter = State(Sample(), new LocalDate(2026, 4, 6)).Freshness.Single(f => f.Section == AccountSection.CommunicationProgramme);
        Assert.Equal((true, "The communication programme was last updated on 2026-01-05; it may be P3M old, so it has been stale since 2026-04-06."), (dayAfter.Stale, dayAfter.Explanation));

        var fresh = AccountEdits.Sample(a => a["updates"]!.AsArray().Add(new JsonObject { ["section"] = "Opportunities", ["on"] = "2026-03-01", ["by"] = "kam", ["what"] = "Reviewed." }));
        Assert.Equal("The opportunities were last updated on 2026-03-01 and stay fresh until 2026-06-01.", State(fresh).Freshness.Single(f => f.Section == AccountSection.Opportunities).Explanation);
        Assert.Contains(" No data is stale. ", State(fresh).Explanation, StringComparison.Ordinal);

        // An update after the day of the analysis, or older than the latest, changes nothing.
        var later = AccountEdits.Sample(a =>
        {
            a["updates"]!.AsArray().Add(new JsonObject { ["section"] = "Opportunities", ["on"] = "2026-04-01", ["by"] = "kam", ["what"] = "Later." });
            a["updates"]!.AsArray().Add(new JsonObject { ["section"] = "Opportunities", ["on"] = "2025-11-01", ["by"] = "kam", ["what"] = "Older." });
        });
        Assert.Equal(new LocalDate(2025, 12, 15), State(later).Freshness.Single(f => f.Section == AccountSection.Opportunities).LastUpdated);

        var never = AccountEdits.Sample(a => a["updates"] = new JsonArray());
        Assert.Equal("No update of the profile is recorded; record when it was last brought up to date.", State(never).Freshness.Single(f => f.Section == AccountSection.Profile).Explanation);
        // The plan's section is brought up to date by the plan's own reviews and the account's plan reviews.
        Assert.Equal(new LocalDate(2026, 3, 2), State(never).Freshness.Single(f => f.Section == AccountSection.PlanReview).LastUpdated);
        Assert.Equal(new LocalDate(2026, 1, 5), State(never, new LocalDate(2026, 3, 1)).Freshness.Single(f => f.Section == AccountSection.PlanReview).LastUpdated);
    }

    [Fact]
    public void The_plans_review_is_due_up_to_its_day_and_overdue_after_it()
    {
        Assert.Contains("The plan's next review is due on 2026-04-02.", State(Sample(), new LocalDate(2026, 4, 2)).Explanation, StringComparison.Ordinal);
        Assert.Contains("The plan's review was due on 2026-04-02.", State(Sample(), new LocalDate(2026, 4, 3)).Explanation, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 4, 2), State(Sample()).NextPlanReview);

        // Without reviews, the cadence counts from the latest approval; a cadence with hours gives none.
        var unreviewed = AccountEdits.Sample(a => a["plan"]!["reviews"] = new JsonArray());
        Assert.Equal(new LocalDate(2026, 2, 5), State(unreviewed).NextPlanReview);
        var hourly = AccountEdits.Sample(a => a["plan"]!["reviewCadence"] = "PT1H");
        Assert.Null(State(hourly).NextPlanReview);
        Assert.DoesNotContain("The plan's", State(hourly).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_communication_says_whose_rules_and_when_it_is_not_checked()
    {
        var defaults = AccountEdits.Sample(a => a.Remove("internalCommunication"));
        Assert.Contains("Internal communication (the default rules): ", State(defaults).Explanation, StringComparison.Ordinal);

        var broken = AccountEdits.Sample(a => a["internalCommunication"]!["rules"]![0]!["id"] = " ");
        Assert.EndsWith("Internal communication is not checked: its rules have errors.", State(broken).Explanation, StringComparison.Ordinal);
        Assert.Null(State(broken).InternalCommunication);
    }

    [Fact]
    public void A_commitments_state_turns_on_its_due_date_the_due_soon_window_and_its_closing_date()
    {
        var twoWeeks = Period.FromDays(14);
        var due = new LocalDate(2026, 4, 15);
        var open = new Commitment("c", "kam", "x", due);

        Assert.Equal(CommitmentState.Open, AccountAnalysis.StateOf(open, due.PlusDays(-15), twoWeeks));
        Assert.Equal(CommitmentState.DueSoon, AccountAnalysis.StateOf(open, due.PlusDays(-14), twoWeeks));
        Assert.Equal(CommitmentState.DueSoon, AccountAnalysis.StateOf(open, due, twoWeeks));
        Assert.Equal(CommitmentState.Overdue, AccountAnalysis.StateOf(open, due.PlusDays(1), twoWeeks));

        var done = new Commitment("c", "kam", "x", due, CommitmentStatus.Done, due.PlusDays(3));
        Assert.Equal(CommitmentState.Overdue, AccountAnalysis.StateOf(done, due.PlusDays(2), twoWeeks));
        Assert.Equal(CommitmentState.Done, AccountAnalysis.StateOf(done, due.PlusDays(3), twoWeeks));
        Assert.Equal(CommitmentState.Cancelled, AccountAnalysis.StateOf(new Commitment("c", "kam", "x", due, CommitmentStatus.Cancelled, due), due, twoWeeks));
        Assert.Equal(CommitmentState.HandedOver, AccountAnalysis.StateOf(new Commitment("c", "kam", "x", due, CommitmentStatus.HandedOver), due.PlusDays(-30), twoWeeks));
    }

    [Fact]
    public void Commitments_are_listed_overdue_first_then_by_due_date_and_id_and_each_state_is_worded()
    {
        var account = AccountEdits.Sample(a =>
        {
            var entry = a["diary"]![0]!.AsObject();
            entry["commitments"] = new JsonArray
            {
                new JsonObject { ["id"] = "a-open", ["who"] = "kam", ["what"] = "Plan", ["due"] = "2026-06-01" },
                new JsonObject { ["id"] = "z-open", ["who"] = "kam", ["what"] = "Call", ["due"] = "2026-05-01" },
                new JsonObject { ["id"] = "b-soon", ["who"] = "kam", ["what"] = "Write", ["due"] = "2026-04-01" },
                new JsonObject { ["id"] = "a-soon", ["who"] = "kam", ["what"] = "Send", ["due"] = "2026-04-01" },
                new JsonObject { ["id"] = "y-late", ["who"] = "kam", ["what"] = "Visit", ["due"] = "2026-03-30" },
                new JsonObject { ["id"] = "x-gone", ["who"] = "kam", ["what"] = "Drop", ["due"] = "2026-03-01", ["status"] = "Cancelled", ["closedOn"] = "2026-02-01" },
                new JsonObject { ["id"] = "w-passed", ["who"] = "kam", ["what"] = "Pass", ["due"] = "2026-03-01", ["status"] = "HandedOver", ["closedOn"] = "2026-02-02" },
            };
        });

        var views = State(account).Commitments.Where(c => c.Commitment.Who == "kam" && c.Commitment.What.Length <= 5).ToList();

        Assert.Equal(new[] { "y-late", "a-soon", "b-soon", "z-open", "a-open" }, views.Take(5).Select(v => v.Commitment.Id));
        Assert.Equal("'kam' committed to 'Visit', due 2026-03-30: overdue by 1 day.", views[0].Explanation);
        Assert.Equal("'kam' committed to 'Send', due 2026-04-01: due in 1 day.", views[1].Explanation);
        Assert.Equal("'kam' committed to 'Call', due 2026-05-01: open.", views[3].Explanation);
        Assert.Contains(views, v => v.Explanation == "'kam' committed to 'Drop', due 2026-03-01: cancelled on 2026-02-01.");
        Assert.Contains(views, v => v.Explanation == "'kam' committed to 'Pass', due 2026-03-01: handed over on 2026-02-02.");
    }
}
