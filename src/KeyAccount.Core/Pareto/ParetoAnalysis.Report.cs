using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace KeyAccount.Core.Pareto;

/// <content>The whale curve, the summary and the analysis of transaction rows.</content>
public sealed partial class ParetoAnalysis
{
    /// <summary>Analyses transaction rows summed per client over a period (see <see cref="ClientTransaction.SumByClient"/>).</summary>
    /// <param name="rows">The rows; a row counts when its date lies in <paramref name="period"/>, both ends inclusive.</param>
    /// <param name="period">The period.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <returns>The analysis of the clients with at least one row in the period.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="rows"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="System.ArgumentException">As for <see cref="ClientTransaction.SumByClient"/> and <see cref="Analyze(IEnumerable{KeyValuePair{ClientId, decimal}}, Currency)"/>.</exception>
    public static ParetoAnalysis FromTransactions(IEnumerable<ClientTransaction> rows, DateInterval period, Currency currency)
    {
        RequireCurrency(currency);
        return Analyze(ClientTransaction.SumByClient(rows, period), currency);
    }

    /// <summary>The whale curve of profit: the peak of cumulative profit, the loss makers and the profit they destroy.</summary>
    /// <returns>The whale curve; defined for any amounts (with no loss makers the peak is simply the total).</returns>
    public WhaleCurve GetWhaleCurve()
    {
        double? peakShare = Total > 0 ? (double)PositiveTotal / (double)Total : null;
        var loss = -LossTotal;
        string text;
        if (Count == 0)
        {
            text = "There are no clients.";
        }
        else if (!HasLosses)
        {
            text = $"No client loses money: cumulative profit rises to the total of {Amount(Total, Currency)} and never falls back.";
        }
        else if (PositiveCount == 0)
        {
            text = string.Format(
                CultureInfo.InvariantCulture,
                "No client makes a profit: {0} {1} {2}{3}; the net total is {4}.",
                Number(LossMakerCount),
                LossMakerCount == 1 ? "loss maker destroys" : "loss makers destroy",
                Amount(loss, Currency),
                ZeroCount == 0 ? string.Empty : ZeroCount == 1 ? ", and 1 client stands at zero" : ", and " + Number(ZeroCount) + " clients stand at zero",
                Amount(Total, Currency));
        }
        else
        {
            var peak = peakShare is null ? $"{Amount(PositiveTotal, Currency)}, more than the whole net result" : $"{Amount(PositiveTotal, Currency)} ({Percent(peakShare.Value)} of the net total)";
            var oneProfitable = PositiveCount == 1;
            var oneLossMaker = LossMakerCount == 1;
            text = string.Format(
                CultureInfo.InvariantCulture,
                "The {0} {1} ({2}) {3} {4}; {5} {6} {7} and {8} the net total down to {9}.",
                Number(PositiveCount),
                oneProfitable ? "profitable client" : "profitable clients",
                Percent(PositiveCount / (double)Count),
                oneProfitable ? "brings" : "bring",
                peak,
                Number(LossMakerCount),
                oneLossMaker ? "loss maker destroys" : "loss makers destroy",
                Amount(loss, Currency),
                oneLossMaker ? "pulls" : "pull",
                Amount(Total, Currency));
        }

        return new WhaleCurve(PositiveCount, PositiveTotal, LossMakerCount, loss, ZeroCount, text, peakShare);
    }

    /// <summary>The analysis in brief, for reports and JSON: count, total, vital few, Gini, HHI, the computed ABC classes, and the whale curve when some amount is negative.</summary>
    /// <param name="targetShare">The target share for the vital few, in (0, 1]; by default 0.80.</param>
    /// <returns>The summary; figures that are undefined for these amounts are null (see <see cref="ParetoSummary"/>).</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="targetShare"/> is not in (0, 1].</exception>
    public ParetoSummary Summarize(double targetShare = 0.8)
    {
        RequireShare(targetShare, nameof(targetShare), allowZero: false);
        var vitalFew = Total >= 0 ? GetVitalFew(targetShare) : null;
        var concentration = CanMeasureConcentration ? GetConcentration() : null;
        var whale = HasLosses ? GetWhaleCurve() : null;
        var text = string.Format(CultureInfo.InvariantCulture, "{0} clients, net total {1}. ", Number(Count), Amount(Total, Currency))
            + (vitalFew?.Explanation ?? whale!.Explanation);
        return new ParetoSummary(Currency, Count, Total, GetComputedAbc(), text, vitalFew, concentration?.Gini, concentration?.Hhi, whale, targetShare);
    }
}
