using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core;

/// <summary>
/// An exact amount of money in one <see cref="Core.Currency"/>.
/// </summary>
/// <remarks>
/// Arithmetic and comparison are defined only between amounts in the same currency; mixing
/// currencies throws <see cref="ArgumentException"/> and is never a silent sum. Amounts may be
/// negative (a loss). In JSON: <c>{"amount": 1250.50, "currency": "EUR"}</c>.
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; any sign.</param>
    /// <param name="currency">The currency of the amount.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    [JsonConstructor]
    public Money(decimal amount, Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("The currency of an amount must be set (default(Currency) is not a currency).", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount, exact.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of <see cref="Amount"/>.</summary>
    public Currency Currency { get; }

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>An amount of zero.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Adds amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        RequireSameCurrency(left, right, "add {0} and {1}", "combined");
        return new Money(Checked(left.Amount, right.Amount, "+"), left.Currency);
    }

    /// <summary>Subtracts amounts in the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        RequireSameCurrency(left, right, "subtract {1} from {0}", "combined");
        return new Money(Checked(left.Amount, -right.Amount, "-"), left.Currency);
    }

    /// <summary>Negates the amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign flipped.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, in the same currency.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money value, decimal factor)
    {
        try
        {
            return new Money(value.Amount * factor, value.Currency);
        }
        catch (OverflowException ex)
        {
            throw new OverflowException(
                FormattableString.Invariant($"{value.Amount} * {factor} is beyond the range of decimal (about ±7.9e28)."),
                ex);
        }
    }

    /// <summary>Adds amounts in the same currency; the named alternative to <c>+</c>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>; the message gives both amounts.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts amounts in the same currency; the named alternative to <c>-</c>.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>; the message gives both amounts.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates the amount; the named alternative to unary <c>-</c>.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign flipped.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a factor; the named alternative to <c>*</c>.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money Multiply(Money value, decimal factor) => value * factor;

    /// <summary>Sums amounts that must all be in <paramref name="currency"/>.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <param name="currency">The currency every amount must be in; also the currency of an empty sum.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentException">An amount is in another currency; the message gives its position.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        Guard.Against.Null(amounts, nameof(amounts));
        var total = Zero(currency);
        var index = 0;
        foreach (var amount in amounts)
        {
            if (amount.Currency != currency)
            {
                throw new ArgumentException(
                    $"amounts[{index}] is {amount}, not in {currency.Code}: amounts in different currencies are never summed; convert them first.",
                    nameof(amounts));
            }

            try
            {
                total = new Money(total.Amount + amount.Amount, currency);
            }
            catch (OverflowException ex)
            {
                throw new OverflowException(
                    FormattableString.Invariant($"The sum of amounts[0..{index}] in {currency.Code} is beyond the range of decimal (about ±7.9e28)."),
                    ex);
            }

            index++;
        }

        return total;
    }

    /// <summary>Equal when both amount and currency are equal (<c>1.0 EUR</c> equals <c>1.00 EUR</c>).</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Amount, Currency).GetHashCode();

    /// <summary>Orders amounts in the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        RequireSameCurrency(this, other, "compare {0} and {1}", "compared");
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>The amount in invariant culture followed by the code, for example <c>1250.50 EUR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency.Code;

    /// <summary>Equality of amount and currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of amount or currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Less than, in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal, in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is not greater.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than, in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is greater.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal, in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is not smaller.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static decimal Checked(decimal left, decimal right, string operation)
    {
        try
        {
            return left + right;
        }
        catch (OverflowException ex)
        {
            var shown = operation == "-" ? -right : right;
            throw new OverflowException(
                FormattableString.Invariant($"{left} {operation} {shown} is beyond the range of decimal (about ±7.9e28)."),
                ex);
        }
    }

    // what: the operation, with {0} for the left amount and {1} for the right;
    // never: how amounts in two currencies are never used ("combined" or "compared").
    private static void RequireSameCurrency(Money left, Money right, string what, string never)
    {
        if (left.Currency != right.Currency)
        {
            throw new ArgumentException(
                "Cannot " + string.Format(CultureInfo.InvariantCulture, what, left, right)
                + $": amounts in different currencies are never {never}; convert them first.");
        }
    }
}
