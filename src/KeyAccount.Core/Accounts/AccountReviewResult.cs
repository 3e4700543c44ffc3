using System.Collections.Generic;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// Every area the account holds, run for its one client as of a date, with the account's state:
/// what <see cref="AccountReview.Run"/> gives. An area's result is null (or its list empty) when the
/// account does not hold that area's document or the document has errors; the diagnostics say which.
/// </summary>
/// <param name="Client">The key client.</param>
/// <param name="AsOf">The date of the review.</param>
/// <param name="HasErrors">True when a diagnostic is an error or the opportunities' must-dos cannot fit within the budgets.</param>
/// <param name="Areas">The parts the account holds, in the method's order: <c>profile</c>, <c>evidence</c>, <c>ladder</c>, <c>opportunities</c>, <c>plan</c>, <c>relationships</c>, <c>communications</c>, <c>negotiations</c>, <c>offers</c>, <c>planReviews</c>, <c>internalCommunication</c> (the account's own rules).</param>
/// <param name="State">The account's state (<see cref="AccountAnalysis.Run"/>); null only when the account's settings have errors.</param>
/// <param name="Ladder">The client's position on the ladder (<see cref="LadderPositioner.Run"/>).</param>
/// <param name="Opportunities">The best set of the client's opportunities within the budgets (<see cref="OpportunitySelector.Run"/>).</param>
/// <param name="Plan">The development plan's schedule as of the date (<see cref="PlanAnalysis.Run"/>).</param>
/// <param name="Relationships">The relationship map's analysis with the diary's contacts (<see cref="AccountState.Relationships"/>).</param>
/// <param name="Communications">The programme's analysis as of the date over the plan's period, or the quarter up to the date without a plan (<see cref="CommunicationAnalysis.Run"/>, the map as its directory, the plan for its goals).</param>
/// <param name="Negotiations">Each negotiation plan's preparation without errors (<see cref="NegotiationPreparation.Run"/>), in the account's order; each names its plan.</param>
/// <param name="Offers">Each offer's evaluation without errors (<see cref="OfferAnalysis.Run"/>, the default rules, the plan for its client goals), in the account's order; each names its offer.</param>
/// <param name="Diagnostics">The account's diagnostics (<see cref="AccountValidator.Validate"/>: its own and every held document's, under their members), sorted.</param>
/// <param name="Explanation">What was reviewed, and the state's paragraph.</param>
public sealed record AccountReviewResult(
    ClientId Client,
    LocalDate AsOf,
    bool HasErrors,
    IReadOnlyList<string> Areas,
    AccountState? State,
    LadderResult? Ladder,
    OpportunitySelection? Opportunities,
    ScheduleAnalysis? Plan,
    RelationshipAnalysis? Relationships,
    CommunicationReport? Communications,
    IReadOnlyList<NegotiationAnalysis> Negotiations,
    IReadOnlyList<OfferEvaluation> Offers,
    IReadOnlyList<Diagnostic> Diagnostics,
    string Explanation)
{
    /// <summary>The current plan review checked against the plan, as of the date (<see cref="AccountState.PlanReviews"/>); empty when there is none or the account's settings have errors.</summary>
    public IReadOnlyList<PlanReviewView> PlanReviews { get; init; } = System.Array.Empty<PlanReviewView>();

    /// <summary>The diary checked against the rules of internal communication as of the date (<see cref="AccountState.InternalCommunication"/>); null when the rules or the account's settings have errors.</summary>
    public InternalCommunicationReport? InternalCommunication { get; init; }
}
