using System;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// An open-addressing hash index from client id to position in an array of ids: two int arrays, no
/// object per client. Detects duplicate ids while it is built.
/// </summary>
internal sealed class ClientIndex
{
    private readonly ClientId[] _ids;
    private readonly int[] _slots;
    private readonly int[] _hashes;
    private readonly int _mask;

    private ClientIndex(ClientId[] ids, int[] slots, int[] hashes, int mask)
    {
        _ids = ids;
        _slots = slots;
        _hashes = hashes;
        _mask = mask;
    }

    /// <summary>Indexes <paramref name="ids"/>, or reports the first duplicate.</summary>
    /// <param name="ids">The ids; the index keeps a reference and expects the array never to change.</param>
    /// <param name="index">The index, or null when there is a duplicate.</param>
    /// <param name="duplicate">The position of a duplicate id, or -1.</param>
    /// <param name="original">The position of the id it duplicates, or -1.</param>
    public static void Build(ClientId[] ids, out ClientIndex? index, out int duplicate, out int original)
    {
        var capacity = 4;
        while (capacity < ids.Length * 2L)
        {
            capacity *= 2;
        }

        var slots = new int[capacity];
        var hashes = new int[capacity];
        var mask = capacity - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            var value = ids[i].Value;
            var hash = Hash(value);
            var slot = hash & mask;
            while (slots[slot] != 0)
            {
                var other = slots[slot] - 1;
                if (hashes[slot] == hash && string.Equals(ids[other].Value, value, StringComparison.Ordinal))
                {
                    index = null;
                    duplicate = i;
                    original = other;
                    return;
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
            hashes[slot] = hash;
        }

        index = new ClientIndex(ids, slots, hashes, mask);
        duplicate = -1;
        original = -1;
    }

    /// <summary>The position of <paramref name="id"/>, or -1 when it is not indexed.</summary>
    /// <param name="id">The id to find.</param>
    /// <returns>The position, or -1.</returns>
    public int Find(ClientId id)
    {
        if (id.IsDefault)
        {
            return -1;
        }

        var value = id.Value;
        var hash = Hash(value);
        var slot = hash & _mask;
        while (_slots[slot] != 0)
        {
            var position = _slots[slot] - 1;
            if (_hashes[slot] == hash && string.Equals(_ids[position].Value, value, StringComparison.Ordinal))
            {
                return position;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    private static int Hash(string value)
    {
        // Spread the bits so that the low bits used for the slot depend on the whole hash.
        var h = unchecked((uint)StringComparer.Ordinal.GetHashCode(value) * 0x9E3779B9u);
        return unchecked((int)(h ^ (h >> 15)));
    }
}
