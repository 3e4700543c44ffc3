using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>One decision on one of the four P's, tied to the goals it serves (stage 2 of the method).</summary>
public sealed record MixDecision
{
    private readonly string _description = string.Empty;
    private readonly IReadOnlyList<string> _serves = Array.Empty<string>();

    /// <summary>Creates a decision.</summary>
    /// <param name="description">What is decided, for example "cut the price of small regular orders".</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public MixDecision(string description)
    {
        Description = Require.NotNull(description, nameof(description));
    }

    /// <summary>What is decided.</summary>
    public string Description
    {
        get => _description;
        init => _description = Require.NotNull(value, nameof(Description));
    }

    /// <summary>The ids of the goals the decision serves; empty by default (reported, <c>KAP019</c>).</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> Serves
    {
        get => _serves;
        init => _serves = Require.Items(value, nameof(Serves));
    }
}
