using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>
/// Checks a plan review record against the plan it reviews, and reports every defect as a
/// <see cref="Diagnostic"/> with a code of <see cref="PlanningDiagnosticCodes"/> (<c>KAP044</c> to
/// <c>KAP051</c>, and <c>KAP037</c> for an undefined status).
/// </summary>
/// <remarks>
/// <para>
/// Paths are the review's JSON paths without <c>$.</c>: <c>goals[2].status</c>,
/// <c>decisions[0].goals[1]</c>. A goal the review leaves out is reported at <c>goals</c>, one
/// diagnostic per goal in plan order, naming it. The order is the shared one
/// (<see cref="Diagnostics.Sort"/>).
/// </para>
/// <para>
/// The schedule check (<c>KAP047</c>) reads the plan's <see cref="PlanSchedule"/>: a goal the
/// review marks on track or met whose forecast is <see cref="GoalOutlook.Late"/> is a warning,
/// since the evidence of the review and the plan's own dates disagree and one of them must be
/// corrected. It is skipped, as <see cref="PlanAnalysis.Run"/> withholds the schedule, when an
/// action of the plan has no dates (<c>KAP043</c> in the plan). A goal's deadline for <c>KAP048</c>
/// is the one the schedule places (an event's date counted from its action's earliest finish),
/// else its fixed date. The plan's own defects are the plan validator's business and are not
/// repeated here. Cost: the schedule analysis plus linear in the review.
/// </para>
/// </remarks>
public static class PlanReviewValidator
{
    /// <summary>Checks <paramref name="review"/> against <paramref name="plan"/>.</summary>
    /// <param name="review">The review record; it may be inconsistent in any way the model allows.</param>
    /// <param name="plan">The plan as it stood at the review; it may be inconsistent too.</param>
    /// <returns>The diagnostics in the documented order; empty for a review without defects.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(PlanReviewRecord review, AccountPlan plan)
    {
        Require.NotNull(review, nameof(review));
        Require.NotNull(plan, nameof(plan));
        return new PlanReviewCheck(review, plan).Run().Diagnostics;
    }
}
