using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The offer's formulas (ROI, payback, NPV, margin) and the key-client rules, for offers without
/// errors in their amounts and periods. <see cref="Financials"/> throws <see cref="OverflowException"/>
/// when the amounts, summed or discounted, leave decimal's range; the validator reports that
/// (<c>KAN047</c>) and no caller reaches it afterwards.
/// </summary>
internal static class OfferMath
{
    /// <summary>Days of a year in the discounting exponent.</summary>
    public const double DaysPerYear = 365;

    public static OfferFinancials Financials(Offer offer)
    {
        var currency = offer.Pricing.ListPrice.Currency;
        var benefits = new SortedDictionary<LocalDate, decimal>();
        var costs = new SortedDictionary<LocalDate, decimal>();
        foreach (var b in offer.Benefits)
        {
            var expected = b.AmountPerPeriod.Amount * (decimal)b.Confidence;
            foreach (var date in Dates(b.Start, b.Every, b.Periods, offer))
            {
                benefits[date] = Get(benefits, date) + expected;
            }
        }

        foreach (var c in offer.ClientCosts)
        {
            var every = c.Kind == CostKind.Recurring ? c.Every : null;
            foreach (var date in Dates(c.Date, every, c.Kind == CostKind.Recurring ? c.Periods : 1, offer))
            {
                costs[date] = Get(costs, date) + c.Amount.Amount;
            }
        }

        var days = benefits.Keys.Union(costs.Keys).OrderBy(d => d).ToArray();
        var flows = new List<OfferCashFlow>(days.Length);
        decimal cumulative = 0, npv = 0, totalBenefit = 0, totalCost = 0;
        foreach (var day in days)
        {
            var benefit = Get(benefits, day);
            var cost = Get(costs, day);
            totalBenefit += benefit;
            totalCost += cost;
            cumulative += benefit - cost;
            var factor = DiscountFactor(offer.DiscountRate, Period.Between(offer.Start, day, PeriodUnits.Days).Days);
            npv += (benefit - cost) * (decimal)factor;
            flows.Add(new OfferCashFlow(day, new Money(benefit, currency), new Money(cost, currency), new Money(cumulative, currency), factor));
        }

        double? roi = totalCost == 0 ? null : Ratio(totalBenefit - totalCost, totalCost);
        var payback = Payback(flows);
        var netPrice = offer.Pricing.ListPrice.Amount * (1 - (decimal)offer.Pricing.Discount);
        var margin = netPrice - offer.Pricing.OurCost.Amount;
        double? marginShare = netPrice == 0 ? null : Ratio(margin, netPrice);
        int? paybackDays = payback is { } p ? Period.Between(offer.Start, p, PeriodUnits.Days).Days : null;
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "Over {0} to {1} the client gains {2} (expected) for {3} of costs: ROI {4}, {5}, net present value {6} at {7} a year. Our net price is {8}, our margin {9}{10}.",
            Wording.Date(offer.Start),
            Wording.Date(offer.HorizonEnd),
            Wording.Amount(totalBenefit, currency),
            Wording.Amount(totalCost, currency),
            roi is { } r ? Wording.Percent(r) : "undefined (no cost)",
            payback is { } pd ? "payback on " + Wording.Date(pd) + " (" + Wording.Count(paybackDays!.Value, "day") + ")" : "no payback within the horizon",
            Wording.Amount(Math.Round(npv, 2), currency),
            Wording.Percent(offer.DiscountRate),
            Wording.Amount(netPrice, currency),
            Wording.Amount(margin, currency),
            marginShare is { } ms ? " (" + Wording.Percent(ms) + ")" : string.Empty);
        return new OfferFinancials(
            new Money(totalBenefit, currency),
            new Money(totalCost, currency),
            roi,
            payback,
            paybackDays,
            new Money(npv, currency),
            new Money(netPrice, currency),
            new Money(margin, currency),
            marginShare,
            flows,
            text);
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> as a double: exact in decimal, or in double when the quotient leaves decimal's range (a tiny denominator).</summary>
    private static double Ratio(decimal numerator, decimal denominator)
    {
        try
        {
            return (double)(numerator / denominator);
        }
        catch (OverflowException)
        {
            return (double)numerator / (double)denominator;
        }
    }

    /// <summary>1 / (1 + r)^(days / 365).</summary>
    public static double DiscountFactor(double rate, int days) => Math.Pow(1 + rate, -days / DaysPerYear);

    private static decimal Get(SortedDictionary<LocalDate, decimal> map, LocalDate date) => map.TryGetValue(date, out var v) ? v : 0m;

    /// <summary>The dates of a flow inside the horizon: start, start + every, ... (count times).</summary>
    private static IEnumerable<LocalDate> Dates(LocalDate start, Period? every, int count, Offer offer)
    {
        for (var k = 0; k < count; k++)
        {
            var date = every is null ? start : start.Plus(Times(every, k));
            if (date > offer.HorizonEnd)
            {
                yield break;
            }

            if (date >= offer.Start)
            {
                yield return date;
            }

            if (every is null)
            {
                yield break;
            }
        }
    }

    private static Period Times(Period every, int k) =>
        new PeriodBuilder { Years = every.Years * k, Months = every.Months * k, Weeks = every.Weeks * k, Days = every.Days * k }.Build();

    private static LocalDate? Payback(List<OfferCashFlow> flows)
    {
        var firstCost = flows.FindIndex(f => f.Cost.Amount > 0);
        if (flows.Count == 0)
        {
            return null;
        }

        if (flows[flows.Count - 1].Cumulative.Amount < 0)
        {
            return null;
        }

        // The last day the cumulative net is negative; payback is the next flow day.
        var lastNegative = flows.FindLastIndex(f => f.Cumulative.Amount < 0);
        var from = Math.Max(lastNegative + 1, Math.Max(firstCost, 0));
        return flows[from].Date;
    }

