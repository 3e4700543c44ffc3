using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The account's lifecycle as a state machine whose guards come from the documents: prospect →
/// onboarding → profiled → planned → active → under review → final stage → closed, back from under
/// review to active, and a prospect may be closed without being taken on.
/// </summary>
/// <remarks>
/// <para>The moves and their guards (each guard is read from the account's documents as of the date of the move):</para>
/// <list type="table">
/// <item><term>prospect → onboarding</term><description>an account manager is named on the team.</description></item>
/// <item><term>onboarding → profiled</term><description>the profile is compiled: name, sector, strategy and at least one client goal.</description></item>
/// <item><term>profiled → planned</term><description>the account holds a development plan that is approved and has no errors (<see cref="PlanValidator"/>), and a relationship map with a covered decision maker: the map has no errors and its analysis (<see cref="RelationshipAnalyzer"/>, default settings, every decision, the diary's contacts included) reaches at least one decision maker by a strong path.</description></item>
/// <item><term>planned → active</term><description>the plan's history shows it discussed (stage 3 of the method).</description></item>
/// <item><term>active → under review</term><description>no guard: an account may be reviewed at any time.</description></item>
/// <item><term>under review → active</term><description>the plan is still approved and has no errors.</description></item>
/// <item><term>active or under review → final stage</term><description>the move gives a reason.</description></item>
/// <item><term>final stage → closed</term><description>every commitment is done, cancelled or handed over, and the move gives a reason.</description></item>
/// <item><term>prospect → closed</term><description>the move gives a reason (the client was not taken on).</description></item>
/// </list>
/// </remarks>
public static class AccountLifecycle
{
    private static readonly Dictionary<AccountStage, AccountStage[]> Moves = new()
    {
        [AccountStage.Prospect] = new[] { AccountStage.Onboarding, AccountStage.Closed },
        [AccountStage.Onboarding] = new[] { AccountStage.Profiled },
        [AccountStage.Profiled] = new[] { AccountStage.Planned },
        [AccountStage.Planned] = new[] { AccountStage.Active },
        [AccountStage.Active] = new[] { AccountStage.UnderReview, AccountStage.FinalStage },
        [AccountStage.UnderReview] = new[] { AccountStage.Active, AccountStage.FinalStage },
        [AccountStage.FinalStage] = new[] { AccountStage.Closed },
        [AccountStage.Closed] = Array.Empty<AccountStage>(),
    };

    /// <summary>The stages the lifecycle allows a move to from <paramref name="from"/>, in stage order.</summary>
    /// <param name="from">A stage.</param>
    /// <returns>The next stages; empty for <see cref="AccountStage.Closed"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is not defined.</exception>
    public static IReadOnlyList<AccountStage> Next(AccountStage from) =>
        Moves.TryGetValue(from, out var next) ? next : throw new ArgumentOutOfRangeException(nameof(from), from, "Not a stage of the lifecycle.");

    /// <summary>True when <paramref name="stage"/> is one of the lifecycle's stages.</summary>
    internal static bool IsStage(AccountStage stage) => Moves.ContainsKey(stage);

    /// <summary>True when the lifecycle has a move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">A stage.</param>
    /// <param name="to">Another stage.</param>
    /// <returns>True when the move exists (whatever its guard says).</returns>
    public static bool IsMove(AccountStage from, AccountStage to) => Moves.TryGetValue(from, out var next) && Array.IndexOf(next, to) >= 0;

    /// <summary>Checks a move of <paramref name="account"/> to <paramref name="to"/>, with the guard read from its documents.</summary>
    /// <param name="account">The account.</param>
    /// <param name="to">The stage asked for.</param>
    /// <param name="asOf">The date of the move: the plan is validated as of it.</param>
    /// <param name="reason">The reason the move would give (the final stage and closing need one).</param>
    /// <returns>The verdict, with every blocker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static LifecycleCheck Check(AccountDocument account, AccountStage to, LocalDate asOf, string? reason = null)
    {
        Require.NotNull(account, nameof(account));
        return Check(account, to, asOf, reason, () => AccountContacts.Analyze(account, asOf));
    }

