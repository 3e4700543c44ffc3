using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>The record of the outcome: the agreed package against target and walk-away, concessions given and received.</summary>
/// <param name="Agreed">The agreed package with both utilities.</param>
/// <param name="Terms">Each issue against our target and walk-away.</param>
/// <param name="ConcessionsGiven">Our utility given up: from our opening offer (or our targets when no usable concession plan is given) to the agreement.</param>
/// <param name="ConcessionsReceived">The client's utility given up: from its opening (or its estimated targets) to the agreement.</param>
/// <param name="AboveOurBatna">True when the agreement is worth at least our BATNA to us.</param>
/// <param name="Explanation">The outcome in words.</param>
public sealed record OutcomeReview(NegotiationPackage Agreed, IReadOnlyList<OutcomeTerm> Terms, double ConcessionsGiven, double ConcessionsReceived, bool AboveOurBatna, string Explanation);
