using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// The 20/80 analysis of one amount per client (profit, margin or revenue, in one currency): the
/// ranking, the vital few, concentration (Lorenz curve, Gini, Herfindahl-Hirschman), ABC classes
/// (fixed shares and the computed ABC analysis of Ultsch and Lötsch) and the whale curve.
/// </summary>
/// <remarks>
/// <para>
/// Create it with <see cref="Analyze(ReadOnlySpan{ClientId}, ReadOnlySpan{decimal}, Currency)"/> (parallel
/// spans of ids and amounts), its <see cref="double"/> and key-value overloads, or
/// <see cref="FromTransactions"/>. The analysis sorts once and keeps the ranking as arrays (no object
/// per client); every figure is then read from it. It is immutable and safe to share between threads.
/// </para>
/// <para>
/// <b>Ranking.</b> Clients are ordered by amount, largest first; equal amounts are ordered by client id,
/// ordinally, so the result does not depend on the input order. Sums are exact (decimal, or 64-bit
/// integers in units of the smallest decimal place when the amounts allow it); shares, indices and
/// curves are <see cref="double"/>, computed from the exact sums (a share is the exact running sum and
/// the exact total, each converted to double, divided: within a few units in the last place).
/// </para>
/// <para>
/// <b>Signs.</b> Amounts may be zero or negative (loss makers). Shares are of the net
/// <see cref="Total"/> and exist only when it is positive. Concentration (Lorenz, Gini, HHI,
/// concentration ratios) is defined only for non-negative amounts with a positive total: otherwise those
/// members throw <see cref="InvalidOperationException"/> (see <see cref="CanMeasureConcentration"/>);
/// the whale curve is the figure for profit with losses.
/// </para>
/// </remarks>
public sealed partial class ParetoAnalysis
{
    private readonly ClientId[] _ids;
    private readonly decimal[]? _amounts;
    private readonly long[]? _cumulativeUnits;
    private readonly decimal[]? _cumulativeExact;
    private readonly int _scale;
    private readonly decimal _unitsTotal;
    private readonly double[]? _cumulativeShares;
    private readonly ClientIndex _index;
    private readonly double _sumOfSquaredShares;
    private readonly double _sumOfCumulativeShares;

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>The number of clients.</summary>
    public int Count => _ids.Length;

    /// <summary>The net total of all amounts, exact.</summary>
    public decimal Total { get; }

    /// <summary>The sum of the positive amounts, exact: the peak of the whale curve.</summary>
    public decimal PositiveTotal { get; }

    /// <summary>The sum of the negative amounts, exact; zero or negative.</summary>
    public decimal LossTotal { get; }

    /// <summary>The number of clients with a positive amount.</summary>
    public int PositiveCount { get; }

    /// <summary>The number of clients with an amount of exactly zero.</summary>
    public int ZeroCount { get; }

    /// <summary>The number of clients with a negative amount (loss makers).</summary>
    public int LossMakerCount => Count - PositiveCount - ZeroCount;

    /// <summary>True when some amount is negative.</summary>
    public bool HasLosses => LossMakerCount > 0;

    /// <summary>True when shares exist: the net <see cref="Total"/> is positive.</summary>
    public bool HasShares => _cumulativeShares is not null;

    /// <summary>
    /// True when concentration (Lorenz curve, Gini, HHI, concentration ratios) is defined: there is at
    /// least one client, no amount is negative, and the total is positive.
    /// </summary>
    public bool CanMeasureConcentration => HasShares && !HasLosses;

    /// <summary>The ranking, largest amount first: element <c>i</c> is the client of rank <c>i + 1</c>. No object per client is stored; each element is made when read.</summary>
    public IReadOnlyList<RankedClient> Ranking => new RankingView(this);

    /// <summary>The client of a rank.</summary>
    /// <param name="rank">1 to <see cref="Count"/>.</param>
    /// <returns>The client with its amount and shares.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is outside 1 to <see cref="Count"/>.</exception>
    public RankedClient GetByRank(int rank)
    {
        if (rank < 1 || rank > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"A rank runs from 1 to the number of clients ({Count}).");
        }

        return At(rank - 1);
    }

    /// <summary>Looks a client up.</summary>
    /// <param name="client">The client.</param>
    /// <param name="ranked">The client's rank, amount and shares; default when not found.</param>
    /// <returns>True when the client is in the analysis.</returns>
    public bool TryFind(ClientId client, out RankedClient ranked)
    {
        var position = _index.Find(client);
        ranked = position < 0 ? default : At(position);
        return position >= 0;
    }

    /// <summary>Looks a client up.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The client's rank, amount and shares.</returns>
    /// <exception cref="ArgumentException"><paramref name="client"/> is not in the analysis.</exception>
    public RankedClient Find(ClientId client) =>
        TryFind(client, out var ranked)
            ? ranked
            : throw new ArgumentException($"Client '{client}' is not in this analysis.", nameof(client));

    /// <summary>The clients ranked 1 to <paramref name="count"/> (for example the vital few: <c>TopClients(vitalFew.Count)</c>), as a view without copying.</summary>
    /// <param name="count">0 to <see cref="Count"/>.</param>
    /// <returns>The ids, largest amount first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="Count"/>.</exception>
    public IReadOnlyList<ClientId> TopClients(int count)
    {
        if (count < 0 || count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The count runs from 0 to the number of clients ({Count}).");
        }

        return new ArraySegment<ClientId>(_ids, 0, count);
    }

    private RankedClient At(int position)
    {
        var amount = AmountAt(position);
        double? share = null;
        double? cumulative = null;
        if (_cumulativeShares is not null)
        {
            share = (double)amount / (double)Total;
            cumulative = _cumulativeShares[position];
        }

        return new RankedClient(_ids[position], position + 1, amount, share, cumulative);
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Amount(decimal value, Currency currency) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + currency.Code;

    private static void RequireShare(double value, string parameterName, bool allowZero)
    {
        if (double.IsNaN(value) || value > 1 || value < 0 || (!allowZero && value == 0))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, allowZero ? "A share must lie in [0, 1]." : "A share must lie in (0, 1].");
        }
    }

    private sealed class RankingView(ParetoAnalysis analysis) : IReadOnlyList<RankedClient>
    {
        public int Count => analysis.Count;

        public RankedClient this[int index] =>
            index >= 0 && index < analysis.Count
                ? analysis.At(index)
                : throw new ArgumentOutOfRangeException(nameof(index), index, "The index runs from 0 to the number of clients - 1.");

        public IEnumerator<RankedClient> GetEnumerator()
        {
            for (var i = 0; i < analysis.Count; i++)
            {
                yield return analysis.At(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static void RequireCurrency(Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("The currency must be set (default(Currency) is not a currency).", nameof(currency));
        }
    }

    private static void RequireSameLength(int clients, int amounts)
    {
        if (clients != amounts)
        {
            throw new ArgumentException($"There are {clients} clients but {amounts} amounts; give one amount per client.", nameof(amounts));
        }
    }
}
