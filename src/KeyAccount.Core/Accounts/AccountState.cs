using System.Collections.Generic;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The account at a glance as of a date: its stage and what blocks the next one, the commitments
/// that are due or overdue, decisions no one follows up, the last contact with each of the client's
/// people, how often we meet each decision maker, the relationship map's analysis with the diary's
/// contacts, stale data, the next plan review, the current plan review checked against the plan,
/// and the internal notices the rules of internal communication call for. Made by <see cref="AccountAnalysis.Analyze"/>.
/// </summary>
/// <param name="Client">The key client.</param>
/// <param name="AsOf">The date of the analysis.</param>
/// <param name="Stage">The current stage.</param>
/// <param name="NextMoves">Each move the lifecycle allows from the current stage, with what blocks it.</param>
/// <param name="Onboarding">The onboarding checklist, derived from the documents.</param>
/// <param name="Commitments">Every commitment of the diary as of the date, most urgent first (overdue, due soon, open, then closed; by due date, then id).</param>
/// <param name="DecisionsWithoutFollowUp">Decisions that no commitment follows up, in diary order.</param>
/// <param name="Contacts">The last contact with each of the client's people, longest silence first.</param>
/// <param name="Freshness">Each section's freshness, in section order.</param>
/// <param name="NextPlanReview">When the plan is next due for review (last review, or approval, plus the plan's cadence); null without a plan or a cadence, and when that day would fall after the calendar's last day (9999-12-31).</param>
/// <param name="Timeline">The diary entries up to the date, oldest first (ties by id).</param>
/// <param name="Explanation">One paragraph a key account manager can read.</param>
public sealed record AccountState(
    ClientId Client,
    LocalDate AsOf,
    AccountStage Stage,
    IReadOnlyList<LifecycleCheck> NextMoves,
    IReadOnlyList<ChecklistItem> Onboarding,
    IReadOnlyList<CommitmentView> Commitments,
    IReadOnlyList<DecisionWithoutFollowUp> DecisionsWithoutFollowUp,
    IReadOnlyList<PersonContact> Contacts,
    IReadOnlyList<SectionFreshness> Freshness,
    LocalDate? NextPlanReview,
    IReadOnlyList<DiaryEntry> Timeline,
    string Explanation)
{
    /// <summary>How often we met each decision maker of the relationship map within the settings' meeting window, least met first (ties by id); empty without a map.</summary>
    public IReadOnlyList<MeetingFrequency> DecisionMakerMeetings { get; init; } = System.Array.Empty<MeetingFrequency>();

    /// <summary>
    /// The relationship map's analysis as of the date (<see cref="RelationshipAnalyzer"/>, default
    /// settings, every decision) with each relationship's last contact brought up to date from the
    /// diary (<see cref="AccountAnalysis.MapWithDiaryContacts"/>), so its stale contacts are the
    /// diary's; null without a map or when the map has errors.
    /// </summary>
    public RelationshipAnalysis? Relationships { get; init; }

    /// <summary>
    /// The current plan review as of the date (the latest review held up to it; all of that day's
    /// when several share it, in the account's order) checked against the plan the account holds,
    /// with its summary and findings; empty when no review is dated up to the date or the account
    /// holds no plan of the review's client.
    /// </summary>
    public IReadOnlyList<PlanReviewView> PlanReviews { get; init; } = System.Array.Empty<PlanReviewView>();

    /// <summary>
    /// The diary checked against the rules of internal communication as of the date
    /// (<see cref="Accounts.InternalCommunication.Check"/>, the account's rules or the defaults,
    /// the relationship map for changes of decision maker); null when the account's rules have
    /// errors (<c>KAI0xx</c> under <c>internalCommunication</c>).
    /// </summary>
    public InternalCommunicationReport? InternalCommunication { get; init; }

    /// <summary>The commitments overdue as of the date.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<CommitmentView> Overdue => Where(CommitmentState.Overdue);

    /// <summary>The commitments due soon as of the date.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<CommitmentView> DueSoon => Where(CommitmentState.DueSoon);

    private List<CommitmentView> Where(CommitmentState state)
    {
        var list = new List<CommitmentView>();
        foreach (var c in Commitments)
        {
            if (c.State == state)
            {
                list.Add(c);
            }
        }

        return list;
    }
}
