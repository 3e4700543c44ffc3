using System;
using System.Collections.Generic;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Health;

/// <summary>
/// The components' formulas: each runs its area's own analysis and turns what it finds into facts
/// with points (docs/health.md gives every formula and the reason for each number). No area rule
/// is repeated here: the verdicts are the areas'; only the points are Health's.
/// </summary>
internal static class HealthComponents
{
    // The points of each fact, as documented in docs/health.md.
    internal const decimal PotentialKeyPoints = 40m;
    internal const decimal OtherTierPoints = 80m;
    internal const decimal TierFellPoints = 20m;
    internal const decimal NoClientViewPoints = 10m;
    internal const decimal GapPointsPerPosition = 20m;
    internal const decimal PlanErrorPoints = 20m;
    internal const decimal PlanWarningPoints = 5m;
    internal const decimal LateGoalPoints = 25m;
    internal const decimal OverduePoints = 10m;
    internal const decimal OverduePointsPerWeek = 1m;
    internal const decimal OverdueMostWeeks = 10m;
    internal const decimal NoFollowUpPoints = 10m;
    internal const decimal NoticePoints = 5m;
    internal const decimal NoOpportunityPoints = 50m;
    internal const decimal InfeasiblePoints = 50m;
    internal const decimal OpportunityWarningPoints = 5m;
    internal const decimal NoDecisionMakerPoints = 40m;
    internal const decimal UnreachedDecisionMakersPoints = 40m;
    internal const decimal UnknownReachPoints = 20m;
    internal const decimal WeakReachPoints = 15m;
    internal const decimal MissingThreadPoints = 10m;
    internal const decimal RelationshipWarningPoints = 5m;
    internal const decimal FunctionNotServedPoints = 15m;
    internal const decimal MarketFactorPoints = 5m;
    internal const decimal KindNotReachedPoints = 20m;
    internal const decimal PersonNotReachedPoints = 10m;
    internal const decimal PromotionWithoutItemsPoints = 10m;
    internal const decimal GoalOutsidePlanPoints = 5m;
    internal const decimal SilencePoints = 10m;
    internal const decimal OverdueItemPoints = 5m;

    /// <summary>The key-client tier: the classification of the account's evidence, and of the same evidence one period earlier.</summary>
    public static ComponentDraft Tier(AccountDocument account, out ClientTier? tier)
    {
        var draft = new ComponentDraft(HealthComponentKind.Tier);
        tier = null;
        if (account.Evidence is not { } evidence)
        {
            return draft.NotScored("no classification evidence", "The account holds no classification evidence, so the key-client tier is not scored.");
        }

        if (evidence.Client != account.Client)
        {
            return draft.NotScored("evidence for another client", "The classification evidence is for " + Wording.Quote(evidence.Client.Value) + ", not for this account's client, so the tier is not scored.");
        }

        var diagnostics = ClassificationValidator.ValidateClients(new[] { evidence }, ClassificationPolicy.Default, "evidence", periodTotals: false);
        if (diagnostics.HasErrors())
        {
            return draft.NotScored("classification evidence with errors", ErrorsText("classification evidence", diagnostics) + ", so the tier is not scored; fix the evidence.");
        }

        var now = KeyClientClassifier.Classify(evidence);
        tier = now.Tier;
        var name = Explanations.TierName(now.Tier);
        var met = "it meets " + Wording.Number(now.MetCount) + " of 4 criteria" + (now.UnknownCount > 0 ? " (" + Wording.Number(now.UnknownCount) + " unknown for want of evidence)" : string.Empty);
        switch (now.Tier)
        {
            case ClientTier.PotentialKey:
                draft.Add("tier:potentialKey", PotentialKeyPoints, "The classification rates the client potential key, not key: " + met + ".");
                break;
            case ClientTier.Other:
                draft.Add("tier:other", OtherTierPoints, "The classification rates the client neither key nor potential key: " + met + ".");
                break;
        }

        var summary = "The classification rates the client " + name + ": " + met + ".";
        if (evidence.PeriodCount >= 2)
        {
            var earlier = EarlierPeriod(evidence);
            if (!ClassificationValidator.ValidateClients(new[] { earlier }, ClassificationPolicy.Default, "evidence", periodTotals: false).HasErrors())
            {
                var then = KeyClientClassifier.Classify(earlier).Tier;
                if (then > now.Tier)
                {
                    draft.Add("tier:fell", TierFellPoints * (then - now.Tier), "The client was " + Explanations.TierName(then) + " on the evidence up to the previous period and is " + name + " now: the last period's evidence took it down.");
                }

                summary += then == now.Tier
                    ? " The tier is the same on the evidence up to the previous period."
                    : " On the evidence up to the previous period it was " + Explanations.TierName(then) + ".";
            }
        }

        return draft.Scored(summary);
    }

