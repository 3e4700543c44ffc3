using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using KeyAccount.Cli.Classification;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Pareto;
using KeyAccount.Core.Planning;

namespace KeyAccount.Cli.Review;

/// <summary>
/// The whole method over one portfolio, every figure from the library: the 20/80 analysis of the
/// profit over all periods, the key-client classification, the ladder positions, the best set of
/// opportunities within the budgets, and the plan's diagnostics. The 20/80 analysis reads the
/// classification document's clients, so it is null when that document has errors (a repeated or
/// null client): the classification's diagnostics say what to fix.
/// </summary>
internal sealed record ReviewReport(
    PortfolioDocument Portfolio,
    ParetoAnalysis? Pareto,
    ParetoSummary? ParetoSummary,
    ClassificationReport Classification,
    IReadOnlyList<Diagnostic> LadderDiagnostics,
    LadderPortfolio? Ladder,
    IReadOnlyList<Diagnostic> OpportunityDiagnostics,
    OpportunitySelection? Opportunities,
    IReadOnlyList<Diagnostic> PlanDiagnostics)
{
    /// <summary>Runs every analysis over <paramref name="portfolio"/>.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="source">The portfolio's name in messages (a file name).</param>
    /// <exception cref="CliInputException">A client's profits, or all clients' profits, add up beyond the range of decimal.</exception>
    public static ReviewReport Create(PortfolioDocument portfolio, string source = "the sample portfolio")
    {
        var document = portfolio.Classification;

        // 20/80 over the profit of all known periods per client, once the document is valid (one
        // entry per client, none null); otherwise the classification's diagnostics report it.
        ParetoAnalysis? pareto = null;
        if (!document.Validate().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            pareto = AnalyzeProfit(document, source);
        }

        var classification = ClassificationRun.Classify(document, source, "$.classification.clients");

        LadderPortfolio? ladder = null;
        var ladderDiagnostics = portfolio.Ladder?.Validate() ?? Array.Empty<Diagnostic>();
        if (portfolio.Ladder is not null && !ladderDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var keyClients = classification.Classification?.Clients.Where(c => c.Tier == ClientTier.Key).Select(c => c.Client);
            ladder = LadderPositioner.Default.Portfolio(portfolio.Ladder, keyClients);
        }

        IReadOnlyList<Diagnostic> opportunityDiagnostics = Array.Empty<Diagnostic>();
        OpportunitySelection? selection = null;
        if (portfolio.Opportunities is not null)
        {
            opportunityDiagnostics = OpportunityPortfolioValidator.Validate(portfolio.Opportunities);
            if (!opportunityDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                selection = OpportunitySelector.Select(portfolio.Opportunities);
            }
        }

        var planDiagnostics = portfolio.Plan is null ? Array.Empty<Diagnostic>() : PlanValidator.Validate(portfolio.Plan, portfolio.AsOf);
        return new ReviewReport(portfolio, pareto, pareto?.Summarize(), classification, ladderDiagnostics, ladder, opportunityDiagnostics, selection, planDiagnostics);
    }

    private static ParetoAnalysis AnalyzeProfit(ClassificationPortfolioDocument document, string source)
    {
        var profit = new KeyValuePair<ClientId, decimal>[document.Clients.Count];
        for (var i = 0; i < profit.Length; i++)
        {
            var client = document.Clients[i];
            var sum = 0m;
            foreach (var period in client.Profits)
            {
                try
                {
                    sum = checked(sum + (period ?? 0m));
                }
                catch (OverflowException)
                {
                    throw new CliInputException(FormattableString.Invariant($"{source}: $.classification.clients[{i}].profits: the profits of client '{client.Client.Value}' add up beyond the range of an exact amount (decimal, about ±7.9e28); express them in a larger unit."));
                }
            }

            profit[i] = new KeyValuePair<ClientId, decimal>(client.Client, sum);
        }

        try
        {
            return ParetoAnalysis.Analyze(profit, document.Currency);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException($"{source}: $.classification.clients: the clients' profits add up beyond the range of an exact amount (decimal, about ±7.9e28); express them in a larger unit.", ex);
        }
    }

    /// <summary>Every diagnostic of the review's documents.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics =>
        Classification.Diagnostics
            .Concat(Ladder?.Diagnostics ?? LadderDiagnostics)
            .Concat(OpportunityDiagnostics)
            .Concat(PlanDiagnostics);

    /// <summary>True when a document has errors or the opportunities' must-dos cannot fit.</summary>
    public bool HasErrors =>
        AllDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
        || Opportunities?.Status == SelectionStatus.Infeasible;
}
