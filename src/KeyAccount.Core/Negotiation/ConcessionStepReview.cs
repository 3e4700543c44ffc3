using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>One step of a concession plan, measured.</summary>
/// <param name="Step">The step's index in the plan (0 = the opening offer).</param>
/// <param name="OurUtility">Our utility of the step's package.</param>
/// <param name="ClientUtility">The client's utility of the step's package.</param>
/// <param name="Concession">Our utility given up since the step before (negative when taken back; 0 for the opening).</param>
/// <param name="ConcededIssues">The issues on which this step moves toward the client, in plan order.</param>
public sealed record ConcessionStepReview(int Step, double OurUtility, double ClientUtility, double Concession, IReadOnlyList<string> ConcededIssues);
