using System;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using KeyAccount.Core.Json;

namespace KeyAccount.Core;

/// <summary>
/// An ISO 4217 alphabetic currency code, such as <c>EUR</c>, <c>USD</c> or <c>RUB</c>.
/// </summary>
/// <remarks>
/// <para>
/// The library's money convention: amounts are <see cref="decimal"/> values, and every analysis
/// states the one currency all its amounts are in. Amounts in different currencies are never
/// added: <see cref="Money"/> arithmetic across currencies throws. Converting currencies is the
/// caller's business, before the analysis.
/// </para>
/// <para>
/// A code is three ASCII letters; lower case input is upper-cased. The library checks the form
/// of the code, not membership of the current ISO list, so that historical and private codes
/// (<c>XXX</c>, <c>XTS</c>) stay usable. <c>default(Currency)</c> is not a valid currency.
/// In JSON a currency is its code as a string.
/// </para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>
{
    private readonly string? _code;

    /// <summary>Creates a currency from its three-letter ISO 4217 code.</summary>
    /// <param name="code">Three ASCII letters, in any case; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three ASCII letters.</exception>
    public Currency(string code)
    {
        Guard.Against.Null(code, nameof(code));
        var trimmed = code.Trim();
        if (trimmed.Length != 3 || !IsAsciiLetter(trimmed[0]) || !IsAsciiLetter(trimmed[1]) || !IsAsciiLetter(trimmed[2]))
        {
            throw new ArgumentException($"A currency code must be three ASCII letters (ISO 4217), but was '{code}'.", nameof(code));
        }

        _code = trimmed.ToUpperInvariant();
    }

    /// <summary>The euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>The US dollar.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>The Russian rouble.</summary>
    public static Currency Rub { get; } = new("RUB");

    /// <summary>The three upper-case letters of the code; the empty string for <c>default(Currency)</c>.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>True for <c>default(Currency)</c>, which no analysis accepts.</summary>
    public bool IsDefault => _code is null;

    /// <summary>Equality of the codes.</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns>True when both have the same code.</returns>
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code, for example <c>EUR</c>.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;

    /// <summary>Equality of the codes.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when the codes are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Inequality of the codes.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