    /// <summary>The ladder: the client's view of you (or your own, when the client's was not asked) and the gap between the two.</summary>
    public static ComponentDraft Ladder(AccountDocument account, LocalDate asOf, out LadderPosition? position)
    {
        var draft = new ComponentDraft(HealthComponentKind.Ladder);
        position = null;
        if (account.Ladder is not { } assessment)
        {
            return draft.NotScored("no ladder assessment", "The account holds no ladder assessment, so the ladder is not scored.");
        }

        if (assessment.Client != account.Client)
        {
            return draft.NotScored("assessment of another client", "The ladder assessment is for " + Wording.Quote(assessment.Client.Value) + ", not for this account's client, so the ladder is not scored.");
        }

        if (assessment.AsOf is { } assessed && assessed > asOf)
        {
            return draft.NotScored("assessed only on " + Wording.Date(assessed), "The ladder assessment is dated " + Wording.Date(assessed) + ", after " + Wording.Date(asOf) + ", so on that date the client had not been assessed and the ladder is not scored.");
        }

        var diagnostics = LadderValidator.Validate(new LadderAssessmentSet(assessment.AsOf ?? asOf, new[] { assessment }));
        if (diagnostics.HasErrors())
        {
            return draft.NotScored("ladder assessment with errors", ErrorsText("ladder assessment", diagnostics) + ", so the ladder is not scored; fix the assessment.");
        }

        var perspectives = LadderPositioner.Perspectives(assessment);
        var counting = perspectives.ClientView ?? perspectives.Own;
        position = counting;
        var whose = perspectives.ClientView is null ? "In your own view you stand" : "The client places you";
        var where = whose + " on rung " + Wording.Number((int)counting.Level) + " (" + counting.Rung.Name + "), at " + Wording.Number(counting.Position, 2) + " of 5";
        var shortfall = Round(100m * (5m - Exact(counting.Position)) / 4m);
        if (shortfall > 0)
        {
            draft.Add("ladder:position", shortfall, where + ": " + Wording.Number(shortfall) + " points short of the top of the ladder.");
        }

        if (perspectives.ClientView is null)
        {
            draft.Add("ladder:noClientView", NoClientViewPoints, "The client's own view was not asked, and the client's opinion is the one that counts: ask the six questions as the client would answer them.");
        }
        else if (perspectives.Gap is { } gap && gap < 0)
        {
            var points = Round(GapPointsPerPosition * Exact(-gap));
            draft.Add("ladder:gap", points, "The client places you " + Wording.Number(-gap, 2) + " positions lower than you place yourself: plan on the client's view, not yours.");
        }

        return draft.Scored(where + (perspectives.ClientView is null ? "; the client's view was not asked." : perspectives.Gap is { } g ? "; the client's view minus yours is " + Wording.Number(g, 2) + " positions." : "."));
    }

