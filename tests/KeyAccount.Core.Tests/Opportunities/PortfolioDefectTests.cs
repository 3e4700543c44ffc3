using System;
using System.IO;
using System.Linq;
using KeyAccount.Core.Json;
using KeyAccount.Core.Opportunities;
using NodaTime;
using Codes = KeyAccount.Core.Opportunities.OpportunitiesDiagnosticCodes;

namespace KeyAccount.Core.Tests.Opportunities;

/// <summary>Well-formed but wrong portfolios load and are reported; the run never throws for them.</summary>
[Properties(Arbitrary = new[] { typeof(HostilePortfolios) }, MaxTest = 200)]
public class PortfolioDefectTests
{
    private static readonly ClientId Acme = new("acme");

    private static Opportunity Make(string id, decimal benefit = 100m, decimal probability = 0.5m, ResourceAmounts? needs = null) =>
        new(id, Acme, "title " + id, OpportunityClass.ExpandBusiness, OpportunitySource.ClientBusinessGoals, benefit, probability, needs ?? ResourceAmounts.FromHours(1m, 100m, 1m));

    private static OpportunityPortfolio Portfolio(params Opportunity[] items) => new(Currency.Eur, ResourceAmounts.FromHours(1_000m, 10_000m, 5m), items);

    private static string Found(OpportunityPortfolio portfolio, SelectionOptions? options = null) =>
        string.Join("; ", OpportunityPortfolioValidator.Validate(portfolio, options).Select(d => d.Path + " " + d.Code));

    [Theory]
    [InlineData("benefit", "opportunities[1].benefit KAO008")]
    [InlineData("probability", "opportunities[1].probability KAO009")]
    [InlineData("probability-negative", "opportunities[1].probability KAO009")]
    [InlineData("time", "opportunities[1].needs.time KAO010")]
    [InlineData("money", "opportunities[1].needs.money KAO010")]
    [InlineData("people", "opportunities[1].needs.personDays KAO010")]
    [InlineData("id", "opportunities[1].id KAO006")]
    [InlineData("title", "opportunities[1].title KAO006")]
    [InlineData("class", "opportunities[1].class KAO007")]
    [InlineData("source", "opportunities[1].source KAO007")]
    public void Each_value_defect_of_an_opportunity_loads_and_gives_its_code_at_its_path(string defect, string expected)
    {
        var bad = defect switch
        {
            "benefit" => Make("b", benefit: -5m),
            "probability" => Make("b", probability: 1.5m),
            "probability-negative" => Make("b", probability: -0.1m),
            "time" => Make("b", needs: new ResourceAmounts(Duration.FromHours(-1), 1m, 1m)),
            "money" => Make("b", needs: new ResourceAmounts(Duration.FromHours(1), -1m, 1m)),
            "people" => Make("b", needs: new ResourceAmounts(Duration.FromHours(1), 1m, -1m)),
            "id" => Make(" "),
            "title" => new Opportunity("b", Acme, " ", OpportunityClass.Other, OpportunitySource.Other, 1m, 1m, ResourceAmounts.Zero),
            "class" => new Opportunity("b", Acme, "t", (OpportunityClass)42, OpportunitySource.Other, 1m, 1m, ResourceAmounts.Zero),
            _ => new Opportunity("b", Acme, "t", OpportunityClass.Other, (OpportunitySource)42, 1m, 1m, ResourceAmounts.Zero),
        };
        var portfolio = Portfolio(Make("a"), bad);
        Assert.Equal(expected, Found(portfolio));
        var run = OpportunitySelector.Run(portfolio);
        Assert.Null(run.Result);
        Assert.True(run.HasErrors);
        Assert.Equal(Codes.Get(expected.Split(' ')[1]).Severity, run.Diagnostics[0].Severity);
    }

    [Fact]
    public void A_negative_budget_and_an_undefined_link_kind_are_reported()
    {
        var portfolio = new OpportunityPortfolio(Currency.Eur, new ResourceAmounts(Duration.Zero, -1m, 0m), [Make("a"), Make("b")], [new OpportunityLink("a", (OpportunityLinkKind)9, "b")]);
        Assert.Equal("budget.money KAO010; links[0].kind KAO007", Found(portfolio));
    }

