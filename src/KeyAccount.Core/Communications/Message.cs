using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>
/// One message of the programme: its type and subject (as the method lists them), what it says,
/// the functions it serves and the plan goals or opportunities it supports.
/// </summary>
/// <remarks>
/// A message may load inconsistent (a subject of another type, no function, an undefined enum
/// value); <see cref="CommunicationProgrammeValidator"/> reports each such defect.
/// </remarks>
public sealed record Message
{
    private readonly string _id = string.Empty;
    private readonly string _summary = string.Empty;
    private readonly IReadOnlyList<CommunicationFunction> _functions = Array.Empty<CommunicationFunction>();
    private readonly IReadOnlyList<string> _goals = Array.Empty<string>();
    private readonly IReadOnlyList<string> _opportunities = Array.Empty<string>();

    /// <summary>Creates a message.</summary>
    /// <param name="id">The message's id, unique among the programme's messages.</param>
    /// <param name="type">The type of message.</param>
    /// <param name="subject">The subject, one of <paramref name="type"/>'s.</param>
    /// <param name="summary">What the message says.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="summary"/> is null.</exception>
    public Message(string id, MessageType type, MessageSubject subject, string summary)
    {
        Id = id;
        Type = type;
        Subject = subject;
        Summary = summary;
    }

    /// <summary>The message's id, referred to by items.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>The type of message.</summary>
    public MessageType Type { get; init; }

    /// <summary>The subject, one of the subjects of <see cref="Type"/> (<see cref="MessageSubjects.Of"/>).</summary>
    public MessageSubject Subject { get; init; }

    /// <summary>What the message says.</summary>
    public string Summary
    {
        get => _summary;
        init => _summary = Require.NotNull(value, nameof(Summary));
    }

    /// <summary>The functions the message serves; empty by default (reported, <c>KAC006</c>).</summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    public IReadOnlyList<CommunicationFunction> Functions
    {
        get => _functions;
        init => _functions = Require.Values(value);
    }

    /// <summary>The ids of the development plan's goals the message supports; empty by default.</summary>
    /// <remarks>Setting null sets an empty list. Checked against a plan when one is given (<c>KAC021</c>).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<string> Goals
    {
        get => _goals;
        init => _goals = Require.Items(value, nameof(Goals));
    }

    /// <summary>The ids of the opportunities the message supports; empty by default; not checked.</summary>
    /// <remarks>Setting null sets an empty list.</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<string> Opportunities
    {
        get => _opportunities;
        init => _opportunities = Require.Items(value, nameof(Opportunities));
    }
}
