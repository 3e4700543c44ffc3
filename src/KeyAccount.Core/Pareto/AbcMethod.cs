namespace KeyAccount.Core.Pareto;

/// <summary>How the limits of an ABC analysis were chosen.</summary>
public enum AbcMethod
{
    /// <summary>Fixed cumulative shares (by default A up to 80% of the value, B up to 95%, C the rest).</summary>
    FixedShares = 1,

    /// <summary>
    /// The computed ABC analysis of Ultsch and Lötsch (2015): limits from the Pareto point and the
    /// break-even point of the ABC curve, as in the R package ABCanalysis 1.2.1.
    /// </summary>
    Computed = 2,
}
