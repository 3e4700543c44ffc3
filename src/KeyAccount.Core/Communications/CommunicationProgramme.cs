using System;
using System.Collections.Generic;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>
/// A marketing communication programme toward one key client (section 6 of the method):
/// messages, audiences and the dated items that carry messages to audiences through tools.
/// </summary>
/// <remarks>
/// A JSON document read and written through <see cref="KeyAccountJson"/>. It loads whenever it
/// is well-formed, however inconsistent: <see cref="CommunicationProgrammeValidator"/> reports
/// every defect as a <see cref="Diagnostic"/>. The model refuses only nulls where an object is
/// needed, null entries in lists and <c>default(ClientId)</c>; a list left out reads as empty.
/// </remarks>
public sealed record CommunicationProgramme : IKeyAccountDocument
{
    /// <summary>The format version this release writes.</summary>
    public const int CurrentFormatVersion = 1;

    private readonly IReadOnlyList<Message> _messages = Array.Empty<Message>();
    private readonly IReadOnlyList<Audience> _audiences = Array.Empty<Audience>();
    private readonly IReadOnlyList<ProgrammeItem> _items = Array.Empty<ProgrammeItem>();
    private readonly ClientId _client;
    private readonly DateInterval _period;
    private readonly int _formatVersion = CurrentFormatVersion;

    /// <summary>Creates an empty programme.</summary>
    /// <param name="client">The key client the programme is for.</param>
    /// <param name="period">The period it covers, both ends inclusive.</param>
    /// <param name="formatVersion">The document format version; 0 (left out of JSON) reads as 1.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public CommunicationProgramme(ClientId client, DateInterval period, int formatVersion = CurrentFormatVersion)
    {
        _client = Require.Set(client, nameof(client));
        _period = Require.NotNull(period, nameof(period));
        FormatVersion = formatVersion;
    }

    /// <inheritdoc />
    public int FormatVersion
    {
        get => _formatVersion;
        init => _formatVersion = value == 0 ? 1 : value;
    }

    /// <summary>The key client.</summary>
    /// <exception cref="ArgumentException">Set to <c>default(ClientId)</c>.</exception>
    public ClientId Client
    {
        get => _client;
        init => _client = Require.Set(value, nameof(Client));
    }

    /// <summary>The period the programme covers, both ends inclusive; every item falls in it (<c>KAC012</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateInterval Period
    {
        get => _period;
        init => _period = Require.NotNull(value, nameof(Period));
    }

    /// <summary>A title for people; optional.</summary>
    public string? Title { get; init; }

    /// <summary>The communication budget per calendar month; null when there is none.</summary>
    public Money? MonthlyBudget { get; init; }

    /// <summary>The messages.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<Message> Messages
    {
        get => _messages;
        init => _messages = Require.Items(value, nameof(Messages));
    }

    /// <summary>The audiences.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<Audience> Audiences
    {
        get => _audiences;
        init => _audiences = Require.Items(value, nameof(Audiences));
    }

    /// <summary>The items: message × tool × audience × owner × cost × date or recurrence × status.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<ProgrammeItem> Items
    {
        get => _items;
        init => _items = Require.Items(value, nameof(Items));
    }
}
