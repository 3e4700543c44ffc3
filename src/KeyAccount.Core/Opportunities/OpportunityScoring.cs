using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// Scores opportunities by benefit against time, money and personnel, ranks them by one priority
/// score and places them in the value-against-effort matrix.
/// </summary>
/// <remarks>
/// <para>
/// Expected return = benefit x probability. Return per unit of each resource = expected return /
/// need (per hour, per currency unit, per person-day). Effort = the mean over the three resources
/// of need / reference, where the reference is the mean need of the set unless set (for example
/// to the budgets); so effort 1 is "a typical opportunity's resources". Priority score = expected
/// return / effort.
/// </para>
/// <para>
/// Matrix: high value when the expected return is at or above the value threshold; low effort
/// when the effort is at or below the effort threshold. Both thresholds default to the medians of
/// the set (for an even count, the mean of the two middle values). Quick win = high value and low
/// effort; major project = high value, high effort; fill-in = low value, low effort; thankless
/// task = low value, high effort.
/// </para>
/// </remarks>
public static class OpportunityScoring
{
    /// <summary>Scores and ranks <paramref name="opportunities"/>.</summary>
    /// <param name="opportunities">The opportunities; ids unique. May be empty.</param>
    /// <param name="currency">The currency of their amounts (for the texts).</param>
    /// <param name="options">Thresholds and effort reference; defaults from the set when null.</param>
    /// <returns>The report, scores by rank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="opportunities"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException">Two opportunities have the same id, an opportunity has a value out of its range (<see cref="OpportunityPortfolioValidator"/>), <paramref name="options"/> have errors (<see cref="ScoringOptions.Validate"/>), or <paramref name="currency"/> is <c>default</c>.</exception>
    public static OpportunityScoreReport Score(IReadOnlyList<Opportunity> opportunities, Currency currency, ScoringOptions? options = null)
    {
        Require.NotNull(opportunities, nameof(opportunities));
        if (currency.IsDefault)
        {
            throw new ArgumentException("The currency must be set.", nameof(currency));
        }

        options ??= ScoringOptions.Default;
        Require.Valid(options.Validate(), nameof(options), "scoring options");

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < opportunities.Count; i++)
        {
            var o = opportunities[i] ?? throw new ArgumentNullException(nameof(opportunities), $"opportunities[{i}] is null.");
            if (seen.TryGetValue(o.Id, out var earlier))
            {
                throw new ArgumentException($"opportunities[{i}] has the id '{o.Id}' of opportunities[{earlier}]; ids must be unique.", nameof(opportunities));
            }

            seen.Add(o.Id, i);
        }

        var values = new DiagnosticBag();
        OpportunityPortfolioValidator.CheckValues(values, opportunities);
        Require.Valid(values.ToSortedList(), nameof(opportunities), "list of opportunities");
        var items = opportunities.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        var reference = options.EffortReference ?? MeanNeeds(items);
        var references = new[] { reference.Get(ResourceKind.Time), reference.Get(ResourceKind.Money), reference.Get(ResourceKind.Personnel) };
        var efforts = items.Select(o => Effort(o, references)).ToArray();
        var valueThreshold = options.ValueThreshold ?? Median(items.Select(o => o.ExpectedReturn).ToArray());
        var effortThreshold = options.EffortThreshold ?? Median((double[])efforts.Clone());

        var rows = new List<(Opportunity O, double Effort, double? Priority, ValueEffortQuadrant Quadrant)>();
        for (var i = 0; i < items.Length; i++)
        {
            var o = items[i];
            var effort = efforts[i];
            double? priority = effort > 0 ? (double)o.ExpectedReturn / effort : null;
            var high = o.ExpectedReturn >= valueThreshold;
            var low = effort <= effortThreshold;
            var quadrant = high ? (low ? ValueEffortQuadrant.QuickWin : ValueEffortQuadrant.MajorProject) : (low ? ValueEffortQuadrant.FillIn : ValueEffortQuadrant.ThanklessTask);
            rows.Add((o, effort, priority, quadrant));
        }

