using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// A portfolio turned into an exact integer knapsack: opportunities in id order (the canonical
/// order that makes the answer independent of the input's order), and per resource the exact
/// integer unit it is counted in.
/// </summary>
/// <remarks>
/// Each dimension is scaled exactly: decimals by the power of ten of their largest scale, time in
/// nanoseconds, then divided by the greatest common divisor of all the amounts of that dimension
/// (budget included). So "fits the budget" is a comparison of integers, never a rounding question.
/// A budget larger than all needs together is lowered to that total (it changes nothing).
/// </remarks>
internal sealed class SelectionModel
{
    private SelectionModel(Opportunity[] items, KnapsackInstance instance, decimal valueUnit, decimal[] weightUnits)
    {
        Items = items;
        Instance = instance;
        ValueUnit = valueUnit;
        WeightUnits = weightUnits;
    }

    /// <summary>The opportunities, sorted by id (ordinal); index i is item i of <see cref="Instance"/>.</summary>
    public Opportunity[] Items { get; }

    public KnapsackInstance Instance { get; }

    /// <summary>Currency units per integer value unit.</summary>
    public decimal ValueUnit { get; }

    /// <summary>Per resource (time, money, personnel): hours, currency units or person-days per integer unit.</summary>
    public decimal[] WeightUnits { get; }

