using System;
using System.Linq;
using KeyAccount.Core;

namespace KeyAccount.Core.Tests.Kernel;

[Properties(Arbitrary = new[] { typeof(Generators) })]
public class MoneyTests
{
    [Property]
    public bool Addition_in_one_currency_is_exact(Money a, decimal b)
    {
        var other = new Money(b, a.Currency);
        return (a + other).Amount == a.Amount + b && (a + other).Currency == a.Currency;
    }

    [Property]
    public bool Mixing_currencies_always_throws(Money a, Money b)
    {
        if (a.Currency == b.Currency)
        {
            return (a + b).Amount == a.Amount + b.Amount;
        }

        var ex = Record.Exception(() => a + b);
        return ex is ArgumentException && ex.Message.Contains(a.Currency.Code, StringComparison.Ordinal)
            && ex.Message.Contains(b.Currency.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_names_the_position_of_a_foreign_amount()
    {
        var eur = Currency.Eur;
        var amounts = new[] { new Money(1m, eur), new Money(2m, eur), new Money(3m, Currency.Usd) };
        var ex = Assert.Throws<ArgumentException>(() => Money.Sum(amounts, eur));
        Assert.Contains("amounts[2]", ex.Message, StringComparison.Ordinal);
        Assert.Equal("amounts", ex.ParamName);
    }

    [Fact]
    public void Sum_of_nothing_is_zero_in_the_stated_currency()
    {
        Assert.Equal(Money.Zero(Currency.Rub), Money.Sum(Enumerable.Empty<Money>(), Currency.Rub));
    }

    [Fact]
    public void Sum_is_exact_where_double_is_not()
    {
        var eur = Currency.Eur;
        var tenths = Enumerable.Repeat(new Money(0.1m, eur), 10);
        Assert.Equal(1m, Money.Sum(tenths, eur).Amount);
    }

    [Fact]
    public void Comparing_across_currencies_throws()
    {
        Assert.Throws<ArgumentException>(() => new Money(1m, Currency.Eur) < new Money(2m, Currency.Usd));
    }

    [Fact]
    public void ToString_is_invariant()
    {
        Assert.Equal("1250.50 EUR", new Money(1250.50m, Currency.Eur).ToString());
    }

    [Fact]
    public void Default_currency_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, default));
        Assert.Equal("currency", ex.ParamName);
    }

    [Theory]
    [InlineData("eur", "EUR")]
    [InlineData(" usd ", "USD")]
    [InlineData("XTS", "XTS")]
    [InlineData("aZz", "AZZ")]
    [InlineData("ZaA", "ZAA")]
    public void Currency_codes_are_normalised(string input, string expected)
    {
        Assert.Equal(expected, new Currency(input).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("ЕВР")]
    [InlineData("1UR")]
    [InlineData("EU{")]
    [InlineData("`UR")]
    [InlineData("E@R")]
    [InlineData("E[R")]
    public void Malformed_currency_codes_are_rejected(string input)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Currency(input));
        Assert.Equal("code", ex.ParamName);
        Assert.StartsWith("A currency code must be three ASCII letters (ISO 4217), but was '" + input + "'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overflowing_sum_and_difference_name_the_amounts()
    {
        var eur = new Currency("EUR");
        var max = new Money(decimal.MaxValue, eur);

        var plus = Assert.Throws<OverflowException>(() => max + new Money(1m, eur));
        var minus = Assert.Throws<OverflowException>(() => -max - new Money(2m, eur));

        Assert.Equal("79228162514264337593543950335 + 1 is beyond the range of decimal (about ±7.9e28).", plus.Message);
        Assert.Equal("-79228162514264337593543950335 - 2 is beyond the range of decimal (about ±7.9e28).", minus.Message);
        Assert.Equal(new Money(decimal.MaxValue - 1, eur), max - new Money(1m, eur));
    }

    [Fact]
    public void Overflowing_sum_of_a_sequence_names_how_far_it_got()
    {
        var eur = new Currency("EUR");
        var amounts = new[] { new Money(1m, eur), new Money(decimal.MaxValue, eur), new Money(5m, eur) };

        var ex = Assert.Throws<OverflowException>(() => Money.Sum(amounts, eur));

        Assert.Equal("The sum of amounts[0..1] in EUR is beyond the range of decimal (about ±7.9e28).", ex.Message);
    }

    [Fact]
    public void Overflowing_product_names_the_amount_and_the_factor()
    {
        var eur = new Currency("EUR");

        var ex = Assert.Throws<OverflowException>(() => new Money(decimal.MaxValue / 2, eur) * 3m);

        Assert.Equal("39614081257132168796771975168 * 3 is beyond the range of decimal (about ±7.9e28).", ex.Message);
        Assert.IsType<OverflowException>(ex.InnerException);
        Assert.Equal(new Money(-7.5m, eur), Money.Multiply(new Money(2.5m, eur), -3m));
    }

    [Property]
    public bool Operators_agree_with_the_amounts_in_one_currency(decimal a, decimal other, bool same)
    {
        // Equal amounts half of the time, so that <=, >= and the hash code are tried on them.
        var b = same ? a : other;
        var x = new Money(a, Currency.Eur);
        var y = new Money(b, Currency.Eur);
        return (x < y) == (a < b) && (x <= y) == (a <= b) && (x > y) == (a > b) && (x >= y) == (a >= b)
            && (x == y) == (a == b) && (x != y) == (a != b) && x.Equals((object)y) == (a == b)
            && Math.Sign(x.CompareTo(y)) == Math.Sign(a.CompareTo(b))
            && (-x).Amount == -a && Money.Negate(x) == -x && (-x).Currency == Currency.Eur
            && (a != b || x.GetHashCode() == y.GetHashCode());
    }

    [Fact]
    public void Equal_amounts_in_different_currencies_are_not_equal()
    {
        var eur = new Money(10m, Currency.Eur);
        var usd = new Money(10m, Currency.Usd);

        Assert.False(eur == usd);
        Assert.True(eur != usd);
        Assert.False(eur.Equals((object)usd));
        Assert.False(eur.Equals("10 EUR"));
        Assert.Equal(new Money(10.00m, Currency.Eur), eur);
        Assert.Equal(new Money(10.00m, Currency.Eur).GetHashCode(), eur.GetHashCode());
        Assert.Equal(Money.Zero(Currency.Usd), new Money(0m, Currency.Usd));
        Assert.Equal(new Money(7m, Currency.Eur), Money.Add(new Money(10m, Currency.Eur), new Money(-3m, Currency.Eur)));
        Assert.Equal(new Money(13m, Currency.Eur), Money.Subtract(new Money(10m, Currency.Eur), new Money(-3m, Currency.Eur)));
        foreach (var compare in new Func<bool>[] { () => eur < usd, () => eur <= usd, () => eur > usd, () => eur >= usd })
        {
            var ex = Assert.Throws<ArgumentException>(() => compare());
            Assert.Equal("Cannot compare 10 EUR and 10 USD: amounts in different currencies are never compared; convert them first.", ex.Message);
        }
    }

    [Fact]
    public void Currencies_are_equal_by_their_code()
    {
        Assert.Equal(Currency.Eur, new Currency(" eur "));
        Assert.True(Currency.Usd == new Currency("USD"));
        Assert.True(Currency.Usd != Currency.Rub);
        Assert.Equal("RUB", Currency.Rub.ToString());
        Assert.Equal(new Currency("eur").GetHashCode(), Currency.Eur.GetHashCode());
        Assert.False(Currency.Eur.Equals((object)"EUR"));
        Assert.True(Currency.Eur.Equals((object)new Currency("EUR")));
        Assert.True(default(Currency).IsDefault);
        Assert.False(Currency.Eur.IsDefault);
        Assert.Equal(string.Empty, default(Currency).Code);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new Currency(null!)).ParamName);
    }

    [Fact]
    public void Each_operation_across_currencies_names_itself_and_both_amounts()
    {
        var eur = new Money(10m, Currency.Eur);
        var usd = new Money(2.5m, Currency.Usd);

        Assert.Equal("Cannot add 10 EUR and 2.5 USD: amounts in different currencies are never combined; convert them first.", Assert.Throws<ArgumentException>(() => eur + usd).Message);
        Assert.Equal("Cannot subtract 2.5 USD from 10 EUR: amounts in different currencies are never combined; convert them first.", Assert.Throws<ArgumentException>(() => eur - usd).Message);
        Assert.Equal("Cannot subtract 10 EUR from 2.5 USD: amounts in different currencies are never combined; convert them first.", Assert.Throws<ArgumentException>(() => Money.Subtract(usd, eur)).Message);
        Assert.Equal("amounts", Assert.Throws<ArgumentNullException>(() => Money.Sum(null!, Currency.Eur)).ParamName);
        var unset = Assert.Throws<ArgumentException>(() => new Money(1m, default));
        Assert.Equal("currency", unset.ParamName);
        Assert.StartsWith("The currency of an amount must be set (default(Currency) is not a currency).", unset.Message, StringComparison.Ordinal);
    }
}
