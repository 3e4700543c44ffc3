using System;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// An open-addressing hash index from client id to rank: one array of longs (hash and position
/// interleaved, so a probe touches one cache line), no object per client. Built in input order, where
/// the id strings usually lie in memory in the same order, then renumbered to ranks.
/// </summary>
internal sealed class ClientIndex
{
    private readonly ClientId[] _ranked;
    private readonly long[] _table;
    private readonly int _mask;

    private ClientIndex(ClientId[] ranked, long[] table, int mask)
    {
        _ranked = ranked;
        _table = table;
        _mask = mask;
    }

    /// <summary>Indexes the ids, or reports the first duplicate (input positions).</summary>
    /// <param name="ids">The ids in input order.</param>
    /// <param name="order">order[r] is the input position of the client of rank r.</param>
    /// <param name="ranked">The ids in rank order; the index keeps it and expects it never to change.</param>
    /// <param name="index">The index, or null when there is a duplicate.</param>
    /// <param name="duplicate">The input position of a duplicate id, or -1.</param>
    /// <param name="original">The input position of the id it duplicates, or -1.</param>
    public static void Build(ReadOnlySpan<ClientId> ids, int[] order, ClientId[] ranked, out ClientIndex? index, out int duplicate, out int original)
    {
        var capacity = 4;
        while (capacity < ids.Length * 2L)
        {
            capacity *= 2;
        }

        var table = new long[capacity];
        var mask = capacity - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            var value = ids[i].Value;
            var hash = Hash(value);
            var slot = hash & mask;
            long entry;
            while ((entry = table[slot]) != 0)
            {
                if ((int)(entry >> 32) == hash && string.Equals(ids[Position(entry)].Value, value, StringComparison.Ordinal))
                {
                    index = null;
                    duplicate = i;
                    original = Position(entry);
                    return;
                }

                slot = (slot + 1) & mask;
            }

            table[slot] = Entry(hash, i);
        }

        var rankOf = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rankOf[order[r]] = r;
        }

        for (var slot = 0; slot < table.Length; slot++)
        {
            var entry = table[slot];
            if (entry != 0)
            {
                table[slot] = Entry((int)(entry >> 32), rankOf[Position(entry)]);
            }
        }

        index = new ClientIndex(ranked, table, mask);
        duplicate = -1;
        original = -1;
    }

    /// <summary>The rank (0-based) of <paramref name="id"/>, or -1 when it is not indexed.</summary>
    /// <param name="id">The id to find.</param>
    /// <returns>The 0-based rank, or -1.</returns>
    public int Find(ClientId id)
    {
        if (id.IsDefault)
        {
            return -1;
        }

        var value = id.Value;
        var hash = Hash(value);
        var slot = hash & _mask;
        long entry;
        while ((entry = _table[slot]) != 0)
        {
            if ((int)(entry >> 32) == hash && string.Equals(_ranked[Position(entry)].Value, value, StringComparison.Ordinal))
            {
                return Position(entry);
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    private static long Entry(int hash, int position) => ((long)hash << 32) | (uint)(position + 1);

    private static int Position(long entry) => unchecked((int)(uint)entry) - 1;

    private static int Hash(string value)
    {
        // Spread the bits so that the low bits used for the slot depend on the whole hash.
        var h = unchecked((uint)StringComparer.Ordinal.GetHashCode(value) * 0x9E3779B9u);
        return unchecked((int)(h ^ (h >> 15)));
    }
}
