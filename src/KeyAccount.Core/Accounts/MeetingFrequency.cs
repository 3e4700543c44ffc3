using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// How often the diary shows us meeting one of the client's decision makers: the meetings (entries
/// of kind meeting, visit, presentation or negotiation in which the person took part) within the
/// window that ends on the date of the analysis.
/// </summary>
/// <param name="Person">The decision maker's id in the relationship map.</param>
/// <param name="Name">The decision maker's name.</param>
/// <param name="Window">The days counted, both ends inclusive: <see cref="AccountSettings.MeetingWindow"/> up to the date of the analysis.</param>
/// <param name="Meetings">How many meetings fall within the window.</param>
/// <param name="PerMonth">Meetings per month over the window (a month being 365.25 / 12 days), so windows of any length compare.</param>
/// <param name="LastMeeting">The date of the last meeting up to the date of the analysis, within the window or before it; null when the diary shows none.</param>
/// <param name="Explanation">The count, the window and the last meeting in words.</param>
public sealed record MeetingFrequency(string Person, string Name, DateInterval Window, int Meetings, double PerMonth, LocalDate? LastMeeting, string Explanation);
