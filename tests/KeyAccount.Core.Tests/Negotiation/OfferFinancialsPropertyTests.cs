using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Negotiation;
using NodaTime;

namespace KeyAccount.Core.Tests.Negotiation;

public sealed record RandomOffer(Offer Offer);

public static class OfferGenerators
{
    public static Arbitrary<RandomOffer> Offers() => Gen.Choose(0, int.MaxValue - 1).Select(seed => new RandomOffer(Make(seed))).ToArbitrary();

    public static Offer Make(int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 400));
        var end = start.PlusDays(random.Next(30, 1500));
        var periods = new[] { Period.FromDays(10), Period.FromWeeks(2), Period.FromMonths(1), Period.FromMonths(3), Period.FromYears(1) };
        var benefits = Enumerable.Range(0, random.Next(1, 4)).Select(i => new OfferBenefit(
            "b" + i, "benefit", "goal", new Money(random.Next(0, 5000), Currency.Eur), periods[random.Next(periods.Length)],
            start.PlusDays(random.Next(-20, 200)), random.Next(1, 40), random.Next(0, 11) / 10.0)).ToArray();
        var costs = Enumerable.Range(0, random.Next(0, 3)).Select(i => random.Next(2) == 0
            ? new OfferCost("once", new Money(random.Next(0, 20000), Currency.Eur), start.PlusDays(random.Next(0, 100)))
            : new OfferCost("again", new Money(random.Next(0, 3000), Currency.Eur), start.PlusDays(random.Next(0, 100)), CostKind.Recurring, periods[random.Next(periods.Length)], random.Next(1, 30))).ToArray();
        return new Offer("o", new ClientId("c"), "goal", "problem", "solution", new OfferPricing(new Money(10_000m, Currency.Eur), 0, new Money(0m, Currency.Eur), new Money(0m, Currency.Eur)), start, end, random.Next(0, 30) / 100.0, benefits, costs, tier: ClientTier.Key);
    }
}

[Properties(Arbitrary = new[] { typeof(OfferGenerators) }, MaxTest = 200)]
public class OfferFinancialsPropertyTests
{
    /// <summary>The formulas written out directly: every occurrence, one by one.</summary>
    private static (decimal Benefit, decimal Cost, double Npv) Direct(Offer offer)
    {
        decimal benefit = 0, cost = 0;
        double npv = 0;
        void Add(LocalDate date, decimal amount, bool isBenefit)
        {
            if (date < offer.Start || date > offer.HorizonEnd)
            {
                return;
            }

            if (isBenefit)
            {
                benefit += amount;
            }
            else
            {
                cost += amount;
            }

            var years = (date.ToDateTimeUnspecified() - offer.Start.ToDateTimeUnspecified()).TotalDays / 365.0;
            npv += (double)(isBenefit ? amount : -amount) / Math.Pow(1 + offer.DiscountRate, years);
        }

        foreach (var b in offer.Benefits)
        {
            for (var k = 0; k < b.Periods; k++)
            {
                var date = b.Start + Period.FromDays(0);
                date = b.Start.PlusYears(b.Every.Years * k).PlusMonths(b.Every.Months * k).PlusWeeks(b.Every.Weeks * k).PlusDays(b.Every.Days * k);
                if (b.Every.Years == 0 && b.Every.Weeks == 0 && b.Every.Days == 0)
                {
                    date = b.Start.PlusMonths(b.Every.Months * k);
                }

                Add(date, b.AmountPerPeriod.Amount * (decimal)b.Confidence, true);
            }
        }

        foreach (var c in offer.ClientCosts)
        {
            var count = c.Kind == CostKind.Recurring ? c.Periods : 1;
            for (var k = 0; k < count; k++)
            {
                var every = c.Every ?? Period.Zero;
                Add(c.Date.PlusYears(every.Years * k).PlusMonths(every.Months * k).PlusWeeks(every.Weeks * k).PlusDays(every.Days * k), c.Amount.Amount, false);
            }
        }

        return (benefit, cost, npv);
    }

    [Property]
    public bool Benefit_cost_roi_and_npv_agree_with_a_direct_computation(RandomOffer random)
    {
        var offer = random.Offer;
        var f = OfferAnalysis.Run(offer).Result!.Financials;
        var (benefit, cost, npv) = Direct(offer);
        var roi = cost == 0 ? (double?)null : (double)((benefit - cost) / cost);
        return f.Benefit.Amount == benefit
            && f.Cost.Amount == cost
            && f.Roi == roi
            && Math.Abs((double)f.NetPresentValue.Amount - npv) <= 1e-6 * (1 + Math.Abs(npv));
    }

    [Property]
    public bool Payback_is_the_first_day_from_which_the_cumulative_net_stays_non_negative(RandomOffer random)
    {
        var f = OfferAnalysis.Run(random.Offer).Result!.Financials;
        var flows = f.CashFlows;
        if (f.PaybackDate is not { } payback)
        {
            return flows.Count == 0 || flows[^1].Cumulative.Amount < 0;
        }

        var firstCost = flows.FirstOrDefault(x => x.Cost.Amount > 0)?.Date ?? flows[0].Date;
        return payback >= firstCost
            && flows.Where(x => x.Date >= payback).All(x => x.Cumulative.Amount >= 0)
            && flows.Where(x => x.Date < payback && x.Date >= firstCost).All(x => x.Cumulative.Amount < 0 || flows.Any(y => y.Date > x.Date && y.Date < payback && y.Cumulative.Amount < 0) || x.Date < firstCost);
    }

    [Property]
    public bool More_benefit_never_lowers_roi_nor_npv(RandomOffer random, PositiveInt extra)
    {
        var offer = random.Offer;
        var more = OfferTests.Rebuild(offer, benefits: offer.Benefits.Select((b, i) => i == 0 ? b with { AmountPerPeriod = new Money(b.AmountPerPeriod.Amount + extra.Get, Currency.Eur) } : b).ToArray());
        var before = OfferAnalysis.Run(offer).Result!.Financials;
        var after = OfferAnalysis.Run(more).Result!.Financials;
        return (before.Roi is null || after.Roi >= before.Roi) && after.NetPresentValue.Amount >= before.NetPresentValue.Amount && after.Benefit.Amount >= before.Benefit.Amount;
    }
}
