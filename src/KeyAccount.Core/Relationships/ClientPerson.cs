using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// One person of the client's organisation: who they are, where they sit in the reporting tree,
/// when they joined and left, and which of the six kinds of people they are.
/// </summary>
/// <remarks>
/// A person is part of the map as of a date when they had joined by then (or no joining date is
/// known) and had not left (<see cref="Left"/> is null or after the date). Lists left out of a
/// JSON document read as empty.
/// </remarks>
/// <param name="Id">The person's id, unique among the client's people.</param>
/// <param name="Name">The person's name.</param>
/// <exception cref="ArgumentNullException">An argument is null.</exception>
public sealed record ClientPerson(string Id, string Name)
{
    private readonly string _id = Require.NotNull(Id, nameof(Id));
    private readonly string _name = Require.NotNull(Name, nameof(Name));
    private readonly IReadOnlyList<string> _dottedLineTo = Array.Empty<string>();
    private readonly IReadOnlyList<PersonRole> _roles = Array.Empty<PersonRole>();

    /// <summary>The person's id.</summary>
    public string Id { get => _id; init => _id = Require.NotNull(value, nameof(Id)); }

    /// <summary>The person's name.</summary>
    public string Name { get => _name; init => _name = Require.NotNull(value, nameof(Name)); }

    /// <summary>The job title, such as "Owner" or "Head of purchasing"; optional.</summary>
    public string? Title { get; init; }

    /// <summary>The organisational unit, such as "Purchasing"; optional.</summary>
    public string? Unit { get; init; }

    /// <summary>The hierarchy level: 1 for the top of the company, 2 for those who report to it, and so on; null when not known.</summary>
    public int? Level { get; init; }

    /// <summary>The id of the person this one reports to (the solid line); null at the top.</summary>
    public string? ReportsTo { get; init; }

    /// <summary>The ids of people this one also reports to on a dotted line.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<string> DottedLineTo { get => _dottedLineTo; init => _dottedLineTo = Require.Items(value, nameof(DottedLineTo)); }

    /// <summary>The day the person joined the client's company (or took this post); null when not known.</summary>
    public LocalDate? Joined { get; init; }

    /// <summary>The day the person left; null while they are there. From this day on they are no longer part of the map.</summary>
    public LocalDate? Left { get; init; }

    /// <summary>The kinds of person they are, account-wide or per decision; empty for people who play no part in decisions.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<PersonRole> Roles { get => _roles; init => _roles = Require.Items(value, nameof(Roles)); }
}
