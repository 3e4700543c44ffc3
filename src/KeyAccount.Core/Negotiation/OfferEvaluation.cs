using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>What <see cref="OfferAnalysis.Run"/> gives for an offer: its numbers and the key-client rules' findings.</summary>
/// <param name="Offer">The offer's id.</param>
/// <param name="Financials">ROI, payback, NPV and margin.</param>
/// <param name="Rules">The findings of the client's tier's rules (discount, payment term, exclusivity); empty when the rules have no tier for the client.</param>
/// <param name="Approvers">Everyone who must approve the offer, in the order of the findings, each once.</param>
/// <param name="Explanation">The evaluation in words.</param>
public sealed record OfferEvaluation(string Offer, OfferFinancials Financials, IReadOnlyList<RuleFinding> Rules, IReadOnlyList<string> Approvers, string Explanation);