    /// <summary>The plan: its diagnostics as of the date, the goals its schedule cannot meet by their deadlines, and the current plan review's findings against it.</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="reviews">The current plan reviews checked against the plan, as the account's state gives them; null to check them here (the state is missing when the account's settings have errors).</param>
    public static ComponentDraft Plan(AccountDocument account, LocalDate asOf, IReadOnlyList<PlanReviewView>? reviews = null)
    {
        var draft = new ComponentDraft(HealthComponentKind.Plan);
        if (account.Plan is not { } plan)
        {
            return draft.NotScored("no development plan", "The account holds no development plan, so the plan is not scored.");
        }

        if (plan.Client != account.Client)
        {
            return draft.NotScored("plan for another client", "The development plan is for " + Wording.Quote(plan.Client.Value) + ", not for this account's client, so the plan is not scored.");
        }

        var run = PlanAnalysis.Run(plan, asOf);
        var errors = 0;
        var warnings = 0;
        foreach (var d in run.Diagnostics)
        {
            var points = d.Severity switch
            {
                DiagnosticSeverity.Error => PlanErrorPoints,
                DiagnosticSeverity.Warning => PlanWarningPoints,
                _ => 0m,
            };
            if (points == 0)
            {
                continue;
            }

            if (d.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
            else
            {
                warnings++;
            }

            draft.Add(d.Code + "@plan" + (d.Path.Length == 0 ? string.Empty : "." + d.Path), points, "The plan's " + (d.Severity == DiagnosticSeverity.Error ? "error " : "warning ") + d.Code + (d.Path.Length == 0 ? string.Empty : " at plan." + d.Path) + ": " + d.Message);
        }

        var summary = "As of " + Wording.Date(asOf) + " the plan has " + Wording.Count(errors, "error") + " and " + Wording.Count(warnings, "warning");
        foreach (var view in reviews ?? CurrentReviews(account, plan, asOf))
        {
            var found = 0;
            foreach (var d in view.Diagnostics)
            {
                var points = d.Severity switch
                {
                    DiagnosticSeverity.Error => PlanErrorPoints,
                    DiagnosticSeverity.Warning => PlanWarningPoints,
                    _ => 0m,
                };
                if (points > 0)
                {
                    found++;
                    draft.Add(d.Code + "@" + d.Path, points, "The plan review of " + Wording.Date(view.Review.On) + ": " + (d.Severity == DiagnosticSeverity.Error ? "error " : "warning ") + d.Code + " at " + d.Path + ": " + d.Message);
                }
            }

            summary += "; its review of " + Wording.Date(view.Review.On) + " has " + (found == 0 ? "no finding" : Wording.Count(found, "finding")) + " against it";
        }

        if (run.Result is { } schedule)
        {
            var late = 0;
            foreach (var goal in schedule.Goals)
            {
                if (goal.Outlook == GoalOutlook.Late)
                {
                    late++;
                    draft.Add("late:" + goal.GoalId, LateGoalPoints, goal.Explanation);
                }
            }

            summary += schedule.Goals.Count switch
            {
                0 => "; it has no goal to schedule.",
                1 => late == 0 ? "; its schedule meets its goal's deadline." : "; its schedule cannot meet its goal by its deadline.",
                _ => late == 0
                    ? "; its schedule meets the deadline of each of its " + Wording.Count(schedule.Goals.Count, "goal") + "."
                    : "; its schedule cannot meet " + Wording.Number(late) + " of its " + Wording.Count(schedule.Goals.Count, "goal") + " by " + (late == 1 ? "its deadline." : "their deadlines."),
            };
        }
        else
        {
            summary += "; its schedule cannot be analysed (an action has no dates), so the goals at risk are not known.";
        }

        return draft.Scored(summary);
    }

    /// <summary>The current plan reviews checked against <paramref name="plan"/>, as <see cref="AccountAnalysis"/> gives them in the account's state.</summary>
    private static List<PlanReviewView> CurrentReviews(AccountDocument account, AccountPlan plan, LocalDate asOf)
    {
        var views = new List<PlanReviewView>();
        foreach (var i in AccountPlanReviews.Current(account.PlanReviews, asOf))
        {
            var review = account.PlanReviews[i];
            if (review.Client != plan.Client)
            {
                continue;
            }

            var path = "planReviews[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var (found, summary) = AccountPlanReviews.CheckCurrent(review, plan);
            var diagnostics = new List<Diagnostic>();
            foreach (var d in found)
            {
                diagnostics.Add(new Diagnostic(d.Code, d.Severity, d.Path.Length == 0 ? path : path + "." + d.Path, d.Message));
            }

            views.Add(new PlanReviewView(path, review, summary, diagnostics, summary.Explanation));
        }

        return views;
    }

    /// <summary>
    /// The relationships: how the decision makers are reached (by no path, only through unassessed
    /// links, only weakly), how many threads hold on each side, and the map's other risk findings.
    /// </summary>
    /// <remarks>
    /// The coverage terms are the analysis's counts, not its findings, so that a relationship added
    /// never costs points: a first strong relationship turns "no strong relationship" into
    /// "single-threaded", two findings for one, but the threads only rise.
    /// </remarks>
    public static ComponentDraft Relationships(AccountDocument account, LocalDate asOf)
    {
        var draft = new ComponentDraft(HealthComponentKind.Relationships);
        if (account.Relationships is not { } map)
        {
            return draft.NotScored("no relationship map", "The account holds no relationship map, so the relationships are not scored.");
        }

        if (map.Client != account.Client)
        {
            return draft.NotScored("map of another client", "The relationship map is for " + Wording.Quote(map.Client.Value) + ", not for this account's client, so the relationships are not scored.");
        }

        var run = RelationshipAnalyzer.Run(map, settings: null, asOf);
        if (run.Result is not { } analysis)
        {
            return draft.NotScored("relationship map with errors", ErrorsText("relationship map", run.Diagnostics) + ", so the relationships are not scored; fix the map.");
        }

        var coverage = analysis.Coverage;
        var m = coverage.DecisionMakers;
        if (m == 0)
        {
            draft.Add("relationships:noDecisionMaker", NoDecisionMakerPoints, FindingText(analysis, RelationshipsDiagnosticCodes.NoDecisionMaker) ?? "The map names no decision maker: who decides is not known.");
        }
        else
        {
            var unknown = Math.Max(0, coverage.DecisionMakersUnknown);
            var reached = Math.Max(0, coverage.DecisionMakersReached);
            var strong = Math.Min(reached, Math.Max(0, coverage.DecisionMakersStrong));
            var unreached = Math.Max(0, m - reached - unknown);
            if (unreached > 0)
            {
                draft.Add("relationships:unreached", UnreachedDecisionMakersPoints * unreached / m, Wording.Capitalise(Wording.Number(unreached)) + " of the " + Wording.Count(m, "decision maker") + " " + (unreached == 1 ? "is" : "are") + " reached by no path from our people" + Subjects(analysis, RelationshipsDiagnosticCodes.DecisionMakerUnreached) + ": find who can introduce us.");
            }

            if (unknown > 0)
            {
                draft.Add("relationships:reachUnknown", UnknownReachPoints * unknown / m, Wording.Capitalise(Wording.Number(unknown)) + " of the " + Wording.Count(m, "decision maker") + " " + (unknown == 1 ? "is" : "are") + " reached only through links whose strength was never assessed" + Subjects(analysis, RelationshipsDiagnosticCodes.DecisionMakerReachUnknown) + ": assess them.");
            }

            if (reached - strong > 0)
            {
                draft.Add("relationships:weakReach", WeakReachPoints * (reached - strong) / m, Wording.Capitalise(Wording.Number(reached - strong)) + " of the " + Wording.Count(m, "decision maker") + " " + (reached - strong == 1 ? "is" : "are") + " reached only by weak paths" + Subjects(analysis, RelationshipsDiagnosticCodes.DecisionMakerWeaklyReached) + ": strengthen a relationship on the way.");
            }
        }

        if (coverage.TheirThreads < 2)
        {
            draft.Add("relationships:theirThreads", MissingThreadPoints * (2 - Math.Max(0, coverage.TheirThreads)), coverage.TheirThreads <= 0
                ? "None of the client's people holds a strong relationship with us: the account hangs on weak or unknown ties."
                : FindingText(analysis, RelationshipsDiagnosticCodes.SingleThreadedTheirs) ?? "Single-threaded on the client's side: one of their people holds every strong relationship.");
        }

        if (coverage.OurThreads < 2)
        {
            draft.Add("relationships:ourThreads", MissingThreadPoints * (2 - Math.Max(0, coverage.OurThreads)), coverage.OurThreads <= 0
                ? "None of our people holds a strong relationship with the client."
                : FindingText(analysis, RelationshipsDiagnosticCodes.SingleThreadedOurs) ?? "Single-threaded on our side: one of our people holds every strong relationship.");
        }

        var others = 0;
        foreach (var finding in analysis.Findings)
        {
            if (finding.Severity != DiagnosticSeverity.Warning || IsCoverageFinding(finding.Code))
            {
                continue;
            }

            others++;
            draft.Add(finding.Code + ":" + finding.Subject, RelationshipWarningPoints, finding.Explanation);
        }

        return draft.Scored(
            "As of " + Wording.Date(asOf) + " the map names " + Wording.Count(m, "decision maker") + (m == 0 ? string.Empty : ", " + Wording.Number(coverage.DecisionMakersStrong) + " reached strongly")
            + "; " + Wording.Number(coverage.TheirThreads) + " of the client's people and " + Wording.Number(coverage.OurThreads) + " of ours hold strong relationships; "
            + Wording.Count(others, "other risk finding") + ".");
    }

    /// <summary>
    /// The communications: the programme's gaps, the audiences silent too long and the overdue items,
    /// over the quarter up to the date (from the programme's start when it started later).
    /// </summary>
    public static ComponentDraft Communications(AccountDocument account, LocalDate asOf)
    {
        var draft = new ComponentDraft(HealthComponentKind.Communications);
        if (account.Communications is not { } programme)
        {
            return draft.NotScored("no communication programme", "The account holds no communication programme, so the communications are not scored.");
        }

        if (programme.Client != account.Client)
        {
            return draft.NotScored("programme of another client", "The communication programme is for " + Wording.Quote(programme.Client.Value) + ", not for this account's client, so the communications are not scored.");
        }

        if (programme.Period.Start > asOf)
        {
            return draft.NotScored("programme starts on " + Wording.Date(programme.Period.Start), "The communication programme starts on " + Wording.Date(programme.Period.Start) + ", after " + Wording.Date(asOf) + ", so on that date it was not yet in force and the communications are not scored.");
        }

        var quarter = CalendarMath.QuarterUpTo(asOf).Start;
        var window = new DateInterval(programme.Period.Start > quarter ? programme.Period.Start : quarter, asOf);
        var directory = account.Relationships is { } map && map.Client == account.Client ? AccountPeople.Directory(map) : null;
        var plan = account.Plan is { } p && p.Client == programme.Client ? p : null;
        var run = CommunicationAnalysis.Run(programme, settings: null, asOf, window, directory, plan);
        if (run.Result is not { } report)
        {
            return draft.NotScored("communication programme with errors", ErrorsText("communication programme", run.Diagnostics) + ", so the communications are not scored; fix the programme.");
        }

        foreach (var gap in report.Gaps)
        {
            var points = gap.Kind switch
            {
                CommunicationGapKind.FunctionNotServed => FunctionNotServedPoints,
                CommunicationGapKind.MarketFactorNotAddressed => MarketFactorPoints,
                CommunicationGapKind.KindNotReached => KindNotReachedPoints,
                CommunicationGapKind.PersonNotReached => PersonNotReachedPoints,
                CommunicationGapKind.PromotionDecisionWithoutItems => PromotionWithoutItemsPoints,
                _ => GoalOutsidePlanPoints,
            };
            draft.Add("gap:" + gap.Kind + ":" + gap.Subject, points, gap.Explanation);
        }

        var silent = 0;
        foreach (var silence in report.Silences)
        {
            if (silence.TooLong)
            {
                silent++;
                draft.Add("silence:" + silence.Audience, SilencePoints, silence.Explanation);
            }
        }

        foreach (var item in report.Overdue)
        {
            draft.Add("overdueItem:" + item.Item, OverdueItemPoints, item.Explanation);
        }

        return draft.Scored(
            "From " + Wording.Date(window.Start) + " to " + Wording.Date(asOf) + " the programme has " + Wording.Count(report.Occurrences, "occurrence") + ", "
            + Wording.Count(report.Gaps.Count, "gap") + ", " + Wording.Count(silent, "audience") + " silent too long and " + Wording.Count(report.Overdue.Count, "overdue item") + ".");
    }

    /// <summary>
    /// The commitments: those overdue, the decisions no commitment follows up, among the diary's
    /// entries up to the date, and the events the rules of internal communication call for a notice
    /// of that was not given (missing after its window, or nobody on the team to tell), each event
    /// once however many rules it missed.
    /// </summary>
    public static ComponentDraft Commitments(AccountBasics? state, string? stateProblem, LocalDate asOf)
    {
        var draft = new ComponentDraft(HealthComponentKind.Commitments);
        if (state is null)
        {
            return draft.NotScored("account settings with errors", "The account's settings have errors (" + stateProblem + "), so its commitments are not scored.");
        }

        if (state.EntriesUpToDate.Count == 0)
        {
            return draft.NotScored("no diary entry yet", "The diary holds no entry up to " + Wording.Date(asOf) + ", so commitments and decisions are not scored.");
        }

        var overdue = 0;
        var total = 0;
        foreach (var view in state.Commitments)
        {
            total++;
            if (view.State != CommitmentState.Overdue)
            {
                continue;
            }

            overdue++;
            var weeks = Period.Between(view.Commitment.Due, asOf, PeriodUnits.Days).Days / 7;
            draft.Add("overdue:" + view.Commitment.Id, OverduePoints + (OverduePointsPerWeek * Math.Min(OverdueMostWeeks, weeks)), view.Explanation);
        }

        var unsupported = 0;
        foreach (var d in state.DecisionsWithoutFollowUp)
        {
            if (state.EntriesUpToDate.Contains(d.Entry))
            {
                unsupported++;
                draft.Add("noFollowUp:" + d.Decision.Id, NoFollowUpPoints, d.Explanation);
            }
        }

        var notices = "; the rules of internal communication were not checked (they have errors)";
        if (state.InternalCommunication is { } report)
        {
            var events = new Dictionary<string, (InternalNoticeFinding First, int Rules)>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var f in report.Findings)
            {
                if (f.Severity != DiagnosticSeverity.Warning)
                {
                    continue;
                }

                var key = "notice:" + NoticeKey(f.Trigger) + ":" + f.Subject + (f.Trigger == NoticeTrigger.DecisionMakerChange ? "@" + Wording.Date(f.On) : string.Empty);
                if (events.TryGetValue(key, out var seen))
                {
                    events[key] = (seen.First, seen.Rules + 1);
                }
                else
                {
                    events.Add(key, (f, 1));
                    order.Add(key);
                }
            }

            foreach (var key in order)
            {
                var (first, rules) = events[key];
                draft.Add(key, NoticePoints, first.Explanation + (rules > 1 ? " (" + Wording.Count(rules - 1, "more rule") + " not met for it too.)" : string.Empty));
            }

            notices = "; the rules of internal communication called for " + Wording.Count(report.Events, "notice") + ", and " + Wording.Count(order.Count, "event") + " did not reach the people who must hear of it";
        }

        return draft.Scored("Up to " + Wording.Date(asOf) + " the diary holds " + Wording.Count(total, "commitment") + ", " + Wording.Number(overdue) + " of them overdue, and " + Wording.Count(unsupported, "decision") + " without a follow-up commitment" + notices + ".");
    }

