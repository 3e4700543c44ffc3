using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>One event the rules of internal communication call for a notice of, that was not passed on in time (or is still due), explained.</summary>
/// <param name="Code">The code, one of <see cref="InternalCommunicationCodes"/> (<c>KAI101</c> and up).</param>
/// <param name="Severity">The code's severity.</param>
/// <param name="Path">Where the event is: <c>diary[3].decisions[0]</c>, <c>diary[3].commitments[1]</c>, <c>diary[3]</c> for a contact, or <c>relationships.people[2].left</c> for a change of decision maker (the map's path inside the account).</param>
/// <param name="Rule">The id of the rule that calls for the notice.</param>
/// <param name="Trigger">What kind of event it is.</param>
/// <param name="Subject">The id of the decision, commitment, diary entry or person.</param>
/// <param name="On">The event's date (in its diary entry's time zone).</param>
/// <param name="DueBy">The last day the notice may come (inclusive): <paramref name="On"/> plus the rule's window.</param>
/// <param name="Explanation">What happened, who had to hear of it by when, and what to do.</param>
/// <param name="Entry">The id of the diary entry the event is in; null for a change of decision maker.</param>
/// <param name="NoticedOn">For a late notice (<c>KAI102</c>), the date of the first internal entry that passed it on; null otherwise.</param>
public sealed record InternalNoticeFinding(
    string Code,
    DiagnosticSeverity Severity,
    string Path,
    string Rule,
    NoticeTrigger Trigger,
    string Subject,
    LocalDate On,
    LocalDate DueBy,
    string Explanation,
    string? Entry = null,
    LocalDate? NoticedOn = null);
