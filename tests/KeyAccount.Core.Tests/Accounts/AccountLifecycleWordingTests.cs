using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>
/// The lifecycle's checks and checklists word for word: every stage's name in a refused move, each
/// blocker of each move, the onboarding checklist done and not done, the final stage's checklist
/// in each of its states. The mutation run of Accounts left 128 of <c>AccountLifecycle</c>'s
/// mutants alive, most of them in these sentences.
/// </summary>
public class AccountLifecycleWordingTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private static AccountDocument Sample() => SampleAccounts.PublisherAndBookshop();

    /// <summary>The sample with its lifecycle ending in <paramref name="stage"/>.</summary>
    private static AccountDocument At(string stage, string reason = "Because.", Action<JsonObject>? more = null) => AccountEdits.Sample(a =>
    {
        a["lifecycle"]!.AsArray().Add(new JsonObject { ["stage"] = stage, ["on"] = "2026-03-01", ["by"] = "kam", ["reason"] = reason });
        more?.Invoke(a);
    });

    private static string[] Blockers(AccountDocument account, AccountStage to, string? reason = "Because.") => AccountLifecycle.Check(account, to, March31, reason).Blockers.ToArray();

    [Theory]
    [InlineData("Active", AccountStage.Prospect, "the lifecycle has no move from active to prospect (from active it goes to under review or final stage)")]
    [InlineData("Active", AccountStage.Onboarding, "the lifecycle has no move from active to onboarding (from active it goes to under review or final stage)")]
    [InlineData("Onboarding", AccountStage.Planned, "the lifecycle has no move from onboarding to planned (from onboarding it goes to profiled)")]
    [InlineData("Profiled", AccountStage.Active, "the lifecycle has no move from profiled to active (from profiled it goes to planned)")]
    [InlineData("Planned", AccountStage.Closed, "the lifecycle has no move from planned to closed (from planned it goes to active)")]
    [InlineData("UnderReview", AccountStage.UnderReview, "the lifecycle has no move from under review to under review (from under review it goes to active or final stage)")]
    [InlineData("FinalStage", AccountStage.Active, "the lifecycle has no move from final stage to active (from final stage it goes to closed)")]
    [InlineData("Closed", AccountStage.Prospect, "the lifecycle has no move from closed to prospect (it has none at all from there)")]
    public void A_move_the_lifecycle_does_not_have_names_both_stages_and_where_it_goes(string stage, AccountStage to, string blocker)
    {
        Assert.Equal(new[] { blocker }, Blockers(At(stage), to));
    }

    [Fact]
    public void Each_move_names_what_blocks_it()
    {
        var empty = AccountEdits.Sample(a =>
        {
            a["lifecycle"] = new JsonArray();
            a["team"] = new JsonArray();
            a.Remove("profile");
            a.Remove("plan");
            a.Remove("relationships");
        });
        Assert.Equal(new[] { "no account manager is named on the team" }, Blockers(empty, AccountStage.Onboarding));
        Assert.Equal(new[] { "the account has no profile" }, Blockers(At("Onboarding", more: a => a.Remove("profile")), AccountStage.Profiled));
        Assert.Equal(
            new[] { "the profile gives no strategy", "the profile gives none of the client's goals" },
            Blockers(At("Onboarding", more: a => { a["profile"]!["strategy"] = " "; a["profile"]!["goals"] = new JsonArray(); }), AccountStage.Profiled));
        Assert.Equal(new[] { "the account holds no development plan", "the account holds no relationship map" }, Blockers(At("Profiled", more: a => { a.Remove("plan"); a.Remove("relationships"); }), AccountStage.Planned));
        Assert.Equal(new[] { "the plan is not approved" }, Blockers(At("Profiled", more: a => { a["plan"]!["status"] = "Discussed"; a["plan"]!["statusHistory"]!.AsArray().RemoveAt(3); }), AccountStage.Planned));
        Assert.Equal(new[] { "the plan has 2 errors" }, Blockers(At("UnderReview", more: a => a["plan"]!["goals"]![0]!["mirrors"]![0] = "nowhere"), AccountStage.Active));
        Assert.Equal(
            new[] { "the plan's history does not show it discussed with the client (stage 3 of the method)" },
            Blockers(At("Planned", more: a => a["plan"]!["statusHistory"] = new JsonArray(new JsonObject { ["status"] = "Approved", ["on"] = "2026-01-05" })), AccountStage.Active));
        Assert.Equal(new[] { "the move gives no reason" }, Blockers(Sample(), AccountStage.FinalStage, " "));
        Assert.Empty(Blockers(Sample(), AccountStage.FinalStage));
        Assert.Equal(new[] { "the move gives no reason", "2 commitments are still open; close or hand them over first" }, Blockers(At("FinalStage"), AccountStage.Closed, null));
        var oneOpen = At("FinalStage", more: a => a["diary"]!.AsArray().RemoveAt(a["diary"]!.AsArray().Count - 1));
        Assert.Equal(new[] { "1 commitment is still open; close or hand them over first" }, Blockers(oneOpen, AccountStage.Closed));
    }

    [Fact]
    public void The_onboarding_checklist_word_for_word_done_and_not_done()
    {
        Assert.Equal(
            new[]
            {
                ("an account manager is named", true, "The team names an account manager."),
                ("the profile is compiled", true, "The profile gives the name, sector, strategy and the client's goals."),
                ("the classification evidence is gathered", false, "The account holds no classification evidence."),
                ("the ladder is assessed", false, "The account holds no ladder assessment."),
                ("the opportunities are listed", true, "The account holds its opportunity portfolio."),
                ("a decision maker is covered in the relationship map", true, "The relationship map reaches 1 decision maker of 2 by a strong path ('Elena Sorokina')."),
                ("the development plan is approved without errors", true, "The plan is approved and has no errors."),
                ("the plan is discussed with the client", true, "The plan's history shows it discussed."),
            },
            AccountLifecycle.Onboarding(Sample(), March31).Select(i => (i.Item, i.Done, i.Explanation)));

        var bare = AccountEdits.Sample(a =>
        {
            a["team"] = new JsonArray();
            a["profile"]!["strategy"] = null;
            a.Remove("opportunities");
            a.Remove("plan");
            a.Remove("relationships");
        });
        Assert.Equal(
            new[]
            {
                (false, "No one on the team is the account manager."),
                (false, "The profile gives no strategy."),
                (false, "The account holds no classification evidence."),
                (false, "The account holds no ladder assessment."),
                (false, "The account holds no opportunity portfolio."),
                (false, "The account holds no relationship map."),
                (false, "The account holds no development plan."),
                (false, "The plan's history does not show it discussed."),
            },
            AccountLifecycle.Onboarding(bare, March31).Select(i => (i.Done, i.Explanation)));
    }

    [Fact]
    public void The_final_stages_checklist_in_each_of_its_states()
    {
        Assert.Equal(
            new[]
            {
                (false, "2 commitments are still open."),
                (false, "The plan runs until 2027-01-04."),
                (false, "The account has not entered the final stage."),
            },
            AccountLifecycle.FinalStage(Sample(), March31).Select(i => (i.Done, i.Explanation)));

        var closing = At("FinalStage", "  The shop was sold.  ", a =>
        {
            foreach (var entry in a["diary"]!.AsArray())
            {
                foreach (var c in entry!["commitments"]?.AsArray() ?? new JsonArray())
                {
                    if (c!["status"] is null || c["status"]!.GetValue<string>() == "Open")
                    {
                        c["status"] = "HandedOver";
                        c["closedOn"] = "2026-03-01";
                    }
                }
            }
        });
        Assert.Equal(
            new[]
            {
                (true, "No commitment is open (2 were handed over)."),
                (true, "The plan's period ended on 2027-01-04."),
                (true, "Reason: The shop was sold."),
            },
            AccountLifecycle.FinalStage(closing, new LocalDate(2027, 1, 5)).Select(i => (i.Done, i.Explanation)));
        Assert.False(AccountLifecycle.FinalStage(closing, new LocalDate(2027, 1, 4))[1].Done);

        var oneHanded = At("FinalStage", "Sold.", a =>
        {
            a["diary"]![1]!["commitments"]![0]!["status"] = "HandedOver";
            a["diary"]![1]!["commitments"]![0]!["closedOn"] = "2026-03-01";
            a["diary"]!.AsArray().RemoveAt(3);
        });
        Assert.Equal((true, "No commitment is open (1 was handed over)."), AccountLifecycle.FinalStage(oneHanded, March31).Select(i => (i.Done, i.Explanation)).First());
        var allDone = At("FinalStage", "Sold.", a =>
        {
            a["diary"]!.AsArray().RemoveAt(3);
            a["diary"]!.AsArray().RemoveAt(1);
        });
        Assert.Equal((true, "No commitment is open."), AccountLifecycle.FinalStage(allDone, March31).Select(i => (i.Done, i.Explanation)).First());

        var silent = At("FinalStage", " ", a => a.Remove("plan"));
        Assert.Equal(
            new[] { (true, "The account holds no plan."), (false, "The move to the final stage gives no reason.") },
            AccountLifecycle.FinalStage(silent, March31).Skip(1).Select(i => (i.Done, i.Explanation)));
    }

    [Fact]
    public void Moving_refuses_nulls_and_a_stage_outside_the_lifecycle_has_no_moves()
    {
        Assert.Throws<ArgumentNullException>(() => AccountLifecycle.Move(null!, AccountStage.UnderReview, March31, "kam", "r"));
        Assert.Throws<ArgumentNullException>(() => AccountLifecycle.Move(Sample(), AccountStage.UnderReview, March31, null!, "r"));
        Assert.Throws<ArgumentNullException>(() => AccountLifecycle.Move(Sample(), AccountStage.UnderReview, March31, "kam", null!));
        Assert.Throws<ArgumentNullException>(() => AccountLifecycle.Check(null!, AccountStage.UnderReview, March31));
        Assert.Throws<ArgumentNullException>(() => AccountLifecycle.FinalStage(null!, March31));
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => AccountLifecycle.Next((AccountStage)42)).ParamName);
        Assert.False(AccountLifecycle.IsMove((AccountStage)42, AccountStage.Active));

        var moved = AccountLifecycle.Move(Sample(), AccountStage.UnderReview, March31, "kam", "Quarterly review.");
        Assert.True(moved.Check.Allowed);
        Assert.Equal(AccountStage.UnderReview, moved.Document!.Stage);
        Assert.Null(AccountLifecycle.Move(Sample(), AccountStage.Closed, March31, "kam", "r").Document);
    }
}
