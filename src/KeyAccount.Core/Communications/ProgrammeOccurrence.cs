using System;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>One dated occurrence of a programme item: the item's id and the day it falls on.</summary>
public readonly struct ProgrammeOccurrence : IEquatable<ProgrammeOccurrence>
{
    /// <summary>Creates an occurrence.</summary>
    /// <param name="date">The day.</param>
    /// <param name="itemId">The item's id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    public ProgrammeOccurrence(LocalDate date, string itemId)
    {
        Date = date;
        ItemId = Require.NotNull(itemId, nameof(itemId));
    }

    /// <summary>The day the item falls on.</summary>
    public LocalDate Date { get; }

    /// <summary>The item's id (trimmed).</summary>
    public string ItemId { get; }

    /// <summary>Equal when date and item id are equal.</summary>
    /// <param name="other">The occurrence to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ProgrammeOccurrence other) => Date == other.Date && string.Equals(ItemId, other.ItemId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProgrammeOccurrence other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Date, ItemId).GetHashCode();

    /// <summary>The date and the item, for example <c>2026-03-02 newsletter</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Wording.Date(Date) + " " + ItemId;

    /// <summary>Equality.</summary>
    /// <param name="left">The first occurrence.</param>
    /// <param name="right">The second occurrence.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ProgrammeOccurrence left, ProgrammeOccurrence right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first occurrence.</param>
    /// <param name="right">The second occurrence.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ProgrammeOccurrence left, ProgrammeOccurrence right) => !left.Equals(right);
}
