using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// Chooses the set of opportunities with the highest total expected return that fits the budgets
/// of time, money and personnel at once, honouring "requires" and "excludes" links and must-dos.
/// </summary>
/// <remarks>
/// <para>
/// The problem is the multi-dimensional 0-1 knapsack: maximise the sum of expected returns
/// (benefit x probability) of the chosen opportunities such that, for each of the three
/// resources, the sum of their needs is at most the budget; a chosen opportunity's required
/// opportunities are chosen too; two opportunities linked by "excludes" are never both chosen;
/// must-dos are chosen. Amounts are compared exactly (see <see cref="ResourceAmounts"/>).
/// </para>
/// <para>
/// <see cref="SelectionMethod.Exact"/> is branch and bound with a Lagrangian root bound,
/// reduced-cost fixing and a surrogate-relaxation bound at each node (docs/opportunities.md); it
/// proves the optimum for 100 candidates against three budgets in milliseconds. It stops at the
/// node limit and then returns the best set found, an upper bound and the gap, with status
/// <see cref="SelectionStatus.BestFound"/>. The result does not depend on the order of the
/// candidates, links or must-dos: the candidates are put in id order first and every tie is
/// broken by id. Among several optimal sets the one found first in that order is returned; a
/// chosen opportunity worth nothing is kept only when it is a must-do or another chosen
/// opportunity requires it.
/// </para>
/// </remarks>
public static class OpportunitySelector
{
    /// <summary>
    /// Validates <paramref name="portfolio"/> and the options and, when they have no errors, chooses:
    /// the area's run, which never throws for a defect in the document.
    /// </summary>
    /// <param name="portfolio">The document, however defective.</param>
    /// <param name="options">Method and node limit; <see cref="SelectionOptions.Default"/> when null. Their diagnostics are reported under <c>options</c>.</param>
    /// <returns>The diagnostics of <see cref="OpportunityPortfolioValidator.Validate"/> and, when none is an error, the selection (an infeasible one included).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static DocumentRun<OpportunitySelection> Run(OpportunityPortfolio portfolio, SelectionOptions? options = null)
    {
        Require.NotNull(portfolio, nameof(portfolio));
        var diagnostics = OpportunityPortfolioValidator.Validate(portfolio, options ?? SelectionOptions.Default);
        return new DocumentRun<OpportunitySelection>(diagnostics, diagnostics.HasErrors() ? null : Choose(portfolio, options ?? SelectionOptions.Default));
    }

    /// <summary>Chooses the best set of opportunities of <paramref name="portfolio"/> within its budget.</summary>
    /// <param name="portfolio">The candidates, budget, links and must-dos; a document without validation errors.</param>
    /// <param name="options">Method and node limit; <see cref="SelectionOptions.Default"/> when null.</param>
    /// <returns>The choice, its guarantee and its explanation. An infeasible problem is a result with status <see cref="SelectionStatus.Infeasible"/>, not an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    /// <exception cref="ArgumentException">The portfolio has errors that <see cref="OpportunityPortfolioValidator"/> reports (duplicate ids, unknown links or must-dos, negative amounts, a probability outside 0 to 1, amounts too large or too precise to count exactly), or the options have errors; the message lists them.</exception>
    public static OpportunitySelection Select(OpportunityPortfolio portfolio, SelectionOptions? options = null)
    {
        Require.NotNull(portfolio, nameof(portfolio));
        options ??= SelectionOptions.Default;
        Require.Valid(options.Validate(), nameof(options), "selection options");
        Require.Valid(OpportunityPortfolioValidator.Validate(portfolio), nameof(portfolio), "opportunity portfolio");
        return Choose(portfolio, options);
    }

    private static OpportunitySelection Choose(OpportunityPortfolio portfolio, SelectionOptions options)
    {
        var model = SelectionModel.Create(portfolio, portfolio.Budget);
        var result = Solve(model, options);
        return Describe(portfolio, model, result, options.Method);
    }

