using System.Linq;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Core.Tests.Opportunities;

public class ValidatorExamples
{
    private static Opportunity Make(string id) =>
        new(id, new ClientId("acme"), "t", OpportunityClass.Other, OpportunitySource.Other, 1m, 1m, ResourceAmounts.Zero);

    private static Diagnostic Single(OpportunityPortfolio portfolio) => Assert.Single(OpportunityPortfolioValidator.Validate(portfolio));

    [Fact]
    public void A_consistent_portfolio_has_no_diagnostics() =>
        Assert.Empty(OpportunityPortfolioValidator.Validate(new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("a"), Make("b")], [new OpportunityLink("a", OpportunityLinkKind.Requires, "b")], ["a"])));

    [Fact]
    public void KAO001_duplicate_id()
    {
        var d = Single(new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("a"), Make("b"), Make("a")]));
        Assert.Equal(("KAO001", DiagnosticSeverity.Error, "opportunities[2].id"), (d.Code, d.Severity, d.Path));
    }

    [Fact]
    public void KAO002_link_to_an_unknown_opportunity()
    {
        var d = Single(new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("a")], [new OpportunityLink("a", OpportunityLinkKind.Excludes, "zz")]));
        Assert.Equal(("KAO002", DiagnosticSeverity.Error, "links[0].to"), (d.Code, d.Severity, d.Path));
        Assert.Contains("'zz'", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void KAO003_link_to_itself()
    {
        var d = Single(new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("a")], [new OpportunityLink("a", OpportunityLinkKind.Requires, "a")]));
        Assert.Equal(("KAO003", "links[0]"), (d.Code, d.Path));
    }

    [Fact]
    public void KAO004_unknown_must_do()
    {
        var d = Single(new OpportunityPortfolio(Currency.Eur, ResourceAmounts.Zero, [Make("a")], null, ["a", "q"]));
        Assert.Equal(("KAO004", "mustDo[1]"), (d.Code, d.Path));
    }

    [Fact]
    public void KAO005_requires_and_excludes_the_same_opportunity()
    {
        var d = Single(new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.Zero,
            [Make("a"), Make("b")],
            [new OpportunityLink("a", OpportunityLinkKind.Requires, "b"), new OpportunityLink("b", OpportunityLinkKind.Excludes, "a")]));
        Assert.Equal(("KAO005", DiagnosticSeverity.Warning, "links[1]"), (d.Code, d.Severity, d.Path));

        // And the selection never chooses a: choosing it would force b, which excludes it.
        var s = OpportunitySelector.Select(new OpportunityPortfolio(
            Currency.Eur,
            ResourceAmounts.Zero,
            [Make("a"), Make("b")],
            [new OpportunityLink("a", OpportunityLinkKind.Requires, "b"), new OpportunityLink("b", OpportunityLinkKind.Excludes, "a")]));
        Assert.Equal(new[] { "b" }, s.Chosen.ToArray());
    }
}