    [Fact]
    public void A_negative_benefit_read_from_json_loads_and_is_reported_with_its_path()
    {
        const string json = """
            {"currency":"EUR","budget":{"time":"0:10:00:00","money":1000,"personDays":5},
             "opportunities":[{"id":"a","client":"acme","title":"t","class":"ExpandBusiness","source":"Other","benefit":-5,"probability":2,"needs":{"time":"0:01:00:00","money":1,"personDays":1}}]}
            """;
        var portfolio = KeyAccountJson.Deserialize<OpportunityPortfolio>(json);
        var run = OpportunitySelector.Run(portfolio);
        Assert.Equal(new[] { "opportunities[0].benefit KAO008", "opportunities[0].probability KAO009" }, run.Diagnostics.Select(d => d.Path + " " + d.Code));
        Assert.Null(run.Result);
    }

    [Fact]
    public void A_probability_with_float_noise_is_solved_without_a_diagnostic()
    {
        var portfolio = Portfolio(Make("a", 1000m, 0.30000000000000004m), Make("b", 1000m, 0.1m));
        var run = OpportunitySelector.Run(portfolio);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(400m, run.Result!.Value);
        Assert.Equal(SelectionStatus.Optimal, run.Result.Status);
    }

    [Fact]
    public void Time_needs_beyond_73_years_are_reported_not_thrown()
    {
        var years40 = new ResourceAmounts(Duration.FromDays(40 * 365), 1m, 1m);
        var portfolio = Portfolio(Make("a", needs: years40), Make("b", needs: years40));
        var run = OpportunitySelector.Run(portfolio);
        Assert.Equal("opportunities[0].needs.time KAO011", Assert.Single(run.Diagnostics) is var d ? d.Path + " " + d.Code : null);
        Assert.Contains("73 years", d.Message, StringComparison.Ordinal);
        Assert.Null(run.Result);
    }

    [Fact]
    public void Money_needs_summing_beyond_decimal_are_reported_not_thrown()
    {
        var rich = new ResourceAmounts(Duration.FromHours(1), 5e28m, 1m);
        var run = OpportunitySelector.Run(Portfolio(Make("a", needs: rich), Make("b", needs: rich)));
        Assert.Equal("opportunities[0].needs.money KAO011", string.Join("; ", run.Diagnostics.Select(x => x.Path + " " + x.Code)));
        Assert.Null(run.Result);
    }

