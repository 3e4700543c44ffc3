namespace KeyAccount.Core.Pareto;

/// <summary>A point of a cumulative curve (Lorenz, ABC or whale curve).</summary>
/// <param name="ClientShare">The share of clients counted so far, in [0, 1].</param>
/// <param name="ValueShare">
/// The share of the net total those clients hold, in [0, 1] when no amount is negative; above 1 on the
/// hump of a whale curve.
/// </param>
public readonly record struct CurvePoint(double ClientShare, double ValueShare);
