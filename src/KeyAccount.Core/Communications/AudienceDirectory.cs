using System;
using System.Collections.Generic;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Communications;

/// <summary>
/// The client's people as audiences see them: each person's id, kinds and unit. Optional input
/// of the analysis: with it, audiences resolve to people, unknown people and units are reported,
/// and reach, silence and overload are judged per person.
/// </summary>
/// <remarks>
/// Build one from the relationship map (each person of the map with their roles as
/// <see cref="PersonKind"/>s and their unit), or read one from JSON.
/// </remarks>
public sealed record AudienceDirectory : IKeyAccountDocument
{
    /// <summary>The format version this release writes.</summary>
    public const int CurrentFormatVersion = 1;

    private readonly IReadOnlyList<AudienceMember> _people = Array.Empty<AudienceMember>();
    private readonly int _formatVersion = CurrentFormatVersion;

    /// <summary>Creates a directory.</summary>
    /// <param name="people">The people; null reads as none.</param>
    /// <param name="formatVersion">The document format version; 0 (left out of JSON) reads as 1.</param>
    /// <exception cref="ArgumentException"><paramref name="people"/> holds a null entry.</exception>
    public AudienceDirectory(IReadOnlyList<AudienceMember>? people = null, int formatVersion = CurrentFormatVersion)
    {
        People = people!;
        FormatVersion = formatVersion;
    }

    /// <inheritdoc />
    public int FormatVersion
    {
        get => _formatVersion;
        init => _formatVersion = value == 0 ? 1 : value;
    }

    /// <summary>The people, in any order; ids should be unique (<c>KAC020</c>).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<AudienceMember> People
    {
        get => _people;
        init => _people = Require.Items(value, nameof(People));
    }
}
