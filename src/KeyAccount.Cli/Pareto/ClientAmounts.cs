using System;
using KeyAccount.Core;

namespace KeyAccount.Cli.Pareto;

/// <summary>One amount per client, as parallel arrays (in no particular order: the analysis ranks them).</summary>
internal sealed class ClientAmounts
{
    private readonly ClientId[] _ids;
    private readonly decimal[] _amounts;

    public ClientAmounts(ClientId[] ids, decimal[] amounts, long rows, Currency currency)
    {
        _ids = ids;
        _amounts = amounts;
        Rows = rows;
        Currency = currency;
    }

    /// <summary>The client ids, each once.</summary>
    public ReadOnlySpan<ClientId> Ids => _ids;

    /// <summary>The amount of each client (the sum of its rows under <c>--aggregate</c>).</summary>
    public ReadOnlySpan<decimal> Amounts => _amounts;

    /// <summary>The number of data rows read.</summary>
    public long Rows { get; }

    /// <summary>The currency of the amounts.</summary>
    public Currency Currency { get; }
}
