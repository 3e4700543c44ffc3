using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// One entry of the key client's diary: a contact at an instant, with its time zone, who took part
/// on both sides, what was said, and the decisions and commitments it produced.
/// </summary>
public sealed record DiaryEntry
{
    /// <summary>Creates a diary entry.</summary>
    /// <param name="id">The entry's id, unique in the diary.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="zone">The IANA time zone it happened in (<c>Europe/Berlin</c>); an unknown zone is reported. Local dates of the entry are in this zone.</param>
    /// <param name="kind">What kind of contact; an undefined value loads and is reported.</param>
    /// <param name="subject">What it was about.</param>
    /// <param name="clientParticipants">Ids of the client's people who took part (people of the relationship map).</param>
    /// <param name="ourParticipants">Ids of our team members who took part.</param>
    /// <param name="notes">Notes; optional.</param>
    /// <param name="decisions">The decisions taken.</param>
    /// <param name="commitments">The commitments made.</param>
    /// <param name="followUpOf">The id of an earlier entry this one follows up; optional.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/>, <paramref name="zone"/> or <paramref name="subject"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A list holds a null entry.</exception>
    public DiaryEntry(
        string id,
        Instant at,
        string zone,
        DiaryEntryKind kind,
        string subject,
        IReadOnlyList<string>? clientParticipants = null,
        IReadOnlyList<string>? ourParticipants = null,
        string? notes = null,
        IReadOnlyList<DiaryDecision>? decisions = null,
        IReadOnlyList<Commitment>? commitments = null,
        string? followUpOf = null)
    {
        Id = Require.NotNull(id, nameof(id));
        At = at;
        Zone = Require.NotNull(zone, nameof(zone));
        Kind = kind;
        Subject = Require.NotNull(subject, nameof(subject));
        ClientParticipants = Require.Items(clientParticipants, nameof(clientParticipants));
        OurParticipants = Require.Items(ourParticipants, nameof(ourParticipants));
        Notes = notes;
        Decisions = Require.Items(decisions, nameof(decisions));
        Commitments = Require.Items(commitments, nameof(commitments));
        FollowUpOf = followUpOf;
    }

    /// <summary>The entry's id.</summary>
    public string Id { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>The IANA time zone it happened in.</summary>
    public string Zone { get; }

    /// <summary>What kind of contact.</summary>
    public DiaryEntryKind Kind { get; }

    /// <summary>What it was about.</summary>
    public string Subject { get; }

    /// <summary>The client's people who took part.</summary>
    public IReadOnlyList<string> ClientParticipants { get; }

    /// <summary>Our team members who took part.</summary>
    public IReadOnlyList<string> OurParticipants { get; }

    /// <summary>Notes; null when none.</summary>
    public string? Notes { get; }

    /// <summary>The decisions taken.</summary>
    public IReadOnlyList<DiaryDecision> Decisions { get; }

    /// <summary>The commitments made.</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>The entry this one follows up; null when none.</summary>
    public string? FollowUpOf { get; }
}
