using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace KeyAccount.Core;

/// <summary>
/// Amounts of the three resources the method weighs everything against: time, money and
/// personnel. The one resource model of the library: what an opportunity needs, an opportunity
/// portfolio's budgets, and (through <see cref="UnitOf"/>) the units of a plan's budget lines, so
/// that what a set of opportunities needs can be added to a plan's budget.
/// </summary>
/// <remarks>
/// <para>
/// Units: <see cref="Time"/> is a NodaTime <see cref="Duration"/> of working time, reported in
/// hours; <see cref="Money"/> is a <see cref="decimal"/> amount in the currency of the document
/// that holds it (the document states it once); <see cref="PersonDays"/> is personnel as a
/// <see cref="decimal"/> number of person-days (one person for one working day; two people for
/// half a day is one person-day). The standard unit of each kind, the one a plan's budget line
/// must use to take these amounts, is <see cref="UnitOf"/>: <c>hours</c>, the currency code,
/// <c>person-days</c>. All three are exact.
/// </para>
/// <para>
/// Amounts are part of documents, so any value loads, negative ones included; the document's
/// validator reports a negative amount as a diagnostic. In JSON:
/// <c>{"time": "2:00:00:00", "money": 1500.00, "personDays": 2.5}</c> (time as <c>d:hh:mm:ss</c>).
/// </para>
/// </remarks>
public sealed record ResourceAmounts
{
    /// <summary>The standard unit of time: <c>hours</c>.</summary>
    public const string HoursUnit = "hours";

    /// <summary>The standard unit of personnel: <c>person-days</c>.</summary>
    public const string PersonDaysUnit = "person-days";

    internal const decimal NanosecondsPerHour = 3_600_000_000_000m;

    private const decimal NanosecondsPerDay = 86_400_000_000_000m;

    /// <summary>Creates amounts of the three resources.</summary>
    /// <param name="time">Working time.</param>
    /// <param name="money">Money in the currency of the document that holds the amounts.</param>
    /// <param name="personDays">Personnel in person-days.</param>
    public ResourceAmounts(Duration time, decimal money, decimal personDays)
    {
        Time = time;
        Money = money;
        PersonDays = personDays;
    }

    /// <summary>No time, no money, no people.</summary>
    public static ResourceAmounts Zero { get; } = new(Duration.Zero, 0m, 0m);

    /// <summary>Working time.</summary>
    public Duration Time { get; }

    /// <summary>Money, in the currency of the document that holds the amounts.</summary>
    public decimal Money { get; }

    /// <summary>Personnel, in person-days.</summary>
    public decimal PersonDays { get; }

    /// <summary>Creates amounts with time given in hours.</summary>
    /// <param name="hours">Working time in hours; zero or more.</param>
    /// <param name="money">Money.</param>
    /// <param name="personDays">Person-days.</param>
    /// <returns>The amounts; time is rounded to the nearest nanosecond.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative, or beyond what a <see cref="Duration"/> in nanoseconds holds (about 292 years).</exception>
    public static ResourceAmounts FromHours(decimal hours, decimal money, decimal personDays)
    {
        if (hours < 0m || hours > long.MaxValue / NanosecondsPerHour)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Hours must be from zero to about 2.5 million (292 years).");
        }

        return new ResourceAmounts(Duration.FromNanoseconds(decimal.ToInt64(decimal.Round(hours * NanosecondsPerHour, MidpointRounding.AwayFromZero))), money, personDays);
    }

    /// <summary>The standard unit of a kind of resource: <c>hours</c>, the currency code, or <c>person-days</c>.</summary>
    /// <param name="kind">The resource.</param>
    /// <param name="currency">The currency of the money.</param>
    /// <returns>The unit a plan's budget line of that kind uses to take these amounts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string UnitOf(ResourceKind kind, Currency currency) => kind switch
    {
        ResourceKind.Time => HoursUnit,
        ResourceKind.Money => currency.Code,
        ResourceKind.Personnel => PersonDaysUnit,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown resource."),
    };

    /// <summary>The amount of one resource in its standard unit: hours, currency units or person-days.</summary>
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
    /// <param name="other">The amounts to add (in the same currency).</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A sum is beyond the range of <see cref="decimal"/> or <see cref="Duration"/>.</exception>
    public ResourceAmounts Plus(ResourceAmounts other)
    {
        Guard.Against.Null(other, nameof(other));
        return new ResourceAmounts(Time + other.Time, Money + other.Money, PersonDays + other.PersonDays);
    }

    /// <summary>Text such as <c>12.5 hours, 3,000 money, 1 person-day</c> (invariant culture, thousands separators, singular for exactly one).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe("money");

    /// <summary>Text with the money in its currency: <c>1 hour, 1,250 EUR, 2 person-days</c>.</summary>
    /// <param name="currency">The currency of <see cref="Money"/>.</param>
    /// <returns>The text.</returns>
    public string ToString(Currency currency) => Describe(currency.IsDefault ? "money" : currency.Code);

    /// <summary>Hours in a duration, exact to the nanosecond, for any duration NodaTime holds.</summary>
    internal static decimal Hours(Duration time) => Nanoseconds(time) / NanosecondsPerHour;

    /// <summary>Nanoseconds in a duration as a decimal, for any duration NodaTime holds (beyond the 292 years of a 64-bit count).</summary>
    internal static decimal Nanoseconds(Duration time) => (time.Days * NanosecondsPerDay) + time.NanosecondOfDay;

    private string Describe(string moneyUnit)
    {
        var hours = Hours(Time);
        return Wording.Number(hours) + " " + Wording.Plural(hours == 1m ? 1 : 2, "hour") + ", "
            + Wording.Number(Money) + " " + moneyUnit + ", "
            + Wording.Number(PersonDays) + " " + Wording.Plural(PersonDays == 1m ? 1 : 2, "person-day");
    }
}
