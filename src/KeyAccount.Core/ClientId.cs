using System;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using KeyAccount.Core.Json;

namespace KeyAccount.Core;

/// <summary>
/// Identifies a client (an account) across every analysis of the library.
/// </summary>
/// <remarks>
/// <para>
/// A client id is the caller's own key (a CRM account number, a customer code, a name). It is
/// trimmed of leading and trailing white space when created and must not be empty after that.
/// Equality, hashing and ordering are <see cref="StringComparison.Ordinal"/>: <c>"acme"</c> and
/// <c>"ACME"</c> are two clients, and the order is the same on every machine and culture.
/// Analyses break ties between clients by this order, so results are deterministic.
/// </para>
/// <para>
/// <c>default(ClientId)</c> is not a valid id: its <see cref="Value"/> is the empty string and
/// analyses reject it. Create ids with the constructor or <see cref="op_Explicit(string)"/>.
/// </para>
/// <para>In JSON a client id is a plain string, and it may be used as a dictionary key.</para>
/// </remarks>
[JsonConverter(typeof(ClientIdJsonConverter))]
public readonly struct ClientId : IEquatable<ClientId>, IComparable<ClientId>, IComparable
{
    private readonly string? _value;

    /// <summary>Creates a client id from <paramref name="value"/>, trimmed.</summary>
    /// <param name="value">The id; leading and trailing white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space only.</exception>
    public ClientId(string value)
    {
        _value = Guard.Against.NullOrWhiteSpace(value, nameof(value), "A client id must not be empty or white space.").Trim();
    }

    /// <summary>The id, trimmed; the empty string for <c>default(ClientId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(ClientId)</c>, which no analysis accepts.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates a client id from a string; the same as <see cref="ClientId(string)"/>.</summary>
    /// <param name="value">The id; leading and trailing white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space only.</exception>
    public static explicit operator ClientId(string value) => new(value);

    /// <summary>Creates a client id from a string; the same as <see cref="ClientId(string)"/>.</summary>
    /// <param name="value">The id; leading and trailing white space is removed.</param>
    /// <returns>The client id.</returns>
    public static ClientId From(string value) => new(value);

    /// <summary>Ordinal equality of the ids.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>True when both ids hold the same characters.</returns>
    public bool Equals(ClientId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClientId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Ordinal order of the ids.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ClientId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ClientId other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a ClientId with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The id itself.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Ordinal equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when the ids are equal.</returns>
    public static bool operator ==(ClientId left, ClientId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when the ids differ.</returns>
    public static bool operator !=(ClientId left, ClientId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ClientId left, ClientId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(ClientId left, ClientId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ClientId left, ClientId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(ClientId left, ClientId right) => left.CompareTo(right) >= 0;
}
