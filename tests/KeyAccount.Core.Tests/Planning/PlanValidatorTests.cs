using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

[Properties(Arbitrary = new[] { typeof(PlanGenerators) }, MaxTest = 60)]
public class PlanValidatorTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    public static IEnumerable<object[]> Defects => PlanDefects.All.Select(d => new object[] { d });

    [Property]
    public bool A_generated_valid_plan_has_no_diagnostics(CheckedPlan valid) =>
        PlanValidator.Validate(valid.Plan, valid.AsOf).Count == 0;

    [Property]
    public bool Each_single_defect_injected_into_a_valid_plan_yields_its_code_at_its_path(CheckedPlan valid, NonNegativeInt pick)
    {
        var defect = PlanDefects.All[pick.Get % PlanDefects.All.Count];
        var (plan, asOf, path) = defect.Inject(valid.Plan, valid.AsOf);
        return PlanValidator.Validate(plan, asOf).Any(d => d.Code == defect.Code && d.Path == path && d.Severity == PlanningDiagnosticCodes.Get(defect.Code).Severity);
    }

    [Property(MaxTest = 300)]
    public bool The_validator_never_throws_and_orders_its_diagnostics_deterministically(AnyPlan any)
    {
        var first = PlanValidator.Validate(any.Plan, any.AsOf);
        var second = PlanValidator.Validate(any.Plan, any.AsOf);
        return first.SequenceEqual(second) && IsInDocumentedOrder(first) && first.All(d => PlanningDiagnosticCodes.All.Any(c => c.Code == d.Code && c.Severity == d.Severity));
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_defect_in_the_sample_plan_is_reported_with_its_code_severity_and_path(PlanDefect defect)
    {
        var (plan, asOf, path) = defect.Inject(SamplePlans.PublisherAndBookshop(Start), Start);
        var diagnostics = PlanValidator.Validate(plan, asOf);
        var found = diagnostics.Where(d => d.Code == defect.Code && d.Path == path).ToList();
        Assert.True(found.Count > 0, defect + " not found at " + path + "; found: " + string.Join(Environment.NewLine, diagnostics));
        Assert.All(found, d => Assert.Equal(PlanningDiagnosticCodes.Get(defect.Code).Severity, d.Severity));
    }

    [Fact]
    public void Every_code_has_a_defect_test_and_codes_are_unique_and_prefixed()
    {
        var codes = PlanningDiagnosticCodes.All.Select(d => d.Code).ToList();
        // The plan's codes have their defects in PlanDefects, the plan review's (KAP044 and up) in PlanReviewDefects.
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), PlanDefects.All.Select(d => d.Code).Concat(PlanReviewDefects.All.Select(d => d.Code)).Distinct().OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^KAP0[0-9]{2}$", c));
        Assert.Throws<ArgumentException>(() => PlanningDiagnosticCodes.Get("KAP999"));
        Assert.Equal(codes, codes.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    [Obsolete("Tests the forwarder kept for one release.")]
    public void The_former_codes_class_still_forwards_its_codes_and_severities()
    {
        Assert.Equal(PlanningDiagnosticCodes.All.Select(d => d.Code), PlanDiagnosticCodes.All);
        Assert.Equal(PlanningDiagnosticCodes.NegativeAmount, PlanDiagnosticCodes.NegativeAmount);
        Assert.Equal(DiagnosticSeverity.Warning, PlanDiagnosticCodes.SeverityOf(PlanningDiagnosticCodes.ReviewOverdue));
        Assert.Throws<ArgumentException>(() => PlanDiagnosticCodes.SeverityOf("KAP999"));
        var diagnostics = PlanValidator.Validate(SamplePlans.PublisherAndBookshop(Start) with { Actions = Array.Empty<PlanAction>() }, Start);
        Assert.True(PlanValidator.HasErrors(diagnostics));
        Assert.Equal(diagnostics.HasErrors(), PlanValidator.HasErrors(diagnostics));
    }

    [Fact]
    public void A_dependency_cycle_is_named_from_its_smallest_id()
    {
        var sample = SamplePlans.PublisherAndBookshop(Start);
        // report -> survey -> brief, and now brief -> report: brief -> report -> survey -> brief.
        var plan = sample with { Actions = sample.Actions.Select(a => a.Id == "brief" ? a with { DependsOn = new[] { "report" } } : a).ToArray() };
        var cycle = PlanValidator.Validate(plan, Start).Single(d => d.Code == PlanningDiagnosticCodes.DependencyCycle);
        Assert.Equal("actions[0].dependsOn", cycle.Path);
        Assert.Contains("brief -> report -> survey -> brief", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_dependency_is_a_cycle_of_one()
    {
        var sample = SamplePlans.PublisherAndBookshop(Start);
        var plan = sample with { Actions = sample.Actions.Select(a => a.Id == "pilot" ? a with { DependsOn = new[] { "process", "pilot" } } : a).ToArray() };
        var diagnostics = PlanValidator.Validate(plan, Start);
        Assert.Equal(new[] { "actions[4].dependsOn KAP027", "status KAP036" }, diagnostics.Select(d => d.Path + " " + d.Code));
        Assert.Contains("pilot -> pilot", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_budget_only_in_some_months_names_each_month()
    {
        var sample = SamplePlans.PublisherAndBookshop(Start);
        // 50 person-days of staff in January and again in March, within the 200 total.
        var extra = new PlanAction("workshop", "w", Start.PlusDays(20), Start.PlusDays(24)) { Owner = "o", Serves = new[] { "research" }, Uses = new[] { new ResourceUse("staff", 20m) } };
        var extra2 = extra with { Start = Start.PlusDays(65), Due = Start.PlusDays(69) };
        var plan = sample with { Actions = sample.Actions.Append(extra).Append(new PlanAction("workshop-2", "w", extra2.Start, extra2.Due) { Owner = "o", Serves = extra.Serves, Uses = extra.Uses }).ToArray() };
        var monthly = PlanValidator.Validate(plan, Start).Where(d => d.Code == PlanningDiagnosticCodes.OverMonthlyBudget).ToList();
        Assert.Equal(2, monthly.Count);
        Assert.All(monthly, d => Assert.Equal("resources[0].perMonth", d.Path));
        Assert.StartsWith("In 2026-01 ", monthly[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("In 2026-03 ", monthly[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanValidator.Validate(plan, Start), d => d.Code == PlanningDiagnosticCodes.OverBudget);
    }

    [Fact]
    public void A_deadline_relative_to_an_event_moves_with_the_event()
    {
        var sample = SamplePlans.PublisherAndBookshop(Start);
        // The launch ends on day 170; six months later is 2026-12-20. Promotion due after that is late.
        var plan = sample with { Actions = sample.Actions.Select(a => a.Id == "promote" ? new PlanAction(a.Id, a.Description, a.Start, new LocalDate(2026, 12, 21)) { Owner = a.Owner, Serves = a.Serves, DependsOn = a.DependsOn, Uses = a.Uses } : a).ToArray() };
        var late = PlanValidator.Validate(plan, Start).Single(d => d.Code == PlanningDiagnosticCodes.ActionDueAfterGoalDeadline);
        Assert.Equal("actions[7].due", late.Path);
        Assert.Contains("2026-12-20", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_sort_paths_naturally_then_by_code()
    {
        var plan = new AccountPlan(new ClientId("c"), new DateInterval(Start, Start.PlusDays(30)))
        {
            Actions = Enumerable.Range(0, 12).Select(i => new PlanAction("a" + i, "a", Start, Start)).ToArray(),
        };
        var paths = PlanValidator.Validate(plan, Start).Select(d => d.Path).ToList();
        Assert.True(paths.IndexOf("actions[2].owner") < paths.IndexOf("actions[10].owner"));
        Assert.True(IsInDocumentedOrder(PlanValidator.Validate(plan, Start)));
    }

    [Fact]
    public void The_validator_refuses_only_a_null_plan()
    {
        Assert.Throws<ArgumentNullException>("plan", () => PlanValidator.Validate(null!, Start));
    }

    [Fact]
    public void A_plan_keeps_its_lists_when_the_caller_changes_the_arrays_it_passed_in()
    {
        var sample = SamplePlans.PublisherAndBookshop(Start);
        var actions = sample.Actions.ToArray();
        var serves = actions[0].Serves.ToArray();
        var plan = sample with { Actions = actions };
        var action = actions[0] with { Serves = serves };
        actions[0] = actions[1];
        serves[0] = "no-such-goal";
        Assert.Equal(sample.Actions[0].Id, plan.Actions[0].Id);
        Assert.Equal(sample.Actions[0].Serves[0], action.Serves[0]);
        Assert.Throws<ArgumentException>("Goals", () => sample with { Goals = [sample.Goals[0], null!] });
    }

    /// <summary>An independent statement of the documented order: path segments split at '.' and '[', indices as numbers, then code.</summary>
    private static bool IsInDocumentedOrder(IReadOnlyList<Diagnostic> diagnostics)
    {
        for (var i = 1; i < diagnostics.Count; i++)
        {
            var byPath = ComparePaths(diagnostics[i - 1].Path, diagnostics[i].Path);
            if (byPath > 0 || (byPath == 0 && string.CompareOrdinal(diagnostics[i - 1].Code, diagnostics[i].Code) > 0))
            {
                return false;
            }
        }

        return true;
    }

    private static int ComparePaths(string a, string b)
    {
        var x = a.Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        var y = b.Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length.CompareTo(b.Length);
        }

        for (var k = 0; k < Math.Min(x.Length, y.Length); k++)
        {
            var order = int.TryParse(x[k], out var m) && int.TryParse(y[k], out var n) ? m.CompareTo(n) : string.CompareOrdinal(x[k], y[k]);
            if (order != 0)
            {
                return order;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