    /// <summary>The freshness: the stale sections among those the account holds, each an equal share of the 100 points.</summary>
    public static ComponentDraft Freshness(AccountBasics? state, string? stateProblem)
    {
        var draft = new ComponentDraft(HealthComponentKind.Freshness);
        if (state is null)
        {
            return draft.NotScored("account settings with errors", "The account's settings have errors (" + stateProblem + "), so the freshness of its data is not scored.");
        }

        var held = 0;
        foreach (var f in state.Freshness)
        {
            held += f.Held ? 1 : 0;
        }

        if (held == 0)
        {
            return draft.NotScored("no tracked section held", "The account holds none of the sections whose freshness is tracked (profile, map, ladder, evidence, plan, programme, opportunities), so freshness is not scored.");
        }

        var stale = 0;
        foreach (var f in state.Freshness)
        {
            if (f.Held && f.Stale)
            {
                stale++;
                draft.Add("stale:" + SectionKey(f.Section), 100m / held, f.Explanation);
            }
        }

        return draft.Scored(Wording.Capitalise(Wording.Number(stale)) + " of the " + Wording.Count(held, "section") + " the account holds " + (stale == 1 ? "is" : "are") + " stale; each stale section costs an equal share (100 / " + Wording.Number(held) + ").");
    }

    /// <summary>The opportunities: whether any is identified and whether the must-dos fit the budgets.</summary>
    public static ComponentDraft Opportunities(AccountDocument account)
    {
        var draft = new ComponentDraft(HealthComponentKind.Opportunities);
        if (account.Opportunities is not { } portfolio)
        {
            return draft.NotScored("no opportunities", "The account holds no opportunities document, so the opportunities are not scored.");
        }

        var run = OpportunitySelector.Run(portfolio);
        if (run.Result is not { } selection)
        {
            return draft.NotScored("opportunities with errors", ErrorsText("opportunities", run.Diagnostics) + ", so no selection can be made and the opportunities are not scored.");
        }

        if (portfolio.Opportunities.Count == 0)
        {
            draft.Add("opportunities:none", NoOpportunityPoints, "No opportunity is identified for the client, and a key client keeps creating opportunities to grow (criterion 2): look for them with the client.");
        }
        else if (selection.Status == SelectionStatus.Infeasible)
        {
            draft.Add("opportunities:infeasible", InfeasiblePoints, "The must-do opportunities do not fit the budgets: " + selection.Explanation);
        }

        foreach (var d in run.Diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Warning)
            {
                draft.Add(d.Code + "@opportunities" + (d.Path.Length == 0 ? string.Empty : "." + d.Path), OpportunityWarningPoints, "The opportunities' warning " + d.Code + (d.Path.Length == 0 ? string.Empty : " at opportunities." + d.Path) + ": " + d.Message);
            }
        }

