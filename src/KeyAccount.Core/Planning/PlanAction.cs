using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// One action of the plan's tactics: who does what between which dates, for which goals, with
/// which resources, after which other actions.
/// </summary>
/// <remarks>
/// Both dates are inclusive: an action from 1 March to 1 March lasts one day. An action loads
/// whatever it says (no owner, no dates, start after due, unknown goals, resources or
/// dependencies); the validator reports each defect.
/// </remarks>
public sealed record PlanAction
{
    private readonly string _id = string.Empty;
    private readonly string _description = string.Empty;
    private readonly IReadOnlyList<string> _serves = Array.Empty<string>();
    private readonly IReadOnlyList<ResourceUse> _uses = Array.Empty<ResourceUse>();
    private readonly IReadOnlyList<string> _dependsOn = Array.Empty<string>();

    /// <summary>Creates an action.</summary>
    /// <param name="id">The action's id, unique among the plan's actions.</param>
    /// <param name="description">What is done.</param>
    /// <param name="start">The first day of the action; null (left out of the JSON) loads and is reported (<c>KAP043</c>).</param>
    /// <param name="due">The last day of the action, by which it is done; null (left out of the JSON) loads and is reported (<c>KAP043</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="description"/> is null.</exception>
    public PlanAction(string id, string description, LocalDate? start = null, LocalDate? due = null)
    {
        Id = Require.NotNull(id, nameof(id));
        Description = Require.NotNull(description, nameof(description));
        Start = start;
        Due = due;
    }

    /// <summary>The action's id, referred to by <see cref="DependsOn"/> and <see cref="PlanEvent.Action"/>.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>What is done.</summary>
    public string Description
    {
        get => _description;
        init => _description = Require.NotNull(value, nameof(Description));
    }

    /// <summary>The first day of the action, inclusive; null when the plan does not give it (reported, <c>KAP043</c>).</summary>
    public LocalDate? Start { get; init; }

    /// <summary>The last day of the action, inclusive; null when the plan does not give it (reported, <c>KAP043</c>).</summary>
    public LocalDate? Due { get; init; }

    /// <summary>Who is responsible (a person or a team); null or blank when nobody is (reported, <c>KAP022</c>).</summary>
    public string? Owner { get; init; }

    /// <summary>The ids of the goals the action serves; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> Serves
    {
        get => _serves;
        init => _serves = Require.Items(value, nameof(Serves));
    }

    /// <summary>The resources the action uses; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<ResourceUse> Uses
    {
        get => _uses;
        init => _uses = Require.Items(value, nameof(Uses));
    }

    /// <summary>The ids of the actions that must be done before this one starts; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> DependsOn
    {
        get => _dependsOn;
        init => _dependsOn = Require.Items(value, nameof(DependsOn));
    }
}
