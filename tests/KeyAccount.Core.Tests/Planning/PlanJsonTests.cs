using System;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Planning;

[Properties(Arbitrary = new[] { typeof(PlanGenerators) }, MaxTest = 60)]
public class PlanJsonTests
{
    private const string Minimal = """
        {
          "client": "bookshop",
          "period": "2026-01-01/2026-12-31",
          "goals": [ { "id": "g1", "description": "a goal", "deadline": { "on": "2026-06-30" } } ],
          "actions": [ { "id": "a1", "description": "an action", "start": "2026-02-01", "due": "2026-01-15", "dependsOn": [ "a9" ] } ]
        }
        """;

    [Property]
    public bool A_valid_plan_round_trips_and_validates_the_same(CheckedPlan valid) => RoundTrips(valid.Plan, valid.AsOf);

    [Property]
    public bool Any_loadable_plan_round_trips_and_validates_the_same(AnyPlan any) => RoundTrips(any.Plan, any.AsOf);

    [Fact]
    public void A_well_formed_but_inconsistent_plan_loads_and_the_validator_reports_it()
    {
        var plan = KeyAccountJson.Deserialize<AccountPlan>(Minimal);
        Assert.Equal(DocumentFormat.CurrentVersion, plan.FormatVersion);
        var codes = PlanValidator.Validate(plan, new LocalDate(2026, 1, 1)).Select(d => d.Path + " " + d.Code).ToList();
        Assert.Contains("actions[0].start KAP023", codes);
        Assert.Contains("actions[0].dependsOn[0] KAP026", codes);
        Assert.Contains("actions[0].owner KAP022", codes);
        Assert.Contains("goals[0].mirrors KAP004", codes);
        Assert.Contains("goals[0].target KAP007", codes);
        Assert.Contains("clientGoals KAP003", codes);
        Assert.Contains("mix.product KAP017", codes);
        Assert.Contains("reviewCadence KAP033", codes);
    }

    [Theory]
    [InlineData("""{ "client": "c", "period": "2026-01-01/2026-12-31", "goals": [ { "id": "g", "description": "d", "deadline": { "on": "31/12/2026" } } ] }""", "$.goals[0].deadline.on")]
    [InlineData("""{ "client": "c", "period": "2026-01-01/2026-12-31", "actions": [ { "id": "a", "description": "d", "start": "2026-01-01", "due": "2026-01-02", "uses": [ { "resource": "r", "amount": "ten" } ] } ] }""", "$.actions[0].uses[0].amount")]
    [InlineData("""{ "client": "c", "period": "2026-01-01/2026-12-31", "status": "Signed" }""", "$.status")]
    [InlineData("""{ "client": "c", "period": "2026-01-01/2026-12-31", "goals": [ { "id": "g", "description": "d", "owner": "x" } ] }""", "$.goals[0]")]
    [InlineData("""{ "client": "c", "period": "2026-01-01/2026-12-31", "goals": [ { "id": null, "description": "d" } ] }""", "$.goals[0]")]
    [InlineData("""{ "client": "c", "period": "2026-01-01/2026-12-31", "formatVersion": 99 }""", "$.formatVersion")]
    public void A_malformed_plan_fails_with_the_json_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>(json));
        Assert.NotNull(ex.Path);
        Assert.StartsWith(path, ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_entry_in_a_list_is_refused()
    {
        var ex = Record.Exception(() => KeyAccountJson.Deserialize<AccountPlan>("""{ "client": "c", "period": "2026-01-01/2026-12-31", "goals": [ null ] }"""));
        Assert.True(ex is JsonException or ArgumentException, ex?.GetType().Name);
        Assert.Contains("Goals[0]", ex!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_a_period_fails_naming_it()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>("""{ "client": "c" }"""));
        Assert.Contains("period", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_refuses_only_structural_impossibilities()
    {
        var period = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        Assert.Throws<ArgumentException>("client", () => new AccountPlan(default, period));
        Assert.Throws<ArgumentNullException>("period", () => new AccountPlan(new ClientId("c"), null!));
        var plan = new AccountPlan(new ClientId("c"), period);
        Assert.Empty((plan with { Goals = null! }).Goals);
        var ex = Assert.Throws<ArgumentException>("Actions", () => plan with { Actions = new PlanAction[] { null! } });
        Assert.Contains("Actions[0]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("Id", () => new PlanGoal("g", "d") with { Id = null! });

        // Inconsistent content is accepted.
        _ = new PlanAction(string.Empty, string.Empty, period.End, period.Start) { Owner = null, DependsOn = new[] { "nowhere" } };
        _ = new ResourceBudget("r", (ResourceKind)42, string.Empty, -1m);
    }

    private static bool RoundTrips(AccountPlan plan, LocalDate asOf)
    {
        var json = KeyAccountJson.Serialize(plan);
        var back = KeyAccountJson.Deserialize<AccountPlan>(json);
        return json == KeyAccountJson.Serialize(back)
            && PlanValidator.Validate(plan, asOf).SequenceEqual(PlanValidator.Validate(back, asOf));
    }
}
