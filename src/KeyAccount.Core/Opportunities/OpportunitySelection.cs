using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Opportunities;

/// <summary>The set of opportunities chosen under the budgets, with its guarantee and its explanation.</summary>
/// <param name="Status">Optimal, best found (with a gap), or infeasible.</param>
/// <param name="Method">The method used.</param>
/// <param name="Currency">The currency of the amounts.</param>
/// <param name="Chosen">The ids of the chosen opportunities, in id order (ordinal).</param>
/// <param name="Value">Total expected return of the chosen set; 0 when infeasible.</param>
/// <param name="UpperBound">
/// No set that fits is worth more than this: equal to <paramref name="Value"/> when optimal, else
/// the bound from the linear-programming (Lagrangian / surrogate) relaxation; never below
/// <paramref name="Value"/>.
/// </param>
/// <param name="Gap">(UpperBound - Value) / UpperBound, from 0 to 1; 0 when optimal or when the bound is 0.</param>
/// <param name="NodesExplored">Branch-and-bound nodes explored.</param>
/// <param name="Used">The resources the chosen set uses.</param>
/// <param name="Resources">Per budget (time, money, personnel): used, slack, shadow price and the left-out opportunities it blocks.</param>
/// <param name="LeftOut">The opportunities not chosen, by expected return (highest first), then id, each with its reason.</param>
/// <param name="Explanation">The choice in a few sentences: what was chosen, what it is worth, the guarantee and the binding budgets (or why nothing fits).</param>
public sealed record OpportunitySelection(
    SelectionStatus Status,
    SelectionMethod Method,
    Currency Currency,
    IReadOnlyList<string> Chosen,
    decimal Value,
    decimal UpperBound,
    double Gap,
    long NodesExplored,
    ResourceAmounts Used,
    IReadOnlyList<ResourceSensitivity> Resources,
    IReadOnlyList<LeftOutOpportunity> LeftOut,
    string Explanation)
{
    /// <summary>True when <see cref="Value"/> is proven to be the optimum.</summary>
    [JsonIgnore]
    public bool ProvenOptimal => Status == SelectionStatus.Optimal;
}
