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
/// Expected returns are the one exception: they are rounded to at most six decimals
/// (<see cref="ReturnDecimals"/>), so a probability written with float noise (0.30000000000000004)
/// or a repeating decimal (1/3) still counts.
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

        var problems = new List<CountingProblem>();
        var (values, valueUnit) = ScaleReturns(items, problems);
        var (time, timeUnit) = ScaleTime(items, budget.Time, problems);
        var (money, moneyUnit) = ScaleDecimals(items, o => o.Needs.Money, budget.Money, "money", "needs.money", problems);
        var (people, peopleUnit) = ScaleDecimals(items, o => o.Needs.PersonDays, budget.PersonDays, "person-days", "needs.personDays", problems);
        if (problems.Count > 0)
        {
            var p = problems[0];
            var position = IndexOf(portfolio.Opportunities, items[p.Index]);
            throw new ArgumentOutOfRangeException(nameof(portfolio), string.Format(CultureInfo.InvariantCulture, "opportunities[{0}].{1}: {2} (see OpportunityPortfolioValidator).", position, p.Member, p.Message));
        }

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
    /// What keeps the amounts of <paramref name="opportunities"/> (in any order) from being counted
    /// exactly in 64-bit integers: one problem per resource (or the expected returns) at most, with
    /// the index of the opportunity to blame. The validator reports these, so that the selection
    /// never meets them.
    /// </summary>
    public static IReadOnlyList<CountingProblem> CountingProblems(IReadOnlyList<Opportunity> opportunities, ResourceAmounts budget)
    {
        var items = new Opportunity[opportunities.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = opportunities[i];
        }

        var problems = new List<CountingProblem>();
        ScaleReturns(items, problems);
        ScaleTime(items, budget.Time, problems);
        ScaleDecimals(items, o => o.Needs.Money, budget.Money, "money", "needs.money", problems);
        ScaleDecimals(items, o => o.Needs.PersonDays, budget.PersonDays, "person-days", "needs.personDays", problems);
        return problems;
    }

    /// <summary>
    /// An expected return as the choice counts it: rounded (half away from zero) to
    /// <see cref="ReturnDecimals"/> decimals.
    /// </summary>
    public static decimal CountedReturn(Opportunity opportunity) => decimal.Round(opportunity.ExpectedReturn, ReturnDecimals, MidpointRounding.AwayFromZero);

    /// <summary>The most decimals of an expected return the choice counts: a millionth of the currency unit.</summary>
    public const int ReturnDecimals = 6;

    private const decimal Limit = long.MaxValue / 4;

    /// <summary>
    /// Expected returns rounded to at most <see cref="ReturnDecimals"/> decimals, in units of the
    /// finest decimal place among them; when their total at that precision would not fit in 64-bit
    /// integers, the precision is lowered one decimal at a time (to whole currency units at most).
    /// </summary>
    private static (long[] Scaled, decimal Unit) ScaleReturns(Opportunity[] items, List<CountingProblem> problems)
    {
        var rounded = new decimal[items.Length];
        var scale = 0;
        var total = 0m;
        var largest = -1;
        try
        {
            for (var i = 0; i < items.Length; i++)
            {
                rounded[i] = CountedReturn(items[i]);
                scale = Math.Max(scale, Scale(rounded[i]));
                total += rounded[i];
                largest = largest < 0 || rounded[i] > rounded[largest] ? i : largest;
            }
        }
        catch (OverflowException)
        {
            problems.Add(new CountingProblem(largest < 0 ? 0 : largest, "benefit", "the expected returns (benefit x probability) total beyond the range of decimal; state the benefits in a larger unit"));
            return (new long[items.Length], 1m);
        }

        while (scale > 0 && total > Limit / Pow10(scale))
        {
            scale--;
            total = 0m;
            for (var i = 0; i < items.Length; i++)
            {
                rounded[i] = decimal.Round(rounded[i], scale, MidpointRounding.AwayFromZero);
                total += rounded[i];
            }
        }

        if (total > Limit)
        {
            problems.Add(new CountingProblem(largest, "benefit", string.Format(CultureInfo.InvariantCulture, "the expected returns (benefit x probability) total {0}, more than the choice counts exactly ({1}); state the benefits in a larger unit", Wording.Number(total, 0), Wording.Number(Limit, 0))));
            return (new long[items.Length], 1m);
        }

        var multiplier = Pow10(scale);
        var scaled = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            scaled[i] = decimal.ToInt64(rounded[i] * multiplier);
        }

        var unit = Reduce(scaled);
        return (scaled, unit / multiplier);
    }

    /// <summary>
    /// Scales exact decimals to integers in units of the amounts' finest decimal place; the budget
    /// is the last element, lowered to the total if larger and rounded down to that unit (a sum of
    /// whole units fits a budget exactly when it fits the budget rounded down, so a budget more
    /// precise than the amounts changes nothing).
    /// </summary>
    private static (long[] Scaled, decimal Unit) ScaleDecimals(Opportunity[] items, Func<Opportunity, decimal> amount, decimal budget, string what, string member, List<CountingProblem> problems)
    {
        var scale = 0;
        var finest = -1;
        var largest = -1;
        var total = 0m;
        try
        {
            for (var i = 0; i < items.Length; i++)
            {
                var a = amount(items[i]);
                if (finest < 0 || Scale(a) > scale)
                {
                    scale = Scale(a);
                    finest = i;
                }

                largest = largest < 0 || a > amount(items[largest]) ? i : largest;
                total += a;
            }
        }
        catch (OverflowException)
        {
            problems.Add(new CountingProblem(largest < 0 ? 0 : largest, member, string.Format(CultureInfo.InvariantCulture, "the {0} needs total beyond the range of decimal; state them in a larger unit", what)));
            return (new long[items.Length + 1], 1m);
        }

        var multiplier = Pow10(scale);
        if (total > Limit / multiplier)
        {
            var tooPrecise = total <= Limit;
            problems.Add(new CountingProblem(
                tooPrecise ? finest : largest,
                member,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "the {0} needs total {1} with {2}, too {3} to be counted exactly in 64-bit integers; {4}",
                    what,
                    Wording.Number(total, 2),
                    Wording.Count(scale, "decimal"),
                    tooPrecise ? "precise" : "large",
                    tooPrecise ? "round the amounts to fewer decimals" : "state them in a larger unit")));
            return (new long[items.Length + 1], 1m);
        }

        var scaled = new long[items.Length + 1];
        for (var i = 0; i < items.Length; i++)
        {
            scaled[i] = decimal.ToInt64(amount(items[i]) * multiplier);
        }

        scaled[items.Length] = decimal.ToInt64(decimal.Floor(Math.Min(budget, total) * multiplier));
        var unit = Reduce(scaled);
        return (scaled, unit / multiplier);
    }

    private static (long[] Scaled, decimal Unit) ScaleTime(Opportunity[] items, Duration budget, List<CountingProblem> problems)
    {
        var n = items.Length;
        var total = 0m;
        var largest = -1;
        for (var i = 0; i < n; i++)
        {
            total += ResourceAmounts.Nanoseconds(items[i].Needs.Time);
            largest = largest < 0 || items[i].Needs.Time > items[largest].Needs.Time ? i : largest;
        }

        if (total > Limit)
        {
            problems.Add(new CountingProblem(largest, "needs.time", string.Format(CultureInfo.InvariantCulture, "the time needs total {0} hours, more than can be counted exactly in nanoseconds (about 73 years)", Wording.Number(total / ResourceAmounts.NanosecondsPerHour, 0))));
            return (new long[n + 1], 1m);
        }

        var scaled = new long[n + 1];
        for (var i = 0; i < n; i++)
        {
            scaled[i] = items[i].Needs.Time.ToInt64Nanoseconds();
        }

        scaled[n] = ResourceAmounts.Nanoseconds(budget) >= total ? (long)total : budget.ToInt64Nanoseconds();
        var unit = Reduce(scaled);
        return (scaled, unit / ResourceAmounts.NanosecondsPerHour);
    }

    private static decimal Pow10(int scale)
    {
        var multiplier = 1m;
        for (var s = 0; s < scale; s++)
        {
            multiplier *= 10m;
        }

        return multiplier;
    }

    private static int IndexOf(IReadOnlyList<Opportunity> list, Opportunity item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return -1;
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

/// <summary>Why the amounts of one resource cannot be counted exactly: the opportunity to blame (an index into the list checked), its member and the reason.</summary>
internal readonly record struct CountingProblem(int Index, string Member, string Message);
