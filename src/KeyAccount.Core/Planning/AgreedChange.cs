using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>
/// A change to the plan agreed at a plan review, such as "move the series launch to September",
/// with the goals of the plan it concerns. The next version of the plan carries it out; comparing
/// the two versions (<see cref="PlanComparison.Compare"/>) shows what was changed.
/// </summary>
public sealed record AgreedChange
{
    private readonly string _description = string.Empty;
    private readonly IReadOnlyList<string> _goals = Array.Empty<string>();

    /// <summary>Creates an agreed change.</summary>
    /// <param name="description">What is to change in the plan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public AgreedChange(string description)
    {
        Description = Require.NotNull(description, nameof(description));
    }

    /// <summary>What is to change in the plan.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Description
    {
        get => _description;
        init => _description = Require.NotNull(value, nameof(Description));
    }

    /// <summary>
    /// The ids of the reviewed plan's goals the change concerns; empty by default. An unknown id is
    /// reported (<c>KAP044</c>): a change that adds a goal says so in its description, and the goal
    /// gets its id in the next version of the plan.
    /// </summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> Goals
    {
        get => _goals;
        init => _goals = Require.Items(value, nameof(Goals));
    }
}
