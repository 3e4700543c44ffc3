using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// The Planning area's run: a plan's diagnostics and its schedule analysis together, never
/// throwing for a defect in the plan.
/// </summary>
public static class PlanAnalysis
{
    /// <summary>Validates <paramref name="plan"/> as of <paramref name="asOf"/> and analyses its schedule.</summary>
    /// <param name="plan">The plan, however defective.</param>
    /// <param name="asOf">The date the plan is checked on ("today").</param>
    /// <returns>
    /// The diagnostics of <see cref="PlanValidator.Validate"/> and the schedule of
    /// <see cref="PlanSchedule.Analyze"/>. The schedule works around every other defect (it
    /// lists what it set aside in its notes), so it is withheld only when an action has no dates
    /// (<c>KAP043</c>): a schedule would then be guessed.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static DocumentRun<ScheduleAnalysis> Run(AccountPlan plan, LocalDate asOf)
    {
        Require.NotNull(plan, nameof(plan));
        var diagnostics = PlanValidator.Validate(plan, asOf);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Code == PlanningDiagnosticCodes.ActionWithoutDates)
            {
                return new DocumentRun<ScheduleAnalysis>(diagnostics, null);
            }
        }

        return new DocumentRun<ScheduleAnalysis>(diagnostics, PlanSchedule.Analyze(plan));
    }
}
