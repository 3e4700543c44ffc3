using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// A key-client development plan (section 4 of the method): the client's goals and ours that
/// mirror them, the strategy through the four P's, the resource budget, the dated actions, the
/// status with its history, and the review cadence.
/// </summary>
/// <remarks>
/// <para>
/// The plan is a JSON document (<see cref="IKeyAccountDocument"/>) read and written through
/// <see cref="KeyAccountJson"/>. It loads whenever it is well-formed, however inconsistent:
/// <see cref="PlanValidator.Validate"/> reports every defect as a <see cref="Diagnostic"/>, and
/// <see cref="PlanAnalysis.Run"/> gives the diagnostics with the schedule analysis. The model
/// refuses only structural impossibilities: null entries in lists, null ids or texts, a null
/// period and <c>default(ClientId)</c>; a null list reads as empty, as does a list left out of the JSON.
/// </para>
/// <para>
/// Lists compare by reference under record equality; compare plans through their JSON when a
/// structural comparison is needed.
/// </para>
/// </remarks>
public sealed record AccountPlan : IKeyAccountDocument
{
    private readonly IReadOnlyList<PlanStatusChange> _statusHistory = Array.Empty<PlanStatusChange>();
    private readonly IReadOnlyList<ClientGoal> _clientGoals = Array.Empty<ClientGoal>();
    private readonly IReadOnlyList<PlanGoal> _goals = Array.Empty<PlanGoal>();
    private readonly IReadOnlyList<PlanEvent> _events = Array.Empty<PlanEvent>();
    private readonly IReadOnlyList<ResourceBudget> _resources = Array.Empty<ResourceBudget>();
    private readonly IReadOnlyList<PlanAction> _actions = Array.Empty<PlanAction>();
    private readonly IReadOnlyList<PlanReview> _reviews = Array.Empty<PlanReview>();
    private readonly MarketingMix _mix = new();
    private readonly ClientId _client;
    private readonly DateInterval _period;

    /// <summary>Creates an empty draft plan for <paramref name="client"/> over <paramref name="period"/>.</summary>
    /// <param name="client">The key client the plan is for.</param>
    /// <param name="period">The period the plan covers, both ends inclusive.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public AccountPlan(ClientId client, DateInterval period)
        : this(client, period, CurrentFormatVersion)
    {
    }

    /// <summary>Creates an empty draft plan of a given format version (the JSON reader's constructor).</summary>
    /// <param name="client">The key client the plan is for.</param>
    /// <param name="period">The period the plan covers, both ends inclusive.</param>
    /// <param name="formatVersion">The document format version; the current one unless reading an older document.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    [JsonConstructor]
    public AccountPlan(ClientId client, DateInterval period, int formatVersion = CurrentFormatVersion)
    {
        _client = Require.Set(client, nameof(client));
        _period = Require.NotNull(period, nameof(period));
        FormatVersion = formatVersion;
    }

    /// <summary>The format version this release writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <inheritdoc />
    /// <remarks>
    /// A new plan carries <see cref="CurrentFormatVersion"/>. A JSON document without
    /// <c>formatVersion</c> reads as version 1; versions below 1 and above the current one are
    /// refused by <see cref="KeyAccountJson"/>, as for every document.
    /// </remarks>
    public int FormatVersion { get; init; }

    /// <summary>The key client the plan is for.</summary>
    /// <exception cref="ArgumentException">Set to <c>default(ClientId)</c>.</exception>
    public ClientId Client
    {
        get => _client;
        init => _client = Require.Set(value, nameof(Client));
    }

    /// <summary>The period the plan covers, both ends inclusive.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateInterval Period
    {
        get => _period;
        init => _period = Require.NotNull(value, nameof(Period));
    }

    /// <summary>A title for people; optional.</summary>
    public string? Title { get; init; }

    /// <summary>Where the plan stands; <see cref="PlanStatus.Draft"/> by default.</summary>
    public PlanStatus Status { get; init; }

    /// <summary>The status changes so far, oldest first; the last should be <see cref="Status"/>.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanStatusChange> StatusHistory
    {
        get => _statusHistory;
        init => _statusHistory = Require.Items(value, nameof(StatusHistory));
    }

    /// <summary>The client's own goals, which ours mirror.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<ClientGoal> ClientGoals
    {
        get => _clientGoals;
        init => _clientGoals = Require.Items(value, nameof(ClientGoals));
    }

    /// <summary>Our goals for the client.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanGoal> Goals
    {
        get => _goals;
        init => _goals = Require.Items(value, nameof(Goals));
    }

    /// <summary>Events that deadlines may be relative to, such as a launch.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanEvent> Events
    {
        get => _events;
        init => _events = Require.Items(value, nameof(Events));
    }

    /// <summary>The strategy through the four P's; by default (and when set to null) none is considered.</summary>
    public MarketingMix Mix
    {
        get => _mix;
        init => _mix = value ?? new MarketingMix();
    }

    /// <summary>The resource budget: personnel, time, finance.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<ResourceBudget> Resources
    {
        get => _resources;
        init => _resources = Require.Items(value, nameof(Resources));
    }

    /// <summary>The actions: the strategy broken down into dated steps.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanAction> Actions
    {
        get => _actions;
        init => _actions = Require.Items(value, nameof(Actions));
    }

    /// <summary>How often an approved plan must be reviewed, for example one month (<c>"P1M"</c>); null when not set.</summary>
    public Period? ReviewCadence { get; init; }

    /// <summary>The reviews held so far, in any order.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanReview> Reviews
    {
        get => _reviews;
        init => _reviews = Require.Items(value, nameof(Reviews));
    }
}
