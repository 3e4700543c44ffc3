namespace KeyAccount.Core.Planning;

/// <summary>The run of a plan review: its diagnostics against the plan and its summary, never throwing for a defect of either document.</summary>
public static class PlanReviewAnalysis
{
    /// <summary>Checks <paramref name="review"/> against <paramref name="plan"/> and sums it up.</summary>
    /// <param name="review">The review record, however defective.</param>
    /// <param name="plan">The plan as it stood at the review, however defective.</param>
    /// <returns>
    /// The diagnostics of <see cref="PlanReviewValidator.Validate"/> and the summary. The summary
    /// counts only what it can read (known goals, defined statuses, each goal once), so it is
    /// always given.
    /// </returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static DocumentRun<PlanReviewSummary> Run(PlanReviewRecord review, AccountPlan plan)
    {
        Require.NotNull(review, nameof(review));
        Require.NotNull(plan, nameof(plan));
        var (diagnostics, summary) = new PlanReviewCheck(review, plan).Run();
        return new DocumentRun<PlanReviewSummary>(diagnostics, summary);
    }
}
