using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>How fresh one section of the account is as of a date.</summary>
/// <param name="Section">The section.</param>
/// <param name="Held">True when the account holds the section's document; a section not held is never stale (it is missing, and said so).</param>
/// <param name="LastUpdated">The last recorded update; null when none is recorded.</param>
/// <param name="MaxAge">How old it may be (<see cref="AccountSettings"/>).</param>
/// <param name="Stale">True when the section is held and its last update is older than <paramref name="MaxAge"/>, or no update is recorded.</param>
/// <param name="Explanation">One sentence.</param>
public sealed record SectionFreshness(AccountSection Section, bool Held, LocalDate? LastUpdated, Period MaxAge, bool Stale, string Explanation);
