using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>
/// Whom an item addresses: people of the client by id, every person of some kinds (every decision
/// maker), units of the client, or the whole client; any union of these.
/// </summary>
/// <remarks>
/// Without an <see cref="AudienceDirectory"/> the audience is taken as written: person ids and
/// units are not checked, and kinds are reached as kinds. With a directory, the audience resolves
/// to the directory's people (<see cref="AudienceDirectory"/>), and unknown people or units are
/// reported (<c>KAC009</c>).
/// </remarks>
public sealed record Audience
{
    private readonly string _id = string.Empty;
    private readonly IReadOnlyList<string> _people = Array.Empty<string>();
    private readonly IReadOnlyList<PersonKind> _kinds = Array.Empty<PersonKind>();
    private readonly IReadOnlyList<string> _units = Array.Empty<string>();

    /// <summary>Creates an audience.</summary>
    /// <param name="id">The audience's id, unique among the programme's audiences.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Audience(string id)
    {
        Id = id;
    }

    /// <summary>The audience's id, referred to by items.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>A name for people; optional.</summary>
    public string? Name { get; init; }

    /// <summary>People of the client by id (the relationship map's ids); empty by default.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<string> People
    {
        get => _people;
        init => _people = Require.Items(value, nameof(People));
    }

    /// <summary>Kinds of people: every person of each kind; empty by default.</summary>
    public IReadOnlyList<PersonKind> Kinds
    {
        get => _kinds;
        init => _kinds = Require.Values(value);
    }

    /// <summary>Units of the client: every person of each unit; empty by default.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<string> Units
    {
        get => _units;
        init => _units = Require.Items(value, nameof(Units));
    }

    /// <summary>True when the audience is the whole client: everybody.</summary>
    public bool WholeClient { get; init; }
}