    /// <summary><see cref="Check(AccountDocument, AccountStage, LocalDate, string?)"/> with the map's analysis given (computed once for several checks).</summary>
    internal static LifecycleCheck Check(AccountDocument account, AccountStage to, LocalDate asOf, string? reason, Func<DocumentRun<RelationshipAnalysis>?> map)
    {
        var from = account.Stage;
        var blockers = new List<string>();
        if (!IsMove(from, to))
        {
            var next = Moves.TryGetValue(from, out var n) ? n : Array.Empty<AccountStage>();
            blockers.Add("the lifecycle has no move from " + Name(from) + " to " + Name(to) + (next.Length == 0 ? " (it has none at all from there)" : " (from " + Name(from) + " it goes to " + string.Join(" or ", next.Select(Name)) + ")"));
            return new LifecycleCheck(from, to, blockers);
        }

        switch (to)
        {
            case AccountStage.Onboarding:
                if (!HasAccountManager(account))
                {
                    blockers.Add("no account manager is named on the team");
                }

                break;
            case AccountStage.Profiled:
                blockers.AddRange(ProfileGaps(account.Profile));
                break;
            case AccountStage.Planned:
                PlanBlockers(account, asOf, blockers);
                MapBlockers(map(), blockers);
                break;
            case AccountStage.Active when from == AccountStage.UnderReview:
                PlanBlockers(account, asOf, blockers);
                break;
            case AccountStage.Active:
                if (account.Plan is null || !account.Plan.StatusHistory.Any(c => c.Status == PlanStatus.Discussed))
                {
                    blockers.Add("the plan's history does not show it discussed with the client (stage 3 of the method)");
                }

                break;
            case AccountStage.FinalStage:
                NeedReason(reason, blockers);
                break;
            case AccountStage.Closed:
                NeedReason(reason, blockers);
                var open = account.Diary.SelectMany(e => e.Commitments).Count(c => c.Status == CommitmentStatus.Open);
                if (open > 0)
                {
                    blockers.Add(Wording.Count(open, "commitment is", "commitments are") + " still open; close or hand them over first");
                }

                break;
            default:
                break;
        }

        return new LifecycleCheck(from, to, blockers);
    }

    /// <summary>Moves <paramref name="account"/> to <paramref name="to"/> when the guard allows it: the new document has the move at the end of its history.</summary>
    /// <param name="account">The account.</param>
    /// <param name="to">The stage to move to.</param>
    /// <param name="on">The date of the move.</param>
    /// <param name="by">Who moves it.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The new document, or the refusal with every reason; the given document is unchanged either way.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LifecycleMove Move(AccountDocument account, AccountStage to, LocalDate on, string by, string reason)
    {
        Require.NotNull(account, nameof(account));
        Require.NotNull(by, nameof(by));
        Require.NotNull(reason, nameof(reason));
        var check = Check(account, to, on, reason);
        if (!check.Allowed)
        {
            return new LifecycleMove(check, null);
        }

        var history = new List<LifecycleChange>(account.Lifecycle) { new(to, on, by, reason) };
        return new LifecycleMove(check, AccountEditing.With(account, lifecycle: history));
    }

    /// <summary>The onboarding checklist, derived from the documents' presence and validity as of <paramref name="asOf"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The date the documents are judged on.</param>
    /// <returns>The items, in the order the method takes them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static IReadOnlyList<ChecklistItem> Onboarding(AccountDocument account, LocalDate asOf)
    {
        Require.NotNull(account, nameof(account));
        return Onboarding(account, asOf, AccountContacts.Analyze(account, asOf));
    }

    /// <summary><see cref="Onboarding(AccountDocument, LocalDate)"/> with the map's analysis given.</summary>
    internal static IReadOnlyList<ChecklistItem> Onboarding(AccountDocument account, LocalDate asOf, DocumentRun<RelationshipAnalysis>? map)
    {
        var items = new List<ChecklistItem>
        {
            new("an account manager is named", HasAccountManager(account), HasAccountManager(account) ? "The team names an account manager." : "No one on the team is the account manager."),
        };
        var gaps = ProfileGaps(account.Profile);
        items.Add(new("the profile is compiled", gaps.Count == 0, gaps.Count == 0 ? "The profile gives the name, sector, strategy and the client's goals." : Wording.Capitalise(string.Join("; ", gaps)) + "."));
        items.Add(Present("the classification evidence is gathered", account.Evidence is not null, "classification evidence"));
        items.Add(Present("the ladder is assessed", account.Ladder is not null, "ladder assessment"));
        items.Add(Present("the opportunities are listed", account.Opportunities is not null, "opportunity portfolio"));
        var mapBlockers = new List<string>();
        MapBlockers(map, mapBlockers);
        items.Add(new("a decision maker is covered in the relationship map", mapBlockers.Count == 0, mapBlockers.Count == 0 ? Wording.Capitalise(CoveredSentence(map!.Result!)) : Wording.Capitalise(string.Join("; ", mapBlockers)) + "."));
        var planBlockers = new List<string>();
        PlanBlockers(account, asOf, planBlockers);
        items.Add(new("the development plan is approved without errors", planBlockers.Count == 0, planBlockers.Count == 0 ? "The plan is approved and has no errors." : Wording.Capitalise(string.Join("; ", planBlockers)) + "."));
        var discussed = account.Plan is not null && account.Plan.StatusHistory.Any(c => c.Status == PlanStatus.Discussed);
        items.Add(new("the plan is discussed with the client", discussed, discussed ? "The plan's history shows it discussed." : "The plan's history does not show it discussed."));
        return items;
    }

