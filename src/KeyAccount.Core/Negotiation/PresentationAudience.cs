using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// A person of the client's decision, as a presentation sees them: their id (the relationship
/// map's person id), their roles, whether they are invited, and their known objections.
/// </summary>
/// <remarks>
/// The relationship map is not needed to build one: any caller that knows the people and roles
/// fills these. Checked with the client's map (<see cref="OfferValidator.Validate"/> with a map),
/// the person must be one of the map's people, and their roles are these and the map's for the
/// offer's decision.
/// </remarks>
public sealed record PresentationAudience
{
    /// <summary>Creates an audience entry.</summary>
    /// <param name="person">The person's id.</param>
    /// <param name="roles">The person's roles in the decision.</param>
    /// <param name="invited">True when invited to the presentation; a known anti-sponsor who is not invited still has their objections answered.</param>
    /// <param name="objections">The person's known objections.</param>
    /// <param name="name">A name for people; optional.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="objections"/> holds a null entry.</exception>
    public PresentationAudience(string person, IReadOnlyList<AudienceRole>? roles = null, bool invited = true, IReadOnlyList<string>? objections = null, string? name = null)
    {
        Person = Require.NotNull(person, nameof(person)).Trim();
        Roles = Require.Values(roles);
        Invited = invited;
        Objections = Require.Items(objections, nameof(objections));
        Name = name;
    }

    /// <summary>The person's id, trimmed.</summary>
    public string Person { get; }

    /// <summary>The person's roles in the decision.</summary>
    public IReadOnlyList<AudienceRole> Roles { get; }

    /// <summary>True when invited to the presentation.</summary>
    public bool Invited { get; }

    /// <summary>The person's known objections.</summary>
    public IReadOnlyList<string> Objections { get; }

    /// <summary>A name for people; null for none.</summary>
    public string? Name { get; }
}
