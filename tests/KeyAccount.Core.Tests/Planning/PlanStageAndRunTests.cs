using System;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using NodaTime;
using Codes = KeyAccount.Core.Planning.PlanningDiagnosticCodes;

namespace KeyAccount.Core.Tests.Planning;

/// <summary>Stage 3 of the method (written, then discussed with the client), goals without tactics, undated actions, the run and the budget shared with Opportunities.</summary>
public class PlanStageAndRunTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    private static AccountPlan Sample => SamplePlans.PublisherAndBookshop(Start);

    private static string[] Found(AccountPlan plan, params string[] codes) =>
        PlanValidator.Validate(plan, Start).Where(d => codes.Contains(d.Code)).Select(d => d.Path + " " + d.Code + " " + d.Severity).ToArray();

    [Theory]
    [InlineData(new[] { PlanStatus.Draft, PlanStatus.Approved })]
    [InlineData(new[] { PlanStatus.Draft, PlanStatus.Written, PlanStatus.Approved })]
    [InlineData(new[] { PlanStatus.Draft, PlanStatus.Discussed, PlanStatus.Approved })]
    [InlineData(new[] { PlanStatus.Draft, PlanStatus.Discussed, PlanStatus.Written, PlanStatus.Approved })]
    public void An_approved_plan_must_show_written_then_discussed_before_approval(PlanStatus[] stages)
    {
        var plan = Sample with { StatusHistory = stages.Select((s, i) => new PlanStatusChange(s, Start.PlusDays(i - stages.Length + 1)) { ClientParticipants = new[] { "shop-owner" } }).ToArray() };
        Assert.Equal(new[] { "statusHistory KAP038 Error" }, Found(plan, Codes.StagesSkipped));
        Assert.Contains(PlanValidator.Validate(plan, Start), d => d.Code == Codes.ApprovedWithErrors);
    }

    [Fact]
    public void A_history_that_goes_back_a_stage_is_reported_and_the_sample_has_its_stages_in_order()
    {
        Assert.Empty(Found(Sample, Codes.StagesSkipped, Codes.StatusGoesBack, Codes.NotDiscussedWithClient));
        var history = Sample.StatusHistory.ToList();
        history.Insert(3, new PlanStatusChange(PlanStatus.Draft, history[2].On));
        history.Insert(4, new PlanStatusChange(PlanStatus.Written, history[2].On));
        history.Insert(5, new PlanStatusChange(PlanStatus.Discussed, history[2].On) { ClientParticipants = new[] { "shop-owner" } });
        Assert.Equal(new[] { "statusHistory[3].status KAP039 Warning" }, Found(Sample with { StatusHistory = history }, Codes.StatusGoesBack, Codes.StagesSkipped));
    }

    [Fact]
    public void An_approved_plan_never_discussed_with_the_client_is_a_warning_and_participants_round_trip()
    {
        var discussed = Sample.StatusHistory.Single(h => h.Status == PlanStatus.Discussed);
        Assert.Equal(new[] { "shop-owner" }, discussed.ClientParticipants);
        Assert.Contains("Marketing", discussed.OurParticipants);

        var internalOnly = Sample with { StatusHistory = Sample.StatusHistory.Select(h => h.Status == PlanStatus.Discussed ? h with { ClientParticipants = new[] { " " } } : h).ToArray() };
        Assert.Equal(new[] { "statusHistory[2].clientParticipants KAP040 Warning" }, Found(internalOnly, Codes.NotDiscussedWithClient));
        Assert.DoesNotContain(PlanValidator.Validate(internalOnly, Start), d => d.Severity == DiagnosticSeverity.Error);

        var json = KeyAccountJson.Serialize(Sample);
        Assert.Contains("\"clientParticipants\": [", json, StringComparison.Ordinal);
        var back = KeyAccountJson.Deserialize<AccountPlan>(json);
        Assert.Equal(discussed.ClientParticipants, back.StatusHistory[2].ClientParticipants);
        Assert.Equal(discussed.OurParticipants, back.StatusHistory[2].OurParticipants);
    }

    [Fact]
    public void A_goal_no_action_serves_and_a_goal_no_decision_serves_are_warnings_with_their_own_codes()
    {
        var sample = Sample;
        var plan = sample with
        {
            Actions = sample.Actions.Select(a => a with { Serves = a.Serves.Where(g => g != "research").DefaultIfEmpty("small-orders").ToArray() }).ToArray(),
            Mix = sample.Mix with { Place = MixElement.Unchanged("the shop's own delivery stays"), Price = MixElement.Unchanged("prices stay") },
        };
        Assert.Equal(
            new[] { "goals[0] KAP041 Warning", "goals[1] KAP042 Warning" },
            Found(plan, Codes.GoalWithoutAction, Codes.GoalWithoutDecision));
    }

    [Fact]
    public void An_action_without_dates_loads_from_json_and_is_reported()
    {
        var sample = Sample;
        var node = System.Text.Json.Nodes.JsonNode.Parse(KeyAccountJson.Serialize(sample))!;
        node["actions"]![3]!.AsObject().Remove("start");
        node["actions"]![3]!.AsObject().Remove("due");
        var plan = KeyAccountJson.Deserialize<AccountPlan>(node.ToJsonString());
        Assert.Null(plan.Actions[3].Start);
        Assert.Equal(new[] { "actions[3].due KAP043 Error", "actions[3].start KAP043 Error" }, Found(plan, Codes.ActionWithoutDates));

        var run = PlanAnalysis.Run(plan, Start);
        Assert.Null(run.Result);
        Assert.True(run.HasErrors);
        var schedule = PlanSchedule.Analyze(plan);
        Assert.Contains(schedule.Notes, n => n.Contains("'process' has no dates", StringComparison.Ordinal));
    }

    [Fact]
    public void The_run_gives_the_diagnostics_and_the_schedule_with_its_explanation()
    {
        var run = PlanAnalysis.Run(Sample, Start.PlusDays(100));
        Assert.Equal(PlanValidator.Validate(Sample, Start.PlusDays(100)), run.Diagnostics);
        Assert.False(run.HasErrors);
        var schedule = Assert.IsType<ScheduleAnalysis>(run.Result);
        Assert.Equal(PlanSchedule.Analyze(Sample).End, schedule.End);
        var end = schedule.End!.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("The 8 actions can all be done by " + end + "; the critical path runs through " + schedule.CriticalPath.Count + " actions (" + string.Join(" -> ", schedule.CriticalPath) + ").", schedule.Explanation, StringComparison.Ordinal);
        Assert.Contains("3 goals of 3 can be met by their deadlines.", schedule.Explanation, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PlanAnalysis.Run(null!, Start));
    }

    [Fact]
    public void A_plan_of_format_version_0_is_refused_as_every_document_is()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>("""{ "client": "c", "period": "2026-01-01/2026-12-31", "formatVersion": 0 }"""));
        Assert.Equal("$.formatVersion", ex.Path);
        Assert.Equal(1, KeyAccountJson.Deserialize<AccountPlan>("""{ "client": "c", "period": "2026-01-01/2026-12-31" }""").FormatVersion);
        Assert.Equal(0, (Sample with { FormatVersion = 0 }).FormatVersion);
    }

    [Fact]
    public void Chosen_opportunities_are_added_to_the_plan_budget_in_compatible_units()
    {
        var portfolio = new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.FromHours(100m, 50_000m, 40m),
            [
                new Opportunity("standing-order", new ClientId("bookshop"), "Standing order", OpportunityClass.IncreaseExistingProductUse, OpportunitySource.ClientBusinessGoals, 20_000m, 0.5m, ResourceAmounts.FromHours(12m, 3_000m, 4m)),
                new Opportunity("next-day", new ClientId("bookshop"), "Next-day delivery", OpportunityClass.ImproveService, OpportunitySource.ClientBusinessGoals, 10_000m, 0.8m, ResourceAmounts.FromHours(8m, 2_500m, 6m)),
            ]);
        var selection = OpportunitySelector.Select(portfolio);
        Assert.Equal(ResourceAmounts.FromHours(20m, 5_500m, 10m), selection.Used);

        var plan = PlanBudget.Add(Sample, selection.Used, selection.Currency);
        Assert.Equal(new[] { 210m, 100m, 65_500m }, plan.Resources.Select(r => r.Total));
        Assert.Equal(Sample.Resources.Select(r => r.PerMonth), plan.Resources.Select(r => r.PerMonth));
        Assert.Empty(PlanValidator.Validate(plan, Start));

        // A plan without a time budget gets one; a budget only in another currency is refused.
        var noTime = Sample with { Resources = Sample.Resources.Where(r => r.Kind != ResourceKind.Time).ToArray() };
        var added = PlanBudget.Add(noTime, selection.Used, Currency.Eur).Resources.Single(r => r.Kind == ResourceKind.Time);
        Assert.Equal(("time", "hours", 20m), (added.Id, added.Unit, added.Total));
        var ex = Assert.Throws<ArgumentException>("amounts", () => PlanBudget.Add(Sample, selection.Used, Currency.Usd));
        Assert.Contains("'EUR'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("amounts", () => PlanBudget.Add(Sample, new ResourceAmounts(Duration.FromHours(-1), 0m, 0m), Currency.Eur));
        Assert.Equal(Sample.Resources.Select(r => r.Total), PlanBudget.Add(Sample, ResourceAmounts.Zero, Currency.Eur).Resources.Select(r => r.Total));
    }

    [Fact]
    public void Every_code_is_documented_and_the_KAP016_example_of_the_docs_parses_and_gives_KAP016()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(Opportunities.PortfolioDefectTests.RepositoryRoot(), "docs", "planning.md"));
        Assert.All(Codes.All, d => Assert.Contains("| " + d.Code + " | " + d.Severity.ToString().ToLowerInvariant() + " |", docs, StringComparison.Ordinal));
        Assert.Contains("\"offset\": \"P-1M\"", docs, StringComparison.Ordinal);
        var plan = KeyAccountJson.Deserialize<AccountPlan>("""{ "client": "c", "period": "2026-01-01/2026-12-31", "goals": [ { "id": "g", "description": "d", "deadline": { "event": "e", "offset": "P-1M" } } ], "events": [ { "id": "e", "description": "e", "date": "2026-06-01" } ] }""");
        Assert.Contains(PlanValidator.Validate(plan, Start), d => d.Code == Codes.InvalidPeriod && d.Path == "goals[0].deadline.offset");
    }
}
