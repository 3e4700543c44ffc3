using System;
using System.Collections.Generic;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// The record of one review of a key client's development plan (section 8 of the method,
/// "reviewing the development plan"): when it was held, who took part on both sides, where each
/// goal stands with the evidence, the decisions taken and the changes to the plan agreed.
/// </summary>
/// <remarks>
/// <para>
/// A JSON document (<see cref="IKeyAccountDocument"/>) read and written through
/// <see cref="KeyAccountJson"/>, on its own or inside the account document
/// (<c>AccountDocument.PlanReviews</c>, where the latest review is checked against the account's plan). It loads
/// whenever it is well-formed; <see cref="PlanReviewValidator.Validate"/> checks it against the
/// plan it reviews (unknown goals, goals not reviewed, a goal marked on track that the plan's
/// schedule says cannot meet its deadline), and <see cref="PlanReviewAnalysis.Run"/> adds the
/// summary. The model refuses only nulls, null list entries and <c>default(ClientId)</c>; a list
/// left out of the JSON reads as empty.
/// </para>
/// <para>
/// The plan's own <see cref="AccountPlan.Reviews"/> says only that a review was held (its date, by
/// whom, a note), which the plan validator checks against the review cadence; this record is what
/// the review found and decided.
/// </para>
/// </remarks>
public sealed record PlanReviewRecord : IKeyAccountDocument
{
    private readonly ClientId _client;
    private readonly IReadOnlyList<string> _clientParticipants = Array.Empty<string>();
    private readonly IReadOnlyList<string> _ourParticipants = Array.Empty<string>();
    private readonly IReadOnlyList<GoalReview> _goals = Array.Empty<GoalReview>();
    private readonly IReadOnlyList<ReviewDecision> _decisions = Array.Empty<ReviewDecision>();
    private readonly IReadOnlyList<AgreedChange> _changes = Array.Empty<AgreedChange>();

    /// <summary>Creates an empty review record.</summary>
    /// <param name="client">The key client whose plan was reviewed.</param>
    /// <param name="on">The date of the review.</param>
    /// <param name="formatVersion">The document format version; the current one unless reading an older document.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    public PlanReviewRecord(ClientId client, LocalDate on, int formatVersion = CurrentFormatVersion)
    {
        _client = Require.Set(client, nameof(client));
        On = on;
        FormatVersion = formatVersion;
    }

    /// <summary>The format version this release writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <inheritdoc />
    public int FormatVersion { get; init; }

    /// <summary>The key client whose plan was reviewed; a review of another client's plan is reported (<c>KAP050</c>).</summary>
    /// <exception cref="ArgumentException">Set to <c>default(ClientId)</c>.</exception>
    public ClientId Client
    {
        get => _client;
        init => _client = Require.Set(value, nameof(Client));
    }

    /// <summary>The date of the review.</summary>
    public LocalDate On { get; init; }

    /// <summary>A title for people, such as "Quarterly review with the shop owner"; optional.</summary>
    public string? Title { get; init; }

    /// <summary>The client's people who took part, by their id in the relationship map where there is one; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> ClientParticipants
    {
        get => _clientParticipants;
        init => _clientParticipants = Require.Items(value, nameof(ClientParticipants));
    }

    /// <summary>Our people who took part, by their id on the account team where there is one; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> OurParticipants
    {
        get => _ourParticipants;
        init => _ourParticipants = Require.Items(value, nameof(OurParticipants));
    }

    /// <summary>Each goal of the plan with its status and evidence; every goal of the plan should be here once (<c>KAP045</c>, <c>KAP046</c>).</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<GoalReview> Goals
    {
        get => _goals;
        init => _goals = Require.Items(value, nameof(Goals));
    }

    /// <summary>The decisions taken at the review; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<ReviewDecision> Decisions
    {
        get => _decisions;
        init => _decisions = Require.Items(value, nameof(Decisions));
    }

    /// <summary>The changes to the plan agreed at the review; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<AgreedChange> Changes
    {
        get => _changes;
        init => _changes = Require.Items(value, nameof(Changes));
    }

    /// <summary>A note on the review as a whole; optional.</summary>
    public string? Note { get; init; }
}
