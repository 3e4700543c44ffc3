using System;
using System.Collections.Generic;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// The relationship map of one key client (section 5 of the method): the client's people and
/// their organisation, the six kinds of people per decision, who influences whom, our people, the
/// mirror relationships and contacts between ours and theirs, the client's approval rules and
/// notes on its internal procedures.
/// </summary>
/// <remarks>
/// <para>
/// A JSON document (<see cref="IKeyAccountDocument"/>) read and written through
/// <see cref="KeyAccountJson"/>. It loads whenever it is well-formed, however inconsistent:
/// <see cref="RelationshipMapValidator.Validate"/> reports every defect as a
/// <see cref="Diagnostic"/> with a <c>KAR</c> code. The model refuses only nulls (and
/// <c>default(ClientId)</c>); a list left out of the JSON reads as empty.
/// </para>
/// <para>The map is valid as of a date: people who have left by then are no longer part of it.</para>
/// </remarks>
public sealed record RelationshipMap : IKeyAccountDocument
{
    /// <summary>The format version this release writes.</summary>
    public const int CurrentFormatVersion = 1;

    private readonly ClientId _client;
    private readonly int _formatVersion = CurrentFormatVersion;
    private readonly IReadOnlyList<Decision> _decisions = Array.Empty<Decision>();
    private readonly IReadOnlyList<ClientPerson> _people = Array.Empty<ClientPerson>();
    private readonly IReadOnlyList<InfluenceLink> _influences = Array.Empty<InfluenceLink>();
    private readonly IReadOnlyList<TeamMember> _team = Array.Empty<TeamMember>();
    private readonly IReadOnlyList<Relationship> _relationships = Array.Empty<Relationship>();
    private readonly IReadOnlyList<ApprovalRule> _approvalRules = Array.Empty<ApprovalRule>();
    private readonly IReadOnlyList<string> _procedures = Array.Empty<string>();

    /// <summary>Creates an empty map of <paramref name="client"/>.</summary>
    /// <param name="client">The key client the map is of.</param>
    /// <param name="formatVersion">The format version; 0 reads as 1 (a document without the field).</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    public RelationshipMap(ClientId client, int formatVersion = CurrentFormatVersion)
    {
        _client = Require.Set(client, nameof(client));
        _formatVersion = formatVersion == 0 ? 1 : formatVersion;
    }

    /// <inheritdoc />
    public int FormatVersion => _formatVersion;

    /// <summary>The key client the map is of.</summary>
    /// <exception cref="ArgumentException">Set to <c>default(ClientId)</c>.</exception>
    public ClientId Client { get => _client; init => _client = Require.Set(value, nameof(Client)); }

    /// <summary>A title for people; optional.</summary>
    public string? Title { get; init; }

    /// <summary>The decisions that roles may be specific to (an opportunity, a plan goal).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<Decision> Decisions { get => _decisions; init => _decisions = Require.Items(value, nameof(Decisions)); }

    /// <summary>The client's people.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<ClientPerson> People { get => _people; init => _people = Require.Items(value, nameof(People)); }

    /// <summary>Who influences whom among the client's people.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<InfluenceLink> Influences { get => _influences; init => _influences = Require.Items(value, nameof(Influences)); }

    /// <summary>Our people who hold relationships with the client.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<TeamMember> Team { get => _team; init => _team = Require.Items(value, nameof(Team)); }

    /// <summary>The mirror relationships and contacts between our people and theirs.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<Relationship> Relationships { get => _relationships; init => _relationships = Require.Items(value, nameof(Relationships)); }

    /// <summary>The client's approval rules.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<ApprovalRule> ApprovalRules { get => _approvalRules; init => _approvalRules = Require.Items(value, nameof(ApprovalRules)); }

    /// <summary>Notes on the client's internal policies and procedures, in words.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<string> Procedures { get => _procedures; init => _procedures = Require.Items(value, nameof(Procedures)); }
}
