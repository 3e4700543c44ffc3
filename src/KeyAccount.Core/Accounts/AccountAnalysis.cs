using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// Runs an account document: validation, and the account's state as of a date (section 8 of the
/// method: the diary, support of the decisions taken, data update formats, the plan's review).
/// </summary>
public static class AccountAnalysis
{
    private static readonly AccountSection[] AllSections =
    {
        AccountSection.Profile, AccountSection.RelationshipMap, AccountSection.LadderAssessment, AccountSection.ClassificationEvidence,
        AccountSection.PlanReview, AccountSection.CommunicationProgramme, AccountSection.Opportunities,
    };

    /// <summary>Validates <paramref name="account"/> and, when its own settings allow it, computes its state as of <paramref name="asOf"/>.</summary>
    /// <param name="account">The account; it may hold any defect the model allows.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <returns>The diagnostics and the state. The state is withheld only when the account's settings have errors; other defects are reported beside it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static DocumentRun<AccountState> Run(AccountDocument account, LocalDate asOf)
    {
        Require.NotNull(account, nameof(account));
        var diagnostics = AccountValidator.Validate(account, asOf);
        var settings = account.Settings ?? AccountSettings.Default;
        var state = settings.Validate().HasErrors() ? null : Analyze(account, asOf);
        return new DocumentRun<AccountState>(diagnostics, state);
    }

    /// <summary>The account's state as of <paramref name="asOf"/>.</summary>
    /// <param name="account">The account. Defects are tolerated: an unknown time zone counts as UTC, a closed commitment without a date as closed, rules of internal communication with errors leave the state without their report.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException">The account's settings have errors.</exception>
    public static AccountState Analyze(AccountDocument account, LocalDate asOf)
    {
        Require.NotNull(account, nameof(account));
        var settings = account.Settings ?? AccountSettings.Default;
        Require.Valid(settings.Validate(), nameof(account), "account's settings");

        var stage = account.Stage;
        var map = AccountContacts.Analyze(account, asOf);
        // A stage the lifecycle does not know (reported by the validator, KAA) has no moves to offer.
        var moves = AccountLifecycle.IsStage(stage) ? AccountLifecycle.Next(stage) : Array.Empty<AccountStage>();
        var nextMoves = moves.Select(to => AccountLifecycle.Check(account, to, asOf, to is AccountStage.FinalStage or AccountStage.Closed ? null : "next", () => map)).ToArray();
        var onboarding = AccountLifecycle.Onboarding(account, asOf, map);
        var commitments = Commitments(account, asOf, settings.DueSoon);
        var decisions = Decisions(account);
        var timeline = account.Diary
            .Where(e => LocalDateOf(e) <= asOf)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        var contacts = Contacts(timeline, asOf);
        var freshness = Freshness(account, settings, asOf);
        var nextReview = NextReview(account.Plan);
        var meetings = Meetings(account.Relationships, timeline, settings.MeetingWindow, asOf);
        var reviews = PlanReviews(account, asOf);
        var notices = Notices(account, asOf);
        var explanation = Explain(stage, nextMoves, commitments, decisions, freshness, meetings, nextReview, asOf, reviews, notices, account.InternalCommunication is not null);
        return new AccountState(account.Client, asOf, stage, nextMoves, onboarding, commitments, decisions, contacts, freshness, nextReview, timeline, explanation)
        {
            DecisionMakerMeetings = meetings,
            Relationships = map?.Result,
            PlanReviews = reviews,
            InternalCommunication = notices,
        };
    }

