using System;
using System.Buffers;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// The Forsythe-Malcolm-Moler cubic interpolating spline (Forsythe, Malcolm and Moler, <i>Computer
/// Methods for Mathematical Computations</i>, 1977): end conditions match the third derivative at each
/// end to that of the cubic through the first (last) four knots. The arithmetic follows R's
/// <c>spline(method = "fmm")</c> and <c>splinefun</c> operation by operation, so that the computed ABC
/// analysis picks the same grid points as the R package ABCanalysis.
/// </summary>
/// <remarks>
/// Knots are either an array or the implicit grid x_0 = 0, x_k = k / rows (k = 1..rows), computed on
/// the fly so that a curve over millions of clients needs no array of x. Only the modified diagonal
/// and the second-derivative terms (sigma) are stored; the polynomial coefficients are formed when an
/// interval is evaluated, with the same expressions R uses to form them in advance.
/// </remarks>
internal sealed class FmmSpline
{
    private readonly double[]? _xs;
    private readonly int _rows;
    private readonly double[] _y;
    private readonly double[] _diag;
    private readonly double[] _sigma;
    private readonly int _n;

    /// <summary>Fits the spline.</summary>
    /// <param name="xs">The knots, strictly increasing; null for the implicit grid 0, 1/rows, …, 1.</param>
    /// <param name="rows">With <paramref name="xs"/> null: the number of intervals of the implicit grid.</param>
    /// <param name="y">The values at the knots; at least <paramref name="n"/> long.</param>
    /// <param name="n">The number of knots, at least 2.</param>
    /// <param name="diag">Work space for the diagonal, at least <paramref name="n"/> long.</param>
    /// <param name="sigma">Work space for the second-derivative terms, at least <paramref name="n"/> long.</param>
    public FmmSpline(double[]? xs, int rows, double[] y, int n, double[] diag, double[] sigma)
    {
        _xs = xs;
        _rows = rows;
        _y = y;
        _n = n;
        _diag = diag;
        _sigma = sigma;
        Fit();
    }

    /// <summary>Evaluates the spline (or its first derivative) at ascending points, as R's <c>spline_eval</c> does.</summary>
    /// <param name="u">The points, ascending.</param>
    /// <param name="v">Receives the values.</param>
    /// <param name="derivative">True for the first derivative (R's <c>splinefun(...)(u, deriv = 1)</c>).</param>
    public void Evaluate(ReadOnlySpan<double> u, Span<double> v, bool derivative)
    {
        var n1 = _n - 1;
        var i = 0;
        for (var l = 0; l < u.Length; l++)
        {
            var ul = u[l];

            // As in R, the interval carries over from the previous point and is searched again only
            // when the point leaves it; a point equal to the right knot stays in the left interval.
            if (ul < X(i) || (i < n1 && X(i + 1) < ul))
            {
                i = 0;
                var j = _n;
                do
                {
                    var k = (i + j) / 2;
                    if (ul < X(k))
                    {
                        j = k;
                    }
                    else
                    {
                        i = k;
                    }
                }
                while (j > i + 1);
            }

            var dx = ul - X(i);
            Coefficients(i, out var y, out var b, out var c, out var d);
            v[l] = derivative
                ? b + (dx * ((2.0 * c) + (dx * ((3.0 * d) + (dx * 0.0)))))
                : y + (dx * (b + (dx * (c + (dx * d)))));
        }
    }

    private double X(int i) => _xs is null ? i / (double)_rows : _xs[i];

    // h_i = x_{i+1} - x_i, the same double R stores in d[] before it overwrites it.
    private double H(int i) => X(i + 1) - X(i);

    private void Fit()
    {
        var n = _n;
        if (n < 3)
        {
            return;
        }

        // The spacings h_i are formed once (the same doubles H(i) gives): on the implicit grid each costs
        // two divisions, and the loops below need each of them up to six times.
        var h = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var left = X(0);
            for (var i = 0; i < n - 1; i++)
            {
                var right = X(i + 1);
                h[i] = right - left;
                left = right;
            }

            Solve(h);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(h);
        }
    }

    private void Solve(double[] h)
    {
        // 0-based transcription of R's fmm_spline: b -> _diag, c -> _sigma, d -> h.
        var n = _n;
        var b = _diag;
        var c = _sigma;
        var y = _y;
        Array.Clear(b, 0, n);
        Array.Clear(c, 0, n);
        c[1] = (y[1] - y[0]) / h[0];
        for (var i = 1; i < n - 1; i++)
        {
            var di = h[i];
            b[i] = 2.0 * (h[i - 1] + di);
            c[i + 1] = (y[i + 1] - y[i]) / di;
            c[i] = c[i + 1] - c[i];
        }

        var last = n - 1;
        b[0] = -h[0];
        b[last] = -h[last - 1];
        c[0] = 0.0;
        c[last] = 0.0;
        if (n > 3)
        {
            c[0] = (c[2] / (X(3) - X(1))) - (c[1] / (X(2) - X(0)));
            c[last] = (c[last - 1] / (X(last) - X(last - 2))) - (c[last - 2] / (X(last - 1) - X(last - 3)));
            c[0] = c[0] * h[0] * h[0] / (X(3) - X(0));
            c[last] = -c[last] * h[last - 1] * h[last - 1] / (X(last) - X(last - 3));
        }

        for (var i = 1; i < n; i++)
        {
            var t = h[i - 1] / b[i - 1];
            b[i] = b[i] - (t * h[i - 1]);
            c[i] = c[i] - (t * c[i - 1]);
        }

        c[last] = c[last] / b[last];
        for (var i = last - 1; i >= 0; i--)
        {
            c[i] = (c[i] - (h[i] * c[i + 1])) / b[i];
        }
    }

    // The polynomial coefficients of interval i, formed as R's fmm_spline forms them at its end.
    private void Coefficients(int i, out double y, out double b, out double c, out double d)
    {
        y = _y[i];
        if (_n < 3)
        {
            b = (_y[1] - _y[0]) / (X(1) - X(0));
            c = 0.0;
            d = 0.0;
            return;
        }

        var s = _sigma;
        var last = _n - 1;
        if (i < last)
        {
            var h = H(i);
            b = ((_y[i + 1] - _y[i]) / h) - (h * (s[i + 1] + (2.0 * s[i])));
            d = (s[i + 1] - s[i]) / h;
            c = 3.0 * s[i];
        }
        else
        {
            var h = H(last - 1);
            b = ((_y[last] - _y[last - 1]) / h) + (h * (s[last - 1] + (2.0 * s[last])));
            c = 3.0 * s[last];
            d = (s[last] - s[last - 1]) / h;
        }
    }
}
