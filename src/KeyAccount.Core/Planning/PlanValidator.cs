using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// Finds every defect of a key-client development plan and reports each as a
/// <see cref="Diagnostic"/>, the way a compiler does.
/// </summary>
/// <remarks>
/// <para>
/// The checks and their codes are listed in <see cref="PlanningDiagnosticCodes"/> and documented with
/// examples in <c>docs/planning.md</c>. Paths name the place in the plan's JSON form without the
/// leading <c>$.</c>, such as <c>goals[2].deadline</c> or <c>actions[0].dependsOn[1]</c>; indices
/// count from zero.
/// </para>
/// <para>
/// Order: the shared order of <see cref="Diagnostics.Sort"/>: by path (runs of digits compared as
/// numbers, other characters ordinally, a path before its extensions), then by code, then in the
/// order the checks find them (months in calendar order, the dependencies of an action in the order
/// listed). The same plan and date always give the same list. A code found more than
/// a thousand times is listed a thousand times, then once more with the count left out.
/// </para>
/// <para>
/// Cost: linear in the size of the plan (ids are indexed once; cycles are found with Tarjan's
/// algorithm), plus the calendar months each action with resources spans.
/// </para>
/// </remarks>
public static class PlanValidator
{
    /// <summary>Checks <paramref name="plan"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan; it may be inconsistent in any way the model allows.</param>
    /// <param name="asOf">The date the plan is checked on: deadlines before it have passed, and reviews are due relative to it.</param>
    /// <returns>The diagnostics in the documented order; empty for a plan without defects.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(AccountPlan plan, LocalDate asOf)
    {
        Require.NotNull(plan, nameof(plan));
        return new PlanCheckRun(plan, asOf).Run();
    }

    /// <summary>True when <paramref name="diagnostics"/> hold an error; use <see cref="Diagnostics.HasErrors"/>.</summary>
    /// <param name="diagnostics">Diagnostics, typically from <see cref="Validate"/>.</param>
    /// <returns>True when at least one has <see cref="DiagnosticSeverity.Error"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    [System.Obsolete("Use Diagnostics.HasErrors (diagnostics.HasErrors()), the one test for errors of every area.")]
    public static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => Diagnostics.HasErrors(diagnostics);
}