    /// <summary>The tier's rules applied to the offer.</summary>
    public static List<RuleFinding> Rules(Offer offer, TierRules? rules)
    {
        var findings = new List<RuleFinding>();
        if (rules is null)
        {
            return findings;
        }

        var tier = TierName(offer.Tier);
        var discount = offer.Pricing.Discount;
        if (rules.DiscountLevels.Count > 0)
        {
            var level = -1;
            for (var l = 0; l < rules.DiscountLevels.Count; l++)
            {
                if (discount <= rules.DiscountLevels[l].UpTo)
                {
                    level = l;
                    break;
                }
            }

            var shown = Wording.Percent(discount);
            if (level == 0)
            {
                findings.Add(new RuleFinding(tier + ".discount", RuleVerdict.Allowed, null, string.Format(CultureInfo.InvariantCulture, "A discount of {0} is within the {1} own authority for {2} clients (up to {3}).", shown, Possessive(rules.DiscountLevels[0].Approver), TierWords(offer.Tier), Wording.Percent(rules.DiscountLevels[0].UpTo))));
            }
            else if (level > 0)
            {
                var approver = rules.DiscountLevels[level].Approver;
                findings.Add(new RuleFinding(tier + ".discount", RuleVerdict.NeedsApproval, approver, string.Format(CultureInfo.InvariantCulture, "A discount of {0} for {1} clients is above {2} and needs approval by the {3} (up to {4}).", shown, TierWords(offer.Tier), Wording.Percent(rules.DiscountLevels[level - 1].UpTo), Lower(approver), Wording.Percent(rules.DiscountLevels[level].UpTo))));
            }
            else
            {
                findings.Add(new RuleFinding(tier + ".discount", RuleVerdict.Forbidden, null, string.Format(CultureInfo.InvariantCulture, "A discount of {0} for {1} clients is beyond the highest approval level ({2}, {3}); no one may grant it.", shown, TierWords(offer.Tier), Wording.Percent(rules.DiscountLevels[rules.DiscountLevels.Count - 1].UpTo), Lower(rules.DiscountLevels[rules.DiscountLevels.Count - 1].Approver))));
            }
        }

        if (offer.PaymentTermDays <= rules.MaxPaymentTermDays)
        {
            findings.Add(new RuleFinding(tier + ".paymentTerm", RuleVerdict.Allowed, null, string.Format(CultureInfo.InvariantCulture, "A payment term of {0} is within the {1} allowed for {2} clients.", Wording.Count(offer.PaymentTermDays, "day"), Wording.Count(rules.MaxPaymentTermDays, "day"), TierWords(offer.Tier))));
        }
        else if (!string.IsNullOrWhiteSpace(rules.PaymentTermApprover))
        {
            findings.Add(new RuleFinding(tier + ".paymentTerm", RuleVerdict.NeedsApproval, rules.PaymentTermApprover, string.Format(CultureInfo.InvariantCulture, "A payment term of {0} is longer than the {1} allowed for {2} clients and needs approval by the {3}.", Wording.Count(offer.PaymentTermDays, "day"), Wording.Count(rules.MaxPaymentTermDays, "day"), TierWords(offer.Tier), Lower(rules.PaymentTermApprover!))));
        }
        else
        {
            findings.Add(new RuleFinding(tier + ".paymentTerm", RuleVerdict.Forbidden, null, string.Format(CultureInfo.InvariantCulture, "A payment term of {0} is longer than the {1} allowed for {2} clients, and no one may approve a longer one.", Wording.Count(offer.PaymentTermDays, "day"), Wording.Count(rules.MaxPaymentTermDays, "day"), TierWords(offer.Tier))));
        }

        if (offer.Exclusive)
        {
            if (!rules.ExclusivityAllowed)
            {
                findings.Add(new RuleFinding(tier + ".exclusivity", RuleVerdict.Forbidden, null, string.Format(CultureInfo.InvariantCulture, "Exclusivity is not granted to {0} clients.", TierWords(offer.Tier))));
            }
            else if (!string.IsNullOrWhiteSpace(rules.ExclusivityApprover))
            {
                findings.Add(new RuleFinding(tier + ".exclusivity", RuleVerdict.NeedsApproval, rules.ExclusivityApprover, string.Format(CultureInfo.InvariantCulture, "Exclusivity for {0} clients needs approval by the {1}.", TierWords(offer.Tier), Lower(rules.ExclusivityApprover!))));
            }
            else
            {
                findings.Add(new RuleFinding(tier + ".exclusivity", RuleVerdict.Allowed, null, string.Format(CultureInfo.InvariantCulture, "Exclusivity may be granted to {0} clients.", TierWords(offer.Tier))));
            }
        }

        return findings;
    }

    private static string Lower(string approver) => approver.Length > 1 && char.IsUpper(approver[0]) && !char.IsUpper(approver[1]) ? char.ToLowerInvariant(approver[0]) + approver.Substring(1) : approver;

    private static string Possessive(string approver) => Lower(approver) + "'s";

    public static string TierName(Classification.ClientTier tier) => tier switch
    {
        Classification.ClientTier.Key => "key",
        Classification.ClientTier.PotentialKey => "potentialKey",
        _ => "other",
    };

    private static string TierWords(Classification.ClientTier tier) => tier switch
    {
        Classification.ClientTier.Key => "key",
        Classification.ClientTier.PotentialKey => "potential key",
        _ => "other",
    };
}
