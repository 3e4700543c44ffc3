using System;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>An item still planned whose last date has passed: it was not done, or nobody marked it done.</summary>
public sealed record OverdueItem
{
    /// <summary>Creates an overdue item.</summary>
    /// <param name="item">The item's id.</param>
    /// <param name="lastDate">Its date, or the last date of its recurrence.</param>
    /// <param name="daysOverdue">Days from that date to the date of the analysis.</param>
    /// <param name="explanation">The verdict, in a sentence.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public OverdueItem(string item, LocalDate lastDate, int daysOverdue, string explanation)
    {
        Item = Require.NotNull(item, nameof(item));
        LastDate = lastDate;
        DaysOverdue = daysOverdue;
        Explanation = Require.NotNull(explanation, nameof(explanation));
    }

    /// <summary>The item's id.</summary>
    public string Item { get; }

    /// <summary>Its date, or the last date of its recurrence.</summary>
    public LocalDate LastDate { get; }

    /// <summary>Days from <see cref="LastDate"/> to the date of the analysis.</summary>
    public int DaysOverdue { get; }

    /// <summary>The verdict, in a sentence.</summary>
    public string Explanation { get; }
}