    /// <summary>
    /// What more of each budget would be worth: each budget alone is raised by its increment and the
    /// problem is solved again; the exact rise of the optimum is reported beside the LP shadow price.
    /// </summary>
    /// <param name="portfolio">The candidates, budget, links and must-dos; a document without validation errors.</param>
    /// <param name="increment">How much more of each resource to try; one hour, one currency unit and one person-day when null. A zero increment reports a rise of zero.</param>
    /// <param name="options">Method and node limit for the four solves; <see cref="SelectionOptions.Exact"/> when null.</param>
    /// <returns>Time, money and personnel, in that order, with <see cref="ResourceSensitivity.ValueOfIncrement"/> set when both solves are proven optimal (and the base problem is feasible).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Select"/>, or <paramref name="increment"/> is negative or takes a budget beyond what can be counted.</exception>
    public static IReadOnlyList<ResourceSensitivity> Sensitivity(OpportunityPortfolio portfolio, ResourceAmounts? increment = null, SelectionOptions? options = null)
    {
        Require.NotNull(portfolio, nameof(portfolio));
        options ??= SelectionOptions.Default;
        increment ??= ResourceAmounts.FromHours(1m, 1m, 1m);
        var incrementErrors = new DiagnosticBag();
        OpportunityPortfolioValidator.CheckAmounts(incrementErrors, increment, nameof(increment), "The increment");
        Require.Valid(incrementErrors.ToSortedList(), nameof(increment), "increment");
        var baseline = Select(portfolio, options);
        var budget = portfolio.Budget;
        ResourceAmounts[] raised;
        try
        {
            raised =
            [
                new ResourceAmounts(budget.Time + increment.Time, budget.Money, budget.PersonDays),
                new ResourceAmounts(budget.Time, budget.Money + increment.Money, budget.PersonDays),
                new ResourceAmounts(budget.Time, budget.Money, budget.PersonDays + increment.PersonDays),
            ];
        }
        catch (OverflowException)
        {
            throw new ArgumentException("The budget raised by the increment is beyond what can be counted; choose a smaller increment.", nameof(increment));
        }
        var result = new List<ResourceSensitivity>(3);
        for (var k = 0; k < 3; k++)
        {
            var kind = (ResourceKind)k;
            var more = Select(new OpportunityPortfolio(portfolio.Currency, raised[k], portfolio.Opportunities, portfolio.Links, portfolio.MustDo), options);
            var row = baseline.Resources[k];
            var step = increment.Get(kind);
            decimal? rise = baseline.ProvenOptimal && more.ProvenOptimal ? more.Value - baseline.Value : null;
            string text;
            if (baseline.Status == SelectionStatus.Infeasible)
            {
                text = more.Status == SelectionStatus.Infeasible
                    ? Format("The must-dos do not fit even with {0}.", More(step, kind, portfolio.Currency))
                    : Format("{0} would make the must-dos fit, with an optimum of {1}.", Wording.Capitalise(More(step, kind, portfolio.Currency)), Wording.Amount(more.Value, portfolio.Currency));
            }
            else if (rise is { } r)
            {
                text = Format(
                    "{0} raises the optimum by {1} (re-solved exactly); {2}.",
                    Wording.Capitalise(More(step, kind, portfolio.Currency)),
                    Wording.Amount(r, portfolio.Currency),
                    options.Method == SelectionMethod.Greedy
                        ? NoPrice
                        : Format("the LP shadow price is {0} {1} per {2}", Round(row.ShadowPrice), portfolio.Currency, row.Unit));
            }
            else
            {
                text = Format(
                    "{0}: not proven {1} (best found {2} against {3}).",
                    Wording.Capitalise(More(step, kind, portfolio.Currency)),
                    options.Method == SelectionMethod.Greedy ? "by the greedy baseline" : "within the node limit",
                    Wording.Amount(more.Value, portfolio.Currency),
                    Wording.Amount(baseline.Value, portfolio.Currency));
            }

            result.Add(row with { Increment = step, ValueOfIncrement = baseline.Status == SelectionStatus.Infeasible ? null : rise, Explanation = text });
        }

        return result;
    }

