using System;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Opportunities;
using NodaTime;

namespace KeyAccount.Core.Tests.Opportunities;

public class SelectionExamples
{
    private static readonly ClientId Acme = new("acme");

    private static Opportunity Make(string id, decimal benefit, decimal probability, decimal hours, decimal money, decimal days, OpportunityClass cls = OpportunityClass.ExpandBusiness) =>
        new(id, Acme, "title " + id, cls, OpportunitySource.ClientBusinessGoals, benefit, probability, ResourceAmounts.FromHours(hours, money, days));

    /// <summary>
    /// Budget 10 h, 1000 EUR, 5 person-days. The greedy by value per share of the budgets takes c
    /// first and then cannot fit a or b; the optimum is {a, b}.
    /// </summary>
    private static OpportunityPortfolio Sample() => new(
        Currency.Eur,
        ResourceAmounts.FromHours(10m, 1000m, 5m),
        [
            Make("a", 1000m, 0.6m, 5m, 500m, 2m),   // 600
            Make("b", 1000m, 0.5m, 5m, 500m, 2m),   // 500
            Make("c", 800m, 0.9m, 6m, 200m, 1m),    // 720
            Make("d", 5000m, 0.5m, 20m, 100m, 1m),  // 2500, needs 20 h: never fits
        ]);

    [Fact]
    public void The_hand_checked_optimum_beats_the_greedy_and_explains_what_was_left_out()
    {
        // Feasible sets: {a,b} = 1100, {c} = 720, {a} / {b} alone, {a,c} needs 11 h, {b,c} 11 h. Optimum {a,b} = 1100.
        var s = OpportunitySelector.Select(Sample());
        Assert.Equal(SelectionStatus.Optimal, s.Status);
        Assert.Equal(new[] { "a", "b" }, s.Chosen);
        Assert.Equal(1100m, s.Value);
        Assert.Equal(1100m, s.UpperBound);
        Assert.Equal(0.0, s.Gap);
        Assert.Equal(ResourceAmounts.FromHours(10m, 1000m, 4m), s.Used);

        var d = s.LeftOut[0];
        Assert.Equal("d", d.Id);
        Assert.Equal(new[] { ResourceKind.Time, ResourceKind.Money }, d.ShortOf);
        Assert.Contains("20 hours of time with 0 hours left", d.Reason, StringComparison.Ordinal);
        var c = s.LeftOut[1];
        Assert.Equal("c", c.Id);
        Assert.Equal(new[] { ResourceKind.Time, ResourceKind.Money }, c.ShortOf);

        var time = s.Resources[(int)ResourceKind.Time];
        Assert.Equal(2, time.BlockedCount);
        Assert.Equal(0m, time.Slack);
        Assert.Contains("Time binds", time.Explanation, StringComparison.Ordinal);
        Assert.Equal(1m, s.Resources[(int)ResourceKind.Personnel].Slack);
        Assert.Equal(0, s.Resources[(int)ResourceKind.Personnel].BlockedCount);
        Assert.Contains("proven optimal", s.Explanation, StringComparison.Ordinal);
        Assert.StartsWith("Chose 2 of 4 opportunities with a total expected return of 1,100 EUR, ", s.Explanation, StringComparison.Ordinal);

        var greedy = OpportunitySelector.Select(Sample(), SelectionOptions.Greedy);
        Assert.Equal(new[] { "c" }, greedy.Chosen);
        Assert.True(greedy.UpperBound >= 1100m);
        Assert.Equal(SelectionStatus.BestFound, greedy.Status);
    }

    [Fact]
    public void Links_and_must_dos_change_the_choice()
    {
        var withLinks = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(10m, 1000m, 5m),
            Sample().Opportunities,
            [new OpportunityLink("a", OpportunityLinkKind.Excludes, "b")],
            ["c"]);
        var s = OpportunitySelector.Select(withLinks);

        // c is a must-do (6 h): only 4 h are left, so neither a nor b fits.
        Assert.Equal(new[] { "c" }, s.Chosen);
        Assert.Equal(720m, s.Value);
        var a = s.LeftOut.Single(l => l.Id == "a");
        Assert.Equal(new[] { "b" }.Length - 1, a.ConflictsWith.Count);
        Assert.Contains(ResourceKind.Time, a.ShortOf);

