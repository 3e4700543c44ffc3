using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>What the preparation of a negotiation computes (<see cref="NegotiationPreparation.Analyze"/>).</summary>
/// <param name="Plan">The plan's id.</param>
/// <param name="Zone">The zone of possible agreement per issue and overall.</param>
/// <param name="Frontier">The efficient frontier over every package.</param>
/// <param name="AgreeableFrontier">The efficient frontier over the packages within both sides' walk-aways on every issue.</param>
/// <param name="Suggestions">The agreeable packages with the largest Nash product, best first; empty when no package gives both sides more than their BATNA.</param>
/// <param name="OurBatna">Our BATNA's utility (0 when not given).</param>
/// <param name="ClientBatna">The client's BATNA's utility (0 when not given).</param>
/// <param name="Concessions">The concession plan measured; null when the plan has none.</param>
/// <param name="Outcome">The outcome reviewed; null while the negotiation runs.</param>
/// <param name="Explanation">The preparation in words.</param>
public sealed record NegotiationAnalysis(
    string Plan,
    AgreementZone Zone,
    EfficientFrontier Frontier,
    EfficientFrontier AgreeableFrontier,
    IReadOnlyList<SuggestedPackage> Suggestions,
    double OurBatna,
    double ClientBatna,
    ConcessionReview? Concessions,
    OutcomeReview? Outcome,
    string Explanation);