    private static KnapsackResult Solve(SelectionModel model, SelectionOptions options) =>
        options.Method == SelectionMethod.Greedy
            ? KnapsackSolver.Greedy(model.Instance)
            : KnapsackSolver.Solve(model.Instance, options.NodeLimit);

    private static OpportunitySelection Describe(OpportunityPortfolio portfolio, SelectionModel model, KnapsackResult result, SelectionMethod method)
    {
        var items = model.Items;
        var currency = portfolio.Currency;
        if (!result.Feasible)
        {
            var reasons = Infeasibility(portfolio, model);
            var none = Enumerable.Range(0, 3).Select(k => Row(portfolio, (ResourceKind)k, 0m, 0.0, 0, "Nothing is chosen: the problem is infeasible.")).ToArray();
            return new OpportunitySelection(
                SelectionStatus.Infeasible,
                method,
                currency,
                [],
                0m,
                0m,
                0.0,
                result.Nodes,
                ResourceAmounts.Zero,
                none,
                [],
                "No set of opportunities fits: " + reasons);
        }

        var chosen = result.Chosen;
        var used = ResourceAmounts.Zero;
        for (var i = 0; i < items.Length; i++)
        {
            if (chosen[i])
            {
                used = used.Plus(items[i].Needs);
            }
        }

        var budget = portfolio.Budget;
        var leftOut = new List<LeftOutOpportunity>();
        var blocked = new int[3];
        foreach (var i in Enumerable.Range(0, items.Length).Where(i => !chosen[i]).OrderByDescending(i => items[i].ExpectedReturn).ThenBy(i => items[i].Id, StringComparer.Ordinal))
        {
            var entry = LeftOut(portfolio, model, chosen, used, i);
            foreach (var kind in entry.ShortOf)
            {
                blocked[(int)kind]++;
            }

            leftOut.Add(entry);
        }

        var value = model.Value(result.Value);
        var bound = model.Value(result.Bound);
        var gap = bound > 0m ? (double)((bound - value) / bound) : 0.0;
        var status = result.Proven ? SelectionStatus.Optimal : SelectionStatus.BestFound;
        var rows = new ResourceSensitivity[3];
        for (var k = 0; k < 3; k++)
        {
            var kind = (ResourceKind)k;
            // The greedy baseline does not optimise the multipliers, so its prices are 0 (the solver's
            // KnapsackResult.ShadowPrices); the sentence says it estimates none rather than "0".
            var price = result.ShadowPrices[k] * (double)model.ValueUnit / (double)model.WeightUnits[k];
            var priceText = method == SelectionMethod.Greedy ? NoPrice : Format("shadow price {0} {1} per {2}", Round(price), currency, UnitOf(kind, currency));
            var slack = budget.Get(kind) - used.Get(kind);
            var text = blocked[k] > 0
                ? Format("{0} binds: {1} left, too little for {2}; {3}.", Name(kind), Quantity(slack, kind, currency), Wording.Count(blocked[k], "left-out opportunity", "left-out opportunities"), priceText)
                : Format("{0} does not block any left-out opportunity: {1} left; {2}.", Name(kind), Quantity(slack, kind, currency), priceText);
            rows[k] = Row(portfolio, kind, used.Get(kind), price, blocked[k], text);
        }

        var ids = Enumerable.Range(0, items.Length).Where(i => chosen[i]).Select(i => items[i].Id).ToArray();
        var guarantee = status == SelectionStatus.Optimal
            ? "proven optimal after " + Wording.Count(result.Nodes, "branch-and-bound node")
            : Format("not proven optimal: no set is worth more than {0}, so it is within {1}% of the optimum", Wording.Amount(bound, currency), Wording.Number(gap * 100, 4));
        if (method == SelectionMethod.Greedy && status == SelectionStatus.BestFound)
        {
            guarantee = "by the greedy baseline, " + guarantee;
        }

        var binding = Enumerable.Range(0, 3).Where(k => blocked[k] > 0).Select(k => Name((ResourceKind)k).ToLowerInvariant()).ToArray();
        var bindingText = binding.Length == 0
            ? "No budget keeps out any other opportunity."
            : Format("Binding: {0}.", string.Join(", ", binding));
        var explanation = Format(
            "Chose {0} of {1} with a total expected return of {2}, {3}. Uses {4} of the budget of {5}. {6}",
            ids.Length,
            Wording.Count(items.Length, "opportunity", "opportunities"),
            Wording.Amount(value, currency),
            guarantee,
            used.ToString(currency),
            budget.ToString(currency),
            bindingText);
        return new OpportunitySelection(status, method, currency, ids, value, bound, gap, result.Nodes, used, rows, leftOut, explanation);
    }