        var ranked = rows
            .OrderBy(r => r.Priority.HasValue ? 1 : 0)
            .ThenByDescending(r => r.Priority ?? 0)
            .ThenByDescending(r => r.O.ExpectedReturn)
            .ThenBy(r => r.O.Id, StringComparer.Ordinal)
            .ToArray();
        var scores = new OpportunityScore[ranked.Length];
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            var (o, effort, priority, quadrant) = ranked[rank];
            var perHour = PerUnit(o.ExpectedReturn, o.Needs.Get(ResourceKind.Time));
            var perMoney = PerUnit(o.ExpectedReturn, o.Needs.Money);
            var perDay = PerUnit(o.ExpectedReturn, o.Needs.PersonDays);
            var text = Explain(o, currency, effort, priority, quadrant, valueThreshold, effortThreshold, references);
            scores[rank] = new OpportunityScore(o.Id, o.Client, o.ExpectedReturn, effort, rank + 1, quadrant, text, perHour, perMoney, perDay, priority);
        }

        var counts = new[] { ValueEffortQuadrant.QuickWin, ValueEffortQuadrant.MajorProject, ValueEffortQuadrant.FillIn, ValueEffortQuadrant.ThanklessTask }
            .Select(q => Wording.Count(scores.Count(s => s.Quadrant == q), Label(q)));
        var explanation = Format(
            "{0} scored. Effort 1 = {1} ({2}). High value: expected return at or above {3} ({4}); low effort: effort at or below {5} ({6}). {7}.",
            Wording.Count(scores.Length, "opportunity", "opportunities"),
            reference.ToString(currency),
            options.EffortReference is null ? "the mean need of the set" : "as set",
            OpportunitySelector.Quantity(valueThreshold, ResourceKind.Money, currency),
            options.ValueThreshold is null ? "the median" : "as set",
            Wording.Number(effortThreshold, 4),
            options.EffortThreshold is null ? "the median" : "as set",
            string.Join(", ", counts));
        return new OpportunityScoreReport(currency, reference, valueThreshold, effortThreshold, scores, explanation);
    }

    private static string Explain(Opportunity o, Currency currency, double effort, double? priority, ValueEffortQuadrant quadrant, decimal valueThreshold, double effortThreshold, decimal[] references)
    {
        var shares = new List<string>();
        for (var k = 0; k < 3; k++)
        {
            var kind = (ResourceKind)k;
            if (references[k] > 0m)
            {
                shares.Add(Format("{0} of {1}", OpportunitySelector.Quantity(o.Needs.Get(kind), kind, currency), Wording.Number(references[k], 4)));
            }
        }

        var priorityText = priority is { } p
            ? Format("priority {0} (expected return / effort)", Wording.Number(p, 2))
            : "no priority score: it needs none of the resources, so it ranks first";
        return Format(
            "Expected return {0} = benefit {1} x probability {2}. Effort {3} = mean of need / reference ({4}); {5}. {6}: value {7} threshold {8}, effort {9} threshold {10}.",
            OpportunitySelector.Quantity(o.ExpectedReturn, ResourceKind.Money, currency),
            Wording.Number(o.Benefit, 28),
            Wording.Number(o.Probability, 28),
            Wording.Number(effort, 4),
            shares.Count == 0 ? "no resource has a reference" : string.Join(", ", shares),
            priorityText,
            Wording.Capitalise(Label(quadrant)),
            o.ExpectedReturn >= valueThreshold ? ">=" : "<",
            Wording.Number(valueThreshold, 4),
            effort <= effortThreshold ? "<=" : ">",
            Wording.Number(effortThreshold, 4));
    }

    private static string Label(ValueEffortQuadrant quadrant) => quadrant switch
    {
        ValueEffortQuadrant.QuickWin => "quick win",
        ValueEffortQuadrant.MajorProject => "major project",
        ValueEffortQuadrant.FillIn => "fill-in",
        _ => "thankless task",
    };

    private static double Effort(Opportunity o, decimal[] references)
    {
        var sum = 0.0;
        var count = 0;
        for (var k = 0; k < 3; k++)
        {
            if (references[k] > 0m)
            {
                sum += (double)(o.Needs.Get((ResourceKind)k) / references[k]);
                count++;
            }
        }

        return count == 0 ? 0.0 : sum / count;
    }

    private static double? PerUnit(decimal value, decimal need) => need > 0m ? (double)value / (double)need : null;

    private static ResourceAmounts MeanNeeds(Opportunity[] items)
    {
        if (items.Length == 0)
        {
            return ResourceAmounts.Zero;
        }

        var total = ResourceAmounts.Zero;
        foreach (var o in items)
        {
            total = total.Plus(o.Needs);
        }

        return new ResourceAmounts(total.Time / items.Length, total.Money / items.Length, total.PersonDays / items.Length);
    }

    private static decimal Median(decimal[] values)
    {
        if (values.Length == 0)
        {
            return 0m;
        }

        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2m;
    }

    /// <summary>The median in doubles: the round trip through decimal moved it off the middle effort, which then read as above it.</summary>
    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return 0.0;
        }

        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
