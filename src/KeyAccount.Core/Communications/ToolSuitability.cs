using System;

namespace KeyAccount.Core.Communications;

/// <summary>One judgement of a <see cref="SuitabilityMatrix"/>: whether a tool suits a message type, and why.</summary>
public sealed record ToolSuitability
{
    private readonly string _reason = string.Empty;

    /// <summary>Creates a judgement.</summary>
    /// <param name="type">The message type.</param>
    /// <param name="tool">The tool.</param>
    /// <param name="suitable">True when the tool suits the type.</param>
    /// <param name="reason">Why, in a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public ToolSuitability(MessageType type, CommunicationTool tool, bool suitable, string reason)
    {
        Type = type;
        Tool = tool;
        Suitable = suitable;
        Reason = reason;
    }

    /// <summary>The message type.</summary>
    public MessageType Type { get; init; }

    /// <summary>The tool.</summary>
    public CommunicationTool Tool { get; init; }

    /// <summary>True when the tool suits the message type.</summary>
    public bool Suitable { get; init; }

    /// <summary>Why, in a sentence.</summary>
    public string Reason
    {
        get => _reason;
        init => _reason = Require.NotNull(value, nameof(Reason));
    }
}
