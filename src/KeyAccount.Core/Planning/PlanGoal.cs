using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>
/// One of our goals for the key client: what we want to reach and by when, mirroring one or more
/// of the client's own goals (stage 1 of the method).
/// </summary>
/// <remarks>
/// A goal may load incomplete: without a target, without a deadline, mirroring nothing or an
/// unknown client goal. The validator reports each such defect.
/// </remarks>
public sealed record PlanGoal
{
    private readonly string _id = string.Empty;
    private readonly string _description = string.Empty;
    private readonly IReadOnlyList<string> _mirrors = Array.Empty<string>();

    /// <summary>Creates a goal.</summary>
    /// <param name="id">The goal's id, unique among the plan's goals.</param>
    /// <param name="description">What we want to reach.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlanGoal(string id, string description)
    {
        Id = Require.NotNull(id, nameof(id));
        Description = Require.NotNull(description, nameof(description));
    }

    /// <summary>The goal's id, referred to by decisions and actions (their <c>serves</c>).</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>What we want to reach.</summary>
    public string Description
    {
        get => _description;
        init => _description = Require.NotNull(value, nameof(Description));
    }

    /// <summary>The ids of the client goals this goal mirrors; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> Mirrors
    {
        get => _mirrors;
        init => _mirrors = Require.Items(value, nameof(Mirrors));
    }

    /// <summary>The measurable target; null when the goal has none (reported, <c>KAP007</c>).</summary>
    public GoalTarget? Target { get; init; }

    /// <summary>The deadline; null when the goal has none (reported, <c>KAP009</c>).</summary>
    public GoalDeadline? Deadline { get; init; }
}
