using System;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// Amounts of the three resources: time, money and personnel. Used for what an opportunity needs
/// and for the budgets available.
/// </summary>
/// <remarks>
/// Units: <see cref="Time"/> is a NodaTime <see cref="Duration"/> of working time (reported in
/// hours); <see cref="Money"/> is a <see cref="decimal"/> amount in the portfolio's currency;
/// <see cref="PersonDays"/> is personnel as a <see cref="decimal"/> number of person-days (one
/// person for one working day; two people for half a day is one person-day). All three are exact:
/// the choice under budgets compares them without rounding. In JSON:
/// <c>{"time": "2:00:00:00", "money": 1500.00, "personDays": 2.5}</c> (time as
/// <c>d:hh:mm:ss</c>).
/// </remarks>
public sealed record ResourceAmounts
{
    /// <summary>Creates amounts of the three resources.</summary>
    /// <param name="time">Working time; zero or more.</param>
    /// <param name="money">Money in the portfolio's currency; zero or more.</param>
    /// <param name="personDays">Personnel in person-days; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public ResourceAmounts(Duration time, decimal money, decimal personDays)
    {
        if (time < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "Time must be zero or more.");
        }

        if (money < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(money), money, "Money must be zero or more.");
        }

        if (personDays < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(personDays), personDays, "Personnel (person-days) must be zero or more.");
        }

        Time = time;
        Money = money;
        PersonDays = personDays;
    }

    /// <summary>No time, no money, no people.</summary>
    public static ResourceAmounts Zero { get; } = new(Duration.Zero, 0m, 0m);

    /// <summary>Working time.</summary>
    public Duration Time { get; }

    /// <summary>Money, in the portfolio's currency.</summary>
    public decimal Money { get; }

    /// <summary>Personnel, in person-days.</summary>
    public decimal PersonDays { get; }

    /// <summary>Creates amounts with time given in hours.</summary>
    /// <param name="hours">Working time in hours; zero or more.</param>
    /// <param name="money">Money; zero or more.</param>
    /// <param name="personDays">Person-days; zero or more.</param>
    /// <returns>The amounts; time is rounded to the nearest nanosecond.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="OverflowException"><paramref name="hours"/> is beyond what a <see cref="Duration"/> in nanoseconds holds (about 292 years).</exception>
    public static ResourceAmounts FromHours(decimal hours, decimal money, decimal personDays)
    {
        if (hours < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Time must be zero or more.");
        }

        return new ResourceAmounts(Duration.FromNanoseconds(decimal.ToInt64(decimal.Round(hours * NanosecondsPerHour, MidpointRounding.AwayFromZero))), money, personDays);
    }

    /// <summary>The amount of one resource in its reporting unit: hours, currency units or person-days.</summary>
    /// <param name="kind">The resource.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public decimal Get(ResourceKind kind) => kind switch
    {
        ResourceKind.Time => Hours(Time),
        ResourceKind.Money => Money,
        ResourceKind.Personnel => PersonDays,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown resource."),
    };

    /// <summary>The sum of two amounts.</summary>
    /// <param name="other">The amounts to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public ResourceAmounts Plus(ResourceAmounts other)
    {
        Guard.Against.Null(other, nameof(other));
        return new ResourceAmounts(Time + other.Time, Money + other.Money, PersonDays + other.PersonDays);
    }

    /// <summary>Text such as <c>12.5 h, 3000.00 money, 2 person-days</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} h, {1} money, {2} person-days",
        Hours(Time),
        Money,
        PersonDays);

    internal const decimal NanosecondsPerHour = 3_600_000_000_000m;

    internal static decimal Hours(Duration time) => time.ToInt64Nanoseconds() / NanosecondsPerHour;
}
