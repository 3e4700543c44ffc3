using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
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
    /// <param name="account">The account. Defects are tolerated: an unknown time zone counts as UTC, a closed commitment without a date as closed.</param>
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
        var nextMoves = AccountLifecycle.Next(stage).Select(to => AccountLifecycle.Check(account, to, asOf, to is AccountStage.FinalStage or AccountStage.Closed ? null : "next")).ToArray();
        var onboarding = AccountLifecycle.Onboarding(account, asOf);
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
        var explanation = Explain(account, stage, nextMoves, commitments, decisions, freshness, nextReview, asOf);
        return new AccountState(account.Client, asOf, stage, nextMoves, onboarding, commitments, decisions, contacts, freshness, nextReview, timeline, explanation);
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

    private static LocalDate LocalDateOf(DiaryEntry entry) =>
        entry.At.InZone(DateTimeZoneProviders.Tzdb.GetZoneOrNull(entry.Zone) ?? DateTimeZone.Utc).Date;

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
            }

            var maxAge = settings.MaxAge(section);
            var name = SectionName(section);
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
                    ? "The " + name + " was last updated on " + Wording.Date(last.Value) + "; it may be " + Wording.Period(maxAge) + " old, so it has been stale since " + Wording.Date(until.PlusDays(1)) + "."
                    : "The " + name + " was last updated on " + Wording.Date(last.Value) + " and stays fresh until " + Wording.Date(until) + ".";
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

        return from?.Plus(cadence);
    }

    private static string Explain(AccountDocument account, AccountStage stage, LifecycleCheck[] nextMoves, CommitmentView[] commitments, DecisionWithoutFollowUp[] decisions, SectionFreshness[] freshness, LocalDate? nextReview, LocalDate asOf)
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

        var stale = freshness.Where(f => f.Stale).Select(f => SectionName(f.Section)).ToArray();
        parts.Add(stale.Length == 0 ? "No data is stale." : "Stale: " + string.Join(", ", stale) + ".");
        if (nextReview is { } review)
        {
            parts.Add((review < asOf ? "The plan's review was due on " : "The plan's next review is due on ") + Wording.Date(review) + ".");
        }

        _ = account;
        return string.Join(" ", parts);
    }
}
