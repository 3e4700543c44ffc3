using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The part of an account's state that the health scorecard reads: the commitments, the decisions
/// without follow-up, the sections' freshness, which diary entries are dated up to the date, the
/// current plan review checked against the plan and the internal communication report.
/// Computed alone by <see cref="AccountAnalysis.Basics(AccountDocument, LocalDate, AccountSettings)"/>
/// (without the lifecycle, contacts, meetings and the map's analysis that <see cref="AccountAnalysis.Analyze"/>
/// adds), or taken from a full <see cref="AccountState"/>; both give the same values.
/// </summary>
internal sealed class AccountBasics
{
    public AccountBasics(IReadOnlyList<CommitmentView> commitments, IReadOnlyList<DecisionWithoutFollowUp> decisionsWithoutFollowUp, IReadOnlyList<SectionFreshness> freshness, ICollection<string> entriesUpToDate, IReadOnlyList<PlanReviewView> planReviews, InternalCommunicationReport? internalCommunication)
    {
        Commitments = commitments;
        DecisionsWithoutFollowUp = decisionsWithoutFollowUp;
        Freshness = freshness;
        EntriesUpToDate = entriesUpToDate;
        PlanReviews = planReviews;
        InternalCommunication = internalCommunication;
    }

    /// <summary>As <see cref="AccountState.Commitments"/>.</summary>
    public IReadOnlyList<CommitmentView> Commitments { get; }

    /// <summary>As <see cref="AccountState.DecisionsWithoutFollowUp"/>.</summary>
    public IReadOnlyList<DecisionWithoutFollowUp> DecisionsWithoutFollowUp { get; }

    /// <summary>As <see cref="AccountState.Freshness"/>.</summary>
    public IReadOnlyList<SectionFreshness> Freshness { get; }

    /// <summary>The ids of the diary entries dated up to the date (the ids of <see cref="AccountState.Timeline"/>).</summary>
    public ICollection<string> EntriesUpToDate { get; }

    /// <summary>As <see cref="AccountState.PlanReviews"/>.</summary>
    public IReadOnlyList<PlanReviewView> PlanReviews { get; }

    /// <summary>As <see cref="AccountState.InternalCommunication"/>.</summary>
    public InternalCommunicationReport? InternalCommunication { get; }

    /// <summary>The basics of a full state.</summary>
    public static AccountBasics Of(AccountState state)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in state.Timeline)
        {
            ids.Add(e.Id);
        }

        return new AccountBasics(state.Commitments, state.DecisionsWithoutFollowUp, state.Freshness, ids, state.PlanReviews, state.InternalCommunication);
    }
}