    /// <summary>The commitments, decisions, freshness and entries up to <paramref name="asOf"/> alone, as <see cref="Analyze"/> computes them; <paramref name="settings"/> must be valid.</summary>
    internal static AccountBasics Basics(AccountDocument account, LocalDate asOf, AccountSettings settings)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in account.Diary)
        {
            if (LocalDateOf(e) <= asOf)
            {
                ids.Add(e.Id);
            }
        }

        return new AccountBasics(Commitments(account, asOf, settings.DueSoon), Decisions(account), Freshness(account, settings, asOf), ids, PlanReviews(account, asOf), Notices(account, asOf));
    }

    /// <summary>
    /// The account's relationship map with the diary's contacts: each relationship's last contact
    /// brought forward to the latest diary entry dated up to <paramref name="asOf"/> (in the entry's
    /// zone) in which both its people took part, internal entries left out; its first contact
    /// brought back to the earliest such entry when the map records a later one. The map's staleness
    /// findings (<see cref="RelationshipsDiagnosticCodes.StaleContact"/>) and decay then follow the
    /// diary. Our people are matched by the team's ids, the client's by the map's. Relationships the
    /// diary does not touch, and contacts the map holds no relationship for, stay as they are.
    /// </summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The date: later entries are left out.</param>
    /// <returns>The map brought up to date (the account's own map object when the diary changes nothing); null when the account holds no map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static RelationshipMap? MapWithDiaryContacts(AccountDocument account, LocalDate asOf)
    {
        Require.NotNull(account, nameof(account));
        return account.Relationships is null ? null : AccountContacts.Refresh(account.Relationships, account.Diary, asOf);
    }

    /// <summary>Where <paramref name="commitment"/> stands as of <paramref name="asOf"/>.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="dueSoon">How far ahead an open commitment counts as due soon.</param>
    /// <returns>The state: closed once its closing date is reached; otherwise overdue after its due date, due soon within <paramref name="dueSoon"/> of it, open before.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> or <paramref name="dueSoon"/> is null.</exception>
    public static CommitmentState StateOf(Commitment commitment, LocalDate asOf, Period dueSoon)
    {
        Require.NotNull(commitment, nameof(commitment));
        Require.NotNull(dueSoon, nameof(dueSoon));
        if (commitment.Status != CommitmentStatus.Open && (commitment.ClosedOn is null || commitment.ClosedOn.Value <= asOf))
        {
            return commitment.Status switch
            {
                CommitmentStatus.Done => CommitmentState.Done,
                CommitmentStatus.Cancelled => CommitmentState.Cancelled,
                _ => CommitmentState.HandedOver,
            };
        }

        if (commitment.Due < asOf)
        {
            return CommitmentState.Overdue;
        }

        return commitment.Due <= asOf.Plus(dueSoon) ? CommitmentState.DueSoon : CommitmentState.Open;
    }

    private static LocalDate LocalDateOf(DiaryEntry entry) => AccountContacts.LocalDateOf(entry);

    private static bool IsMeeting(DiaryEntryKind kind) => kind is DiaryEntryKind.Meeting or DiaryEntryKind.Visit or DiaryEntryKind.Presentation or DiaryEntryKind.Negotiation;

    /// <summary>The diary checked against the account's rules of internal communication (or the defaults); null when the rules have errors.</summary>
    private static InternalCommunicationReport? Notices(AccountDocument account, LocalDate asOf)
    {
        var rules = account.InternalCommunication ?? InternalCommunicationSettings.Default;
        return rules.Validate().HasErrors() ? null : InternalCommunication.Check(account, asOf, rules, account.Relationships);
    }

    private static PlanReviewView[] PlanReviews(AccountDocument account, LocalDate asOf)
    {
        var views = new List<PlanReviewView>();
        foreach (var i in AccountPlanReviews.Current(account.PlanReviews, asOf))
        {
            var review = account.PlanReviews[i];
            if (AccountPlanReviews.PlanFor(account, review) is not { } plan)
            {
                continue;
            }

            var path = "planReviews[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var (found, summary) = AccountPlanReviews.CheckCurrent(review, plan);
            var diagnostics = found.Select(d => new Diagnostic(d.Code, d.Severity, d.Path.Length == 0 ? path : path + "." + d.Path, d.Message)).ToArray();
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            var explanation = summary.Explanation + (errors + warnings == 0
                ? " Checked against the plan, it has no finding."
                : " Checked against the plan: " + Wording.Count(errors, "error") + " and " + Wording.Count(warnings, "warning") + ".");
            views.Add(new PlanReviewView(path, review, summary, diagnostics, explanation));
        }

        return views.ToArray();
    }

    private static MeetingFrequency[] Meetings(RelationshipMap? map, DiaryEntry[] timeline, Period window, LocalDate asOf)
    {
        if (map is null)
        {
            return Array.Empty<MeetingFrequency>();
        }

        // The decision makers present on the date, for any decision; the first of a repeated id.
        var makers = new Dictionary<string, ClientPerson>(StringComparer.Ordinal);
        foreach (var person in map.People)
        {
            var id = person.Id.Trim();
            if (id.Length > 0 && !makers.ContainsKey(id) && MapGraph.Present(person.Joined, person.Left, asOf) && person.Roles.Any(r => r.Kind == StakeholderKind.DecisionMaker))
            {
                makers.Add(id, person);
            }
        }

        // A window reaching before the calendar's first day starts on that day.
        var from = CalendarMath.TryPlus(asOf, Period.Zero - window)?.PlusDays(1) ?? LocalDate.MinIsoValue;
        var interval = new DateInterval(from <= asOf ? from : asOf, asOf);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        foreach (var entry in timeline)
        {
            if (!IsMeeting(entry.Kind))
            {
                continue;
            }

            var date = LocalDateOf(entry);
            foreach (var p in entry.ClientParticipants.Select(p => p.Trim()).Distinct(StringComparer.Ordinal))
            {
                if (!makers.ContainsKey(p))
                {
                    continue;
                }

                last[p] = date; // the timeline is oldest first
                if (date >= interval.Start)
                {
                    counts[p] = counts.TryGetValue(p, out var n) ? n + 1 : 1;
                }
            }
        }

        return makers
            .Select(pair =>
            {
                var count = counts.TryGetValue(pair.Key, out var n) ? n : 0;
                LocalDate? lastMeeting = last.TryGetValue(pair.Key, out var d) ? d : null;
                var perMonth = count / (interval.Length / (365.25 / 12));
                var who = Wording.Quote(pair.Value.Name) + " (" + Wording.Quote(pair.Key) + ")";
                var span = "in " + Wording.Period(window) + " (" + Wording.Date(interval.Start) + " to " + Wording.Date(interval.End) + ")";
                var explanation = count == 0
                    ? "No meeting with the decision maker " + who + " " + span + "; " + (lastMeeting is { } before ? "the last was on " + Wording.Date(before) + "." : "the diary shows no meeting with them at all.")
                    : Wording.Capitalise(Wording.Count(count, "meeting")) + " with the decision maker " + who + " " + span + ", " + Wording.Number(perMonth, 1) + " a month; the last on " + Wording.Date(lastMeeting!.Value) + ".";
                return new MeetingFrequency(pair.Key, pair.Value.Name, interval, count, perMonth, lastMeeting, explanation);
            })
            .OrderBy(m => m.Meetings)
            .ThenBy(m => m.Person, StringComparer.Ordinal)
            .ToArray();
    }

    private static CommitmentView[] Commitments(AccountDocument account, LocalDate asOf, Period dueSoon)
    {
        var views = new List<CommitmentView>();
        foreach (var entry in account.Diary)
        {
            if (LocalDateOf(entry) > asOf)
            {
                continue;
            }

            foreach (var c in entry.Commitments)
            {
                var state = StateOf(c, asOf, dueSoon);
                views.Add(new CommitmentView(entry.Id, c, state, ExplainCommitment(c, state, asOf)));
            }
        }

        return views
            .OrderBy(v => Urgency(v.State))
            .ThenBy(v => v.Commitment.Due)
            .ThenBy(v => v.Commitment.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private static int Urgency(CommitmentState state) => state switch
    {
        CommitmentState.Overdue => 0,
        CommitmentState.DueSoon => 1,
        CommitmentState.Open => 2,
        _ => 3,
    };

    private static string ExplainCommitment(Commitment c, CommitmentState state, LocalDate asOf)
    {
        var head = Wording.Quote(c.Who) + " committed to " + Wording.Quote(c.What) + ", due " + Wording.Date(c.Due);
        return state switch
        {
            CommitmentState.Overdue => head + ": overdue by " + Wording.Count(Period.Between(c.Due, asOf, PeriodUnits.Days).Days, "day") + ".",
            CommitmentState.DueSoon => head + ": due in " + Wording.Count(Period.Between(asOf, c.Due, PeriodUnits.Days).Days, "day") + ".",
            CommitmentState.Open => head + ": open.",
            CommitmentState.Done => head + ": done" + (c.ClosedOn is { } d ? " on " + Wording.Date(d) : string.Empty) + ".",
            CommitmentState.Cancelled => head + ": cancelled" + (c.ClosedOn is { } d2 ? " on " + Wording.Date(d2) : string.Empty) + ".",
            _ => head + ": handed over" + (c.ClosedOn is { } d3 ? " on " + Wording.Date(d3) : string.Empty) + ".",
        };
    }

    private static DecisionWithoutFollowUp[] Decisions(AccountDocument account)
    {
        var followed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in account.Diary)
        {
            foreach (var c in e.Commitments)
            {
                if (c.Decision is not null)
                {
                    followed.Add(c.Decision);
                }
            }
        }

        var result = new List<DecisionWithoutFollowUp>();
        foreach (var e in account.Diary)
        {
            foreach (var d in e.Decisions)
            {
                if (!followed.Contains(d.Id))
                {
                    result.Add(new DecisionWithoutFollowUp(e.Id, d, "The decision " + Wording.Quote(d.Text) + " (entry " + Wording.Quote(e.Id) + ") has no commitment that follows it up: say who does what by when."));
                }
            }
        }

        return result.ToArray();
    }

    private static PersonContact[] Contacts(DiaryEntry[] timeline, LocalDate asOf)
    {
        var byPerson = new Dictionary<string, List<DiaryEntry>>(StringComparer.Ordinal);
        foreach (var e in timeline)
        {
            if (e.Kind == DiaryEntryKind.Internal)
            {
                continue;
            }

            foreach (var p in e.ClientParticipants.Distinct(StringComparer.Ordinal))
            {
                if (!byPerson.TryGetValue(p, out var list))
                {
                    byPerson.Add(p, list = new List<DiaryEntry>());
                }

                list.Add(e);
            }
        }

        return byPerson
            .Select(pair =>
            {
                var entries = pair.Value; // already in timeline order
                var first = entries[0];
                var last = entries[entries.Count - 1];
                double? mean = entries.Count < 2 ? null : (last.At - first.At).TotalDays / (entries.Count - 1);
                var days = Period.Between(LocalDateOf(last), asOf, PeriodUnits.Days).Days;
                return new PersonContact(pair.Key, entries.Count, first.At, last.At, last.Id, mean, days);
            })
            .OrderByDescending(c => c.DaysSinceLast)
            .ThenBy(c => c.Person, StringComparer.Ordinal)
            .ToArray();
    }

    private static SectionFreshness[] Freshness(AccountDocument account, AccountSettings settings, LocalDate asOf)
    {
        var result = new List<SectionFreshness>();
        foreach (var section in AllSections)
        {
            var held = section switch
            {
                AccountSection.Profile => account.Profile is not null,
                AccountSection.LadderAssessment => account.Ladder is not null,
                AccountSection.ClassificationEvidence => account.Evidence is not null,
                AccountSection.PlanReview => account.Plan is not null,
                AccountSection.Opportunities => account.Opportunities is not null,
                AccountSection.RelationshipMap => account.Relationships is not null,
                AccountSection.CommunicationProgramme => account.Communications is not null,
                _ => false,
            };
            LocalDate? last = null;
            foreach (var u in account.Updates)
            {
                if (u.Section == section && u.On <= asOf && (last is null || u.On > last))
                {
                    last = u.On;
                }
            }

            if (section == AccountSection.PlanReview && account.Plan is not null)
            {
                foreach (var r in account.Plan.Reviews)
                {
                    if (r.On <= asOf && (last is null || r.On > last))
                    {
                        last = r.On;
                    }
                }

                foreach (var r in account.PlanReviews)
                {
                    if (r.On <= asOf && (last is null || r.On > last))
                    {
                        last = r.On;
                    }
                }
            }

            var maxAge = settings.MaxAge(section);
            var name = SectionName(section);
            var plural = section == AccountSection.Opportunities;
            bool stale;
            string explanation;
            if (!held)
            {
                stale = false;
                explanation = "The account holds no " + name + ".";
            }
            else if (last is null)
            {
                stale = true;
                explanation = "No update of the " + name + " is recorded; record when it was last brought up to date.";
            }
            else
            {
                var until = last.Value.Plus(maxAge);
                stale = until < asOf;
                explanation = stale
                    ? "The " + name + (plural ? " were" : " was") + " last updated on " + Wording.Date(last.Value) + "; " + (plural ? "they" : "it") + " may be " + Wording.Period(maxAge) + " old, so " + (plural ? "they have" : "it has") + " been stale since " + Wording.Date(until.PlusDays(1)) + "."
                    : "The " + name + (plural ? " were" : " was") + " last updated on " + Wording.Date(last.Value) + " and " + (plural ? "stay" : "stays") + " fresh until " + Wording.Date(until) + ".";
            }

            result.Add(new SectionFreshness(section, held, last, maxAge, stale, explanation));
        }

        return result.ToArray();
    }

    internal static string SectionName(AccountSection section) => section switch
    {
        AccountSection.Profile => "profile",
        AccountSection.RelationshipMap => "relationship map",
        AccountSection.LadderAssessment => "ladder assessment",
        AccountSection.ClassificationEvidence => "classification evidence",
        AccountSection.PlanReview => "plan review",
        AccountSection.CommunicationProgramme => "communication programme",
        _ => "opportunities",
    };

    private static LocalDate? NextReview(AccountPlan? plan)
    {
        if (plan?.ReviewCadence is not { } cadence || cadence.HasTimeComponent)
        {
            return null;
        }

        LocalDate? from = null;
        foreach (var r in plan.Reviews)
        {
            if (from is null || r.On > from)
            {
                from = r.On;
            }
        }

        if (from is null)
        {
            foreach (var c in plan.StatusHistory)
            {
                if (c.Status == PlanStatus.Approved && (from is null || c.On > from))
                {
                    from = c.On;
                }
            }
        }

        return from is { } last ? CalendarMath.TryPlus(last, cadence) : null;
    }

    private static string Explain(AccountStage stage, LifecycleCheck[] nextMoves, CommitmentView[] commitments, DecisionWithoutFollowUp[] decisions, SectionFreshness[] freshness, MeetingFrequency[] meetings, LocalDate? nextReview, LocalDate asOf, PlanReviewView[] reviews, InternalCommunicationReport? notices, bool ownRules)
    {
        var parts = new List<string> { "The account is " + AccountLifecycle.Name(stage) + "." };
        var forward = nextMoves.FirstOrDefault();
        if (forward is not null)
        {
            parts.Add(forward.Allowed ? "It can move to " + AccountLifecycle.Name(forward.To) + "." : "Before it can move to " + AccountLifecycle.Name(forward.To) + ": " + string.Join("; ", forward.Blockers) + ".");
        }

        var overdue = commitments.Count(c => c.State == CommitmentState.Overdue);
        var dueSoon = commitments.Count(c => c.State == CommitmentState.DueSoon);
        parts.Add(Wording.Capitalise(Wording.Count(overdue, "commitment")) + " overdue and " + Wording.Number(dueSoon) + " due soon.");
        if (decisions.Length > 0)
        {
            parts.Add(Wording.Capitalise(Wording.Count(decisions.Length, "decision")) + " without a follow-up commitment.");
        }

        var unmet = meetings.Where(m => m.Meetings == 0).Select(m => Wording.Quote(m.Name)).ToArray();
        if (unmet.Length > 0)
        {
            parts.Add("Not met within the meeting window: " + Wording.Count(unmet.Length, "decision maker") + " (" + string.Join(", ", unmet) + ").");
        }

        var stale = freshness.Where(f => f.Stale).Select(f => SectionName(f.Section)).ToArray();
        parts.Add(stale.Length == 0 ? "No data is stale." : "Stale: " + string.Join(", ", stale) + ".");
        if (nextReview is { } review)
        {
            parts.Add((review < asOf ? "The plan's review was due on " : "The plan's next review is due on ") + Wording.Date(review) + ".");
        }

        foreach (var view in reviews)
        {
            var findings = view.Diagnostics.Count(d => d.Severity != DiagnosticSeverity.Info);
            parts.Add("The latest plan review, on " + Wording.Date(view.Review.On) + ", judged " + Wording.Count(view.Summary.OnTrack + view.Summary.AtRisk + view.Summary.Missed + view.Summary.Met, "goal")
                + (view.Summary.ContradictedBySchedule.Count > 0 ? "; the schedule disagrees with it on " + string.Join(", ", view.Summary.ContradictedBySchedule.Select(Wording.Quote)) : string.Empty)
                + "; " + (findings == 0 ? "it has no finding against the plan." : Wording.Count(findings, "finding") + " against the plan."));
        }

        if (notices is null)
        {
            parts.Add("Internal communication is not checked: its rules have errors.");
        }
        else
        {
            var open = notices.Findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
            parts.Add("Internal communication (" + (ownRules ? "the account's rules" : "the default rules") + "): " + Wording.Count(notices.Events, "notice") + " called for, " + Wording.Number(notices.InTime) + " given in time"
                + (open > 0 ? ", " + Wording.Number(open) + " missing or with nobody to tell" : string.Empty) + ".");
        }

        return string.Join(" ", parts);
    }
}
