using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core.Planning;

/// <summary>
/// Operations on a plan's budget with the library's one resource model
/// (<see cref="ResourceAmounts"/>): for example, taking on the opportunities chosen by
/// <c>OpportunitySelector</c> by adding what they use to the plan's budget.
/// </summary>
public static class PlanBudget
{
    /// <summary>
    /// A copy of <paramref name="plan"/> whose budget also covers <paramref name="amounts"/>: each
    /// resource's amount is added to the total of the plan's first budget line of that kind in the
    /// resource's standard unit (<see cref="ResourceAmounts.UnitOf"/>: hours, the currency code,
    /// person-days); when the plan has no line of that kind, a line is added (id <c>time</c>,
    /// <c>money</c> or <c>personnel</c>, numbered when taken). A resource of amount zero changes
    /// nothing. Monthly limits are kept as they are.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="amounts">What to add, for example <c>selection.Used</c> of an opportunity selection.</param>
    /// <param name="currency">The currency of <paramref name="amounts"/>' money, for example <c>selection.Currency</c>.</param>
    /// <returns>The plan with the larger budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="currency"/> is <c>default</c>; an amount is negative; the plan budgets a
    /// resource only in another unit (another currency, days rather than hours), which would need a
    /// conversion the library does not make; or a total would go beyond the range of decimal.
    /// </exception>
    public static AccountPlan Add(AccountPlan plan, ResourceAmounts amounts, Currency currency)
    {
        Require.NotNull(plan, nameof(plan));
        Require.NotNull(amounts, nameof(amounts));
        if (currency.IsDefault)
        {
            throw new ArgumentException("The currency must be set (default(Currency) is not a currency).", nameof(currency));
        }

        var resources = new List<ResourceBudget>(plan.Resources);
        foreach (var kind in new[] { ResourceKind.Time, ResourceKind.Money, ResourceKind.Personnel })
        {
            var amount = amounts.Get(kind);
            if (amount < 0m)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The amount of {0} to add is negative ({1}).", kind.ToString().ToLowerInvariant(), Wording.Number(amount)), nameof(amounts));
            }

            if (amount == 0m)
            {
                continue;
            }

            var unit = ResourceAmounts.UnitOf(kind, currency);
            var line = -1;
            var others = new List<string>();
            for (var r = 0; r < resources.Count && line < 0; r++)
            {
                if (resources[r].Kind != kind)
                {
                    continue;
                }

                if (IsStandardUnit(kind, resources[r].Unit, unit))
                {
                    line = r;
                }
                else
                {
                    others.Add(Wording.Quote(resources[r].Id) + " in " + Wording.Quote(resources[r].Unit));
                }
            }

            if (line >= 0)
            {
                try
                {
                    resources[line] = resources[line] with { Total = resources[line].Total + amount };
                }
                catch (OverflowException)
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The total of {0} would go beyond the range of decimal.", Wording.Quote(resources[line].Id)), nameof(amounts));
                }
            }
            else if (others.Count > 0)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "The plan budgets {0} only as {1}, not in {2}; convert the amounts, or add a budget line in {2}.", kind.ToString().ToLowerInvariant(), string.Join(", ", others), unit),
                    nameof(amounts));
            }
            else
            {
                resources.Add(new ResourceBudget(FreeId(resources, kind.ToString().ToLowerInvariant()), kind, unit, amount));
            }
        }

        return plan with { Resources = resources };
    }

    /// <summary>True when a budget line's unit is the standard unit of its kind (case aside; <c>h</c>, <c>hour</c> and <c>person-day</c> accepted).</summary>
    private static bool IsStandardUnit(ResourceKind kind, string unit, string standard)
    {
        var u = unit.Trim();
        return string.Equals(u, standard, StringComparison.OrdinalIgnoreCase)
            || (kind == ResourceKind.Time && (string.Equals(u, "hour", StringComparison.OrdinalIgnoreCase) || string.Equals(u, "h", StringComparison.OrdinalIgnoreCase)))
            || (kind == ResourceKind.Personnel && string.Equals(u, "person-day", StringComparison.OrdinalIgnoreCase));
    }

    private static string FreeId(List<ResourceBudget> resources, string id)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in resources)
        {
            taken.Add(r.Id);
        }

        var candidate = id;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
