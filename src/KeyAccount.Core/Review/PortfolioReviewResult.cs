using System.Collections.Generic;
using System.Text.Json.Serialization;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Health;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Pareto;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Review;

/// <summary>
/// What reviewing a portfolio gives, area by area in the method's order: each area's result (null
/// when the area is absent or an error stood in its way) and its diagnostics, with paths from the
/// portfolio's root (<c>classification.clients[3].sales[0]</c>), and the checks across areas.
/// Made by <see cref="PortfolioReview.Run"/>.
/// </summary>
/// <param name="Name">The portfolio's title.</param>
/// <param name="AsOf">The day of the review.</param>
/// <param name="HasErrors">True when a diagnostic is an error or the opportunities' must-dos cannot fit within the budgets.</param>
/// <param name="Pareto">The 20/80 summary of each client's profit summed over all periods (target share 80%); null when the classification document has errors or the profits are out of range.</param>
/// <param name="Classification">The classification with its diagnostics (paths from the portfolio's root).</param>
/// <param name="Ladder">The key clients on the ladder (every assessed client when the classification did not run); null without ladder answers or when they have errors.</param>
/// <param name="LadderDiagnostics">The ladder answers' diagnostics.</param>
/// <param name="OpportunityDiagnostics">The opportunity portfolio's diagnostics.</param>
/// <param name="Opportunities">The best set of opportunities within the budgets; null without opportunities or when they have errors.</param>
/// <param name="PlanDiagnostics">The plan's diagnostics as of <paramref name="AsOf"/>.</param>
/// <param name="ReviewDiagnostics">The review's own diagnostics (<see cref="ReviewDiagnosticCodes"/>): the checks across areas.</param>
/// <param name="Sections">The sections in the method's order, with their titles.</param>
public sealed record PortfolioReviewResult(
    string Name,
    LocalDate AsOf,
    bool HasErrors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ParetoSummary? Pareto,
    ClassificationReport Classification,
    LadderPortfolio? Ladder,
    IReadOnlyList<Diagnostic> LadderDiagnostics,
    IReadOnlyList<Diagnostic> OpportunityDiagnostics,
    OpportunitySelection? Opportunities,
    IReadOnlyList<Diagnostic> PlanDiagnostics,
    IReadOnlyList<Diagnostic> ReviewDiagnostics,
    IReadOnlyList<ReviewSection> Sections)
{
    /// <summary>The 20/80 analysis behind <see cref="Pareto"/> (ranks, curves); null when <see cref="Pareto"/> is. Not part of the JSON.</summary>
    [JsonIgnore]
    public ParetoAnalysis? ParetoAnalysis { get; init; }

    /// <summary>The relationship map's analysis as of <see cref="AsOf"/>; null without a map or when it has errors.</summary>
    public RelationshipAnalysis? Relationships { get; init; }

    /// <summary>The relationship map's diagnostics (paths under <c>relationships</c>).</summary>
    public IReadOnlyList<Diagnostic> RelationshipDiagnostics { get; init; } = System.Array.Empty<Diagnostic>();

    /// <summary>The communication programme's analysis; null without a programme or when it has errors.</summary>
    public CommunicationReport? Communications { get; init; }

    /// <summary>The communication programme's diagnostics (paths under <c>communications</c>).</summary>
    public IReadOnlyList<Diagnostic> CommunicationDiagnostics { get; init; } = System.Array.Empty<Diagnostic>();

    /// <summary>The negotiation plan's preparation; null without a plan or when it has errors.</summary>
    public NegotiationAnalysis? Negotiation { get; init; }

    /// <summary>The negotiation plan's diagnostics (paths under <c>negotiation</c>).</summary>
    public IReadOnlyList<Diagnostic> NegotiationDiagnostics { get; init; } = System.Array.Empty<Diagnostic>();

    /// <summary>The offer's evaluation under <see cref="OfferRules.Default"/>; null without an offer or when its numbers are not defined.</summary>
    public OfferEvaluation? Offer { get; init; }

    /// <summary>The offer's diagnostics (paths under <c>offer</c>).</summary>
    public IReadOnlyList<Diagnostic> OfferDiagnostics { get; init; } = System.Array.Empty<Diagnostic>();

    /// <summary>
    /// The accounts' health as of <see cref="AsOf"/>: every account scored and ranked, with each
    /// one's change since a quarter before (<see cref="PortfolioHealth.Since"/>) attributed to the
    /// components, and the accounts whose score fell most. Null without accounts.
    /// </summary>
    public PortfolioHealth? Health { get; init; }

    /// <summary>The accounts' own diagnostics as of <see cref="AsOf"/> (paths under <c>accounts[i]</c>).</summary>
    public IReadOnlyList<Diagnostic> HealthDiagnostics { get; init; } = System.Array.Empty<Diagnostic>();
}
