using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>The concession plan measured step by step; its defects are diagnostics (<c>KAN023</c> to <c>KAN028</c>).</summary>
/// <param name="Steps">The steps, in plan order.</param>
/// <param name="Explanation">The plan in words: how much is conceded in total and in how many steps.</param>
public sealed record ConcessionReview(IReadOnlyList<ConcessionStepReview> Steps, string Explanation);
