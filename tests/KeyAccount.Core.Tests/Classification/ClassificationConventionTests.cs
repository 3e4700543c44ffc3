using System;
using System.IO;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Tests.Classification;

/// <summary>The conventions of the area (codes, validator, Run), compound growth, monotonicity and sums beyond decimal.</summary>
[Properties(Arbitrary = new[] { typeof(ClassificationGenerators) }, MaxTest = 200)]
public class ClassificationConventionTests
{
    private static readonly ClassificationPolicy Quarterly = ClassificationPolicy.Default with { PeriodName = "quarter" };

    private static ClientId Id(string id) => new(id);

    [Fact]
    public void Exact_five_percent_compound_sales_growth_reads_as_five_percent_and_passes_the_default_test()
    {
        var verdict = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), sales: [1000m, 1050m, 1102.5m, 1157.63m]), Quarterly);
        Assert.Equal(0.05, verdict.GrowthOpportunities.SalesGrowth!.Value, 5);
        Assert.True(verdict.GrowthOpportunities.SalesGrowth >= 0.05);
        Assert.Equal(CriterionOutcome.Met, verdict.GrowthOpportunities.Outcome);
        Assert.Contains("sales growth +5%/quarter (counts from +5%)", verdict.Explanation, StringComparison.Ordinal);

        // Exactly compounded (1,157.625): exactly 5% after rounding to 12 places.
        var exact = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), sales: [1000m, 1050m, 1102.5m, 1157.625m]), Quarterly);
        Assert.Equal(0.05, exact.GrowthOpportunities.SalesGrowth);
        Assert.Equal(CriterionOutcome.Met, exact.GrowthOpportunities.Outcome);
    }

    [Fact]
    public void Exact_five_percent_compound_profit_growth_reads_as_five_percent_for_the_profit_trend()
    {
        var policy = Quarterly with { MinimumProfitTrend = 0.05 };
        var verdict = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), profits: [1000m, 1050m, 1102.5m, 1157.625m], vitalFew: [true, true, true, true]), policy);
        Assert.Equal(0.05, verdict.SteadyHighProfit.Trend);
        Assert.Equal(CriterionOutcome.Met, verdict.SteadyHighProfit.Outcome);
    }

    [Fact]
    public void A_zero_or_negative_period_gives_a_defined_growth_with_the_sign_of_the_slope()
    {
        var fromZero = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), sales: [0m, 0m, 50m, 100m]), Quarterly);
        Assert.True(fromZero.GrowthOpportunities.SalesGrowth > 0.05);
        Assert.Equal(CriterionOutcome.Met, fromZero.GrowthOpportunities.Outcome);

        var losses = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), profits: [-100m, -50m, 0m, 50m], vitalFew: [false, false, false, false]), Quarterly);
        // Linear fallback: slope 50 over the mean absolute profit 50.
        Assert.Equal(1.0, losses.SteadyHighProfit.Trend);
        var falling = KeyClientClassifier.Classify(new ClientEvidence(Id("X"), profits: [50m, 0m, -50m, -100m]), Quarterly);
        Assert.Equal(-1.0, falling.SteadyHighProfit.Trend);
    }

    [Fact]
    public void More_profit_in_an_earlier_period_can_lower_the_tier_when_a_minimum_trend_is_set_as_the_docs_say()
    {
        // docs/classification.md states the exact condition: with minimumProfitTrend set, more profit
        // never lowers the tier only in the most recent period; in an earlier one it lowers the trend.
        var policy = ClassificationPolicy.Default with { MinimumProfitTrend = 0.0 };
        ClientEvidence Client(decimal first) => new(Id("X"), profits: [first, 100m, 100m, 100m], vitalFew: [true, true, true, true], ladderLevel: LadderLevel.BusinessPartner, industryRank: 1);
        Assert.Equal(ClientTier.Key, KeyClientClassifier.Classify(Client(100m), policy).Tier);
        Assert.Equal(ClientTier.PotentialKey, KeyClientClassifier.Classify(Client(200m), policy).Tier);
    }

    [Property]
    public bool Without_trend_or_volatility_rules_more_profit_in_any_period_never_lowers_a_tier(ClientEvidence[] clients, ClassificationPolicy policy, int pick, int periodPick, byte raise)
    {
        var withProfits = clients.Where(c => c.Profits.Any(p => p.HasValue)).ToArray();
        if (withProfits.Length == 0)
        {
            return true;
        }

        var target = withProfits[Math.Abs(pick % withProfits.Length)];
        var known = Enumerable.Range(0, target.Profits.Count).Where(i => target.Profits[i].HasValue).ToArray();
        var period = known[Math.Abs(periodPick % known.Length)];
        var raised = target.Profits.ToArray();
        raised[period] += 1 + raise;
        return NotLower(clients, target, raised, policy);
    }

    [Property]
    public bool With_a_minimum_trend_more_profit_in_the_most_recent_period_never_lowers_a_tier(ClientEvidence[] clients, ClassificationPolicy policy, int pick, byte raise, sbyte trend)
    {
        policy = policy with { MinimumProfitTrend = trend / 100.0 };

        // The condition of the docs: the window's profits positive before and after (the compound regime).
        var positive = clients.Select(c => new ClientEvidence(c.Client, profits: c.Profits.Select(p => p is { } v ? Math.Abs(v) + 1 : p).ToArray(), opportunityCounts: c.OpportunityCounts, ladderLevel: c.LadderLevel, industryRank: c.IndustryRank)).ToArray();
        var candidates = positive.Where(c => c.Profits.Count > 0 && c.Profits[^1].HasValue).ToArray();
        if (candidates.Length == 0)
        {
            return true;
        }

        var target = candidates[Math.Abs(pick % candidates.Length)];
        var raised = target.Profits.ToArray();
        raised[^1] += 1 + raise;
        return NotLower(positive, target, raised, policy);
    }

    private static bool NotLower(ClientEvidence[] clients, ClientEvidence target, decimal?[] raisedProfits, ClassificationPolicy policy)
    {
        var raisedClient = new ClientEvidence(target.Client, raisedProfits, target.VitalFew, target.OpportunityCounts, target.OpportunityValues, target.Sales, target.LadderLevel, target.SurveyScore, target.IndustryRank, target.MarketShare, target.InfluenceRating);
        var before = KeyClientClassifier.ClassifyPortfolio(clients, policy);
        var after = KeyClientClassifier.ClassifyPortfolio(clients.Select(c => c.Client == target.Client ? raisedClient : c).ToArray(), policy);
        before.TryGet(target.Client, out var b);
        after.TryGet(target.Client, out var a);
        return a!.Tier >= b!.Tier;
    }

    [Property]
    public bool The_vital_few_are_paretos_vital_few(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var single = policy with { WindowPeriods = 1, MinimumVitalFewPeriods = 1, MinimumOpportunityPeriods = 1 };
        var plain = clients.Select(c => new ClientEvidence(c.Client, profits: c.Profits)).ToArray();
        // Series end at the same (most recent) period: the last element of every series is that period.
        var last = plain.Where(c => c.Profits.Count > 0 && c.Profits[^1].HasValue).ToArray();
        var result = KeyClientClassifier.ClassifyPortfolio(plain, single);
        if (last.Length == 0)
        {
            return true;
        }

        var pareto = ParetoAnalysis.Analyze(last.Select(c => c.Client).ToArray(), last.Select(c => c.Profits[^1]!.Value).ToArray(), Currency.Eur);
        var members = pareto.Total > 0 ? pareto.Ranking.Take(pareto.GetVitalFew(single.VitalFewShare).Count).Select(r => r.Client).ToHashSet() : [];
        return last.All(c => result.TryGet(c.Client, out var v) && (v!.SteadyHighProfit.PeriodsInVitalFew == 1) == members.Contains(c.Client));
    }

    [Fact]
    public void A_department_list_without_a_name_loads_and_is_KCL020_at_its_path()
    {
        var document = new ClassificationPortfolioDocument(Currency.Eur, [new ClientEvidence(Id("a"), profits: [1m])], departments: [new DepartmentList("sales", [Id("a")]), new DepartmentList("  ", [Id("a")])]);
        var found = ClassificationValidator.Validate(document).Select(d => (d.Code, d.Path, d.Severity)).ToArray();
        Assert.Contains((ClassificationDiagnosticCodes.DepartmentNameEmpty, "departments[1].department", DiagnosticSeverity.Error), found);
        Assert.DoesNotContain(found, f => f.Code == ClassificationDiagnosticCodes.DepartmentNameEmpty && f.Path != "departments[1].department");
    }

    [Fact]
    public void One_clients_sales_or_values_beyond_decimal_are_a_diagnostic_not_a_crash()
    {
        var document = new ClassificationPortfolioDocument(Currency.Eur,
        [
            new ClientEvidence(Id("a"), sales: [decimal.MaxValue, decimal.MaxValue], opportunityValues: [decimal.MaxValue, 1m], profits: [1m, 1m]),
            new ClientEvidence(Id("b"), profits: [decimal.MaxValue / 2, decimal.MaxValue / 2, decimal.MaxValue / 2]),
        ]);
        var run = KeyClientClassifier.Run(document);
        Assert.Null(run.Result);
        var found = run.Diagnostics.Select(d => (d.Code, d.Path)).ToArray();
        Assert.Contains((ClassificationDiagnosticCodes.SeriesTotalOverflow, "clients[0].sales"), found);
        Assert.Contains((ClassificationDiagnosticCodes.SeriesTotalOverflow, "clients[0].opportunityValues"), found);
        Assert.Contains((ClassificationDiagnosticCodes.SeriesTotalOverflow, "clients[1].profits"), found);
        Assert.Contains("express them in a larger unit", run.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => KeyClientClassifier.Classify(document.Clients[0]));
    }

    [Fact]
    public void A_period_whose_profits_overflow_is_KCL009_through_run()
    {
        var document = new ClassificationPortfolioDocument(Currency.Eur, [new ClientEvidence(Id("a"), profits: [decimal.MaxValue, 1m]), new ClientEvidence(Id("b"), profits: [1m, 1m])]);
        var run = KeyClientClassifier.Run(document);
        var d = Assert.Single(run.Diagnostics, d => d.Code == ClassificationDiagnosticCodes.PeriodTotalOverflow);
        Assert.Equal("clients", d.Path);
        Assert.Contains("period 0 (0 is the oldest of 2)", d.Message, StringComparison.Ordinal);
        Assert.Null(run.Result);
    }

    [Fact]
    public void Each_value_defect_loads_and_gives_its_code_at_its_path()
    {
        const string json = """
            {
              "currency": "EUR",
              "clients": [
                { "client": "a", "sales": [10, -5], "opportunityCounts": [1, -1], "opportunityValues": [-2] },
                { "client": "b", "ladderLevel": 7, "surveyScore": 101, "industryRank": 0, "marketShare": 1.5, "influenceRating": -1 }
              ],
              "previous": [ { "client": "a", "tier": 5, "metCriteria": [9] } ]
            }
            """;
        var document = KeyAccountJson.Deserialize<ClassificationPortfolioDocument>(json);
        var found = ClassificationValidator.Validate(document).Select(d => (d.Code, d.Severity, d.Path)).ToArray();
        var e = DiagnosticSeverity.Error;
        Assert.Equal(
            new[]
            {
                (ClassificationDiagnosticCodes.NegativeOpportunityCount, e, "clients[0].opportunityCounts[1]"),
                (ClassificationDiagnosticCodes.NegativeOpportunityValue, e, "clients[0].opportunityValues[0]"),
                (ClassificationDiagnosticCodes.NegativeSales, e, "clients[0].sales[1]"),
                (ClassificationDiagnosticCodes.IndustryRankOutOfRange, e, "clients[1].industryRank"),
                (ClassificationDiagnosticCodes.InfluenceRatingOutOfRange, e, "clients[1].influenceRating"),
                (ClassificationDiagnosticCodes.UndefinedLadderLevel, e, "clients[1].ladderLevel"),
                (ClassificationDiagnosticCodes.MarketShareOutOfRange, e, "clients[1].marketShare"),
                (ClassificationDiagnosticCodes.SurveyScoreOutOfRange, e, "clients[1].surveyScore"),
                (ClassificationDiagnosticCodes.UndefinedPreviousValue, e, "previous[0].metCriteria[0]"),
                (ClassificationDiagnosticCodes.UndefinedPreviousValue, e, "previous[0].tier"),
            },
            found);
        var run = KeyClientClassifier.Run(document);
        Assert.Null(run.Result);
        Assert.Equal(ClassificationValidator.Validate(document), run.Diagnostics);
    }

    [Property]
    public bool A_generated_valid_document_has_no_error_and_runs(ClientEvidence[] clients, ClassificationPolicy policy)
    {
        var run = KeyClientClassifier.Run(new ClassificationPortfolioDocument(Currency.Eur, clients, policy));
        return !run.HasErrors && run.Result is not null && run.Result.Classification.Clients.Count == clients.Length
            && run.Result.Explanation.Length > 0;
    }

    [Fact]
    public void The_codes_are_in_all_with_their_severity_and_documented_with_an_example()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "classification.md"));
        foreach (var field in typeof(ClassificationDiagnosticCodes).GetFields().Where(f => f.IsLiteral))
        {
            var code = (string)field.GetRawConstantValue()!;
            Assert.Equal(code, ClassificationDiagnosticCodes.Get(code).Code);
            Assert.Contains("| " + code + " |", docs, StringComparison.Ordinal);
        }

        Assert.Equal(ClassificationDiagnosticCodes.All.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal), ClassificationDiagnosticCodes.All.Select(d => d.Code));
        Assert.Throws<ArgumentException>(() => ClassificationDiagnosticCodes.Get("KAL001"));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KeyAccount.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
