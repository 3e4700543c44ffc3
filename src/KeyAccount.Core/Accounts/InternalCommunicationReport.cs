using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>The account's internal communication as of a date: which events the rules call for a notice of, and which were not passed on in time.</summary>
/// <param name="AsOf">The date of the check.</param>
/// <param name="Events">How many times a rule called for a notice (an event counts once per rule that applies to it), up to the date.</param>
/// <param name="InTime">How many of those were passed on within their window (or were heard at the contact itself).</param>
/// <param name="Findings">The others: missing, late, due, or with nobody to tell; by the event's date, then entry, subject and rule (ordinally), whatever the diary's order.</param>
/// <param name="Notes">Rules that could not be checked and why (no relationship map for a change of decision maker); empty when every rule was checked.</param>
/// <param name="Explanation">The verdict in a few sentences.</param>
public sealed record InternalCommunicationReport(
    LocalDate AsOf,
    int Events,
    int InTime,
    IReadOnlyList<InternalNoticeFinding> Findings,
    IReadOnlyList<string> Notes,
    string Explanation);
