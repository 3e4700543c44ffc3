using System;
using System.Linq;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Core.Tests.Opportunities;

[Properties(Arbitrary = new[] { typeof(OpportunityGenerators) }, MaxTest = 200)]
public class SelectionProperties
{
    [Property]
    public bool The_chosen_set_never_exceeds_a_budget_and_honours_links(OpportunityPortfolio portfolio)
    {
        var exact = OpportunitySelector.Select(portfolio);
        var greedy = OpportunitySelector.Select(portfolio, SelectionOptions.Greedy);
        return exact.Status == SelectionStatus.Infeasible
            || (Reference.IsFeasible(portfolio, exact.Chosen.ToArray()) && Reference.IsFeasible(portfolio, greedy.Chosen.ToArray()));
    }

    [Property]
    public bool The_exact_method_equals_brute_force(OpportunityPortfolio portfolio)
    {
        var selection = OpportunitySelector.Select(portfolio);
        var optimum = Reference.BruteForceOptimum(portfolio);
        return optimum is null
            ? selection.Status == SelectionStatus.Infeasible
            : selection.Status == SelectionStatus.Optimal
                && selection.Value == optimum.Value
                && Reference.ValueOf(portfolio, selection.Chosen) == selection.Value
                && selection.UpperBound == selection.Value;
    }

    [Property]
    public bool More_budget_never_lowers_the_optimum(OpportunityPortfolio portfolio, byte hours, ushort money, byte days)
    {
        var more = new ResourceAmounts(
            portfolio.Budget.Time + NodaTime.Duration.FromMinutes(hours * 7),
            portfolio.Budget.Money + (money / 100m),
            portfolio.Budget.PersonDays + (days / 4m));
        var before = OpportunitySelector.Select(portfolio);
        var after = OpportunitySelector.Select(new OpportunityPortfolio(portfolio.Currency, more, portfolio.Opportunities, portfolio.Links, portfolio.MustDo));
        return before.Status == SelectionStatus.Infeasible
            ? true // an infeasible problem may become feasible
            : after.Status == SelectionStatus.Optimal && after.Value >= before.Value;
    }

    [Property]
    public Property A_must_do_is_chosen_or_the_problem_is_reported_infeasible(OpportunityPortfolio portfolio)
    {
        var selection = OpportunitySelector.Select(portfolio);
        var ok = selection.Status == SelectionStatus.Infeasible
            ? selection.Chosen.Count == 0 && selection.Explanation.StartsWith("No set", StringComparison.Ordinal) && Reference.BruteForceOptimum(portfolio) is null
            : portfolio.MustDo.All(selection.Chosen.Contains);
        return ok.Classify(portfolio.MustDo.Count > 0, "with must-dos").Classify(selection.Status == SelectionStatus.Infeasible, "infeasible");
    }

    [Property]
    public bool The_bound_is_never_below_the_value(OpportunityPortfolio portfolio, byte nodeLimit)
    {
        var optimum = Reference.BruteForceOptimum(portfolio);
        foreach (var options in new[] { SelectionOptions.Greedy, new SelectionOptions(SelectionMethod.Exact, nodeLimit % 4), SelectionOptions.Exact })
        {
            var s = OpportunitySelector.Select(portfolio, options);
            if (s.Status == SelectionStatus.Infeasible)
            {
                continue;
            }

            var gapOk = s.Gap >= 0 && s.Gap <= 1;
            if (s.UpperBound < s.Value || !gapOk || (optimum is { } o && (s.UpperBound < o || s.Value > o)))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool The_order_of_the_input_does_not_change_the_answer(OpportunityPortfolio portfolio, int seed)
    {
        var random = new Random(seed);
        var shuffled = new OpportunityPortfolio(
            portfolio.Currency,
            portfolio.Budget,
            portfolio.Opportunities.OrderBy(_ => random.Next()).ToArray(),
            portfolio.Links.OrderBy(_ => random.Next()).ToArray(),
            portfolio.MustDo.OrderBy(_ => random.Next()).ToArray());
        var a = OpportunitySelector.Select(portfolio);
        var b = OpportunitySelector.Select(shuffled);
        var ga = OpportunitySelector.Select(portfolio, SelectionOptions.Greedy);
        var gb = OpportunitySelector.Select(shuffled, SelectionOptions.Greedy);
        return a.Chosen.SequenceEqual(b.Chosen) && a.Value == b.Value && a.Explanation == b.Explanation
            && ga.Chosen.SequenceEqual(gb.Chosen) && ga.UpperBound == gb.UpperBound;
    }

    [Property]
    public bool Every_left_out_opportunity_has_a_reason_and_an_optimal_set_leaves_out_nothing_that_would_fit(OpportunityPortfolio portfolio)
    {
        var s = OpportunitySelector.Select(portfolio);
        if (s.Status != SelectionStatus.Optimal)
        {
            return true;
        }

        return s.LeftOut.Count + s.Chosen.Count == portfolio.Opportunities.Count
            && s.LeftOut.All(l => l.Reason.Length > 0 && (l.ShortOf.Count > 0 || l.ConflictsWith.Count > 0 || l.Reason.Contains("requires", StringComparison.Ordinal) || l.ExpectedReturn == 0m));
    }
}
