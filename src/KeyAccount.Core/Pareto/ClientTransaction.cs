using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace KeyAccount.Core.Pareto;

/// <summary>One transaction row: a client, an amount (profit, margin or revenue, any sign) and the date it counts on.</summary>
/// <param name="Client">The client.</param>
/// <param name="Amount">The amount, exact, in the currency of the analysis it feeds.</param>
/// <param name="Date">The date the row counts on (order, invoice or booking date: the caller's choice).</param>
public readonly record struct ClientTransaction(ClientId Client, decimal Amount, LocalDate Date)
{
    /// <summary>
    /// Sums transaction rows per client over a period: a row counts when its date lies in
    /// <paramref name="period"/>, both ends inclusive; rows outside the period are ignored (that is the
    /// only rule that drops a row: zero and negative amounts count).
    /// </summary>
    /// <param name="rows">The rows, in any order.</param>
    /// <param name="period">The period; <see cref="DateInterval"/> includes its start and end dates.</param>
    /// <returns>
    /// One total per client that has at least one row in the period (a client whose rows all lie outside
    /// is absent; one whose rows cancel out has a total of 0), ordered by client id, ordinally.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A row's client is <c>default(ClientId)</c> (the message gives the row's position), or a client's total exceeds the range of decimal.</exception>
    public static IReadOnlyList<KeyValuePair<ClientId, decimal>> SumByClient(IEnumerable<ClientTransaction> rows, DateInterval period)
    {
        Guard.Against.Null(rows, nameof(rows));
        Guard.Against.Null(period, nameof(period));
        var totals = new Dictionary<ClientId, decimal>();
        var position = 0;
        foreach (var row in rows)
        {
            if (row.Client.IsDefault)
            {
                throw new ArgumentException($"rows[{position}] has no client (default(ClientId)).", nameof(rows));
            }

            if (period.Contains(row.Date))
            {
                totals.TryGetValue(row.Client, out var total);
                try
                {
                    totals[row.Client] = total + row.Amount;
                }
                catch (OverflowException ex)
                {
                    throw new ArgumentException($"The total of client '{row.Client}' exceeds the range of decimal at rows[{position}].", nameof(rows), ex);
                }
            }

            position++;
        }

        var result = new List<KeyValuePair<ClientId, decimal>>(totals);
        result.Sort((x, y) => x.Key.CompareTo(y.Key));
        return result;
    }
}
