using System;
using NodaTime;

namespace KeyAccount.Core.Tests.Kernel;

/// <summary>
/// <see cref="ResourceAmounts"/>, the time, money and people an opportunity or an action needs:
/// hours to the nanosecond and back, the limits of a duration, sums and the units' words.
/// </summary>
public class ResourceAmountsTests
{
    /// <summary>The most hours a <see cref="Duration"/> of whole nanoseconds in a long can hold.</summary>
    private static readonly decimal MaxHours = long.MaxValue / 3_600_000_000_000m;

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1.5", 5_400_000_000_000L)]
    [InlineData("0.000000000000139", 1L)]
    [InlineData("0.000000000000138", 0L)]
    [InlineData("24", 86_400_000_000_000L)]
    [InlineData("2562047", 9_223_369_200_000_000_000L)]
    public void Hours_become_a_duration_rounded_to_the_nanosecond(string hours, long nanoseconds)
    {
        var amounts = ResourceAmounts.FromHours(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), 2m, 3m);

        Assert.Equal(Duration.FromNanoseconds(nanoseconds), amounts.Time);
        Assert.Equal(2m, amounts.Money);
        Assert.Equal(3m, amounts.PersonDays);
    }

    [Property]
    public Property Hours_come_back_as_they_went_in_to_the_nanosecond() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Select(n => n / 1000m).ToArbitrary(), hours =>
            ResourceAmounts.FromHours(hours, 0m, 0m).Get(ResourceKind.Time) == hours);

    [Fact]
    public void The_longest_duration_is_accepted_and_one_step_beyond_is_refused()
    {
        var longest = ResourceAmounts.FromHours(MaxHours, 0m, 0m);
        Assert.Equal(long.MaxValue, longest.Time.ToInt64Nanoseconds());

        var beyond = Assert.Throws<ArgumentOutOfRangeException>(() => ResourceAmounts.FromHours(MaxHours + 0.0001m, 0m, 0m));
        Assert.Equal("hours", beyond.ParamName);
        Assert.StartsWith("Hours must be from zero to about 2.5 million (292 years).", beyond.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => ResourceAmounts.FromHours(-0.0000001m, 0m, 0m));
        Assert.Equal(-0.0000001m, negative.ActualValue);
    }

    [Fact]
    public void Get_and_UnitOf_name_each_resource()
    {
        var amounts = new ResourceAmounts(Duration.FromMinutes(90), 250m, 0.5m);

        Assert.Equal(1.5m, amounts.Get(ResourceKind.Time));
        Assert.Equal(250m, amounts.Get(ResourceKind.Money));
        Assert.Equal(0.5m, amounts.Get(ResourceKind.Personnel));
        Assert.Equal("hours", ResourceAmounts.UnitOf(ResourceKind.Time, Currency.Eur));
        Assert.Equal("EUR", ResourceAmounts.UnitOf(ResourceKind.Money, Currency.Eur));
        Assert.Equal("person-days", ResourceAmounts.UnitOf(ResourceKind.Personnel, Currency.Eur));
        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() => amounts.Get((ResourceKind)3));
        Assert.Equal("kind", unknown.ParamName);
        Assert.StartsWith("Unknown resource.", unknown.Message, StringComparison.Ordinal);
        var noUnit = Assert.Throws<ArgumentOutOfRangeException>(() => ResourceAmounts.UnitOf((ResourceKind)(-1), Currency.Eur));
        Assert.Equal("kind", noUnit.ParamName);
        Assert.StartsWith("Unknown resource.", noUnit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duration_of_more_than_a_day_counts_every_day()
    {
        var amounts = new ResourceAmounts(Duration.FromDays(3) + Duration.FromMinutes(30), 0m, 0m);

        Assert.Equal(72.5m, amounts.Get(ResourceKind.Time));
    }

    [Property]
    public Property Plus_adds_each_resource_on_its_own() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).Two().ToArbitrary(),
            Gen.Choose(-1000, 1000).Two().ToArbitrary(),
            (minutes, amounts) =>
            {
                var a = new ResourceAmounts(Duration.FromMinutes(minutes.Item1), amounts.Item1 / 4m, amounts.Item2 / 8m);
                var b = new ResourceAmounts(Duration.FromMinutes(minutes.Item2), amounts.Item2 / 4m, amounts.Item1 / 8m);
                var sum = a.Plus(b);
                return sum.Time == Duration.FromMinutes(minutes.Item1 + (long)minutes.Item2)
                    && sum.Money == (amounts.Item1 + amounts.Item2) / 4m
                    && sum.PersonDays == (amounts.Item1 + amounts.Item2) / 8m
                    && a.Plus(ResourceAmounts.Zero) == a;
            });

    [Fact]
    public void Plus_refuses_null()
    {
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => ResourceAmounts.Zero.Plus(null!)).ParamName);
    }

    [Theory]
    [InlineData(60, "1", "1", "1 hour, 1 EUR, 1 person-day")]
    [InlineData(90, "2500", "0.5", "1.5 hours, 2,500 EUR, 0.5 person-days")]
    [InlineData(0, "0", "0", "0 hours, 0 EUR, 0 person-days")]
    [InlineData(120, "-3", "2", "2 hours, -3 EUR, 2 person-days")]
    public void The_amounts_read_with_their_units(int minutes, string money, string personDays, string expected)
    {
        var amounts = new ResourceAmounts(
            Duration.FromMinutes(minutes),
            decimal.Parse(money, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(personDays, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, amounts.ToString(Currency.Eur));
        Assert.Equal(expected.Replace("EUR", "money", StringComparison.Ordinal), amounts.ToString());
        Assert.Equal(expected.Replace("EUR", "money", StringComparison.Ordinal), amounts.ToString(default));
    }
}
