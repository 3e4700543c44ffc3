using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Review;
using NodaTime;

namespace KeyAccount.Core.Tests.Review;

/// <summary>
/// The built-in portfolio keeps the shape <see cref="SamplePortfolios.PublisherAndBookshops"/>
/// documents: 300 bookshops over four quarters, heavy-tailed profits with some loss makers, ladder
/// answers for the 40 largest, opportunities for the 25 largest, budgets a third of the needs. The
/// README, the docs and the CLI's examples describe this portfolio, so a change to its generator
/// that changes its shape must fail here, not only change figures nobody checks.
/// </summary>
public sealed class SamplePortfolioShapeTests
{
    private static readonly Lazy<PortfolioDocument> Sample = new(SamplePortfolios.PublisherAndBookshops);

    private static IReadOnlyList<ClientEvidence> Clients => Sample.Value.Classification.Clients;

    private static decimal TotalProfit(ClientEvidence c) => c.Profits.Sum(p => p!.Value);

    [Fact]
    public void Three_hundred_shops_each_with_four_quarters_of_every_figure()
    {
        Assert.Equal(Enumerable.Range(1, 300).Select(i => $"shop-{i:000}"), Clients.Select(c => c.Client.Value));
        foreach (var c in Clients)
        {
            Assert.All(new[] { c.Profits.Count, c.Sales.Count, c.OpportunityCounts.Count, c.OpportunityValues.Count }, n => Assert.Equal(4, n));
            Assert.DoesNotContain(null, c.Profits);
            Assert.DoesNotContain(null, c.Sales);
            Assert.DoesNotContain(null, c.OpportunityCounts);
            Assert.DoesNotContain(null, c.OpportunityValues);
        }
    }

    [Fact]
    public void Profits_are_heavy_tailed_capped_and_some_shops_lose_money_every_quarter()
    {
        var totals = Clients.Select(TotalProfit).OrderByDescending(t => t).ToArray();
        var positive = totals.Where(t => t > 0).Sum();

        // About a fifth of the clients bring most of the profit (a Pareto law with alpha 1.16).
        Assert.True(totals.Take(60).Sum() / positive > 0.6m, $"the top fifth bring {totals.Take(60).Sum() / positive:P0}");
        Assert.InRange(totals[150], 0m, 10_000m);

        // A potential is capped at 400,000 a year; a quarter's profit is a quarter of it, give or take a quarter.
        Assert.All(Clients.SelectMany(c => c.Profits), p => Assert.InRange(p!.Value, -2_100m, 125_000m));

        // Loss makers (about 8%) lose in every quarter, between 500 and 6,500 a year.
        var losers = Clients.Where(c => TotalProfit(c) < 0).ToArray();
        Assert.InRange(losers.Length, 10, 45);
        Assert.All(losers, c => Assert.All(c.Profits, p => Assert.True(p <= 0, $"{c.Client}: a quarter's profit {p} in a losing year")));
        Assert.All(Clients.Where(c => TotalProfit(c) > 0), c => Assert.All(c.Profits, p => Assert.True(p >= 0, $"{c.Client}: a quarter's loss {p} in a profitable year")));
        Assert.Contains(losers, c => TotalProfit(c) < -2_000m);
        Assert.All(losers, c => Assert.InRange(TotalProfit(c), -8_200m, -370m));
    }

    [Fact]
    public void Sales_run_at_eight_to_nineteen_times_the_profit_and_opportunity_values_at_a_tenth_of_the_potential()
    {
        foreach (var c in Clients)
        {
            for (var q = 0; q < 4; q++)
            {
                var profit = Math.Abs(c.Profits[q]!.Value);
                var sales = c.Sales[q]!.Value;

                // Profit: potential / 4 x (0.75 to 1.25); sales: |potential| x (2.5 to 3.5).
                if (profit >= 200)
                {
                    Assert.InRange(sales / profit, 7.9m, 18.8m);
                }

                var count = c.OpportunityCounts[q]!.Value;
                var value = c.OpportunityValues[q]!.Value;
                Assert.InRange(count, 0, 3);
                if (count == 0)
                {
                    Assert.Equal(0m, value);
                    continue;
                }

                // count x round(|potential| / 10), with |potential| between sales / 3.5 and sales / 2.5.
                Assert.Equal(0m, value % count);
                Assert.InRange(value / count * 10, (sales / 3.5m) - 10, (sales / 2.5m) + 10);
            }
        }

        // Up to three opportunities a quarter for the 60 largest clients, at most one for the rest.
        var many = Clients.Where(c => c.OpportunityCounts.Any(n => n >= 2)).ToArray();
        Assert.InRange(many.Length, 30, 60);
        Assert.Contains(Clients, c => c.OpportunityCounts.Contains(3));
    }

