using System;
using System.Collections.Generic;
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
/// <see cref="PlanValidator.Validate"/> reports every defect as a <see cref="Diagnostic"/>. The model
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
    private readonly int _formatVersion = DocumentFormat.CurrentVersion;
    private readonly DateInterval _period;

    /// <summary>Creates an empty draft plan for <paramref name="client"/> over <paramref name="period"/>.</summary>
    /// <param name="client">The key client the plan is for.</param>
    /// <param name="period">The period the plan covers, both ends inclusive.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public AccountPlan(ClientId client, DateInterval period)
    {
        _client = client.IsDefault
            ? throw new ArgumentException("The client must be a valid client id, not default(ClientId).", nameof(client))
            : client;
        _period = PlanGuard.NotNull(period, nameof(period));
    }

    /// <inheritdoc />
    /// <remarks>
    /// A new plan carries <see cref="DocumentFormat.CurrentVersion"/>. Setting 0 sets 1: the JSON
    /// reader passes 0 when the document has no <c>formatVersion</c>, which reads as version 1.
    /// </remarks>
    public int FormatVersion
    {
        get => _formatVersion;
        init => _formatVersion = value == 0 ? 1 : value;
    }

    /// <summary>The key client the plan is for.</summary>
    /// <exception cref="ArgumentException">Set to <c>default(ClientId)</c>.</exception>
    public ClientId Client
    {
        get => _client;
        init => _client = value.IsDefault
            ? throw new ArgumentException("The client must be a valid client id, not default(ClientId).", nameof(Client))
            : value;
    }

    /// <summary>The period the plan covers, both ends inclusive.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateInterval Period
    {
        get => _period;
        init => _period = PlanGuard.NotNull(value, nameof(Period));
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
        init => _statusHistory = PlanGuard.Items(value, nameof(StatusHistory));
    }

    /// <summary>The client's own goals, which ours mirror.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<ClientGoal> ClientGoals
    {
        get => _clientGoals;
        init => _clientGoals = PlanGuard.Items(value, nameof(ClientGoals));
    }

    /// <summary>Our goals for the client.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanGoal> Goals
    {
        get => _goals;
        init => _goals = PlanGuard.Items(value, nameof(Goals));
    }

    /// <summary>Events that deadlines may be relative to, such as a launch.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanEvent> Events
    {
        get => _events;
        init => _events = PlanGuard.Items(value, nameof(Events));
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
        init => _resources = PlanGuard.Items(value, nameof(Resources));
    }

    /// <summary>The actions: the strategy broken down into dated steps.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanAction> Actions
    {
        get => _actions;
        init => _actions = PlanGuard.Items(value, nameof(Actions));
    }

    /// <summary>How often an approved plan must be reviewed, for example one month (<c>"P1M"</c>); null when not set.</summary>
    public Period? ReviewCadence { get; init; }

    /// <summary>The reviews held so far, in any order.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<PlanReview> Reviews
    {
        get => _reviews;
        init => _reviews = PlanGuard.Items(value, nameof(Reviews));
    }
}
