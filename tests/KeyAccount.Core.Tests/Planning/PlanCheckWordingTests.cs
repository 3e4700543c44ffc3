using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>
/// The validator's messages about the budgets, the status and its history, the method's stages
/// and the reviews, word for word, with the edges each check turns on (a review due on the day
/// checked, a month's load equal to its budget). <see cref="PlanValidatorTests"/> finds each code
/// at its path; the mutation run of Planning left <c>PlanCheckRun.Resources</c> half covered
/// because nothing read what the messages say.
/// </summary>
public class PlanCheckWordingTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static AccountPlan Sample() => SamplePlans.PublisherAndBookshop(Start);

    private static string Day(int n) => Wording.Date(Start.PlusDays(n));

    private static IReadOnlyList<Diagnostic> Check(AccountPlan plan, LocalDate? asOf = null) => PlanValidator.Validate(plan, asOf ?? Start.PlusDays(20));

    private static string Message(AccountPlan plan, string code, string path, LocalDate? asOf = null)
    {
        var found = Check(plan, asOf).Where(d => d.Code == code && d.Path == path).ToList();
        Assert.True(found.Count == 1, $"{code} at {path}: {found.Count} found in\n{string.Join("\n", Check(plan, asOf))}");
        return found[0].Message;
    }

    private static AccountPlan WithBudget(AccountPlan plan, string id, Func<ResourceBudget, ResourceBudget> edit) =>
        plan with { Resources = plan.Resources.Select(r => r.Id == id ? edit(r) : r).ToArray() };

    [Fact]
    public void The_sample_plan_is_clean_on_the_days_these_tests_check()
    {
        Assert.Empty(Check(Sample()));
        Assert.Empty(Check(Sample(), Start.PlusMonths(1)));
    }

    [Fact]
    public void A_budget_negative_undefined_or_overspent_says_which_resource_and_by_how_much()
    {
        var plan = WithBudget(Sample(), "staff", r => r with { Total = -5m, PerMonth = -1.5m, Kind = (ResourceKind)7 });

        Assert.Equal("The kind of the resource 'staff' is not personnel, time or finance.", Message(plan, PlanningDiagnosticCodes.UndefinedValue, "resources[0].kind"));
        Assert.Equal("The total budget of the resource 'staff' is negative (-5).", Message(plan, PlanningDiagnosticCodes.NegativeAmount, "resources[0].total"));
        Assert.Equal("The monthly budget of the resource 'staff' is negative (-1.5).", Message(plan, PlanningDiagnosticCodes.NegativeAmount, "resources[0].perMonth"));
        Assert.Equal("The actions use 130 person-days of 'staff', over its budget of -5 by 135.", Message(plan, PlanningDiagnosticCodes.OverBudget, "resources[0].total"));

        var tight = WithBudget(Sample(), "kam-hours", r => r with { Total = 57.5m });
        Assert.Equal("The actions use 58 hours of 'kam-hours', over its budget of 57.5 by 0.5.", Message(tight, PlanningDiagnosticCodes.OverBudget, "resources[1].total"));
        Assert.Empty(Check(WithBudget(Sample(), "kam-hours", r => r with { Total = 58m })));
    }

    [Fact]
    public void Each_month_over_its_budget_is_reported_oldest_first_and_a_month_at_the_budget_is_not()
    {
        var loads = PlanSchedule.Analyze(Sample()).ResourceLoads.Where(l => l.ResourceId == "kam-hours").OrderBy(l => l.Month).ToList();
        Assert.Equal((new YearMonth(2026, 1), 10m), (loads[0].Month, loads[0].Load));
        var limit = loads[0].Load;
        var plan = WithBudget(Sample(), "kam-hours", r => r with { PerMonth = limit });

        var over = Check(plan).Where(d => d.Code == PlanningDiagnosticCodes.OverMonthlyBudget).ToList();

        var expected = loads.Where(l => l.Load > limit).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Select(l => "In " + l.Month.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture) + " the actions use " + Wording.Number(l.Load, 2) + " hours of 'kam-hours', over its monthly budget of 10."),
            over.Select(d => d.Message));
        Assert.All(over, d => Assert.Equal("resources[1].perMonth", d.Path));
    }

    [Fact]
    public void The_status_and_its_history_say_what_is_out_of_order()
    {
        var plan = Sample();
        var history = plan.StatusHistory.ToArray();

        Assert.Equal("The status is not draft, written, discussed or approved.", Message(plan with { Status = (PlanStatus)9 }, PlanningDiagnosticCodes.UndefinedValue, "status"));
        var undefined = history.ToArray();
        undefined[0] = undefined[0] with { Status = (PlanStatus)9 };
        Assert.Equal("The status of this history entry is not draft, written, discussed or approved.", Message(plan with { StatusHistory = undefined }, PlanningDiagnosticCodes.UndefinedValue, "statusHistory[0].status"));

        var backInTime = history.ToArray();
        backInTime[1] = backInTime[1] with { On = Start.PlusDays(-22) };
        Assert.Equal($"The status history goes back in time: {Day(-22)} follows {Day(-21)}; list the changes oldest first.", Message(plan with { StatusHistory = backInTime }, PlanningDiagnosticCodes.StatusHistoryInconsistent, "statusHistory[1].on"));

        var sameDay = history.ToArray();
        sameDay[1] = sameDay[1] with { On = Start.PlusDays(-21) };
        Assert.Empty(Check(plan with { StatusHistory = sameDay }));

        var reopened = history.Take(3).Append(new PlanStatusChange(PlanStatus.Written, Start.PlusDays(-3))).Append(history[2] with { On = Start.PlusDays(-2) }).Append(history[3]).ToArray();
        Assert.Equal(
            $"The status goes back from discussed to written on {Day(-3)}; the stages follow each other (draft, written, discussed, approved): if the plan was reopened, say why in the entry's note and record each stage again.",
            Message(plan with { StatusHistory = reopened }, PlanningDiagnosticCodes.StatusGoesBack, "statusHistory[3].status"));

        Assert.Equal("The plan is approved but its status history is empty; record when each status was reached.", Message(plan with { StatusHistory = Array.Empty<PlanStatusChange>() }, PlanningDiagnosticCodes.StatusHistoryInconsistent, "statusHistory"));
        Assert.DoesNotContain(Check(plan with { Status = PlanStatus.Draft, StatusHistory = Array.Empty<PlanStatusChange>() }), d => d.Code == PlanningDiagnosticCodes.StatusHistoryInconsistent);
        Assert.Equal("The status is discussed but the last entry of the status history is approved.", Message(plan with { Status = PlanStatus.Discussed }, PlanningDiagnosticCodes.StatusHistoryInconsistent, "status"));
    }

    [Fact]
    public void An_approved_plan_must_show_it_was_written_then_discussed_with_the_client()
    {
        var plan = Sample();
        var h = plan.StatusHistory;
        const string Tail = " before the approval; stage 3 of the method is writing the plan down and discussing it with the client: record both stages, in order (draft, written, discussed, approved).";
        const string NoClient = "The approved plan was never discussed with anyone from the client: no discussed entry of its status history names a client participant. Discuss it with the client's people and list them (by their id in the relationship map, or by name).";

        var skipped = plan with { StatusHistory = new[] { h[0], h[3] } };
        Assert.Equal("The plan is approved, but its status history does not show it written down and then discussed" + Tail, Message(skipped, PlanningDiagnosticCodes.StagesSkipped, "statusHistory"));
        Assert.Equal(NoClient, Message(skipped, PlanningDiagnosticCodes.NotDiscussedWithClient, "statusHistory"));

        var notDiscussed = plan with { StatusHistory = new[] { h[0], h[1], h[3] } };
        Assert.Equal("The plan is approved, but its status history does not show it discussed after it was written down" + Tail, Message(notDiscussed, PlanningDiagnosticCodes.StagesSkipped, "statusHistory"));

        // Discussed before it was written counts for nothing.
        var early = plan with { StatusHistory = new[] { h[0], h[2] with { On = Start.PlusDays(-20) }, h[1], h[3] } };
        Assert.Contains(Check(early), d => d.Code == PlanningDiagnosticCodes.StagesSkipped);

        var withoutClient = plan with { StatusHistory = new[] { h[0], h[1], h[2] with { ClientParticipants = new[] { " " } }, h[3] } };
        Assert.Equal(NoClient, Message(withoutClient, PlanningDiagnosticCodes.NotDiscussedWithClient, "statusHistory[2].clientParticipants"));
        Assert.DoesNotContain(Check(withoutClient), d => d.Code == PlanningDiagnosticCodes.StagesSkipped);

        // A second discussion that names the client is enough.
        var second = plan with { StatusHistory = new[] { h[0], h[1], h[2] with { ClientParticipants = Array.Empty<string>() }, h[2] with { On = Start.PlusDays(-5) }, h[3] } };
        Assert.Empty(Check(second));
    }

    [Fact]
    public void A_review_is_overdue_the_day_after_the_cadence_runs_out_since_the_last_review_or_approval()
    {
        var plan = Sample(); // approved on Start, reviewed on Start, every month
        var due = Start.PlusMonths(1);

        Assert.DoesNotContain(Check(plan, due), d => d.Code == PlanningDiagnosticCodes.ReviewOverdue);
        Assert.Equal(
            $"The plan was last reviewed on {Day(0)}; with a cadence of P1M the next review was due on {Wording.Date(due)} (checked on {Wording.Date(due.PlusDays(1))}).",
            Message(plan, PlanningDiagnosticCodes.ReviewOverdue, "reviews", due.PlusDays(1)));

        // A review after the day checked does not count; the latest before it does.
        var reviews = plan with { Reviews = new[] { new PlanReview(Start.PlusDays(20)), plan.Reviews[0], new PlanReview(Start.PlusDays(200)) } };
        Assert.StartsWith($"The plan was last reviewed on {Day(20)};", Message(reviews, PlanningDiagnosticCodes.ReviewOverdue, "reviews", Start.PlusDays(60)), StringComparison.Ordinal);

        var never = plan with { Reviews = Array.Empty<PlanReview>() };
        Assert.StartsWith($"The plan was never reviewed since it was approved on {Day(0)};", Message(never, PlanningDiagnosticCodes.ReviewOverdue, "reviews", due.PlusDays(1)), StringComparison.Ordinal);

        var notBefore = plan with { Reviews = Array.Empty<PlanReview>(), StatusHistory = plan.StatusHistory.Take(3).Append(plan.StatusHistory[3] with { On = Start.PlusDays(10) }).ToArray() };
        Assert.StartsWith($"The plan was never reviewed since it was approved on {Day(10)};", Message(notBefore, PlanningDiagnosticCodes.ReviewOverdue, "reviews", Start.PlusDays(10).PlusMonths(1).PlusDays(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cadence_missing_or_not_positive_is_named()
    {
        var plan = Sample();

        Assert.Equal("The plan does not say how often it is reviewed; set a review cadence such as P1M.", Message(plan with { ReviewCadence = null }, PlanningDiagnosticCodes.NoReviewCadence, "reviewCadence"));
        Assert.Equal("The review cadence PT1H must be a positive number of years, months, weeks or days.", Message(plan with { ReviewCadence = Period.FromHours(1) }, PlanningDiagnosticCodes.InvalidPeriod, "reviewCadence"));
        Assert.Equal("The review cadence P0D must be a positive number of years, months, weeks or days.", Message(plan with { ReviewCadence = Period.Zero }, PlanningDiagnosticCodes.InvalidPeriod, "reviewCadence"));
    }
}
