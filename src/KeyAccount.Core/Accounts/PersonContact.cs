using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>How often, and how lately, the diary shows contact with one of the client's people.</summary>
/// <param name="Person">The person's id.</param>
/// <param name="Contacts">How many entries (internal ones left out) the person took part in.</param>
/// <param name="First">The first contact.</param>
/// <param name="Last">The last contact.</param>
/// <param name="LastEntry">The id of the entry of the last contact.</param>
/// <param name="MeanDaysBetween">The mean number of days between consecutive contacts; null with fewer than two.</param>
/// <param name="DaysSinceLast">Whole days from the last contact's date (in its entry's zone) to the date of the analysis.</param>
public sealed record PersonContact(string Person, int Contacts, Instant First, Instant Last, string LastEntry, double? MeanDaysBetween, int DaysSinceLast);