    private static LeftOutOpportunity LeftOut(OpportunityPortfolio portfolio, SelectionModel model, bool[] chosen, ResourceAmounts used, int item)
    {
        var items = model.Items;
        var instance = model.Instance;
        var opportunity = items[item];

        // What adding it takes: itself and, transitively, what it requires that is not chosen.
        var closure = new SortedSet<int>();
        var stack = new Stack<int>();
        stack.Push(item);
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            if (chosen[i] || !closure.Add(i))
            {
                continue;
            }

            foreach (var j in instance.Requires[i])
            {
                stack.Push(j);
            }
        }

        var conflicts = new SortedSet<string>(StringComparer.Ordinal);
        var internalClash = false;
        foreach (var i in closure)
        {
            foreach (var j in instance.Excludes[i])
            {
                if (chosen[j])
                {
                    conflicts.Add(items[j].Id);
                }

                internalClash |= closure.Contains(j);
            }
        }

        var need = ResourceAmounts.Zero;
        foreach (var i in closure)
        {
            need = need.Plus(items[i].Needs);
        }

        var budget = portfolio.Budget;
        var shortOf = new List<ResourceKind>();
        var shortText = new List<string>();
        for (var k = 0; k < 3; k++)
        {
            var kind = (ResourceKind)k;
            var left = budget.Get(kind) - used.Get(kind);
            if (need.Get(kind) > left)
            {
                shortOf.Add(kind);
                shortText.Add(Format("{0} of {1} with {2} left", Quantity(need.Get(kind), kind, portfolio.Currency), Name(kind).ToLowerInvariant(), Quantity(left, kind, portfolio.Currency)));
            }
        }

        var parts = new List<string>();
        if (closure.Count > 1)
        {
            parts.Add(Format("it requires {0}, not chosen", string.Join(", ", closure.Where(i => i != item).Select(i => "'" + items[i].Id + "'"))));
        }

        if (conflicts.Count > 0)
        {
            parts.Add(Format("it cannot go with chosen {0}", string.Join(", ", conflicts.Select(c => "'" + c + "'"))));
        }

        if (internalClash)
        {
            parts.Add("what it requires excludes itself");
        }

        if (shortOf.Count > 0)
        {
            parts.Add("it does not fit: it needs " + string.Join("; ", shortText));
        }

        string reason;
        if (parts.Count > 0)
        {
            reason = Format("Left out '{0}' (expected return {1}): {2}.", opportunity.Id, Wording.Amount(opportunity.ExpectedReturn, portfolio.Currency), string.Join("; ", parts));
        }
        else if (opportunity.ExpectedReturn == 0m)
        {
            reason = Format("Left out '{0}': it fits, but its expected return is zero.", opportunity.Id);
        }
        else
        {
            reason = Format("Left out '{0}' (expected return {1}): it fits the budgets left over, but the search stopped before finding the best set.", opportunity.Id, Wording.Amount(opportunity.ExpectedReturn, portfolio.Currency));
        }

