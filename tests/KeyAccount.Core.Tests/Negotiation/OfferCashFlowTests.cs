using System;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Negotiation;
using NodaTime;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>
/// An offer's cash flows, ROI, payback, NPV and margin on an offer worked out by hand, with flows
/// that start before the horizon, run past it, fall on one day, and a cumulative net that touches
/// zero and goes negative again before it pays back.
/// </summary>
public class OfferCashFlowTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.Eur);

    private static readonly LocalDate Start = new(2026, 1, 1);

    private static Offer Offer(OfferCost[]? costs = null, double discountRate = 0.1) => new(
        "small",
        new ClientId("shop"),
        "growth",
        "The problem.",
        "The solution.",
        new OfferPricing(Eur(1_000m), 0.1, Eur(0m), Eur(600m)),
        Start,
        new LocalDate(2026, 12, 31),
        discountRate,
        new[]
        {
            // 250 expected each quarter from February: 02-01, 05-01, 08-01, 11-01.
            new OfferBenefit("quarterly", "Quarterly gain", "growth", Eur(500m), Period.FromMonths(3), new LocalDate(2026, 2, 1), 4, 0.5),
            // Starts before the horizon: 2025-12-01 is left out, 01-01 and 02-01 count.
            new OfferBenefit("early", "Early gain", "growth", Eur(100m), Period.FromMonths(1), new LocalDate(2025, 12, 1), 3),
            // Runs past the horizon: only 12-01 counts.
            new OfferBenefit("late", "Late gain", "growth", Eur(10m), Period.FromMonths(1), new LocalDate(2026, 12, 1), 5),
        },
        costs ?? new[]
        {
            // A one-off cost counts once even with a period given.
            new OfferCost("Set-up", Eur(600m), new LocalDate(2026, 1, 15), CostKind.OneOff, Period.FromMonths(1), 3),
            // Twice a year from the start: 01-01 and 07-01 (2027-01-01 is past the horizon).
            new OfferCost("Service", Eur(100m), Start, CostKind.Recurring, Period.FromMonths(6), 3),
        },
        tier: ClientTier.Key,
        paymentTermDays: 30);

    [Fact]
    public void The_flows_by_day_and_their_running_total()
    {
        var f = OfferAnalysis.Run(Offer()).Result!.Financials;
        Assert.Equal(
            new[]
            {
                ("2026-01-01", 100m, 100m, 0m),
                ("2026-01-15", 0m, 600m, -600m),
                ("2026-02-01", 350m, 0m, -250m),
                ("2026-05-01", 250m, 0m, 0m),
                ("2026-07-01", 0m, 100m, -100m),
                ("2026-08-01", 250m, 0m, 150m),
                ("2026-11-01", 250m, 0m, 400m),
                ("2026-12-01", 10m, 0m, 410m),
            },
            f.CashFlows.Select(c => (c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.Benefit.Amount, c.Cost.Amount, c.Cumulative.Amount)));
        Assert.All(f.CashFlows, c => Assert.Equal(Math.Pow(1.1, -Period.Between(Start, c.Date, PeriodUnits.Days).Days / 365.0), c.DiscountFactor, 12));
        Assert.All(f.CashFlows, c => Assert.Equal(Currency.Eur, c.Cumulative.Currency));
    }

    [Fact]
    public void Roi_payback_npv_and_margin()
    {
        var f = OfferAnalysis.Run(Offer()).Result!.Financials;
        Assert.Equal(Eur(1_210m), f.Benefit);
        Assert.Equal(Eur(800m), f.Cost);
        Assert.Equal(410.0 / 800, f.Roi!.Value, 12);

        // The running total is 0 on 05-01 and negative again on 07-01: the client is paid back on the next flow day after the last negative one.
        Assert.Equal(new LocalDate(2026, 8, 1), f.PaybackDate);
        Assert.Equal(212, f.PaybackDays);

        var npv = f.CashFlows.Sum(c => (double)(c.Benefit.Amount - c.Cost.Amount) * Math.Pow(1.1, -Period.Between(Start, c.Date, PeriodUnits.Days).Days / 365.0));
        Assert.Equal(npv, (double)f.NetPresentValue.Amount, 6);
        Assert.True(f.NetPresentValue.Amount < 410m);
        Assert.Equal(Eur(900m), f.NetPrice);
        Assert.Equal(Eur(300m), f.Margin);
        Assert.Equal(1.0 / 3, f.MarginShare!.Value, 12);
        Assert.Equal(
            "Over 2026-01-01 to 2026-12-31 the client gains 1,210 EUR (expected) for 800 EUR of costs: ROI 51.3%, payback on 2026-08-01 (212 days), net present value "
            + Math.Round(f.NetPresentValue.Amount, 2).ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) + " EUR at 10% a year. Our net price is 900 EUR, our margin 300 EUR (33.3%).",
            f.Explanation);

        var undiscounted = OfferAnalysis.Run(Offer(discountRate: 0)).Result!.Financials;
        Assert.Equal(Eur(410m), undiscounted.NetPresentValue);
        Assert.All(undiscounted.CashFlows, c => Assert.Equal(1.0, c.DiscountFactor));
    }

    [Fact]
    public void Without_costs_the_roi_is_undefined_and_payback_is_the_first_day()
    {
        var f = OfferAnalysis.Run(Offer(costs: Array.Empty<OfferCost>())).Result!.Financials;
        Assert.Null(f.Roi);
        Assert.Equal(Eur(0m), f.Cost);
        Assert.Equal(Start, f.PaybackDate);
        Assert.Equal(0, f.PaybackDays);
        Assert.Contains("ROI undefined (no cost), payback on 2026-01-01 (0 days)", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cost_never_recovered_has_no_payback()
    {
        var f = OfferAnalysis.Run(Offer(costs: new[] { new OfferCost("Licence", Eur(5_000m), new LocalDate(2026, 3, 1)) })).Result!.Financials;
        Assert.Null(f.PaybackDate);
        Assert.Null(f.PaybackDays);
        Assert.Equal(Eur(-3_790m), f.CashFlows[^1].Cumulative);
        Assert.Equal((1_210.0 - 5_000) / 5_000, f.Roi!.Value, 12);
        Assert.Contains("ROI -75.8%, no payback within the horizon, net present value", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_cost_moves_payback_to_its_day()
    {
        // Benefits alone are never negative; the payback cannot come before the first cost.
        var f = OfferAnalysis.Run(Offer(costs: new[] { new OfferCost("Fee", Eur(50m), new LocalDate(2026, 5, 1)) })).Result!.Financials;
        Assert.All(f.CashFlows, c => Assert.True(c.Cumulative.Amount >= 0));
        Assert.Equal(new LocalDate(2026, 5, 1), f.PaybackDate);
        Assert.Equal(120, f.PaybackDays);
    }
}
