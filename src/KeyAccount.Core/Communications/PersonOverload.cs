using System;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>A person who receives more items in one week than the settings allow.</summary>
public sealed record PersonOverload
{
    /// <summary>Creates an overload.</summary>
    /// <param name="person">The person's id.</param>
    /// <param name="weekStart">The Monday of the week (the calendar's first day, -9998-01-01, for the week that begins before it).</param>
    /// <param name="items">Occurrences reaching the person that week.</param>
    /// <param name="explanation">The verdict, in a sentence.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public PersonOverload(string person, LocalDate weekStart, int items, string explanation)
    {
        Person = Require.NotNull(person, nameof(person));
        WeekStart = weekStart;
        Items = items;
        Explanation = Require.NotNull(explanation, nameof(explanation));
    }

    /// <summary>The person's id.</summary>
    public string Person { get; }

    /// <summary>The Monday of the week (the calendar's first day, -9998-01-01, for the week that begins before it).</summary>
    public LocalDate WeekStart { get; }

    /// <summary>Occurrences reaching the person that week (within the window).</summary>
    public int Items { get; }

    /// <summary>The verdict, in a sentence.</summary>
    public string Explanation { get; }
}
