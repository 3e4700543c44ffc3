namespace KeyAccount.Core.Pareto;

/// <summary>
/// The points of the ABC curve that set the limits of the computed ABC analysis (Ultsch and Lötsch 2015),
/// on the curve's interpolation grid (effort = share of clients, yield = share of value).
/// </summary>
/// <param name="ParetoPoint">The grid point nearest to the ideal point (0, 1): no effort, all yield.</param>
/// <param name="BreakEvenPoint">The grid point where the curve's slope is nearest to 1 (one more share of clients brings as much share of value).</param>
/// <param name="SubmarginalPoint">
/// The grid point nearest to (x, 1), where x is the effort of whichever of the two points above lies further
/// right: the B/C limit.
/// </param>
/// <param name="BreakEvenFirst">
/// True when the break-even point lies left of the Pareto point and so sets the A/B limit (R's <c>ABexchanged</c>);
/// otherwise the Pareto point sets it.
/// </param>
public sealed record ComputedAbcPoints(CurvePoint ParetoPoint, CurvePoint BreakEvenPoint, CurvePoint SubmarginalPoint, bool BreakEvenFirst);
