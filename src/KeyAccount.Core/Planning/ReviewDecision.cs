using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>A decision taken at a plan review, with the goals of the plan it concerns.</summary>
public sealed record ReviewDecision
{
    private readonly string _text = string.Empty;
    private readonly IReadOnlyList<string> _goals = Array.Empty<string>();

    /// <summary>Creates a decision.</summary>
    /// <param name="text">What was decided.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ReviewDecision(string text)
    {
        Text = Require.NotNull(text, nameof(text));
    }

    /// <summary>What was decided.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Text
    {
        get => _text;
        init => _text = Require.NotNull(value, nameof(Text));
    }

    /// <summary>The ids of the plan's goals the decision concerns; empty by default. An unknown id is reported (<c>KAP044</c>).</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> Goals
    {
        get => _goals;
        init => _goals = Require.Items(value, nameof(Goals));
    }
}
