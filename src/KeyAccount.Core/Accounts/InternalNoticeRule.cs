using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// A rule of internal communication (section 8 of the method): who inside our company must hear of
/// what, and how soon. For example a price decision must reach finance within three days.
/// </summary>
/// <remarks>
/// The people who must hear are the account team's members (<see cref="AccountDocument.Team"/>)
/// with <see cref="Role"/> and <see cref="Function"/> (both when both are given; a function
/// compares without regard to case). A rule loads whatever it says;
/// <see cref="InternalCommunicationSettings.Validate"/> reports a rule without either, an undefined
/// trigger or role, a blank keyword or a window that is not a positive period.
/// </remarks>
public sealed record InternalNoticeRule
{
    private readonly string _id = string.Empty;
    private readonly IReadOnlyList<string> _keywords = Array.Empty<string>();

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule's id, unique among the rules, named by its findings.</param>
    /// <param name="trigger">What calls for a notice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public InternalNoticeRule(string id, NoticeTrigger trigger)
    {
        Id = Require.NotNull(id, nameof(id));
        Trigger = trigger;
    }

    /// <summary>The rule's id.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>What calls for a notice.</summary>
    public NoticeTrigger Trigger { get; init; }

    /// <summary>The team role that must hear (for example <see cref="TeamRole.ExecutiveSponsor"/>); null for any role.</summary>
    public TeamRole? Role { get; init; }

    /// <summary>The function inside our company that must hear (<see cref="AccountTeamMember.Function"/>, such as <c>finance</c> or <c>delivery</c>); null or blank for any function.</summary>
    public string? Function { get; init; }

    /// <summary>
    /// Words that make a decision, commitment or contact call for a notice: one of them must occur
    /// in its text, regardless of case (<c>price</c> matches "Prices rise by 3%"). Empty (the
    /// default) for every decision, commitment or contact. Not used by
    /// <see cref="NoticeTrigger.DecisionMakerChange"/>.
    /// </summary>
    /// <remarks>Setting null sets an empty list (a list left out of a JSON document reads as empty).</remarks>
    /// <exception cref="ArgumentException">Set to a list with a null entry; the message names its position.</exception>
    public IReadOnlyList<string> Keywords
    {
        get => _keywords;
        init => _keywords = Require.Items(value, nameof(Keywords));
    }

    /// <summary>How long after the event the notice may come, counted in calendar days from the event's date (both in the diary entry's time zone); null for the settings' <see cref="InternalCommunicationSettings.Within"/>.</summary>
    public Period? Within { get; init; }

    /// <summary>What the rule is for, in words; optional.</summary>
    public string? Description { get; init; }
}
