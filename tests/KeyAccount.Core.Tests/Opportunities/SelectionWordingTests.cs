using System;
using System.Linq;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Core.Tests.Opportunities;

/// <summary>
/// The selection's sentences, word for word, on portfolios worked out by hand. The first mutation
/// run of Opportunities left most of OpportunitySelector's messages unchecked; writing these found
/// "20 hour of time with 0 left", "expected return 2500.0 EUR", "within 52.6316% of the optimum"
/// and amounts without thousands separators, now worded as the rest of the library words them.
/// </summary>
public class SelectionWordingTests
{
    private static readonly ClientId Acme = new("acme");

    private static Opportunity Make(string id, decimal benefit, decimal probability, decimal hours, decimal money, decimal days) =>
        new(id, Acme, "title " + id, OpportunityClass.ExpandBusiness, OpportunitySource.ClientBusinessGoals, benefit, probability, ResourceAmounts.FromHours(hours, money, days));

    // a 600, b 500, c 720, d 2,500 (needs 20 h: never fits 10 h).
    private static readonly Opportunity[] Four =
    [
        Make("a", 1000m, 0.6m, 5m, 500m, 2m),
        Make("b", 1000m, 0.5m, 5m, 500m, 2m),
        Make("c", 800m, 0.9m, 6m, 200m, 1m),
        Make("d", 5000m, 0.5m, 20m, 100m, 1m),
    ];

    private static OpportunityPortfolio Portfolio(decimal hours, decimal money, decimal days, Opportunity[]? items = null, OpportunityLink[]? links = null, string[]? mustDo = null) =>
        new(Currency.Eur, ResourceAmounts.FromHours(hours, money, days), items ?? Four, links, mustDo);

    [Fact]
    public void An_optimal_choice_is_explained_with_what_each_budget_keeps_out()
    {
        // {a, b} = 1,100 uses all 10 h and 1,000 EUR. Without d (it alone needs 20 h) the LP
        // relaxation takes c and 4/5 of a (120 EUR per hour each) for 10 h: the time price is 120.
        var s = OpportunitySelector.Select(Portfolio(10m, 1000m, 5m));
        Assert.Equal(
            "Chose 2 of 4 opportunities with a total expected return of 1,100 EUR, proven optimal after 7 branch-and-bound nodes. Uses 10 hours, 1,000 EUR, 4 person-days of the budget of 10 hours, 1,000 EUR, 5 person-days. Binding: time, money.",
            s.Explanation);
        Assert.Equal(
            [
                "Left out 'd' (expected return 2,500 EUR): it does not fit: it needs 20 hours of time with 0 hours left; 100 EUR of money with 0 EUR left.",
                "Left out 'c' (expected return 720 EUR): it does not fit: it needs 6 hours of time with 0 hours left; 200 EUR of money with 0 EUR left.",
            ],
            s.LeftOut.Select(l => l.Reason));
        Assert.Equal(
            [
                "Time binds: 0 hours left, too little for 2 left-out opportunities; shadow price 120 EUR per hour.",
                "Money binds: 0 EUR left, too little for 2 left-out opportunities; shadow price 0 EUR per EUR.",
                "Personnel does not block any left-out opportunity: 1 person-day left; shadow price 0 EUR per person-day.",
            ],
            s.Resources.Select(r => r.Explanation));
    }

    [Fact]
    public void One_hour_and_one_opportunity_are_singular()
    {
        // 7 h: c (6 h, 720) beats a (5 h, 600); 1 h is left, too little for a.
        var s = OpportunitySelector.Select(Portfolio(7m, 1000m, 5m, [Four[0], Four[2]]));
        Assert.Equal(
            "Chose 1 of 2 opportunities with a total expected return of 720 EUR, proven optimal after 3 branch-and-bound nodes. Uses 6 hours, 200 EUR, 1 person-day of the budget of 7 hours, 1,000 EUR, 5 person-days. Binding: time.",
            s.Explanation);
        Assert.Equal("Left out 'a' (expected return 600 EUR): it does not fit: it needs 5 hours of time with 1 hour left.", Assert.Single(s.LeftOut).Reason);
        Assert.Equal("Time binds: 1 hour left, too little for 1 left-out opportunity; shadow price 120 EUR per hour.", s.Resources[0].Explanation);
        Assert.Equal("Money does not block any left-out opportunity: 800 EUR left; shadow price 0 EUR per EUR.", s.Resources[1].Explanation);
        Assert.Equal("Personnel does not block any left-out opportunity: 4 person-days left; shadow price 0 EUR per person-day.", s.Resources[2].Explanation);
    }

