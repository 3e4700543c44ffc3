using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Cli.Input;
using KeyAccount.Core;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// The end of reading, shared by the CSV and the workbook paths: the first error in input order,
/// then the per-client totals as <see cref="ClientAmounts"/>, checked to fit the analysis's exact sums.
/// </summary>
internal static class ClientTotals
{
    /// <summary>
    /// Reports the earlier of the first row error (at <paramref name="errorLine"/>) and, without
    /// <paramref name="aggregate"/>, the first repeated id; otherwise collects the totals.
    /// </summary>
    /// <param name="table">Every client's total.</param>
    /// <param name="rows">The data rows read.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <param name="aggregate">Whether repeated ids were meant to be summed.</param>
    /// <param name="errorLine">The line (or row) of the first error found while reading, if any.</param>
    /// <param name="errorMessage">Its message.</param>
    /// <param name="at">Names a line (or row) of the input in a message: "data.csv:12", "orders.xlsx: sheet 'S', row 12".</param>
    /// <param name="fileName">The input's name.</param>
    /// <param name="unit">What <paramref name="at"/> counts: "line" or "row".</param>
    /// <exception cref="CliInputException">The input has an error, no data rows, or totals beyond decimal.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClientAmounts Collect(ClientSumTable table, long rows, Currency currency, bool aggregate, long? errorLine, string? errorMessage, Func<long, string> at, string fileName, string unit = "line")
    {
        var repeated = aggregate ? -1 : table.FirstRepeated();
        if (repeated >= 0 && (errorLine is null || table.SecondLineAt(repeated) <= errorLine))
        {
            throw new CliInputException(FormattableString.Invariant(
                $"{at(table.SecondLineAt(repeated))}: the client id '{InputText.Shorten(table.IdAt(repeated))}' appears again (first on {unit} {table.FirstLineAt(repeated)}); pass --aggregate to sum the rows of each client."));
        }

        if (errorMessage is not null)
        {
            throw new CliInputException(errorMessage);
        }

        if (table.Count == 0)
        {
            throw new CliInputException($"{fileName}: the file has a header but no data rows.");
        }

        var ids = new ClientId[table.Count];
        var amounts = new decimal[table.Count];
        var overflow = ToAmounts(table, ids, amounts);
        if (overflow >= 0)
        {
            throw new CliInputException($"{at(table.FirstLineAt(overflow))}: the total of client '{InputText.Shorten(ids[overflow].Value)}' (first on this {unit}) overflows a decimal.");
        }

        RequireRepresentableTotals(table, ids, amounts, at);
        return new ClientAmounts(ids, amounts, rows, currency);
    }

    /// <summary>
    /// Fills <paramref name="ids"/> and <paramref name="amounts"/> from the table, in blocks on every
    /// core (the table is only read); the result does not depend on how the blocks are shared.
    /// </summary>
    /// <returns>The first client whose total is beyond the range of <see cref="decimal"/>, or -1.</returns>
    private static int ToAmounts(ClientSumTable table, ClientId[] ids, decimal[] amounts)
    {
        const int BlockSize = 1 << 14;
        var overflow = int.MaxValue;
        Parallel.For(0, (ids.Length + BlockSize - 1) / BlockSize, block =>
        {
            var end = Math.Min(ids.Length, (block + 1) * BlockSize);
            for (var i = block * BlockSize; i < end; i++)
            {
                ids[i] = new ClientId(table.IdAt(i));
                if (!table.TryGetTotal(i, out amounts[i]))
                {
                    InterlockedMin(ref overflow, i);
                    break;
                }
            }
        });
        return overflow == int.MaxValue ? -1 : overflow;
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>
    /// The analysis sums the positive and the negative amounts exactly; when either sum is beyond
    /// decimal, the input is refused here, naming the client (in the order clients first appear)
    /// at which the sum left the range.
    /// </summary>
    private static void RequireRepresentableTotals(ClientSumTable table, ClientId[] ids, decimal[] amounts, Func<long, string> at)
    {
        if (FindOverflow(amounts, Enumerable.Range(0, amounts.Length)) < 0)
        {
            return;
        }

        var inInputOrder = Enumerable.Range(0, amounts.Length).OrderBy(table.FirstLineAt).ToArray();
        var i = FindOverflow(amounts, inInputOrder);
        var which = amounts[i] > 0 ? "positive" : "negative";
        throw new CliInputException(
            $"{at(table.FirstLineAt(i))}: with client '{InputText.Shorten(ids[i].Value)}' the {which} amounts add up beyond the range of an exact amount (decimal, about ±7.9e28); express the amounts in a larger unit (thousands, millions): shares and classes do not change.");
    }

    /// <summary>The client at which the positive or the negative sum, taken in <paramref name="order"/>, leaves decimal; -1 when neither does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindOverflow(decimal[] amounts, IEnumerable<int> order)
    {
        decimal positive = 0, negative = 0;
        foreach (var i in order)
        {
            try
            {
                if (amounts[i] > 0)
                {
                    positive = checked(positive + amounts[i]);
                }
                else
                {
                    negative = checked(negative + amounts[i]);
                }
            }
            catch (OverflowException)
            {
                return i;
            }
        }

        return -1;
    }
}