    [Fact]
    public void The_80_largest_have_an_industry_rank_and_a_market_share()
    {
        var ranked = Clients.Where(c => c.IndustryRank is not null).ToArray();
        Assert.Equal(80, ranked.Length);
        Assert.Equal(ranked.Select(c => c.Client), Clients.Where(c => c.MarketShare is not null).Select(c => c.Client));
        Assert.All(ranked, c => Assert.InRange(c.IndustryRank!.Value, 1, 12));
        Assert.All(ranked, c => Assert.InRange(c.MarketShare!.Value, 0.02, 0.27));

        // The largest: their yearly profit is above that of every shop not ranked, but for the noise of the quarters.
        var unranked = Clients.Where(c => c.IndustryRank is null).Max(TotalProfit);
        Assert.All(ranked, c => Assert.True(TotalProfit(c) * 1.25m / 0.75m >= unranked, $"{c.Client} ({TotalProfit(c)}) is ranked, a shop with {unranked} is not"));
    }

    [Fact]
    public void The_40_largest_have_ladder_answers_that_rise_with_their_size()
    {
        var assessments = Sample.Value.Ladder!.Assessments;
        Assert.Equal(40, assessments.Count);
        Assert.Equal(assessments.Select(a => a.Client).OrderBy(c => c.Value, StringComparer.Ordinal), Clients.Where(c => c.LadderLevel is not null).Select(c => c.Client));

        // Every other one (from the largest) has the client's own view; every fifth a competitor.
        Assert.Equal(Enumerable.Range(0, 40).Select(r => r % 2 == 0), assessments.Select(a => a.ClientView is not null));
        Assert.Equal(Enumerable.Range(0, 40).Select(r => r % 5 == 0), assessments.Select(a => a.Competitors.Count == 1));

        for (var r = 0; r < 40; r++)
        {
            var indicators = assessments[r].Indicators!;

            // Retention 0.45 + 0.12 x level and deals lost on price 0.55 - 0.12 x level: the hidden level.
            Assert.Equal(1.0, indicators.Retention!.Value + indicators.DealsLostOnPrice!.Value, 9);
            var level = (int)Math.Round((indicators.Retention.Value - 0.45) / 0.12);
            Assert.Equal(0.45 + (0.12 * level), indicators.Retention.Value, 9);

            // The larger the client, the higher the level: 4 for the ten largest, give or take one.
            Assert.InRange(level, Math.Max(1, 3 - (r / 10)), Math.Min(4, 5 - (r / 10)));
            Assert.InRange(indicators.ShareOfWallet!.Value, 0.1 + (0.18 * level) - 0.005, 0.2 + (0.18 * level) + 0.005);
        }

        Assert.All(assessments, a => Assert.True(TotalProfit(Clients.Single(c => c.Client == a.Client)) > 0, $"{a.Client} is assessed but loses money"));
    }

    [Fact]
    public void The_25_largest_have_opportunities_and_the_budgets_cover_a_third_of_their_needs()
    {
        var portfolio = Sample.Value.Opportunities!;
        var opportunities = portfolio.Opportunities;
        Assert.Equal(Enumerable.Range(1, 49).Select(i => $"opp-{i:000}"), opportunities.Select(o => o.Id));

        // Three each for the 8 largest, two for the next 8, one for the next 9: in the ladder's order of size.
        var clients = opportunities.Select(o => o.Client).Distinct().ToArray();
        Assert.Equal(Sample.Value.Ladder!.Assessments.Take(25).Select(a => a.Client), clients);
        Assert.Equal(Enumerable.Repeat(3, 8).Concat(Enumerable.Repeat(2, 8)).Concat(Enumerable.Repeat(1, 9)), clients.Select(c => opportunities.Count(o => o.Client == c)));

        foreach (var o in opportunities)
        {
            Assert.InRange(o.Needs.Time.TotalHours, 20, 240);
            Assert.Equal(0, o.Needs.Time.TotalHours % 10);
            Assert.InRange(o.Needs.Money, 500m, 19_500m);
            Assert.Equal(0m, o.Needs.Money % 500);
            Assert.InRange(o.Needs.PersonDays, 1m, 15m);
            Assert.InRange(o.Benefit, 5_000m, 119_000m);
            Assert.Equal(0m, o.Benefit % 1_000);
            Assert.InRange(o.Probability, 0.2m, 0.9m);
        }

        var time = opportunities.Aggregate(Duration.Zero, (t, o) => t + o.Needs.Time);
        var money = opportunities.Sum(o => o.Needs.Money);
        var days = opportunities.Sum(o => o.Needs.PersonDays);
        Assert.Equal(time / 3, portfolio.Budget.Time);
        Assert.Equal(Math.Round(money / 3), portfolio.Budget.Money);
        Assert.Equal(Math.Round(days / 3), portfolio.Budget.PersonDays);
    }
}