    [Fact]
    public void Needs_too_precise_to_count_are_reported_at_the_most_precise_one()
    {
        var run = OpportunitySelector.Run(Portfolio(Make("a"), Make("b", needs: new ResourceAmounts(Duration.FromHours(1), 1.1234567890123456789m, 1m))));
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal(("opportunities[1].needs.money", "KAO011"), (d.Path, d.Code));
        Assert.Contains("too precise", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_have_defaults_never_throw_and_are_reported_under_options()
    {
        Assert.Equal(SelectionMethod.Exact, SelectionOptions.Default.Method);
        Assert.Equal(SelectionOptions.DefaultNodeLimit, SelectionOptions.Default.NodeLimit);
        Assert.Empty(SelectionOptions.Default.Validate());
        Assert.Empty(ScoringOptions.Default.Validate());
        var bad = new SelectionOptions((SelectionMethod)7, -3);
        Assert.Equal(new[] { "method KAO007", "nodeLimit KAO012" }, bad.Validate().Select(d => d.Path + " " + d.Code));
        var run = OpportunitySelector.Run(Portfolio(Make("a")), bad);
        Assert.Equal(new[] { "options.method KAO007", "options.nodeLimit KAO012" }, run.Diagnostics.Select(d => d.Path + " " + d.Code));
        Assert.Null(run.Result);
        var scoring = new ScoringOptions(new ResourceAmounts(Duration.Zero, -1m, 0m), -1m, double.PositiveInfinity);
        Assert.Equal(new[] { "effortReference.money KAO010", "effortThreshold KAO012", "valueThreshold KAO012" }, scoring.Validate().Select(d => d.Path + " " + d.Code));
    }

    [Fact]
    public void The_choice_sentence_uses_the_currency_singular_and_plural_and_thousands_separators()
    {
        var portfolio = new OpportunityPortfolio(Currency.Eur, ResourceAmounts.FromHours(1_000m, 10_000m, 5m), [Make("a", 1000m, 1m, ResourceAmounts.FromHours(1m, 100m, 1m))]);
        var s = OpportunitySelector.Select(portfolio);
        Assert.Contains("Uses 1 hour, 100 EUR, 1 person-day of the budget of 1,000 hours, 10,000 EUR, 5 person-days.", s.Explanation, StringComparison.Ordinal);
        Assert.StartsWith("Chose 1 of 1 opportunity with a total expected return of 1,000 EUR,", s.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_codes_are_in_order_each_has_a_descriptor_and_each_is_documented()
    {
        Assert.Equal(Codes.All.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal), Codes.All.Select(d => d.Code));
        Assert.All(Codes.All, d => Assert.Matches("^KAO0[0-9]{2}$", d.Code));
        Assert.Equal(DiagnosticSeverity.Warning, Codes.Get(Codes.RequiresAndExcludes).Severity);
        Assert.Throws<ArgumentException>(() => Codes.Get("KAO999"));
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "opportunities.md"));
        Assert.All(Codes.All, d => Assert.Contains("| `" + d.Code + "` |", docs, StringComparison.Ordinal));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KeyAccount.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [Property]
    public bool A_valid_generated_portfolio_has_no_error(OpportunityPortfolio portfolio) =>
        !OpportunityPortfolioValidator.Validate(portfolio).HasErrors();

    [Property]
    public bool Run_never_throws_and_gives_a_result_exactly_when_there_is_no_error(HostilePortfolio hostile)
    {
        var run = OpportunitySelector.Run(hostile.Portfolio, hostile.Options);
        return run.HasErrors == (run.Result is null)
            && run.Diagnostics.All(d => Codes.All.Any(c => c.Code == d.Code && c.Severity == d.Severity));
    }
}

/// <summary>A portfolio with any values at all, and options, for the never-throws property.</summary>
public sealed record HostilePortfolio(OpportunityPortfolio Portfolio, SelectionOptions Options)
{
    /// <inheritdoc/>
    public override string ToString() => KeyAccountJson.Serialize(Portfolio) + " " + Options;
}

/// <summary>FsCheck generators of hostile portfolios: negative, huge, noisy and too precise values.</summary>
public static class HostilePortfolios
{
    private static readonly decimal[] Decimals = [0m, 1m, -1m, 0.5m, 1m / 3m, 0.30000000000000004m, 1.5m, 7.9e28m, -7.9e28m, 123_456.789m, 1e-28m, 2.5e18m];

    private static readonly Duration[] Durations = [Duration.Zero, Duration.FromHours(1), Duration.FromHours(-3), Duration.FromDays(40 * 365), Duration.FromDays(16_000_000), Duration.FromNanoseconds(1)];

    private static Gen<ResourceAmounts> Amounts { get; } =
        from time in Gen.Elements(Durations)
        from money in Gen.Elements(Decimals)
        from people in Gen.Elements(Decimals)
        select new ResourceAmounts(time, money, people);

    private static Gen<Opportunity> Opportunity { get; } =
        from id in Gen.Elements("a", "b", "c", " ", "d")
        from cls in Gen.Choose(-1, 6)
        from benefit in Gen.Elements(Decimals)
        from probability in Gen.Elements(Decimals)
        from needs in Amounts
        select new Opportunity(id, new ClientId("acme"), "t", (OpportunityClass)cls, OpportunitySource.Other, benefit, probability, needs);

    /// <summary>The arbitrary for hostile portfolios.</summary>
    public static Arbitrary<HostilePortfolio> Portfolios() =>
        (from items in Gen.ListOf(Opportunity).Select(l => l.Take(7).ToArray())
         from budget in Amounts
         from link in Gen.Elements("a", "b", "zz")
         from kind in Gen.Choose(0, 2)
         from must in Gen.Elements("a", "c", "q")
         from method in Gen.Choose(0, 2)
         from limit in Gen.Choose(-1, 50)
         select new HostilePortfolio(
             new OpportunityPortfolio(Currency.Eur, budget, items, [new OpportunityLink("a", (OpportunityLinkKind)kind, link)], [must]),
             new SelectionOptions((SelectionMethod)method, limit))).ToArbitrary();

    /// <summary>Valid portfolios, for the property that they have no error.</summary>
    public static Arbitrary<OpportunityPortfolio> Valid() => OpportunityGenerators.Portfolios();
}