        return new LeftOutOpportunity(opportunity.Id, opportunity.ExpectedReturn, shortOf, conflicts.ToArray(), reason);
    }

    /// <summary>Why the must-dos cannot be met: conflicts among them and what they require, then budgets they break.</summary>
    private static string Infeasibility(OpportunityPortfolio portfolio, SelectionModel model)
    {
        var items = model.Items;
        var instance = model.Instance;
        var forced = new bool[items.Length];
        var stack = new Stack<int>(Enumerable.Range(0, items.Length).Where(i => instance.MustDo[i]));
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            if (forced[i])
            {
                continue;
            }

            forced[i] = true;
            foreach (var j in instance.Requires[i])
            {
                stack.Push(j);
            }
        }

        var reasons = new List<string>();
        for (var i = 0; i < items.Length; i++)
        {
            foreach (var j in instance.Excludes[i])
            {
                if (forced[i] && forced[j] && i < j)
                {
                    reasons.Add(Format("'{0}' and '{1}' must both be chosen (as must-dos or required by one) but exclude each other", items[i].Id, items[j].Id));
                }
            }
        }

        var need = ResourceAmounts.Zero;
        for (var i = 0; i < items.Length; i++)
        {
            if (forced[i])
            {
                need = need.Plus(items[i].Needs);
            }
        }

        for (var k = 0; k < 3; k++)
        {
            var kind = (ResourceKind)k;
            if (need.Get(kind) > portfolio.Budget.Get(kind))
            {
                reasons.Add(Format("the must-dos and what they require need {0} of {1}, but the budget is {2}", Quantity(need.Get(kind), kind, portfolio.Currency), Name(kind).ToLowerInvariant(), Quantity(portfolio.Budget.Get(kind), kind, portfolio.Currency)));
            }
        }

        return string.Join("; ", reasons) + ".";
    }

    private static ResourceSensitivity Row(OpportunityPortfolio portfolio, ResourceKind kind, decimal used, double price, int blocked, string text)
    {
        var budget = portfolio.Budget.Get(kind);
        return new ResourceSensitivity(kind, UnitOf(kind, portfolio.Currency), budget, used, budget - used, price, blocked, text);
    }

    internal static string UnitOf(ResourceKind kind, Currency currency) => kind switch
    {
        ResourceKind.Time => "hour",
        ResourceKind.Money => currency.Code,
        _ => "person-day",
    };

    internal static string Name(ResourceKind kind) => kind switch
    {
        ResourceKind.Time => "Time",
        ResourceKind.Money => "Money",
        _ => "Personnel",
    };

    /// <summary>
    /// An amount of a resource with its unit: <c>1 hour</c>, <c>2.5 person-days</c>, <c>1,300 EUR</c>.
    /// Up to four decimals, so that a need just above what is left does not read as equal to it;
    /// the unit is singular when the number as written is exactly 1. The scoring writes its amounts
    /// of money with it too.
    /// </summary>
    internal static string Quantity(decimal amount, ResourceKind kind, Currency currency) => Words(amount, kind, currency, string.Empty);

    /// <summary>An increment of a resource: <c>1 more hour</c>, <c>10 more hours</c>, <c>500 more EUR</c>.</summary>
    private static string More(decimal amount, ResourceKind kind, Currency currency) => Words(amount, kind, currency, "more ");

    private static string Words(decimal amount, ResourceKind kind, Currency currency, string between)
    {
        var number = Wording.Number(amount, 4);
        var unit = kind == ResourceKind.Money ? currency.Code : Wording.Plural(number == "1" ? 1 : 2, UnitOf(kind, currency));
        return number + " " + between + unit;
    }

    private const string NoPrice = "the greedy baseline estimates no shadow price";

    private static string Round(double x) => Wording.Number(x, 4);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