        return draft.Scored(Wording.Capitalise(Wording.Count(portfolio.Opportunities.Count, "opportunity", "opportunities")) + " identified; the best set within the budgets chooses " + Wording.Number(selection.Chosen.Count) + ".");
    }

    /// <summary>The evidence as it stood one period earlier: every series without its last (most recent) period.</summary>
    internal static ClientEvidence EarlierPeriod(ClientEvidence evidence) => new(
        evidence.Client,
        DropLast(evidence.Profits),
        DropLast(evidence.VitalFew),
        DropLast(evidence.OpportunityCounts),
        DropLast(evidence.OpportunityValues),
        DropLast(evidence.Sales),
        evidence.LadderLevel,
        evidence.SurveyScore,
        evidence.IndustryRank,
        evidence.MarketShare,
        evidence.InfluenceRating);

    private static string NoticeKey(NoticeTrigger trigger) => trigger switch
    {
        NoticeTrigger.Decision => "decision",
        NoticeTrigger.Commitment => "commitment",
        NoticeTrigger.DecisionMakerChange => "decisionMakerChange",
        _ => "contact",
    };

    internal static string SectionKey(AccountSection section) => section switch
    {
        AccountSection.Profile => "profile",
        AccountSection.RelationshipMap => "relationshipMap",
        AccountSection.LadderAssessment => "ladderAssessment",
        AccountSection.ClassificationEvidence => "classificationEvidence",
        AccountSection.PlanReview => "planReview",
        AccountSection.CommunicationProgramme => "communicationProgramme",
        _ => "opportunities",
    };

    /// <summary>Rounds to hundredths, half away from zero: the one rounding of the area.</summary>
    internal static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A double of an area's result (a ladder position) as a decimal; the areas' doubles are finite by their contracts.</summary>
    private static decimal Exact(double value) => (decimal)value;

    private static T[] DropLast<T>(IReadOnlyList<T> series)
    {
        if (series.Count <= 1)
        {
            return Array.Empty<T>();
        }

        var copy = new T[series.Count - 1];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = series[i];
        }

        return copy;
    }

    private static bool IsCoverageFinding(string code) =>
        code is RelationshipsDiagnosticCodes.NoDecisionMaker or RelationshipsDiagnosticCodes.DecisionMakerUnreached
            or RelationshipsDiagnosticCodes.SingleThreadedTheirs or RelationshipsDiagnosticCodes.SingleThreadedOurs or RelationshipsDiagnosticCodes.NoStrongRelationship;

    private static string? FindingText(RelationshipAnalysis analysis, string code)
    {
        foreach (var f in analysis.Findings)
        {
            if (f.Code == code)
            {
                return f.Explanation;
            }
        }

        return null;
    }

    /// <summary>The people a finding names, as " (p-1, p-2)"; empty when none.</summary>
    private static string Subjects(RelationshipAnalysis analysis, string code)
    {
        var subjects = new List<string>();
        foreach (var f in analysis.Findings)
        {
            if (f.Code == code && f.Subject.Length > 0 && !subjects.Contains(f.Subject))
            {
                subjects.Add(f.Subject);
            }
        }

        return subjects.Count == 0 ? string.Empty : " (" + string.Join(", ", subjects.ConvertAll(Wording.Quote)) + ")";
    }

    private static string ErrorsText(string what, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                return "The " + what + " has " + Wording.Count(diagnostics.Count(DiagnosticSeverity.Error), "error") + " (the first, " + d.Code + (d.Path.Length == 0 ? string.Empty : " at " + d.Path) + ": " + d.Message.TrimEnd('.') + ")";
            }
        }

        return "The " + what + " has errors";
    }
}
