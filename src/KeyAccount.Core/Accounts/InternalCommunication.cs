using System;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// Checks the account's diary against the rules of internal communication: each decision or event
/// the rules name must reach the required people inside our company within the rule's window.
/// </summary>
/// <remarks>
/// <para>
/// <b>Events.</b> Up to <c>asOf</c>: the decisions and our commitments of diary entries with the
/// client (every kind but <see cref="DiaryEntryKind.Internal"/>, whose decisions are internal
/// already), the entries themselves for contact rules, and the joining and leaving of the
/// relationship map's decision makers (people with a <c>DecisionMaker</c> role) for
/// <see cref="NoticeTrigger.DecisionMakerChange"/>, from the account's start on (its first
/// lifecycle move, else its first contact with the client: the map may date people's arrival
/// years back). An event's date is its entry's local date in the entry's time zone (UTC when the
/// zone is unknown, which the account validator reports).
/// </para>
/// <para>
/// <b>Who must hear.</b> The team members with the rule's role and function. They heard when one
/// of them took part in the event's own entry (or made the commitment), or took part in an
/// internal entry at or after the event (for a change of decision maker, on or after its date)
/// dated no later than the event's date plus the window, both ends inclusive. Internal entries
/// after <c>asOf</c> have not happened yet.
/// </para>
/// <para>
/// <b>Findings</b> (<see cref="InternalCommunicationCodes"/>): nobody on the team has the role or
/// function (<c>KAI103</c>); the window has passed with no notice (<c>KAI101</c>) or with a notice
/// after it (<c>KAI102</c>); the window is still open (<c>KAI104</c>, so the account manager sees
/// what to pass on). Adding an internal entry never adds a finding; the diary's order changes
/// nothing but the paths.
/// </para>
/// <para>Cost: for each rule, the diary once and a binary search among its internal entries per event.</para>
/// </remarks>
public static class InternalCommunication
{
    /// <summary>Checks <paramref name="account"/>'s diary as of <paramref name="asOf"/>.</summary>
    /// <param name="account">The account; its diary, team and lifecycle are read, however inconsistent.</param>
    /// <param name="asOf">The date of the check ("today").</param>
    /// <param name="settings">The rules; null for <see cref="InternalCommunicationSettings.Default"/>.</param>
    /// <param name="relationships">The client's relationship map, for changes of decision maker; null when there is none (such rules are then listed in the notes as not checked).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="settings"/> has errors (<see cref="InternalCommunicationSettings.Validate"/>); the message lists them.</exception>
    public static InternalCommunicationReport Check(AccountDocument account, LocalDate asOf, InternalCommunicationSettings? settings = null, RelationshipMap? relationships = null)
    {
        Require.NotNull(account, nameof(account));
        settings ??= InternalCommunicationSettings.Default;
        Require.Valid(settings.Validate(), nameof(settings), "internal communication settings");
        return new InternalNoticeCheck(account, asOf, settings, relationships).Run();
    }
}
