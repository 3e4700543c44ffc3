using KeyAccount.Core.Accounts;
using NodaTime;

namespace KeyAccount.Core.Health;

/// <summary>The method's worked example scored: the publisher's bookshop account on two dates a quarter apart.</summary>
public static class SampleHealth
{
    /// <summary>The earlier date of the sample, 31 December 2025: the account is planned, its diary still empty.</summary>
    public static LocalDate Since { get; } = new(2025, 12, 31);

    /// <summary>The later date of the sample, 31 March 2026, the date <see cref="SampleAccounts.PublisherAndBookshop"/> describes.</summary>
    public static LocalDate AsOf { get; } = new(2026, 3, 31);

    /// <summary>
    /// The health of <see cref="SampleAccounts.PublisherAndBookshop"/> on <see cref="Since"/> and on
    /// <see cref="AsOf"/>, with the change explained and attributed to the components, under the
    /// default settings.
    /// </summary>
    /// <returns>A new result each time.</returns>
    public static HealthChange PublisherAndBookshop() => HealthScorecard.Change(SampleAccounts.PublisherAndBookshop(), Since, AsOf);
}
