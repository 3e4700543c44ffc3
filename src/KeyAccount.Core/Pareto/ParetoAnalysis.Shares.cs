using System;
using System.Globalization;

namespace KeyAccount.Core.Pareto;

/// <content>The vital few, the top share and concentration.</content>
public sealed partial class ParetoAnalysis
{
    /// <summary>
    /// The vital few: the smallest number of top clients whose amounts together reach
    /// <paramref name="targetShare"/> of the net total ("19% of clients bring 80% of profit").
    /// </summary>
    /// <param name="targetShare">The share of the net total to reach, in (0, 1]; by default 0.80.</param>
    /// <returns>
    /// The vital few. The comparison with the target is exact: the running sum of the top amounts is
    /// compared with <c>(decimal)targetShare × Total</c>. With no clients, or a net total of exactly zero,
    /// the count and shares are 0. With a target of exactly 1 the set is every client with a positive amount.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetShare"/> is not in (0, 1].</exception>
    /// <exception cref="InvalidOperationException">The net total is negative: the clients as a whole lose money, so no set of them brings a share of it (see <see cref="GetWhaleCurve"/>).</exception>
    public VitalFew GetVitalFew(double targetShare = 0.8)
    {
        RequireShare(targetShare, nameof(targetShare), allowZero: false);
        RequirePositiveOrZeroTotal("the vital few");
        if (!HasShares)
        {
            return new VitalFew(targetShare, 0, 0, 0, "The clients' amounts add up to zero, so no client brings a share of the value.");
        }

        var count = VitalFewCount(targetShare);
        var clientShare = count / (double)Count;
        var valueShare = _cumulativeShares![count - 1];
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "{0} of clients ({1} of {2}) bring {3} of the value, the fewest that reach the target of {4}.",
            Percent(clientShare),
            Number(count),
            Number(Count),
            Percent(valueShare),
            Percent(targetShare));
        return new VitalFew(targetShare, count, clientShare, valueShare, text);
    }

    /// <summary>The reverse question of the vital few: what share of the value the top <paramref name="clientShare"/> of clients hold.</summary>
    /// <param name="clientShare">The share of clients, in (0, 1]; by default 0.20. The count is this share of the clients rounded up (ceiling), at least 1.</param>
    /// <returns>The top share; count and shares 0 when there are no clients, value share 0 when the net total is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clientShare"/> is not in (0, 1].</exception>
    /// <exception cref="InvalidOperationException">The net total is negative (shares are undefined).</exception>
    public TopShare GetTopShare(double clientShare = 0.2)
    {
        RequireShare(clientShare, nameof(clientShare), allowZero: false);
        RequirePositiveOrZeroTotal("the top share");
        if (Count == 0)
        {
            return new TopShare(clientShare, 0, 0, 0, "There are no clients.");
        }

        // The tolerance keeps 0.2 × 10 at 2 although the double product is 2.0000000000000004.
        var count = (int)Math.Min(Count, Math.Max(1, Math.Ceiling((clientShare * Count) - 1e-9)));
        var actualShare = count / (double)Count;
        var valueShare = HasShares ? _cumulativeShares![count - 1] : 0;
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "The top {0} of clients ({1} of {2}) hold {3} of the value.",
            Percent(actualShare),
            Number(count),
            Number(Count),
            Percent(valueShare));
        return new TopShare(clientShare, count, actualShare, valueShare, text);
    }

    /// <summary>The Gini coefficient and the Herfindahl-Hirschman index of the amounts; see <see cref="Concentration"/> for the formulas.</summary>
    /// <returns>The concentration figures. Rounding is kept inside the documented ranges (for example a Gini of −1e-17 for equal amounts is reported as 0).</returns>
    /// <exception cref="InvalidOperationException">Concentration is undefined: no clients, a total of zero, or a negative amount (<see cref="CanMeasureConcentration"/> is false).</exception>
    public Concentration GetConcentration()
    {
        RequireConcentration();
        var n = (double)Count;
        var gini = Clamp(((2 * _sumOfCumulativeShares) - (n + 1)) / n, 0, 1 - (1 / n));
        var corrected = Count == 1 ? 0 : Clamp(gini * n / (n - 1), 0, 1);
        var hhi = Clamp(_sumOfSquaredShares, 1 / n, 1);
        var normalized = Count == 1 ? 0 : Clamp((hhi - (1 / n)) / (1 - (1 / n)), 0, 1);
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "Gini {0:0.000} (0 = every client brings the same, near 1 = one client brings everything); HHI {1:0} of 10,000, as concentrated as {2:0.#} equal clients.",
            gini,
            hhi * 10_000,
            1 / hhi);
        return new Concentration(gini, corrected, hhi, hhi * 10_000, normalized, 1 / hhi, text);
    }

    /// <summary>The concentration ratio CR_k: the share of the total held by the top <paramref name="k"/> clients.</summary>
    /// <param name="k">The number of top clients, at least 1; above <see cref="Count"/> it counts every client (ratio 1).</param>
    /// <returns>The share, in (0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">Concentration is undefined (<see cref="CanMeasureConcentration"/> is false).</exception>
    public double ConcentrationRatio(int k)
    {
        if (k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1.");
        }

        RequireConcentration();
        return _cumulativeShares![Math.Min(k, Count) - 1];
    }

    private int VitalFewCount(double targetShare)
    {
        // Exact: the first rank whose running sum reaches targetShare × Total. The running sum rises
        // strictly over the positive amounts, and at the last of them it is PositiveTotal ≥ Total.
        var threshold = _cumulativeUnits is not null
            ? (decimal)targetShare * _unitsTotal
            : (decimal)targetShare * Total;
        int low = 0, high = PositiveCount - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var reached = _cumulativeUnits is not null
                ? _cumulativeUnits[middle] >= threshold
                : _cumulativeExact![middle] >= threshold;
            if (reached)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low + 1;
    }

    private void RequirePositiveOrZeroTotal(string what)
    {
        if (Total < 0)
        {
            throw new InvalidOperationException(
                $"The net total is {Amount(Total, Currency)}: the clients as a whole lose money, so {what} is undefined. Read the whale curve instead.");
        }
    }

    private void RequireConcentration()
    {
        if (!CanMeasureConcentration)
        {
            var reason = Count == 0 ? "there are no clients"
                : HasLosses ? $"{Number(LossMakerCount)} clients have negative amounts (read the whale curve, or analyse the positive amounts alone)"
                : "the amounts add up to zero";
            throw new InvalidOperationException($"Concentration (Lorenz curve, Gini, HHI) is defined only for non-negative amounts with a positive total, but {reason}.");
        }
    }

    private static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
}
