using System;
using System.Linq;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>A plan with one goal, action or budget, found by id, edited.</summary>
internal static class PlanEdits
{
    public static AccountPlan WithGoal(this AccountPlan plan, string id, Func<PlanGoal, PlanGoal> edit) =>
        plan with { Goals = plan.Goals.Select(g => g.Id == id ? edit(g) : g).ToArray() };

    public static AccountPlan WithAction(this AccountPlan plan, string id, Func<PlanAction, PlanAction> edit) =>
        plan with { Actions = plan.Actions.Select(a => a.Id == id ? edit(a) : a).ToArray() };

    public static AccountPlan WithBudget(this AccountPlan plan, string id, Func<ResourceBudget, ResourceBudget> edit) =>
        plan with { Resources = plan.Resources.Select(r => r.Id == id ? edit(r) : r).ToArray() };
}
