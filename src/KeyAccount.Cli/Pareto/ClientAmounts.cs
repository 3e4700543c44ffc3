using System.Collections.Generic;

namespace KeyAccount.Cli.Pareto;

/// <summary>One amount per client, in the order the clients first appear in the input.</summary>
internal sealed class ClientAmounts
{
    public ClientAmounts(IReadOnlyList<string> ids, IReadOnlyList<decimal> amounts, long rows)
    {
        Ids = ids;
        Amounts = amounts;
        Rows = rows;
    }

    /// <summary>The client ids, each once.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The amount of each client (the sum of its rows under <c>--aggregate</c>).</summary>
    public IReadOnlyList<decimal> Amounts { get; }

    /// <summary>The number of data rows read.</summary>
    public long Rows { get; }
}
