using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>
/// The plan's answer on one of the four P's: a set of decisions, or an explicit "no change" with
/// its reason.
/// </summary>
/// <remarks>
/// An element with no decisions and no "no change" counts as not considered (<c>KAP017</c>), the
/// same as a missing element; "no change" together with decisions is contradictory (<c>KAP018</c>).
/// </remarks>
public sealed record MixElement
{
    private readonly IReadOnlyList<MixDecision> _decisions = Array.Empty<MixDecision>();

    /// <summary>True when the plan deliberately changes nothing on this P.</summary>
    public bool NoChange { get; init; }

    /// <summary>Why: the reason for "no change", or the idea behind the decisions; optional.</summary>
    public string? Rationale { get; init; }

    /// <summary>The decisions on this P; empty by default.</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<MixDecision> Decisions
    {
        get => _decisions;
        init => _decisions = Require.Items(value, nameof(Decisions));
    }

    /// <summary>An explicit "no change" on this P.</summary>
    /// <param name="rationale">Why nothing changes.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rationale"/> is null.</exception>
    public static MixElement Unchanged(string rationale) => new() { NoChange = true, Rationale = Require.NotNull(rationale, nameof(rationale)) };

    /// <summary>An element made of <paramref name="decisions"/>.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> is null.</exception>
    /// <exception cref="ArgumentException">A decision is null.</exception>
    public static MixElement Of(params MixDecision[] decisions) => new() { Decisions = Require.Items(decisions, nameof(decisions)) };
}
