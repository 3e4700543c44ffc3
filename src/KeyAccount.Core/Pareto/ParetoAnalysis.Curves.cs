using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Pareto;

/// <content>Curves for charts: the Lorenz curve and the cumulative (ABC, whale) curve.</content>
public sealed partial class ParetoAnalysis
{
    /// <summary>
    /// The Lorenz curve: clients from the smallest amount up, the share of clients against the share of
    /// the total they hold, from (0, 0) to (1, 1), with at most <paramref name="maxPoints"/> points.
    /// </summary>
    /// <param name="maxPoints">The most points to return, at least 3; by default 101.</param>
    /// <returns>
    /// Points of the exact curve (each a vertex of the curve over all clients, its share computed from exact
    /// sums): all n + 1 vertices when they fit; otherwise the two ends, vertices evenly spaced by client
    /// share, and the first vertex at evenly spaced levels of value share, so that both the flat start
    /// and the steep end keep their shape. Ascending in both coordinates.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is less than 3.</exception>
    /// <exception cref="InvalidOperationException">Concentration is undefined (<see cref="CanMeasureConcentration"/> is false).</exception>
    public IReadOnlyList<CurvePoint> GetLorenzCurve(int maxPoints = 101)
    {
        RequireMaxPoints(maxPoints);
        RequireConcentration();
        var n = Count;
        var total = Total;
        double ValueShare(int k) => k == n ? 1.0 : (double)(total - CumulativeAt(n - k - 1)) / (double)total;
        return Sample(n, maxPoints, ValueShare, n, -1);
    }

    /// <summary>
    /// The cumulative curve from the top: the share of clients (largest amounts first) against their share
    /// of the net total. This is the ABC (Pareto) curve, and with loss makers the whale curve: it rises
    /// above 1 and comes back to 1 at the last client.
    /// </summary>
    /// <param name="maxPoints">The most points to return, at least 3; by default 101.</param>
    /// <returns>
    /// Exact vertices, from (0, 0) to (1, 1): all of them when they fit; otherwise the ends, the peak
    /// (after the last client with a positive amount), vertices evenly spaced by client share, and the
    /// first vertex at evenly spaced levels of value share on the rising part.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is less than 3.</exception>
    /// <exception cref="InvalidOperationException">The net total is zero or negative, so shares are undefined (<see cref="HasShares"/> is false).</exception>
    public IReadOnlyList<CurvePoint> GetCumulativeCurve(int maxPoints = 101)
    {
        RequireMaxPoints(maxPoints);
        if (!HasShares)
        {
            throw new InvalidOperationException(
                $"The cumulative curve needs a positive net total, but the total is {Amount(Total, Currency)}{(Count == 0 ? " (no clients)" : string.Empty)}.");
        }

        var n = Count;
        var total = Total;
        double ValueShare(int k) => k == 0 ? 0.0 : k == n ? 1.0 : (double)CumulativeAt(k - 1) / (double)total;
        return Sample(n, maxPoints, ValueShare, PositiveCount, PositiveCount);
    }

    private static void RequireMaxPoints(int maxPoints)
    {
        if (maxPoints < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "A curve needs at least 3 points (both ends and one between).");
        }
    }

    private static CurvePoint[] Sample(int n, int maxPoints, Func<int, double> valueShare, int risingEnd, int extra)
    {
        var chosen = new SortedSet<int> { 0, n };
        if (extra >= 0)
        {
            chosen.Add(extra);
        }

        if (n + 1 <= maxPoints)
        {
            for (var k = 1; k < n; k++)
            {
                chosen.Add(k);
            }
        }
        else
        {
            var budget = maxPoints - chosen.Count;
            var byClients = budget / 2;
            var byValue = budget - byClients;
            for (var j = 1; j <= byClients; j++)
            {
                chosen.Add((int)((long)n * j / (byClients + 1)));
            }

            var top = valueShare(risingEnd);
            for (var j = 1; j <= byValue; j++)
            {
                var level = top * j / (byValue + 1);
                int low = 0, high = risingEnd;
                while (low < high)
                {
                    var middle = low + ((high - low) / 2);
                    if (valueShare(middle) >= level)
                    {
                        high = middle;
                    }
                    else
                    {
                        low = middle + 1;
                    }
                }

                chosen.Add(low);
            }
        }

        var points = new CurvePoint[chosen.Count];
        var i = 0;
        foreach (var k in chosen)
        {
            points[i++] = new CurvePoint(k == n ? 1.0 : k / (double)n, valueShare(k));
        }

        return points;
    }
}
