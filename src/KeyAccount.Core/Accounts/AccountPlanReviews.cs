using System.Collections.Generic;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// Which of an account's plan review records review the plan the account holds: the one rule the
/// validator, the account's state and the health scorecard share.
/// </summary>
/// <remarks>
/// The account holds the plan as it stands now and the record of every review. The current review
/// is the latest one held up to the date (all of that day's, when several share it, so the choice
/// does not depend on the list's order); it is checked against the plan, and the changes it agreed
/// may already be carried out in it (a goal it names that the plan no longer holds, but that one
/// of its agreed changes names, is taken as changed as agreed). Earlier reviews reviewed earlier
/// versions of the plan, which the account no longer holds: they are history, checked only for
/// what they hold themselves. Reviews dated after the date have not been held yet.
/// </remarks>
internal static class AccountPlanReviews
{
    /// <summary>The positions of the current reviews as of <paramref name="asOf"/>, in list order; empty when no review is dated up to it.</summary>
    public static List<int> Current(IReadOnlyList<PlanReviewRecord> reviews, LocalDate asOf)
    {
        LocalDate? latest = null;
        foreach (var review in reviews)
        {
            if (review.On <= asOf && (latest is null || review.On > latest))
            {
                latest = review.On;
            }
        }

        var current = new List<int>();
        for (var i = 0; i < reviews.Count; i++)
        {
            if (reviews[i].On == latest)
            {
                current.Add(i);
            }
        }

        return current;
    }

    /// <summary>The plan a review of <paramref name="account"/> is checked against: the account's, when it is of the review's client; else null.</summary>
    public static AccountPlan? PlanFor(AccountDocument account, PlanReviewRecord review) =>
        account.Plan is { } plan && plan.Client == review.Client ? plan : null;

    /// <summary>Checks the current review <paramref name="review"/> against the account's plan (<see cref="PlanReviewCheck"/> with the agreed changes taken as carried out).</summary>
    public static (IReadOnlyList<Diagnostic> Diagnostics, PlanReviewSummary Summary) CheckCurrent(PlanReviewRecord review, AccountPlan plan) =>
        new PlanReviewCheck(review, plan, changesApplied: true).Run();

    /// <summary>Checks an earlier review for what it holds itself.</summary>
    public static IReadOnlyList<Diagnostic> CheckHistory(PlanReviewRecord review) =>
        new PlanReviewCheck(review, plan: null).Run().Diagnostics;
}
