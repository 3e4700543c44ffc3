using System;
using System.Buffers;
using System.Globalization;

namespace KeyAccount.Core.Pareto;

/// <content>ABC classes: fixed shares and the computed ABC analysis of Ultsch and Lötsch.</content>
public sealed partial class ParetoAnalysis
{
    /// <summary>
    /// ABC classes by fixed shares of the net total: A is the vital few for <paramref name="aShare"/>, A and
    /// B together the vital few for <paramref name="bShare"/>, C the rest; each limit moves down to take in
    /// every client tied with the last one, so tied clients are never split.
    /// </summary>
    /// <param name="aShare">The share of the total that class A reaches, in (0, 1]; by default 0.80.</param>
    /// <param name="bShare">The share that A and B together reach, in [<paramref name="aShare"/>, 1]; by default 0.95.</param>
    /// <returns>The classes. With no clients, or a net total of zero, every client is C.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside (0, 1], or <paramref name="bShare"/> is below <paramref name="aShare"/>.</exception>
    /// <exception cref="InvalidOperationException">The net total is negative (shares are undefined).</exception>
    public AbcClasses GetAbcClasses(double aShare = 0.8, double bShare = 0.95)
    {
        RequireShare(aShare, nameof(aShare), allowZero: false);
        RequireShare(bShare, nameof(bShare), allowZero: false);
        if (bShare < aShare)
        {
            throw new ArgumentOutOfRangeException(nameof(bShare), bShare, $"The B share must be at least the A share ({aShare}).");
        }

        RequirePositiveOrZeroTotal("an ABC classification by shares");
        if (!HasShares)
        {
            return new AbcClasses(AbcMethod.FixedShares, 0, 0, Count, "The clients' amounts add up to zero, so every client is C.");
        }

        var a = EndOfTie(VitalFewCount(aShare));
        var ab = EndOfTie(Math.Max(VitalFewCount(bShare), a));
        var b = ab - a;
        decimal? abLimit = b > 0 ? AmountAt(a) : null;
        decimal? bcLimit = b > 0 ? AmountAt(ab - 1) : null;
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "By fixed shares ({0} and {1} of the value): {2}",
            Percent(aShare),
            Percent(bShare),
            DescribeClasses(a, b));
        return new AbcClasses(AbcMethod.FixedShares, a, b, Count - ab, text, abLimit, bcLimit);
    }

    /// <summary>
    /// The computed ABC analysis of Ultsch and Lötsch (2015): the limits come from the Pareto point and the
    /// break-even point of the ABC curve instead of fixed shares. Set sizes and limits agree with
    /// <c>ABCanalysis(amounts)</c> of the R package ABCanalysis 1.2.1; docs/pareto.md lists the few
    /// deliberate differences.
    /// </summary>
    /// <returns>
    /// The classes, with <see cref="AbcClasses.AbLimit"/> and <see cref="AbcClasses.BcLimit"/> as in R
    /// (A: amounts above AbLimit; B: from BcLimit to AbLimit, inclusive; C: below BcLimit) and the curve
    /// points. The curve is built with negative amounts counted as zero (as R cleans them); the classes
    /// compare the amounts themselves, so loss makers are C. Where R leaves clients unclassified
    /// (the A/B rank rounds to 0, as for a single client or equal amounts) the clients at or above the
    /// B/C limit are B, so the classes always partition the clients. With no positive amount every
    /// client is C and the limits and points are null.
    /// </returns>
    public AbcClasses GetComputedAbc()
    {
        var n = Count;
        if (PositiveTotal <= 0)
        {
            return new AbcClasses(
                AbcMethod.Computed,
                0,
                0,
                n,
                n == 0 ? "There are no clients to classify." : "No client has a positive amount, so there is no ABC curve and every client is C.");
        }

        var (abRank, bcRank, points) = ComputeAbcRanks();

        // R: ABLimit = the abRank-th largest amount, BCLimit the bcRank-th; a rank of 0 leaves a limit empty.
        decimal? abLimit = abRank >= 1 ? AmountAt(abRank - 1) : null;
        decimal? bcLimit = bcRank >= 1 ? AmountAt(bcRank - 1) : null;
        var a = abLimit is null ? 0 : StartOfTie(abRank - 1);
        var ab = bcLimit is null ? a : Math.Max(a, EndOfTie(bcRank));
        var b = ab - a;
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "Computed ABC analysis (limits from the Pareto and break-even points of the ABC curve): {0}",
            DescribeClasses(a, b));
        return new AbcClasses(AbcMethod.Computed, a, b, n - ab, text, abLimit, bcLimit, points);
    }

    /// <summary>
    /// Runs the curve part of R ABCanalysis 1.2.1 (ABCcurve and ABCanalysis) and returns
    /// round(A.x·n) and round(C.x·n), the 1-based ranks of the two limits, with the curve points.
    /// </summary>
    private (int AbRank, int BcRank, ComputedAbcPoints Points) ComputeAbcRanks()
    {
        var rows = Count;
        var gridSize = rows < 101 ? 101 : 1001;
        var step = rows < 101 ? 0.01 : 0.001;
        var p = new double[gridSize];
        for (var k = 0; k < gridSize; k++)
        {
            p[k] = Math.Min(k * step, 1.0);
        }

        // The empirical curve through (0, 0) and (k/rows, cumulative share of the cleaned amounts).
        var knots = rows + 1;
        var pool = ArrayPool<double>.Shared;
        var y = pool.Rent(knots);
        var diag = pool.Rent(knots);
        var sigma = pool.Rent(knots);
        var yield = new double[gridSize];
        try
        {
            FillCleanYields(y);
            new FmmSpline(null, rows, y, knots, diag, sigma).Evaluate(p, yield, derivative: false);
        }
        finally
        {
            pool.Return(y);
            pool.Return(diag);
            pool.Return(sigma);
        }

        var firstFull = Array.FindIndex(yield, v => v >= 1);
        if (firstFull >= 0 && firstFull < gridSize - 1)
        {
            for (var k = firstFull; k < gridSize; k++)
            {
                yield[k] = 1;
            }
        }

        // The slope: a second spline through the grid, differentiated at k/gridSize (k = 1..gridSize),
        // which is where R's ABCcurve evaluates it (not at the grid points themselves).
        var u = new double[gridSize];
        for (var k = 0; k < gridSize; k++)
        {
            u[k] = (k + 1) / (double)gridSize;
        }

        var slope = new double[gridSize];
        new FmmSpline(p, 0, yield, gridSize, new double[gridSize], new double[gridSize]).Evaluate(u, slope, derivative: true);

        int pareto = 0, breakEven = 0;
        for (var k = 1; k < gridSize; k++)
        {
            if (Distance(0, 1, p[k], yield[k]) < Distance(0, 1, p[pareto], yield[pareto]))
            {
                pareto = k;
            }

            if (Math.Abs(slope[k] - 1) < Math.Abs(slope[breakEven] - 1))
            {
                breakEven = k;
            }
        }

        var exchanged = p[breakEven] < p[pareto];
        var limitA = exchanged ? breakEven : pareto;
        var bx = exchanged ? p[pareto] : p[breakEven];
        var submarginal = 0;
        for (var k = 1; k < gridSize; k++)
        {
            if (Distance(bx, 1, p[k], yield[k]) < Distance(bx, 1, p[submarginal], yield[submarginal]))
            {
                submarginal = k;
            }
        }

        var points = new ComputedAbcPoints(
            new CurvePoint(p[pareto], yield[pareto]),
            new CurvePoint(p[breakEven], yield[breakEven]),
            new CurvePoint(p[submarginal], yield[submarginal]),
            exchanged);
        var abRank = (int)Math.Round(p[limitA] * rows, MidpointRounding.ToEven);
        var bcRank = (int)Math.Round(p[submarginal] * rows, MidpointRounding.ToEven);
        return (abRank, bcRank, points);
    }

    private static double Distance(double x0, double y0, double x, double y) => ((x0 - x) * (x0 - x)) + ((y0 - y) * (y0 - y));

    /// <summary>y[0] = 0, y[k] = (sum of the top k amounts, negatives as 0) / (sum of positive amounts): exact sums converted to double, then divided.</summary>
    private void FillCleanYields(double[] y)
    {
        y[0] = 0;
        var positive = PositiveCount;
        if (_cumulativeUnits is not null)
        {
            double total = _cumulativeUnits[positive - 1];
            for (var k = 1; k <= Count; k++)
            {
                y[k] = k <= positive ? _cumulativeUnits[k - 1] / total : 1.0;
            }
        }
        else
        {
            var total = (double)PositiveTotal;
            for (var k = 1; k <= Count; k++)
            {
                y[k] = k <= positive ? (double)_cumulativeExact![k - 1] / total : 1.0;
            }
        }
    }

    /// <summary>The first position whose amount equals the amount at <paramref name="position"/>.</summary>
    private int StartOfTie(int position)
    {
        var first = position;
        while (position > 0 && SameAmount(position - 1, first))
        {
            position--;
        }

        return position;
    }

    /// <summary>The count extended through every client tied with the client at position count − 1.</summary>
    private int EndOfTie(int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var last = count - 1;
        while (count < Count && SameAmount(count, last))
        {
            count++;
        }

        return count;
    }

    private string DescribeClasses(int a, int b)
    {
        var c = Count - a - b;
        string Part(string name, int count, int before)
        {
            var text = string.Format(CultureInfo.InvariantCulture, "{0} {1} clients ({2})", name, Number(count), Percent(count / (double)Count));
            if (HasShares && count > 0)
            {
                var from = before == 0 ? 0m : CumulativeAt(before - 1);
                var share = (double)(CumulativeAt(before + count - 1) - from) / (double)Total;
                text += " with " + Percent(share) + " of the value";
            }

            return text;
        }

        return Part("A:", a, 0) + "; " + Part("B:", b, a) + "; " + Part("C:", c, a + b) + ".";
    }
}
