using System;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

public class SamplePlanTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    [Fact]
    public void The_publisher_and_bookshop_plan_has_no_diagnostics_on_its_first_day()
    {
        var diagnostics = PlanValidator.Validate(SamplePlans.PublisherAndBookshop(Start), Start);
        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2026, 1, 1)]
    [InlineData(2031, 7, 15)]
    public void The_sample_plan_has_no_errors_whatever_its_start_and_on_any_day_of_its_period(int year, int month, int day)
    {
        var start = new LocalDate(year, month, day);
        var plan = SamplePlans.PublisherAndBookshop(start);
        for (var asOf = start; asOf <= plan.Period.End; asOf = asOf.PlusDays(17))
        {
            var errors = PlanValidator.Validate(plan, asOf).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, asOf + ": " + string.Join(Environment.NewLine, errors));
        }
    }

    [Fact]
    public void Checked_later_the_sample_plan_warns_of_passed_deadlines_and_an_overdue_review()
    {
        var asOf = Start.PlusDays(100);
        var diagnostics = PlanValidator.Validate(SamplePlans.PublisherAndBookshop(Start), asOf);
        Assert.Equal(
            new[] { "goals[0].deadline KAP012", "reviews KAP034" },
            diagnostics.Select(d => d.Path + " " + d.Code));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("2026-02-01", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_plan_round_trips_through_json()
    {
        var plan = SamplePlans.PublisherAndBookshop(Start);
        var json = KeyAccountJson.Serialize(plan);
        var back = KeyAccountJson.Deserialize<AccountPlan>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.Equal(plan.Goals[2].Deadline, back.Goals[2].Deadline);
        Assert.Contains("\"offset\": \"P6M\"", json, StringComparison.Ordinal);
    }
}
