using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>One person of the client in an <see cref="AudienceDirectory"/>: id, kinds and unit.</summary>
public sealed record AudienceMember
{
    private readonly string _id = string.Empty;
    private readonly IReadOnlyList<PersonKind> _kinds = Array.Empty<PersonKind>();

    /// <summary>Creates a member.</summary>
    /// <param name="id">The person's id (the relationship map's).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public AudienceMember(string id)
    {
        Id = id;
    }

    /// <summary>The person's id.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>The kinds of person this is (decision maker, influencer and so on); empty by default.</summary>
    public IReadOnlyList<PersonKind> Kinds
    {
        get => _kinds;
        init => _kinds = Require.Values(value);
    }

    /// <summary>The unit of the client the person works in; null when not known.</summary>
    public string? Unit { get; init; }
}
