using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// An open-addressing hash index from client id to rank: one array of longs (hash and rank interleaved,
/// so a probe touches one cache line), no object per client. The hashes are computed first, in input
/// order (where the id strings usually lie in memory in the same order), into an array; the inserts then
/// run in rank order as a tight loop whose iterations do not depend on each other, so the processor
/// overlaps their cache misses (calling the hash function inside that loop made it about three times slower).
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

    /// <summary>The hash the index uses for an id (ordinal, randomised per process, spread over all bits).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The hash.</returns>
    public static int Hash(ClientId id)
    {
        // Spread the bits so that the low bits used for the slot depend on the whole hash.
        var h = unchecked((uint)StringComparer.Ordinal.GetHashCode(id.Value) * 0x9E3779B9u);
        return unchecked((int)(h ^ (h >> 15)));
    }

    /// <summary>Indexes the ids, or reports the first duplicate in input order.</summary>
    /// <param name="ids">The ids in input order.</param>
    /// <param name="hashes">hashes[i] is <see cref="Hash"/> of ids[i].</param>
    /// <param name="order">order[r] is the input position of the client of rank r.</param>
    /// <param name="ranked">The ids in rank order; the index keeps it and expects it never to change.</param>
    /// <param name="index">The index, or null when there is a duplicate.</param>
    /// <param name="duplicate">The input position of the first id (in input order) that repeats an earlier one, or -1.</param>
    /// <param name="original">The input position of the earlier id it repeats, or -1.</param>
    public static void Build(ReadOnlySpan<ClientId> ids, int[] hashes, int[] order, ClientId[] ranked, out ClientIndex? index, out int duplicate, out int original)
    {
        var capacity = 4;
        while (capacity < ranked.Length * 2L)
        {
            capacity *= 2;
        }

        var table = new long[capacity];
        var mask = capacity - 1;
        for (var r = 0; r < ranked.Length; r++)
        {
            var hash = hashes[order[r]];
            var slot = hash & mask;
            long entry;
            while ((entry = table[slot]) != 0)
            {
                if ((int)(entry >> 32) == hash && string.Equals(ranked[Position(entry)].Value, ranked[r].Value, StringComparison.Ordinal))
                {
                    // The error path: name the first repetition in input order, whichever pair was met here.
                    index = null;
                    FirstDuplicate(ids, out duplicate, out original);
                    return;
                }

                slot = (slot + 1) & mask;
            }

            table[slot] = Entry(hash, r);
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
        var hash = Hash(id);
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

    private static void FirstDuplicate(ReadOnlySpan<ClientId> ids, out int duplicate, out int original)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (seen.TryGetValue(ids[i].Value, out var first))
            {
                duplicate = i;
                original = first;
                return;
            }

            seen.Add(ids[i].Value, i);
        }

        duplicate = -1;
        original = -1;
    }
}
