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
/// refuses only structural impossibilities: null lists, null entries in lists, null ids or
/// texts, and <c>default(ClientId)</c>.
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

    /// <summary>Creates an empty draft plan for <paramref name="client"/> over <paramref name="period"/>.</summary>
    /// <param name="client">The key client the plan is for.</param>
    /// <param name="period">The period the plan covers, both ends inclusive.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public AccountPlan(ClientId client, DateInterval period)
    {
        if (client.IsDefault)
        {
            throw new ArgumentException("The client must be a valid client id, not default(ClientId).", nameof(client));
        }

        Client = client;
        Period = PlanGuard.NotNull(period, nameof(period));
    }

    /// <inheritdoc />
    public int FormatVersion { get; init; } = DocumentFormat.CurrentVersion;

    /// <summary>The key client the plan is for.</summary>
    public ClientId Client { get; }

    /// <summary>The period the plan covers, both ends inclusive.</summary>
    public DateInterval Period { get; }

    /// <summary>A title for people; optional.</summary>
    public string? Title { get; init; }

    /// <summary>Where the plan stands; <see cref="PlanStatus.Draft"/> by default.</summary>
    public PlanStatus Status { get; init; }

    /// <summary>The status changes so far, oldest first; the last should be <see cref="Status"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<PlanStatusChange> StatusHistory
    {
        get => _statusHistory;
        init => _statusHistory = PlanGuard.Items(value, nameof(StatusHistory));
    }

    /// <summary>The client's own goals, which ours mirror.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<ClientGoal> ClientGoals
    {
        get => _clientGoals;
        init => _clientGoals = PlanGuard.Items(value, nameof(ClientGoals));
    }

    /// <summary>Our goals for the client.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<PlanGoal> Goals
    {
        get => _goals;
        init => _goals = PlanGuard.Items(value, nameof(Goals));
    }

    /// <summary>Events that deadlines may be relative to, such as a launch.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<PlanEvent> Events
    {
        get => _events;
        init => _events = PlanGuard.Items(value, nameof(Events));
    }

    /// <summary>The strategy through the four P's; by default none is considered.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public MarketingMix Mix
    {
        get => _mix;
        init => _mix = PlanGuard.NotNull(value, nameof(Mix));
    }

    /// <summary>The resource budget: personnel, time, finance.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<ResourceBudget> Resources
    {
        get => _resources;
        init => _resources = PlanGuard.Items(value, nameof(Resources));
    }

    /// <summary>The actions: the strategy broken down into dated steps.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<PlanAction> Actions
    {
        get => _actions;
        init => _actions = PlanGuard.Items(value, nameof(Actions));
    }

    /// <summary>How often an approved plan must be reviewed, for example one month (<c>"P1M"</c>); null when not set.</summary>
    public Period? ReviewCadence { get; init; }

    /// <summary>The reviews held so far, in any order.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<PlanReview> Reviews
    {
        get => _reviews;
        init => _reviews = PlanGuard.Items(value, nameof(Reviews));
    }
}
