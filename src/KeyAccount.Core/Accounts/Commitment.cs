using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// A commitment made at a diary entry: who promised what, by when, and what became of it. The
/// method's "support of the decisions taken" is following commitments through to done.
/// </summary>
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="id">The commitment's id, unique in the diary.</param>
    /// <param name="who">Who promised it: a team member's id or one of the client's people's ids.</param>
    /// <param name="what">What was promised.</param>
    /// <param name="due">When it is due.</param>
    /// <param name="status">What became of it; an undefined value loads and is reported.</param>
    /// <param name="closedOn">When it was done, cancelled or handed over; required for those statuses (reported when missing).</param>
    /// <param name="decision">The id of the decision of the same entry it follows up, if any.</param>
    /// <param name="planActions">Ids of the development plan's actions it serves.</param>
    /// <param name="opportunities">Ids of the opportunities it serves.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/>, <paramref name="who"/> or <paramref name="what"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A list holds a null entry.</exception>
    public Commitment(
        string id,
        string who,
        string what,
        LocalDate due,
        CommitmentStatus status = CommitmentStatus.Open,
        LocalDate? closedOn = null,
        string? decision = null,
        IReadOnlyList<string>? planActions = null,
        IReadOnlyList<string>? opportunities = null)
    {
        Id = Require.NotNull(id, nameof(id));
        Who = Require.NotNull(who, nameof(who));
        What = Require.NotNull(what, nameof(what));
        Due = due;
        Status = status;
        ClosedOn = closedOn;
        Decision = decision;
        PlanActions = Require.Items(planActions, nameof(planActions));
        Opportunities = Require.Items(opportunities, nameof(opportunities));
    }

    /// <summary>The commitment's id.</summary>
    public string Id { get; }

    /// <summary>Who promised it.</summary>
    public string Who { get; }

    /// <summary>What was promised.</summary>
    public string What { get; }

    /// <summary>When it is due.</summary>
    public LocalDate Due { get; }

    /// <summary>What became of it.</summary>
    public CommitmentStatus Status { get; }

    /// <summary>When it was done, cancelled or handed over; null while open.</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>The decision it follows up; null when none.</summary>
    public string? Decision { get; }

    /// <summary>The plan actions it serves.</summary>
    public IReadOnlyList<string> PlanActions { get; }

    /// <summary>The opportunities it serves.</summary>
    public IReadOnlyList<string> Opportunities { get; }
}