    [Fact]
    public void A_greedy_or_stopped_choice_states_its_bound_and_gap()
    {
        // The greedy takes c first (best value per share of the budgets) and then fits neither a nor b.
        // Its bound is the surrogate Dantzig bound with one multiplier per whole budget (d cannot
        // fit alone and is left out): c weighs 6/10 + 200/1000 + 1/5 = 1.0 of the 3.0, a and b 1.4
        // each; so c, a and 0.6/1.4 of b: 720 + 600 + 214.29 = 1,534.29, rounded down to the value
        // unit (20 EUR, the gcd of the returns): 1,520; (1,520 - 720) / 1,520 = 52.6316%.
        var greedy = OpportunitySelector.Select(Portfolio(10m, 1000m, 5m), SelectionOptions.Greedy);
        Assert.Equal(["c"], greedy.Chosen);
        Assert.Equal(1520m, greedy.UpperBound);
        Assert.Equal(
            "Chose 1 of 4 opportunities with a total expected return of 720 EUR, by the greedy baseline, not proven optimal: no set is worth more than 1,520 EUR, so it is within 52.6316% of the optimum. Uses 6 hours, 200 EUR, 1 person-day of the budget of 10 hours, 1,000 EUR, 5 person-days. Binding: time.",
            greedy.Explanation);
        Assert.Equal(
            [
                "Left out 'd' (expected return 2,500 EUR): it does not fit: it needs 20 hours of time with 4 hours left.",
                "Left out 'a' (expected return 600 EUR): it does not fit: it needs 5 hours of time with 4 hours left.",
                "Left out 'b' (expected return 500 EUR): it does not fit: it needs 5 hours of time with 4 hours left.",
            ],
            greedy.LeftOut.Select(l => l.Reason));

        // The greedy does not optimise the multipliers: it estimates no shadow price, and says so.
        Assert.All(greedy.Resources, r => Assert.Equal(0.0, r.ShadowPrice));
        Assert.Equal(
            [
                "Time binds: 4 hours left, too little for 3 left-out opportunities; the greedy baseline estimates no shadow price.",
                "Money does not block any left-out opportunity: 800 EUR left; the greedy baseline estimates no shadow price.",
                "Personnel does not block any left-out opportunity: 4 person-days left; the greedy baseline estimates no shadow price.",
            ],
            greedy.Resources.Select(r => r.Explanation));
        var greedyMore = OpportunitySelector.Sensitivity(Portfolio(10m, 1000m, 5m), null, SelectionOptions.Greedy);
        Assert.Equal("1 more hour: not proven by the greedy baseline (best found 1,320 EUR against 720 EUR).", greedyMore[0].Explanation);
        Assert.Null(greedyMore[0].ValueOfIncrement);
        var roomy = OpportunitySelector.Sensitivity(Portfolio(100m, 10000m, 50m), null, SelectionOptions.Greedy);
        Assert.Equal("1 more hour raises the optimum by 0 EUR (re-solved exactly); the greedy baseline estimates no shadow price.", roomy[0].Explanation);
        Assert.Equal(0m, roomy[0].ValueOfIncrement);

        // With no node at all the exact method keeps its root incumbent; the words say so without "by the greedy baseline".
        var stopped = OpportunitySelector.Select(Portfolio(10m, 1000m, 5m), new SelectionOptions(SelectionMethod.Exact, 0));
        Assert.Equal(SelectionStatus.BestFound, stopped.Status);
        // Its bound is the LP bound without d (which cannot fit alone): 1,200 (see the first test); (1,200 - 720) / 1,200 = 40%.
        Assert.StartsWith(
            "Chose 1 of 4 opportunities with a total expected return of 720 EUR, not proven optimal: no set is worth more than 1,200 EUR, so it is within 40% of the optimum. ",
            stopped.Explanation,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_gap_keeps_four_decimals_of_a_percent()
    {
        // A gap of 0.0006% must not read "within 0%": the percent keeps four decimals.
        var selection = OpportunitySelector.Select(RandomPortfolios.Create(10_000, seed: 42, tightness: 0.5m), SelectionOptions.LargePortfolio);
        Assert.Equal(SelectionStatus.BestFound, selection.Status);
        Assert.Contains("so it is within 0.0006% of the optimum", selection.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_named_in_the_reasons()
    {
        // b requires d (which never fits); a cannot go with c. The best is c alone.
        var s = OpportunitySelector.Select(Portfolio(
            10m,
            1000m,
            5m,
            links: [new OpportunityLink("b", OpportunityLinkKind.Requires, "d"), new OpportunityLink("a", OpportunityLinkKind.Excludes, "c")]));
        Assert.Equal(["c"], s.Chosen);
        Assert.Equal(
            [
                "Left out 'd' (expected return 2,500 EUR): it does not fit: it needs 20 hours of time with 4 hours left.",
                "Left out 'a' (expected return 600 EUR): it cannot go with chosen 'c'; it does not fit: it needs 5 hours of time with 4 hours left.",
                "Left out 'b' (expected return 500 EUR): it requires 'd', not chosen; it does not fit: it needs 25 hours of time with 4 hours left.",
            ],
            s.LeftOut.Select(l => l.Reason));

        // Budgets large enough for everything: d excludes c, b requires c, and c excludes b.
        var clash = OpportunitySelector.Select(Portfolio(
            100m,
            10000m,
            50m,
            links:
            [
                new OpportunityLink("d", OpportunityLinkKind.Excludes, "c"),
                new OpportunityLink("b", OpportunityLinkKind.Requires, "c"),
                new OpportunityLink("c", OpportunityLinkKind.Excludes, "b"),
            ]));
        Assert.Equal(["a", "d"], clash.Chosen);
        Assert.EndsWith("No budget keeps out any other opportunity.", clash.Explanation, StringComparison.Ordinal);
        Assert.Equal(
            [
                "Left out 'c' (expected return 720 EUR): it cannot go with chosen 'd'.",
                "Left out 'b' (expected return 500 EUR): it requires 'c', not chosen; it cannot go with chosen 'd'; what it requires excludes itself.",
            ],
            clash.LeftOut.Select(l => l.Reason));
        // No budget binds, so no budget has a price (the time budget used to read 100 EUR per hour:
        // lowered to the total need, its dual is flat from 0 to 100 and the top was kept).
        Assert.Equal("Time does not block any left-out opportunity: 75 hours left; shadow price 0 EUR per hour.", clash.Resources[0].Explanation);
        Assert.Equal("Money does not block any left-out opportunity: 9,400 EUR left; shadow price 0 EUR per EUR.", clash.Resources[1].Explanation);
    }

    [Fact]
    public void An_opportunity_worth_nothing_is_left_out_because_it_is_worth_nothing()
    {
        var s = OpportunitySelector.Select(Portfolio(10m, 1000m, 5m, [Make("z", 1000m, 0m, 1m, 1m, 0m), Make("y", 10m, 1m, 1m, 1m, 0m)]));
        Assert.Equal(["y"], s.Chosen);
        Assert.Equal("Left out 'z': it fits, but its expected return is zero.", Assert.Single(s.LeftOut).Reason);
        Assert.Equal(
            "Chose 1 of 2 opportunities with a total expected return of 10 EUR, proven optimal after 0 branch-and-bound nodes. Uses 1 hour, 1 EUR, 0 person-days of the budget of 10 hours, 1,000 EUR, 5 person-days. No budget keeps out any other opportunity.",
            s.Explanation);
    }

    [Fact]
    public void An_infeasible_problem_lists_every_reason()
    {
        // Must-dos a, b, d; a requires c, c excludes b: 36 h, 1,300 EUR and 6 person-days are needed.
        var s = OpportunitySelector.Select(Portfolio(
            10m,
            1000m,
            5m,
            links: [new OpportunityLink("a", OpportunityLinkKind.Requires, "c"), new OpportunityLink("c", OpportunityLinkKind.Excludes, "b")],
            mustDo: ["a", "b", "d"]));
        Assert.Equal(SelectionStatus.Infeasible, s.Status);
        Assert.Equal(
            "No set of opportunities fits: 'b' and 'c' must both be chosen (as must-dos or required by one) but exclude each other; "
            + "the must-dos and what they require need 36 hours of time, but the budget is 10 hours; "
            + "the must-dos and what they require need 1,300 EUR of money, but the budget is 1,000 EUR; "
            + "the must-dos and what they require need 6 person-days of personnel, but the budget is 5 person-days.",
            s.Explanation);
        Assert.All(s.Resources, r => Assert.Equal("Nothing is chosen: the problem is infeasible.", r.Explanation));
        Assert.Empty(s.LeftOut);
    }

    [Fact]
    public void Sensitivity_sentences()
    {
        // One more hour allows {a, c} = 1,320: the optimum rises by 220.
        Assert.Equal(
            [
                "1 more hour raises the optimum by 220 EUR (re-solved exactly); the LP shadow price is 120 EUR per hour.",
                "1 more EUR raises the optimum by 0 EUR (re-solved exactly); the LP shadow price is 0 EUR per EUR.",
                "1 more person-day raises the optimum by 0 EUR (re-solved exactly); the LP shadow price is 0 EUR per person-day.",
            ],
            OpportunitySelector.Sensitivity(Portfolio(10m, 1000m, 5m)).Select(r => r.Explanation));

        // d is a must-do needing 20 h of 10: ten more hours make it fit (2,500 EUR, nothing else fits).
        Assert.Equal(
            [
                "10 more hours would make the must-dos fit, with an optimum of 2,500 EUR.",
                "The must-dos do not fit even with 1,000 more EUR.",
                "The must-dos do not fit even with 2.5 more person-days.",
            ],
            OpportunitySelector.Sensitivity(Portfolio(10m, 1000m, 5m, mustDo: ["d"]), ResourceAmounts.FromHours(10m, 1000m, 2.5m)).Select(r => r.Explanation));

        // No node allowed: neither solve is proven, so no rise is claimed; both values are stated.
        var stopped = OpportunitySelector.Sensitivity(Portfolio(10m, 1000m, 5m), null, new SelectionOptions(SelectionMethod.Exact, 0));
        Assert.All(stopped, r => Assert.Null(r.ValueOfIncrement));
        Assert.Equal("1 more person-day: not proven within the node limit (best found 720 EUR against 720 EUR).", stopped[2].Explanation);
        Assert.Matches(@"^1 more hour: not proven within the node limit \(best found [0-9,]+ EUR against 720 EUR\)\.$", stopped[0].Explanation);
    }

    [Fact]
    public void A_time_just_above_what_is_left_is_not_rounded_to_it()
    {
        // c needs 6 h; a needs 4 h 1 min with 4 h left: the need shows four decimals of an hour.
        var a = new Opportunity("a", Acme, "title a", OpportunityClass.ExpandBusiness, OpportunitySource.ClientBusinessGoals, 1000m, 0.6m, new ResourceAmounts(NodaTime.Duration.FromMinutes(241), 500m, 2m));
        var s = OpportunitySelector.Select(Portfolio(10m, 1000m, 5m, [a, Four[2]]));
        Assert.Equal(["c"], s.Chosen);
        Assert.Equal("Left out 'a' (expected return 600 EUR): it does not fit: it needs 4.0167 hours of time with 4 hours left.", Assert.Single(s.LeftOut).Reason);
    }
}
