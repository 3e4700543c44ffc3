namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The values of an issue as a range walked at a step: <c>Min</c>, <c>Min + Step</c>, ... up to
/// <c>Max</c> (included when a whole number of steps reaches it). The analysis treats these
/// points as the issue's options, so the frontier is exact on the grid.
/// </summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Step">The distance between two points; positive; at most 10,000 points (<c>KAN008</c>).</param>
public sealed record IssueRange(decimal Min, decimal Max, decimal Step);
