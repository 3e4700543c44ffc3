using System;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>
/// One line of the programme: a message carried by a tool to an audience, with its owner, cost,
/// date or recurrence, status and outcome.
/// </summary>
/// <remarks>
/// An item has exactly one of <see cref="Date"/> and <see cref="Recurrence"/> (<c>KAC011</c>).
/// <see cref="Cost"/> is the cost of one occurrence. The status of a recurring item applies to
/// the whole series.
/// </remarks>
public sealed record ProgrammeItem
{
    private readonly string _id = string.Empty;
    private readonly string _message = string.Empty;
    private readonly string _audience = string.Empty;

    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id, unique among the programme's items.</param>
    /// <param name="message">The id of the message carried.</param>
    /// <param name="tool">The tool that carries it.</param>
    /// <param name="audience">The id of the audience addressed.</param>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    public ProgrammeItem(string id, string message, CommunicationTool tool, string audience)
    {
        Id = id;
        Message = message;
        Tool = tool;
        Audience = audience;
    }

    /// <summary>The item's id.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>The id of the message carried.</summary>
    public string Message
    {
        get => _message;
        init => _message = Require.NotNull(value, nameof(Message));
    }

    /// <summary>The tool that carries the message.</summary>
    public CommunicationTool Tool { get; init; }

    /// <summary>The name of the tool when <see cref="Tool"/> is <see cref="CommunicationTool.Custom"/>; null otherwise.</summary>
    public string? CustomTool { get; init; }

    /// <summary>The id of the audience addressed.</summary>
    public string Audience
    {
        get => _audience;
        init => _audience = Require.NotNull(value, nameof(Audience));
    }

    /// <summary>Who on our side carries the item out; null when nobody is named (reported, <c>KAC017</c>).</summary>
    public string? Owner { get; init; }

    /// <summary>The cost of one occurrence; null when free or not known.</summary>
    public Money? Cost { get; init; }

    /// <summary>The date of a one-off item; null for a recurring one.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The recurrence of a repeating item; null for a one-off one.</summary>
    public Recurrence? Recurrence { get; init; }

    /// <summary>Where the item stands; <see cref="ProgrammeItemStatus.Planned"/> by default.</summary>
    public ProgrammeItemStatus Status { get; init; }

    /// <summary>What came of it; optional.</summary>
    public string? Outcome { get; init; }
}
