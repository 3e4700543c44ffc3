using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Pareto;
using KeyAccount.Core.Planning;

namespace KeyAccount.Cli.Review;

/// <summary>
/// The whole method over one portfolio, every figure from the library: the 20/80 analysis of the
/// profit over all periods, the key-client classification, the ladder positions, the best set of
/// opportunities within the budgets, and the plan's diagnostics.
/// </summary>
internal sealed record ReviewReport(
    PortfolioDocument Portfolio,
    ParetoAnalysis Pareto,
    ParetoSummary ParetoSummary,
    ClassificationReport Classification,
    IReadOnlyList<Diagnostic> LadderDiagnostics,
    LadderPortfolio? Ladder,
    IReadOnlyList<Diagnostic> OpportunityDiagnostics,
    OpportunitySelection? Opportunities,
    IReadOnlyList<Diagnostic> PlanDiagnostics)
{
    /// <summary>Runs every analysis over <paramref name="portfolio"/>.</summary>
    public static ReviewReport Create(PortfolioDocument portfolio)
    {
        var document = portfolio.Classification;

        // 20/80 over the profit of all known periods per client.
        var profit = document.Clients.Select(c => new KeyValuePair<ClientId, decimal>(c.Client, c.Profits.Sum(p => p ?? 0m)));
        var pareto = ParetoAnalysis.Analyze(profit, document.Currency);
        var classification = KeyClientClassifier.ClassifyDocument(document);

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
        return new ReviewReport(portfolio, pareto, pareto.Summarize(), classification, ladderDiagnostics, ladder, opportunityDiagnostics, selection, planDiagnostics);
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
