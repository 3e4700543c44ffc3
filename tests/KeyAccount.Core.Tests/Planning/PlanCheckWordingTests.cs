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
        var all = Check(plan, asOf);
        var found = all.Where(d => d.Code == code && d.Path == path).ToList();
        Assert.True(found.Count == 1, $"{code} at {path}: {found.Count} found in\n{string.Join("\n", all)}");
        return found[0].Message;
    }

    [Fact]
    public void The_sample_plan_is_clean_on_the_days_these_tests_check()
    {
        Assert.Empty(Check(Sample()));
        Assert.Empty(Check(Sample(), Start.PlusMonths(1)));
    }

    [Fact]
    public void A_budget_negative_undefined_or_overspent_says_which_resource_and_by_how_much()
    {
        var plan = PlanEdits.WithBudget(Sample(), "staff", r => r with { Total = -5m, PerMonth = -1.5m, Kind = (ResourceKind)7 });

        Assert.Equal("The kind of the resource 'staff' is not personnel, time or finance.", Message(plan, PlanningDiagnosticCodes.UndefinedValue, "resources[0].kind"));
        Assert.Equal("The total budget of the resource 'staff' is negative (-5).", Message(plan, PlanningDiagnosticCodes.NegativeAmount, "resources[0].total"));
        Assert.Equal("The monthly budget of the resource 'staff' is negative (-1.5).", Message(plan, PlanningDiagnosticCodes.NegativeAmount, "resources[0].perMonth"));
        Assert.Equal("The actions use 130 person-days of 'staff', over its budget of -5 by 135.", Message(plan, PlanningDiagnosticCodes.OverBudget, "resources[0].total"));

        var tight = PlanEdits.WithBudget(Sample(), "kam-hours", r => r with { Total = 57.5m });
        Assert.Equal("The actions use 58 hours of 'kam-hours', over its budget of 57.5 by 0.5.", Message(tight, PlanningDiagnosticCodes.OverBudget, "resources[1].total"));
        Assert.Empty(Check(PlanEdits.WithBudget(Sample(), "kam-hours", r => r with { Total = 58m })));
    }

    [Fact]
    public void Each_month_over_its_budget_is_reported_oldest_first_and_a_month_at_the_budget_is_not()
    {
        var loads = PlanSchedule.Analyze(Sample()).ResourceLoads.Where(l => l.ResourceId == "kam-hours").OrderBy(l => l.Month).ToList();
        Assert.Equal((new YearMonth(2026, 1), 10m), (loads[0].Month, loads[0].Load));
        var limit = loads[0].Load;
        var plan = PlanEdits.WithBudget(Sample(), "kam-hours", r => r with { PerMonth = limit });

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

    [Fact]
    public void A_goal_that_mirrors_nothing_or_something_unknown_and_a_client_goal_nobody_mirrors_are_named()
    {
        var plan = Sample();

        Assert.Equal("The goal 'research' mirrors no client goal; list the client goals it serves.", Message(PlanEdits.WithGoal(plan, "research", g => g with { Mirrors = Array.Empty<string>() }), PlanningDiagnosticCodes.GoalMirrorsNoClientGoal, "goals[0].mirrors"));
        Assert.Equal("The goal 'research' mirrors 'lending', which is not a client goal of the plan.", Message(PlanEdits.WithGoal(plan, "research", g => g with { Mirrors = new[] { "mail-order", "lending" } }), PlanningDiagnosticCodes.UnknownClientGoal, "goals[0].mirrors[1]"));

        var lending = plan with { ClientGoals = plan.ClientGoals.Append(new ClientGoal("lending", "Lend large-print books.")).ToArray() };
        Assert.Equal("No goal of ours mirrors the client goal 'lending'; add a goal that serves it, or say in the plan why not.", Message(lending, PlanningDiagnosticCodes.ClientGoalNotMirrored, "clientGoals[1]"));

        // A client goal listed twice is mirrored once: the second copy is a duplicate, not a goal nobody serves.
        var twice = plan with { ClientGoals = new[] { plan.ClientGoals[0], plan.ClientGoals[0] } };
        Assert.DoesNotContain(Check(twice), d => d.Code == PlanningDiagnosticCodes.ClientGoalNotMirrored);
    }

    [Fact]
    public void A_deadline_outside_the_period_or_passed_is_named_with_its_date_and_the_edges_are_inside()
    {
        var plan = Sample();
        var end = plan.Period.End;

        Assert.Equal(
            $"The deadline {Wording.Date(end.PlusDays(1))} of goal 'research' is outside the plan period {Day(0)} to {Wording.Date(end)}.",
            Message(PlanEdits.WithGoal(plan, "research", g => g with { Deadline = GoalDeadline.Fixed(end.PlusDays(1)) }), PlanningDiagnosticCodes.DeadlineOutsidePeriod, "goals[0].deadline"));
        Assert.Equal(
            $"The deadline {Day(-1)} of goal 'research' is outside the plan period {Day(0)} to {Wording.Date(end)}.",
            Message(PlanEdits.WithGoal(plan, "research", g => g with { Deadline = GoalDeadline.Fixed(Start.PlusDays(-1)) }), PlanningDiagnosticCodes.DeadlineOutsidePeriod, "goals[0].deadline"));
        Assert.DoesNotContain(Check(PlanEdits.WithGoal(plan, "research", g => g with { Deadline = GoalDeadline.Fixed(end) })), d => d.Code == PlanningDiagnosticCodes.DeadlineOutsidePeriod);

        Assert.DoesNotContain(Check(plan, Start.PlusDays(90)), d => d.Code == PlanningDiagnosticCodes.DeadlinePassed);
        Assert.Equal(
            $"The deadline {Day(90)} of goal 'research' has passed (checked on {Day(91)}); record whether it was met and set a new goal or deadline.",
            Message(plan, PlanningDiagnosticCodes.DeadlinePassed, "goals[0].deadline", Start.PlusDays(91)));
    }

    [Fact]
    public void A_target_missing_or_unmeasurable_says_what_it_lacks()
    {
        var plan = Sample();

        Assert.Equal("The goal 'research' has no measurable target; give a metric, a unit and the value to reach.", Message(PlanEdits.WithGoal(plan, "research", g => g with { Target = null }), PlanningDiagnosticCodes.GoalWithoutTarget, "goals[0].target"));
        var blank = PlanEdits.WithGoal(plan, "research", g => g with { Target = g.Target! with { Metric = " ", Unit = "" } });
        Assert.Equal("The target of goal 'research' names no metric, so it cannot be measured.", Message(blank, PlanningDiagnosticCodes.TargetNotMeasurable, "goals[0].target.metric"));
        Assert.Equal("The target of goal 'research' has no unit, so its value cannot be read.", Message(blank, PlanningDiagnosticCodes.TargetNotMeasurable, "goals[0].target.unit"));
    }

    [Fact]
    public void Each_way_a_deadline_cannot_be_placed_is_named()
    {
        var plan = Sample();
        AccountPlan Deadline(GoalDeadline? deadline) => PlanEdits.WithGoal(plan, "handicraft-series", g => g with { Deadline = deadline });
        const string Path = "goals[2].deadline";

        Assert.Equal("The goal 'handicraft-series' has no deadline; give a date, or an event and the time after it.", Message(Deadline(null), PlanningDiagnosticCodes.GoalWithoutDeadline, Path));
        Assert.Equal("The goal 'handicraft-series' has no deadline; give a date, or an event and the time after it.", Message(Deadline(new GoalDeadline()), PlanningDiagnosticCodes.GoalWithoutDeadline, Path));
        Assert.Equal("The deadline of goal 'handicraft-series' gives both a date and an event or offset; keep one form.", Message(Deadline(new GoalDeadline { On = Start.PlusDays(200), Event = "series-launch" }), PlanningDiagnosticCodes.AmbiguousDeadline, Path));
        Assert.Equal("The deadline of goal 'handicraft-series' gives an offset but no event to count it from.", Message(Deadline(new GoalDeadline { Offset = Period.FromMonths(1) }), PlanningDiagnosticCodes.AmbiguousDeadline, Path));
        Assert.Equal("The offset P-1M of goal 'handicraft-series' must be a non-negative number of years, months, weeks or days.", Message(Deadline(GoalDeadline.After("series-launch", Period.FromMonths(-1))), PlanningDiagnosticCodes.InvalidPeriod, Path + ".offset"));
        Assert.Equal("The offset PT2H of goal 'handicraft-series' must be a non-negative number of years, months, weeks or days.", Message(Deadline(GoalDeadline.After("series-launch", Period.FromHours(2))), PlanningDiagnosticCodes.InvalidPeriod, Path + ".offset"));
        Assert.Equal("The offset P9000Y of goal 'handicraft-series' takes the deadline out of the calendar.", Message(Deadline(GoalDeadline.After("series-launch", Period.FromYears(9000))), PlanningDiagnosticCodes.InvalidPeriod, Path + ".offset"));
        Assert.Equal("The deadline of goal 'handicraft-series' is relative to 'opening', which is not an event of the plan.", Message(Deadline(GoalDeadline.After("opening", Period.FromMonths(1))), PlanningDiagnosticCodes.UnknownEvent, Path + ".event"));

        // On the event's date itself when no offset is given.
        var onTheDay = Deadline(new GoalDeadline { Event = "series-launch" });
        Assert.Equal($"The deadline {Day(170)} of goal 'handicraft-series' has passed (checked on {Day(171)}); record whether it was met and set a new goal or deadline.", Message(onTheDay, PlanningDiagnosticCodes.DeadlinePassed, Path, Start.PlusDays(171)));
    }

    [Fact]
    public void An_event_whose_date_is_unknown_says_why()
    {
        var plan = Sample();
        const string Path = "goals[2].deadline.event";

        var undated = plan with { Events = new[] { plan.Events[0] with { Action = null } } };
        Assert.Equal("The deadline of goal 'handicraft-series' cannot be placed: the date of event 'series-launch' is unknown (the event has neither a date nor an action whose completion marks it).", Message(undated, PlanningDiagnosticCodes.EventDateUnknown, Path));

        var unknownAction = plan with { Events = new[] { plan.Events[0] with { Action = "relaunch" } } };
        Assert.Equal("The deadline of goal 'handicraft-series' cannot be placed: the date of event 'series-launch' is unknown (the event is the completion of 'relaunch', which is not an action of the plan).", Message(unknownAction, PlanningDiagnosticCodes.EventDateUnknown, Path));
        Assert.Equal("The event 'series-launch' is the completion of 'relaunch', which is not an action of the plan.", Message(unknownAction, PlanningDiagnosticCodes.UnknownEventAction, "events[0].action"));

        // A date of its own places it, whatever its action.
        var dated = plan with { Events = new[] { plan.Events[0] with { Action = null, Date = Start.PlusDays(100) } } };
        Assert.Equal($"The deadline {Wording.Date(Start.PlusDays(100).PlusMonths(6))} of goal 'handicraft-series' has passed (checked on {Wording.Date(Start.PlusDays(100).PlusMonths(6).PlusDays(1))}); record whether it was met and set a new goal or deadline.", Message(dated, PlanningDiagnosticCodes.DeadlinePassed, "goals[2].deadline", Start.PlusDays(100).PlusMonths(6).PlusDays(1)));
    }

    [Fact]
    public void The_four_Ps_say_which_element_is_not_considered_or_contradicts_itself()
    {
        var plan = Sample();
        var mix = plan.Mix;

        Assert.Equal("The plan does not consider the place: list decisions tied to goals, or say explicitly that nothing changes and why.", Message(plan with { Mix = mix with { Place = null } }, PlanningDiagnosticCodes.MixElementNotConsidered, "mix.place"));
        Assert.Equal("The plan does not consider the product: list decisions tied to goals, or say explicitly that nothing changes and why.", Message(plan with { Mix = mix with { Product = new MixElement() } }, PlanningDiagnosticCodes.MixElementNotConsidered, "mix.product"));
        Assert.Equal("The place is marked 'no change' but lists 1 decision; drop one or the other.", Message(plan with { Mix = mix with { Place = mix.Place! with { NoChange = true } } }, PlanningDiagnosticCodes.NoChangeWithDecisions, "mix.place.decisions"));
        Assert.Equal("The product is marked 'no change' but lists 2 decisions; drop one or the other.", Message(plan with { Mix = mix with { Product = mix.Product! with { NoChange = true } } }, PlanningDiagnosticCodes.NoChangeWithDecisions, "mix.product.decisions"));
        Assert.DoesNotContain(Check(plan with { Mix = mix with { Place = MixElement.Unchanged("Delivery stays as it is.") } }), d => d.Path.StartsWith("mix.place", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decision_or_action_serving_no_goal_or_an_unknown_one_and_a_goal_nothing_serves_are_named()
    {
        var plan = Sample();
        var mix = plan.Mix;

        var price = plan with { Mix = mix with { Price = MixElement.Of(mix.Price!.Decisions[0] with { Serves = Array.Empty<string>() }) } };
        Assert.Equal("The price decision 'No surcharge on small regular orders; a launch price for the series.' serves no goal; tie it to the goals it serves or drop it.", Message(price, PlanningDiagnosticCodes.DecisionServesNoGoal, "mix.price.decisions[0].serves"));

        var promotion = plan with { Mix = mix with { Promotion = MixElement.Of(mix.Promotion!.Decisions[0] with { Serves = new[] { "research", "loyalty" } }) } };
        Assert.Equal("The promotion decision serves 'loyalty', which is not a goal of the plan.", Message(promotion, PlanningDiagnosticCodes.UnknownGoal, "mix.promotion.decisions[0].serves[1]"));

        var loyalty = new PlanGoal("loyalty", "Keep the shop's pensioner customers.") { Mirrors = new[] { "mail-order" }, Target = new GoalTarget("repeat orders", "%", 50m), Deadline = GoalDeadline.Fixed(Start.PlusDays(300)) };
        var unserved = plan with { Goals = plan.Goals.Append(loyalty).ToArray() };
        Assert.Equal("No action serves the goal 'loyalty'; break the strategy down into dated actions that reach it, or drop the goal.", Message(unserved, PlanningDiagnosticCodes.GoalWithoutAction, "goals[3]"));
        Assert.Equal("No decision of the four P's (product, price, promotion, place) serves the goal 'loyalty'; tie a decision to it, or say why the mix does not need to change for it.", Message(unserved, PlanningDiagnosticCodes.GoalWithoutDecision, "goals[3]"));

        // A goal listed twice is served or not once, at its first place.
        var twice = plan with { Goals = plan.Goals.Append(plan.Goals[0]).ToArray() };
        Assert.DoesNotContain(Check(twice), d => d.Code is PlanningDiagnosticCodes.GoalWithoutAction or PlanningDiagnosticCodes.GoalWithoutDecision);
    }

    [Fact]
    public void An_action_without_owner_or_dates_is_told_what_to_give()
    {
        var plan = Sample();
        var end = Wording.Date(plan.Period.End);

        Assert.Equal("The action 'brief' has no owner; name the person or team responsible.", Message(PlanEdits.WithAction(plan, "brief", a => a with { Owner = " " }), PlanningDiagnosticCodes.ActionWithoutOwner, "actions[0].owner"));
        Assert.Equal($"The action 'brief' has no start date; give the first day of the action, such as \"start\": \"{Day(0)}\".", Message(PlanEdits.WithAction(plan, "brief", a => a with { Start = null }), PlanningDiagnosticCodes.ActionWithoutDates, "actions[0].start"));
        Assert.Equal($"The action 'brief' has no due date; give the last day of the action, such as \"due\": \"{end}\".", Message(PlanEdits.WithAction(plan, "brief", a => a with { Due = null }), PlanningDiagnosticCodes.ActionWithoutDates, "actions[0].due"));
    }

    [Fact]
    public void An_actions_dates_against_its_own_the_periods_and_its_goals_say_which_day_is_wrong()
    {
        var plan = Sample();
        var end = plan.Period.End;

        Assert.Equal($"The action 'brief' starts on {Day(14)}, after its due date {Day(13)}.", Message(PlanEdits.WithAction(plan, "brief", a => a with { Start = Start.PlusDays(14) }), PlanningDiagnosticCodes.ActionStartAfterDue, "actions[0].start"));
        Assert.DoesNotContain(Check(PlanEdits.WithAction(plan, "brief", a => a with { Start = Start.PlusDays(13) })), d => d.Code == PlanningDiagnosticCodes.ActionStartAfterDue);

        Assert.Equal($"The action 'brief' starts on {Day(-1)}, before the plan period begins on {Day(0)}.", Message(PlanEdits.WithAction(plan, "brief", a => a with { Start = Start.PlusDays(-1) }), PlanningDiagnosticCodes.ActionOutsidePeriod, "actions[0].start"));
        var late = PlanEdits.WithAction(plan, "promote", a => a with { Due = end.PlusDays(1) });
        Assert.Equal($"The action 'promote' is due on {Wording.Date(end.PlusDays(1))}, after the plan period ends on {Wording.Date(end)}.", Message(late, PlanningDiagnosticCodes.ActionOutsidePeriod, "actions[7].due"));
        Assert.DoesNotContain(Check(PlanEdits.WithAction(plan, "promote", a => a with { Due = end })), d => d.Code == PlanningDiagnosticCodes.ActionOutsidePeriod);

        Assert.Equal($"The action 'report' is due on {Day(91)}, after the deadline {Day(90)} of goal 'research' it serves.", Message(PlanEdits.WithAction(plan, "report", a => a with { Due = Start.PlusDays(91) }), PlanningDiagnosticCodes.ActionDueAfterGoalDeadline, "actions[2].due"));
        Assert.DoesNotContain(Check(PlanEdits.WithAction(plan, "report", a => a with { Due = Start.PlusDays(90) })), d => d.Code == PlanningDiagnosticCodes.ActionDueAfterGoalDeadline);
    }

    [Fact]
    public void An_actions_goals_resources_and_dependencies_are_checked_by_name()
    {
        var plan = Sample();

        Assert.Equal("The action 'brief' serves no goal; tie it to the goals it serves or drop it.", Message(PlanEdits.WithAction(plan, "brief", a => a with { Serves = Array.Empty<string>() }), PlanningDiagnosticCodes.ActionServesNoGoal, "actions[0].serves"));
        Assert.Equal("The action 'brief' serves 'loyalty', which is not a goal of the plan.", Message(PlanEdits.WithAction(plan, "brief", a => a with { Serves = new[] { "research", "loyalty" } }), PlanningDiagnosticCodes.UnknownGoal, "actions[0].serves[1]"));
        Assert.Equal("The action 'brief' uses 'travel', which is not a resource of the plan's budget.", Message(PlanEdits.WithAction(plan, "brief", a => a with { Uses = new[] { new ResourceUse("travel", 1m) } }), PlanningDiagnosticCodes.UnknownResource, "actions[0].uses[0].resource"));
        Assert.Equal("The action 'brief' uses a negative amount (-2) of 'kam-hours'.", Message(PlanEdits.WithAction(plan, "brief", a => a with { Uses = new[] { new ResourceUse("kam-hours", -2m) } }), PlanningDiagnosticCodes.NegativeAmount, "actions[0].uses[0].amount"));

        Assert.Equal("The action 'survey' depends on 'kickoff', which is not an action of the plan.", Message(PlanEdits.WithAction(plan, "survey", a => a with { DependsOn = new[] { "brief", "kickoff" } }), PlanningDiagnosticCodes.UnknownDependency, "actions[1].dependsOn[1]"));
        Assert.Equal($"The action 'survey' starts on {Day(13)}, but 'brief', which it depends on, is due only on {Day(13)}.", Message(PlanEdits.WithAction(plan, "survey", a => a with { Start = Start.PlusDays(13) }), PlanningDiagnosticCodes.StartsBeforeDependencyEnds, "actions[1].start"));

        var cycle = PlanEdits.WithAction(plan, "brief", a => a with { DependsOn = new[] { "survey" } });
        Assert.Equal("The actions depend on each other in a cycle, brief -> survey -> brief (each depends on the next), so none of them can start; remove one of these dependencies.", Message(cycle, PlanningDiagnosticCodes.DependencyCycle, "actions[0].dependsOn"));

        // An action that depends on itself is a cycle of one, not an action that starts before it ends.
        var itself = PlanEdits.WithAction(plan, "brief", a => a with { DependsOn = new[] { "brief" } });
        Assert.Equal("The actions depend on each other in a cycle, brief -> brief (each depends on the next), so none of them can start; remove one of these dependencies.", Message(itself, PlanningDiagnosticCodes.DependencyCycle, "actions[0].dependsOn"));
        Assert.DoesNotContain(Check(itself), d => d.Code == PlanningDiagnosticCodes.StartsBeforeDependencyEnds);
    }
}
