using System.Linq;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Core.Tests.Opportunities;

/// <summary>
/// docs/opportunities.md: "a chosen opportunity worth nothing is kept only if it is a must-do or
/// required by another chosen one". The generated portfolios rarely hold an opportunity worth
/// nothing (a probability or benefit of 0), so this property makes about half of them so; the
/// first mutation run of Opportunities left the solver's dropping of such extras unchecked.
/// </summary>
public class ZeroValueSelectionProperties
{
    [Property(Arbitrary = new[] { typeof(OpportunityGenerators) }, MaxTest = 200)]
    public Property A_chosen_opportunity_worth_nothing_is_a_must_do_or_required_by_a_chosen_one(OpportunityPortfolio portfolio, int mask)
    {
        var zeroed = portfolio.Opportunities
            .Select((o, i) => ((mask >> (i % 31)) & 1) == 1 ? new Opportunity(o.Id, o.Client, o.Title, o.Class, o.Source, o.Benefit, 0m, o.Needs) : o)
            .ToArray();
        var p = new OpportunityPortfolio(portfolio.Currency, portfolio.Budget, zeroed, portfolio.Links, portfolio.MustDo);
        var worthless = zeroed.Where(o => o.Benefit * o.Probability == 0).Select(o => o.Id).ToHashSet();
        var kept = 0;
        foreach (var options in new[] { SelectionOptions.Exact, SelectionOptions.Greedy })
        {
            var selection = OpportunitySelector.Select(p, options);
            foreach (var id in selection.Chosen.Where(worthless.Contains))
            {
                var requiredByChosen = p.Links.Any(l => l.Kind == OpportunityLinkKind.Requires && l.To == id && selection.Chosen.Contains(l.From));
                if (!p.MustDo.Contains(id) && !requiredByChosen)
                {
                    return false.Label($"{options.Method}: {id} is worth nothing, is not a must-do and no chosen opportunity requires it; chosen {string.Join(", ", selection.Chosen)}");
                }

                kept++;
            }
        }

        return true.ToProperty().Classify(worthless.Count > 0, "with opportunities worth nothing").Classify(kept > 0, "one kept as must-do or required");
    }
}
