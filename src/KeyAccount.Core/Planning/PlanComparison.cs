using System;

namespace KeyAccount.Core.Planning;

/// <summary>
/// Compares two versions of a key-client development plan: what was added, removed or changed,
/// with paths and sentences, and applies such a diff to a plan.
/// </summary>
/// <remarks>
/// <para>
/// Items are matched by key, never by position: client goals, goals, events, budgets and actions
/// by id (ordinally), the decisions of the four P's by their description (a reworded decision is
/// one removed and one added), the reviews by their date. Their order in the lists carries no
/// meaning, so moving an item is no change. Lists of ids and the resources an action uses are
/// compared as sets (with repeats counted). The status history is matched by position, because
/// its order is its meaning. Amounts are compared by value: <c>10</c> and <c>10.0</c> are the same.
/// </para>
/// <para>
/// A plan with duplicate ids (<c>KAP001</c>) is compared too: identical items of an id are
/// matched, and the rest in the order of their JSON text (<see cref="PlanChange.Occurrence"/>), so
/// the result does not depend on the lists' order there either. The comparison
/// works on any plan the model allows, valid or not, and on the plans' JSON form, so a member
/// added to the model in a later release is compared without being named here.
/// </para>
/// <para>Cost: linear in the size of the two plans' JSON forms, plus sorting the changes.</para>
/// </remarks>
public static class PlanComparison
{
    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/>.</summary>
    /// <param name="old">The earlier version.</param>
    /// <param name="new">The later version.</param>
    /// <returns>The changes that turn the old plan into the new, in the documented order, with an explanation; empty for plans that are the same.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PlanDiff Compare(AccountPlan old, AccountPlan @new)
    {
        Require.NotNull(old, nameof(old));
        Require.NotNull(@new, nameof(@new));
        var changes = PlanDiffRun.Compare(old, @new);
        return new PlanDiff(changes, PlanDiffWording.Explanation(changes));
    }

    /// <summary>Applies the changes of <paramref name="diff"/> to <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan the diff was made from (its old plan), or one that holds the same values wherever the diff changes something.</param>
    /// <param name="diff">The changes, as <see cref="Compare"/> gives them.</param>
    /// <returns>
    /// A new plan: for <c>Compare(old, new)</c> applied to <c>old</c>, a plan that compares equal to
    /// <c>new</c> (an empty diff). Items added go to the end of their lists, so the order of
    /// lists whose order carries no meaning may differ from the new plan's.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A change does not fit <paramref name="plan"/>: an item it names is not there, a value it
    /// replaces is not its old value, an item it adds is there already, or the result would not
    /// load as a plan. The message names the change's path.
    /// </exception>
    public static AccountPlan Apply(AccountPlan plan, PlanDiff diff)
    {
        Require.NotNull(plan, nameof(plan));
        Require.NotNull(diff, nameof(diff));
        Require.NotNull(diff.Changes, nameof(diff));
        return PlanPatch.Apply(plan, diff);
    }
}
