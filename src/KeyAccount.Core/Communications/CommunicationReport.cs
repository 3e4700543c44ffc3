using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>The analysis of a communication programme as of a date and over a window: coverage, gaps, silences, overloads, costs and overdue items, each with its verdict.</summary>
public sealed record CommunicationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="window">The window analysed, both ends inclusive.</param>
    /// <param name="occurrences">The number of occurrences in the window (cancelled items have none).</param>
    /// <param name="coverage">The coverage grid.</param>
    /// <param name="gaps">The gaps.</param>
    /// <param name="silences">The longest silence of every audience.</param>
    /// <param name="overloads">The people overloaded, by week.</param>
    /// <param name="costs">The cost of every month of the window; empty when no amount is given.</param>
    /// <param name="overdue">The overdue items.</param>
    /// <param name="explanation">The overall verdict, in a sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list holds a null entry.</exception>
    public CommunicationReport(
        LocalDate asOf,
        DateInterval window,
        int occurrences,
        CoverageGrid coverage,
        IReadOnlyList<CommunicationGap> gaps,
        IReadOnlyList<AudienceSilence> silences,
        IReadOnlyList<PersonOverload> overloads,
        IReadOnlyList<MonthlyCost> costs,
        IReadOnlyList<OverdueItem> overdue,
        string explanation)
    {
        AsOf = asOf;
        Window = Require.NotNull(window, nameof(window));
        Occurrences = occurrences;
        Coverage = Require.NotNull(coverage, nameof(coverage));
        Gaps = Require.Items(Require.NotNull(gaps, nameof(gaps)), nameof(gaps));
        Silences = Require.Items(Require.NotNull(silences, nameof(silences)), nameof(silences));
        Overloads = Require.Items(Require.NotNull(overloads, nameof(overloads)), nameof(overloads));
        Costs = Require.Items(Require.NotNull(costs, nameof(costs)), nameof(costs));
        Overdue = Require.Items(Require.NotNull(overdue, nameof(overdue)), nameof(overdue));
        Explanation = Require.NotNull(explanation, nameof(explanation));
    }

    /// <summary>The date of the analysis: items planned before it and not done are overdue.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The window analysed, both ends inclusive.</summary>
    public DateInterval Window { get; }

    /// <summary>The number of occurrences in the window (cancelled items have none).</summary>
    public int Occurrences { get; }

    /// <summary>The coverage grid: message types and subjects × tools, counts of occurrences.</summary>
    public CoverageGrid Coverage { get; }

    /// <summary>The gaps, by kind, then subject (ordinal).</summary>
    public IReadOnlyList<CommunicationGap> Gaps { get; }

    /// <summary>The longest silence of every audience, by audience id.</summary>
    public IReadOnlyList<AudienceSilence> Silences { get; }

    /// <summary>The people overloaded, by person id, then week.</summary>
    public IReadOnlyList<PersonOverload> Overloads { get; }

    /// <summary>The cost of every calendar month the window touches, in order; empty when the programme gives no amount.</summary>
    public IReadOnlyList<MonthlyCost> Costs { get; }

    /// <summary>The items overdue as of <see cref="AsOf"/>, by item id.</summary>
    public IReadOnlyList<OverdueItem> Overdue { get; }

    /// <summary>The overall verdict, in a sentence.</summary>
    public string Explanation { get; }
}