    public static SelectionModel Create(OpportunityPortfolio portfolio, ResourceAmounts budget)
    {
        var items = portfolio.Opportunities.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            if (index.ContainsKey(items[i].Id))
            {
                var positions = portfolio.Opportunities.Select((o, p) => (o, p)).Where(t => t.o.Id == items[i].Id).Select(t => t.p).ToArray();
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "opportunities[{0}] and opportunities[{1}] have the same id '{2}'; ids must be unique (see OpportunityPortfolioValidator).", positions[0], positions[1], items[i].Id),
                    nameof(portfolio));
            }

            index.Add(items[i].Id, i);
        }

        var n = items.Length;
        var requires = new List<int>[n];
        var excludes = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            requires[i] = [];
            excludes[i] = [];
        }

        for (var l = 0; l < portfolio.Links.Count; l++)
        {
            var link = portfolio.Links[l];
            var from = Find(index, link.From, $"links[{l}].from", nameof(portfolio));
            var to = Find(index, link.To, $"links[{l}].to", nameof(portfolio));
            if (from == to)
            {
                throw new ArgumentException($"links[{l}] links '{link.From}' to itself (see OpportunityPortfolioValidator).", nameof(portfolio));
            }

            if (link.Kind == OpportunityLinkKind.Requires)
            {
                requires[from].Add(to);
            }
            else
            {
                excludes[from].Add(to);
                excludes[to].Add(from);
            }
        }

        var mustDo = new bool[n];
        for (var m = 0; m < portfolio.MustDo.Count; m++)
        {
            mustDo[Find(index, portfolio.MustDo[m], $"mustDo[{m}]", nameof(portfolio))] = true;
        }

        var (values, valueUnit) = ScaleDecimals(items.Select(o => o.ExpectedReturn).ToArray(), null, "expected return", nameof(portfolio));
        var (time, timeUnit) = ScaleTime(items, budget.Time, nameof(portfolio));
        var (money, moneyUnit) = ScaleDecimals(items.Select(o => o.Needs.Money).ToArray(), budget.Money, "money", nameof(portfolio));
        var (people, peopleUnit) = ScaleDecimals(items.Select(o => o.Needs.PersonDays).ToArray(), budget.PersonDays, "person-days", nameof(portfolio));
        var weights = new[] { time.Take(n).ToArray(), money.Take(n).ToArray(), people.Take(n).ToArray() };
        var capacities = new[] { time[n], money[n], people[n] };
        var instance = new KnapsackInstance(
            values,
            weights,
            capacities,
            requires.Select(r => r.Distinct().OrderBy(x => x).ToArray()).ToArray(),
            excludes.Select(r => r.Distinct().OrderBy(x => x).ToArray()).ToArray(),
            mustDo);
        return new SelectionModel(items, instance, valueUnit, [timeUnit, moneyUnit, peopleUnit]);
    }

    public decimal Value(long units) => units * ValueUnit;

    private static int Find(Dictionary<string, int> index, string id, string where, string parameterName) =>
        index.TryGetValue(id.Trim(), out var i)
            ? i
            : throw new ArgumentException($"{where} names '{id}', which is not an opportunity of the portfolio (see OpportunityPortfolioValidator).", parameterName);

    /// <summary>
    /// Scales exact decimals to integers in units of the amounts' finest decimal place; with a
    /// budget, it is the last element, lowered to the total if larger and rounded down to that unit
    /// (a sum of whole units fits a budget exactly when it fits the budget rounded down, so a budget
    /// more precise than the amounts changes nothing).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amounts' total does not fit in 64-bit integers at their precision (also when the total exceeds <see cref="decimal"/>).</exception>
    private static (long[] Scaled, decimal Unit) ScaleDecimals(decimal[] amounts, decimal? budget, string what, string parameterName)
    {
        var scale = 0;
        foreach (var a in amounts)
        {
            scale = Math.Max(scale, Scale(a));
        }

        var multiplier = 1m;
        for (var s = 0; s < scale; s++)
        {
            multiplier *= 10m;
        }

        const decimal limit = long.MaxValue / 4;
        var total = 0m;
        try
        {
            foreach (var a in amounts)
            {
                total += a;
            }
        }
        catch (OverflowException)
        {
            throw TooLarge(what, "beyond the range of decimal", scale, parameterName);
        }

        if (total > limit / multiplier)
        {
            throw TooLarge(what, total.ToString(CultureInfo.InvariantCulture), scale, parameterName);
        }

        var count = amounts.Length + (budget.HasValue ? 1 : 0);
        var scaled = new long[count];
        for (var i = 0; i < amounts.Length; i++)
        {
            scaled[i] = decimal.ToInt64(amounts[i] * multiplier);
        }

        if (budget is { } cap)
        {
            scaled[amounts.Length] = decimal.ToInt64(decimal.Floor(Math.Min(cap, total) * multiplier));
        }

        var unit = Reduce(scaled);
        return (scaled, unit / multiplier);
    }

    private static ArgumentOutOfRangeException TooLarge(string what, string total, int scale, string parameterName) =>
        new(
            parameterName,
            string.Format(
                CultureInfo.InvariantCulture,
                "The {0} amounts total {1} with {2} decimals; that is too large or too precise to be counted exactly in 64-bit integers (round the amounts, e.g. a probability such as 1/3, to fewer decimals).",
                what,
                total,
                scale));

    private static (long[] Scaled, decimal Unit) ScaleTime(Opportunity[] items, Duration budget, string parameterName)
    {
        var n = items.Length;
        var scaled = new long[n + 1];
        var total = 0m;
        for (var i = 0; i < n; i++)
        {
            scaled[i] = items[i].Needs.Time.ToInt64Nanoseconds();
            total += scaled[i];
        }

        if (total > long.MaxValue / 4)
        {
            throw new ArgumentOutOfRangeException(parameterName, "The time needs total more than can be counted exactly in nanoseconds (about 73 years).");
        }

        var totalTime = Duration.FromNanoseconds((long)total);
        scaled[n] = budget >= totalTime ? (long)total : budget.ToInt64Nanoseconds();
        var unit = Reduce(scaled);
        return (scaled, unit / ResourceAmounts.NanosecondsPerHour);
    }

    /// <summary>Divides all by their greatest common divisor; returns it (1 when all are zero).</summary>
    private static long Reduce(long[] values)
    {
        long g = 0;
        foreach (var v in values)
        {
            g = Gcd(g, v);
        }

        if (g <= 1)
        {
            return 1;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= g;
        }

        return g;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