        var requires = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(10m, 1000m, 5m),
            Sample().Opportunities,
            [new OpportunityLink("b", OpportunityLinkKind.Requires, "c")]);
        var r = OpportunitySelector.Select(requires);

        // b needs c, and b + c needs 11 h: b is out; the best is a alone (600) or c alone (720) -> c.
        Assert.Equal(new[] { "c" }, r.Chosen);
        var b = r.LeftOut.Single(l => l.Id == "b");
        Assert.Equal(new[] { ResourceKind.Time }, b.ShortOf);
        Assert.Contains("5 hours of time with 4 hours left", b.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Must_dos_that_break_a_budget_or_exclude_each_other_are_infeasible_with_reasons()
    {
        var tooBig = new OpportunityPortfolio(Currency.Eur, ResourceAmounts.FromHours(10m, 1000m, 5m), Sample().Opportunities, null, ["d"]);
        var s = OpportunitySelector.Select(tooBig);
        Assert.Equal(SelectionStatus.Infeasible, s.Status);
        Assert.Empty(s.Chosen);
        Assert.Contains("need 20 hours of time, but the budget is 10 hours", s.Explanation, StringComparison.Ordinal);

        var clash = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(100m, 10000m, 50m),
            Sample().Opportunities,
            [new OpportunityLink("a", OpportunityLinkKind.Requires, "c"), new OpportunityLink("c", OpportunityLinkKind.Excludes, "b")],
            ["a", "b"]);
        var t = OpportunitySelector.Select(clash);
        Assert.Equal(SelectionStatus.Infeasible, t.Status);
        Assert.Contains("'b' and 'c' must both be chosen", t.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_reports_the_exact_value_of_one_more_unit_and_the_shadow_price()
    {
        // One more hour (11 h) allows {a, c} = 1320 or {b, c}: the optimum rises by 220. Money and
        // personnel do not bind: one more unit is worth nothing.
        var rows = OpportunitySelector.Sensitivity(Sample());
        Assert.Equal(220m, rows[0].ValueOfIncrement);
        Assert.Equal(1m, rows[0].Increment);
        Assert.Equal(0m, rows[1].ValueOfIncrement);
        Assert.Equal(0m, rows[2].ValueOfIncrement);
        Assert.True(rows[0].ShadowPrice > 0);
        Assert.Contains("raises the optimum by 220 EUR", rows[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_amounts_decide_fit_without_rounding()
    {
        // 0.1 + 0.2 = 0.3 exactly in decimals; a double sum would be 0.30000000000000004 > 0.3.
        var portfolio = new OpportunityPortfolio(
            Currency.Eur,
            new ResourceAmounts(Duration.FromMinutes(1), 0.3m, 0.3m),
            [
                new Opportunity("x", Acme, "x", OpportunityClass.ImproveService, OpportunitySource.Other, 1m, 1m, new ResourceAmounts(Duration.FromSeconds(20), 0.1m, 0.1m)),
                new Opportunity("y", Acme, "y", OpportunityClass.ImproveService, OpportunitySource.Other, 1m, 1m, new ResourceAmounts(Duration.FromSeconds(40), 0.2m, 0.2m)),
            ]);
        var s = OpportunitySelector.Select(portfolio);
        Assert.Equal(new[] { "x", "y" }, s.Chosen);
        Assert.Equal(0m, s.Resources[1].Slack);
    }

    [Fact]
    public void A_budget_more_precise_than_the_needs_changes_nothing()
    {
        // Needs in whole euros; a budget of 100.123456789 EUR fits exactly what 100 EUR fits. The
        // budget's nine decimals used to set the counting unit, and with a large need the scaled
        // total left 64 bits: the selection was refused.
        var portfolio = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(10m, 100.123456789m, 10m),
            [Make("a", 100m, 1m, 1m, 10_000_000_000m, 1m), Make("b", 50m, 1m, 1m, 60m, 1m), Make("c", 40m, 1m, 1m, 40m, 1m)]);
        var s = OpportunitySelector.Select(portfolio);
        Assert.Equal(SelectionStatus.Optimal, s.Status);
        Assert.Equal(new[] { "b", "c" }, s.Chosen);
        Assert.Equal(0.123456789m, s.Resources[1].Slack);
    }

    [Fact]
    public void Amounts_too_large_to_count_exactly_are_an_argument_error_not_an_overflow()
    {
        // Expected returns whose sum exceeds the range of decimal.
        var rich = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(10m, 1000m, 10m),
            [Make("a", 7e28m, 1m, 1m, 10m, 1m), Make("b", 7e28m, 1m, 1m, 10m, 1m)]);
        var ex = Assert.Throws<ArgumentException>(() => OpportunitySelector.Select(rich));
        Assert.Equal("portfolio", ex.ParamName);
        Assert.Contains("expected return", ex.Message, StringComparison.Ordinal);

        // Needs whose sum exceeds the range of decimal.
        var huge = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(10m, 1000m, 10m),
            [Make("a", 1m, 1m, 1m, 7e28m, 1m), Make("b", 1m, 1m, 1m, 7e28m, 1m)]);
        Assert.Contains("money", Assert.Throws<ArgumentException>(() => OpportunitySelector.Select(huge)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeating_decimal_probability_is_counted_to_six_decimals_and_solved()
    {
        // 1/3 as a decimal has 28 decimals: the choice counts expected returns to a millionth.
        var third = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(10m, 1000m, 10m),
            [Make("a", 100_000m, 1m / 3m, 1m, 10m, 1m), Make("b", 100_000m, 2m / 3m, 1m, 10m, 1m)]);
        var s = OpportunitySelector.Select(third);
        Assert.Equal(SelectionStatus.Optimal, s.Status);
        Assert.Equal(new[] { "a", "b" }, s.Chosen);
        Assert.Equal(33_333.333333m + 66_666.666667m, s.Value);
    }

    [Fact]
    public void One_hundred_random_candidates_against_three_budgets_are_solved_to_proven_optimality()
    {
        var portfolio = RandomPortfolios.Create(100, seed: 7, tightness: 0.5m);
        var s = OpportunitySelector.Select(portfolio);
        Assert.Equal(SelectionStatus.Optimal, s.Status);
        Assert.True(Reference.IsFeasible(portfolio, s.Chosen.ToArray()));
        Assert.Equal(s.Value, s.UpperBound);
        var greedy = OpportunitySelector.Select(portfolio, SelectionOptions.Greedy);
        Assert.True(greedy.Value <= s.Value && greedy.UpperBound >= s.Value);
    }

    [Fact]
    public void A_large_portfolio_stopped_early_reports_a_bound_and_a_small_gap()
    {
        var portfolio = RandomPortfolios.Create(3000, seed: 11, tightness: 0.3m);
        var s = OpportunitySelector.Select(portfolio, SelectionOptions.LargePortfolio);
        Assert.True(Reference.IsFeasible(portfolio, s.Chosen.ToArray()));
        Assert.True(s.UpperBound >= s.Value);
        Assert.True(s.Gap < 0.005, $"gap {s.Gap}");
        Assert.Equal(s.Status == SelectionStatus.Optimal, s.Gap == 0 && s.UpperBound == s.Value);
        var stopped = OpportunitySelector.Select(portfolio, new SelectionOptions(SelectionMethod.Exact, 1));
        Assert.Equal(SelectionStatus.BestFound, stopped.Status);
        Assert.Contains("not proven optimal", stopped.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_position()
    {
        var dup = new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("a", 1, 1, 1, 1, 1), Make("a", 2, 1, 1, 1, 1)]);
        var ex = Assert.Throws<ArgumentException>(() => OpportunitySelector.Select(dup));
        Assert.Contains("opportunities[0] and opportunities[1]", ex.Message, StringComparison.Ordinal);
        Assert.Equal("portfolio", ex.ParamName);

        var unknown = new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("a", 1, 1, 1, 1, 1)], [new OpportunityLink("a", OpportunityLinkKind.Requires, "zz")]);
        Assert.Contains("links[0].to", Assert.Throws<ArgumentException>(() => OpportunitySelector.Select(unknown)).Message, StringComparison.Ordinal);
        var negativeLimit = new SelectionOptions(SelectionMethod.Exact, -1);
        Assert.Equal("nodeLimit KAO012", Assert.Single(negativeLimit.Validate()) is var d ? d.Path + " " + d.Code : null);
        Assert.Contains("nodeLimit", Assert.Throws<ArgumentException>("options", () => OpportunitySelector.Select(Sample(), negativeLimit)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ResourceAmounts.FromHours(-1m, 0m, 0m));
        var improbable = new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("p", 1m, 1.5m, 1, 1, 1)]);
        Assert.Contains("opportunities[0].probability", Assert.Throws<ArgumentException>("portfolio", () => OpportunitySelector.Select(improbable)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => OpportunitySelector.Select(null!));
    }

    [Fact]
    public void The_portfolio_and_the_selection_round_trip_through_json()
    {
        var portfolio = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(10m, 1000m, 5m),
            Sample().Opportunities,
            [new OpportunityLink("a", OpportunityLinkKind.Excludes, "b")],
            ["c"]);
        var json = KeyAccountJson.Serialize(portfolio);
        var back = KeyAccountJson.Deserialize<OpportunityPortfolio>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.Contains("\"formatVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Excludes\"", json, StringComparison.Ordinal);

        var selection = OpportunitySelector.Select(back);
        var selectionJson = KeyAccountJson.Serialize(selection);
        Assert.Equal(selectionJson, KeyAccountJson.Serialize(KeyAccountJson.Deserialize<OpportunitySelection>(selectionJson)));

        var minimal = KeyAccountJson.Deserialize<OpportunityPortfolio>(
            "{\"currency\":\"EUR\",\"budget\":{\"time\":\"0:10:00:00\",\"money\":1000,\"personDays\":5},\"opportunities\":[]}");
        Assert.Empty(minimal.Links);
        Assert.Empty(minimal.MustDo);
        Assert.Equal(Duration.FromHours(10), minimal.Budget.Time);
    }
}