    /// <summary>The final-stage checklist: what must be true before the account is closed.</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The date the documents are judged on.</param>
    /// <returns>The items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static IReadOnlyList<ChecklistItem> FinalStage(AccountDocument account, LocalDate asOf)
    {
        Require.NotNull(account, nameof(account));
        var open = account.Diary.SelectMany(e => e.Commitments).Count(c => c.Status == CommitmentStatus.Open);
        var handed = account.Diary.SelectMany(e => e.Commitments).Count(c => c.Status == CommitmentStatus.HandedOver);
        var last = account.Lifecycle.LastOrDefault(c => c.Stage == AccountStage.FinalStage);
        var planClosed = account.Plan is null || account.Plan.Period.End < asOf;
        return new[]
        {
            new ChecklistItem("open commitments are closed or handed over", open == 0, open == 0 ? (handed == 0 ? "No commitment is open." : "No commitment is open (" + Wording.Count(handed, "was", "were") + " handed over).") : Wording.Count(open, "commitment is", "commitments are") + " still open."),
            new ChecklistItem("the plan is closed", planClosed, account.Plan is null ? "The account holds no plan." : planClosed ? "The plan's period ended on " + Wording.Date(account.Plan.Period.End) + "." : "The plan runs until " + Wording.Date(account.Plan.Period.End) + "."),
            new ChecklistItem("the reason is recorded", last is not null && last.Reason.Trim().Length > 0, last is null ? "The account has not entered the final stage." : last.Reason.Trim().Length > 0 ? "Reason: " + last.Reason.Trim() : "The move to the final stage gives no reason."),
        };
    }

    /// <summary>The stage's name in words.</summary>
    internal static string Name(AccountStage stage) => stage switch
    {
        AccountStage.Prospect => "prospect",
        AccountStage.Onboarding => "onboarding",
        AccountStage.Profiled => "profiled",
        AccountStage.Planned => "planned",
        AccountStage.Active => "active",
        AccountStage.UnderReview => "under review",
        AccountStage.FinalStage => "final stage",
        AccountStage.Closed => "closed",
        _ => "stage " + ((int)stage).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static ChecklistItem Present(string item, bool present, string what) =>
        new(item, present, present ? "The account holds its " + what + "." : "The account holds no " + what + ".");

    private static bool HasAccountManager(AccountDocument account) => account.Team.Any(m => m.Role == TeamRole.AccountManager);

    private static List<string> ProfileGaps(AccountProfile? profile)
    {
        var gaps = new List<string>();
        if (profile is null)
        {
            gaps.Add("the account has no profile");
            return gaps;
        }

        if (profile.Name.Trim().Length == 0)
        {
            gaps.Add("the profile gives no name");
        }

        if (profile.Sector.Trim().Length == 0)
        {
            gaps.Add("the profile gives no sector");
        }

        if (string.IsNullOrWhiteSpace(profile.Strategy))
        {
            gaps.Add("the profile gives no strategy");
        }

        if (profile.Goals.Count == 0)
        {
            gaps.Add("the profile gives none of the client's goals");
        }

        return gaps;
    }

    private static void PlanBlockers(AccountDocument account, LocalDate asOf, List<string> blockers)
    {
        if (account.Plan is null)
        {
            blockers.Add("the account holds no development plan");
            return;
        }

        if (account.Plan.Status != PlanStatus.Approved)
        {
            blockers.Add("the plan is not approved");
        }

        var errors = PlanValidator.Validate(account.Plan, asOf).Count(DiagnosticSeverity.Error);
        if (errors > 0)
        {
            blockers.Add("the plan has " + Wording.Count(errors, "error"));
        }
    }

    /// <summary>What keeps the map from showing a covered decision maker: no map, a map with errors, no decision maker, or none reached by a strong path.</summary>
    private static void MapBlockers(DocumentRun<RelationshipAnalysis>? run, List<string> blockers)
    {
        if (run is null)
        {
            blockers.Add("the account holds no relationship map");
            return;
        }

        if (run.Result is not { } analysis)
        {
            blockers.Add("the relationship map has " + Wording.Count(run.Diagnostics.Count(DiagnosticSeverity.Error), "error"));
            return;
        }

        if (analysis.Coverage.DecisionMakers == 0)
        {
            blockers.Add("the relationship map names no decision maker");
            return;
        }

        if (analysis.Coverage.DecisionMakersStrong == 0)
        {
            var reached = analysis.Paths.Select(p => Wording.Quote(p.Name) + " " + Verdict(p.Verdict));
            blockers.Add("no decision maker is covered: none is reached by a strong path (" + string.Join(", ", reached) + ")");
        }
    }

    private static string CoveredSentence(RelationshipAnalysis analysis)
    {
        var strong = analysis.Paths.Where(p => p.Verdict == PathVerdict.Strong).Select(p => Wording.Quote(p.Name)).ToArray();
        return "the relationship map reaches " + Wording.Count(strong.Length, "decision maker") + " of " + Wording.Number(analysis.Coverage.DecisionMakers) + " by a strong path (" + string.Join(", ", strong) + ").";
    }

    private static string Verdict(PathVerdict verdict) => verdict switch
    {
        PathVerdict.Strong => "strongly reached",
        PathVerdict.Weak => "only weakly reached",
        PathVerdict.Unknown => "reached only through unassessed links",
        _ => "not reached",
    };

    private static void NeedReason(string? reason, List<string> blockers)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            blockers.Add("the move gives no reason");
        }
    }
}
