using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace KeyAccount.Cli.Input;

/// <summary>
/// One exact running total per client, keyed by the UTF-8 bytes of the (trimmed) client id, with
/// the first two and the last line each client was seen on. An open-addressing table over one byte
/// arena: no object per client, so memory grows with the number of clients, never with the rows.
/// </summary>
/// <remarks>
/// Sums are exact and independent of the order of addition: a <see cref="long"/> mantissa at the
/// largest scale seen, widened to <see cref="Int128"/> when it would overflow. Only when even that
/// overflows (amounts that mix about 10^28 with 28 decimal places) does a client's total fall back
/// to <see cref="decimal"/> addition, which rounds as the sequential reader always did. Tables
/// filled from different parts of a file are combined with <see cref="Merge"/>.
/// </remarks>
internal sealed class ClientSumTable
{
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;

    private int[] _buckets = new int[1024];

    // Entries in pages of 4,096 that never move: growing allocates a page instead of copying the
    // table, so no garbage the size of the table is left behind while reading.
    private Entry[][] _pages = [new Entry[PageSize]];
    private int _count;
    private byte[] _keys = new byte[1 << 14];
    private int _keysLength;
    private readonly List<WideSum> _wide = [];

    // Written with the values of the slots Merge touched, so that touching them is not optimised away.
    private int _mergeSink;

    /// <summary>The number of distinct clients.</summary>
    public int Count => _count;

    /// <summary>A hash of UTF-8 id bytes; the same bytes give the same hash in every table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        var i = 0;
        for (; i + 8 <= key.Length; i += 8)
        {
            h = unchecked((h ^ MemoryMarshal.Read<ulong>(key[i..])) * 0xFF51AFD7ED558CCDUL);
            h ^= h >> 29;
        }

        ulong tail = 0;
        for (var shift = 0; i < key.Length; i++, shift += 8)
        {
            tail |= (ulong)key[i] << shift;
        }

        h = unchecked((h ^ tail) * 0xC4CEB9FE1A85EC53UL);
        h ^= h >> 32;
        h = unchecked(h * 0xBF58476D1CE4E5B9UL);
        return unchecked((uint)(h >> 32));
    }

    /// <summary>
    /// Reads the bucket, then the entry, that each of <paramref name="hashes"/> will be looked up in:
    /// the loads of one loop do not depend on each other, so their cache misses overlap, and the
    /// lookups that follow find them in the cache.
    /// </summary>
    /// <returns>A value of the loads, for the caller to keep (so that they are not optimised away).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Touch(ReadOnlySpan<uint> hashes)
    {
        var buckets = _buckets;
        var mask = (uint)buckets.Length - 1;
        var sink = 0;
        foreach (var hash in hashes)
        {
            sink ^= buckets[(int)(hash & mask)];
        }

        foreach (var hash in hashes)
        {
            var slot = buckets[(int)(hash & mask)];
            if (slot != 0)
            {
                sink ^= At(slot - 1).KeyLength;
            }
        }

        return sink;
    }

    /// <summary>Adds <paramref name="mantissa"/> / 10^<paramref name="scale"/> to the client <paramref name="key"/>, seen on <paramref name="line"/>.</summary>
    /// <returns>True when the client is new to this table.</returns>
    /// <exception cref="OverflowException">The client's total is beyond the range of <see cref="decimal"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ReadOnlySpan<byte> key, uint hash, long mantissa, int scale, long line)
    {
        var index = FindOrAdd(key, hash, line, out var added);
        ref var entry = ref At(index);
        if (added)
        {
            entry.Sum = mantissa;
            entry.State = scale;
            return true;
        }

        Seen(ref entry, line);
        if (entry.State == scale)
        {
            var sum = unchecked(entry.Sum + mantissa);
            if (((entry.Sum ^ sum) & (mantissa ^ sum)) >= 0)
            {
                entry.Sum = sum;
                return false;
            }
        }

        AddSlow(ref entry, mantissa, scale);
        return false;
    }

    /// <summary>Adds an amount that <see cref="ExactAmount.TryParse"/> returned as a <see cref="decimal"/>.</summary>
    /// <returns>True when the client is new to this table.</returns>
    /// <exception cref="OverflowException">The client's total is beyond the range of <see cref="decimal"/>.</exception>
    public bool Add(ReadOnlySpan<byte> key, uint hash, decimal amount, long line)
    {
        var (mantissa, scale) = ExactAmount.Decompose(amount);
        if (mantissa >= long.MinValue && mantissa <= long.MaxValue)
        {
            return Add(key, hash, (long)mantissa, scale, line);
        }

        var index = FindOrAdd(key, hash, line, out var added);
        ref var entry = ref At(index);
        if (!added)
        {
            Seen(ref entry, line);
        }

        AddWide(ref entry, mantissa, scale);
        return added;
    }

    /// <summary>
    /// Adds every client of <paramref name="other"/> to this table: sums added, lines combined. A
    /// total that leaves the range of <see cref="decimal"/> is marked, and <see cref="TryGetTotal"/> reports it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Merge(ClientSumTable other)
    {
        // As when reading (see Touch): the clients of a batch are looked up after their slots are
        // touched together, so that the cache misses overlap instead of following one another.
        Span<uint> hashes = stackalloc uint[RowBatch.Size];
        var sink = 0;
        for (var batch = 0; batch < other._count; batch += RowBatch.Size)
        {
            var size = Math.Min(RowBatch.Size, other._count - batch);
            for (var i = 0; i < size; i++)
            {
                hashes[i] = other.At(batch + i).Hash;
            }

            sink ^= Touch(hashes[..size]);
            for (var i = batch; i < batch + size; i++)
            {
                MergeEntry(other, i);
            }
        }

        _mergeSink = sink;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MergeEntry(ClientSumTable other, int i)
    {
        ref var theirs = ref other.At(i);
        var key = other._keys.AsSpan(theirs.KeyOffset, theirs.KeyLength);
        var index = FindOrAdd(key, theirs.Hash, theirs.FirstLine, out var added);
        ref var mine = ref At(index);
        if (added)
        {
            mine.SecondLine = theirs.SecondLine;
        }
        else
        {
            // The two smallest of both pairs (first < second in each; all lines differ).
            var (first, second, otherFirst) = mine.FirstLine < theirs.FirstLine
                ? (mine.FirstLine, mine.SecondLine, theirs.FirstLine)
                : (theirs.FirstLine, theirs.SecondLine, mine.FirstLine);
            mine.FirstLine = first;
            mine.SecondLine = second != 0 && second < otherFirst ? second : otherFirst;
        }

        try
        {
            if (!theirs.IsWide)
            {
                AddSlow(ref mine, theirs.Sum, theirs.Scale);
            }
            else if (other._wide[theirs.WideIndex] is { Overflowed: true })
            {
                MarkOverflowed(ref mine);
            }
            else if (other._wide[theirs.WideIndex] is { IsDecimal: true } decimalSum)
            {
                AddDecimal(ref mine, decimalSum.Decimal);
            }
            else
            {
                AddWide(ref mine, other._wide[theirs.WideIndex].Mantissa, other._wide[theirs.WideIndex].Scale);
            }
        }
        catch (OverflowException)
        {
            // Marked on the entry: TryGetTotal reports it, naming the client.
        }
    }

    /// <summary>The client seen again latest in the input: the client whose second line is the smallest, or -1 when every client appears once.</summary>
    public int FirstRepeated()
    {
        var found = -1;
        for (var i = 0; i < _count; i++)
        {
            var second = At(i).SecondLine;
            if (second != 0 && (found < 0 || second < At(found).SecondLine))
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>The id of client <paramref name="index"/> (0 to <see cref="Count"/> - 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string IdAt(int index) => Encoding.UTF8.GetString(_keys, At(index).KeyOffset, At(index).KeyLength);

    /// <summary>The first line client <paramref name="index"/> was seen on.</summary>
    public long FirstLineAt(int index) => At(index).FirstLine;

    /// <summary>The second line client <paramref name="index"/> was seen on, or 0.</summary>
    public long SecondLineAt(int index) => At(index).SecondLine;

    /// <summary>The total of client <paramref name="index"/> as a decimal (see <see cref="ExactAmount.TryToDecimal"/>).</summary>
    /// <returns>False when the total is beyond the range of <see cref="decimal"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetTotal(int index, out decimal total)
    {
        ref var entry = ref At(index);
        if (!entry.IsWide)
        {
            return ExactAmount.TryToDecimal(entry.Sum, entry.Scale, out total);
        }

        var wide = _wide[entry.WideIndex];
        if (wide.Overflowed)
        {
            total = 0;
            return false;
        }

        if (wide.IsDecimal)
        {
            total = wide.Decimal;
            return true;
        }

        return ExactAmount.TryToDecimal(wide.Mantissa, wide.Scale, out total);
    }

    private static void Seen(ref Entry entry, long line)
    {
        if (entry.SecondLine == 0)
        {
            entry.SecondLine = line;
        }
    }

    private void AddSlow(ref Entry entry, long mantissa, int scale)
    {
        if (!entry.IsWide)
        {
            var sum = entry.Sum;
            var sumScale = entry.Scale;
            if (TryRescale(ref sum, ref sumScale, ref mantissa, ref scale))
            {
                var total = unchecked(sum + mantissa);
                if (((sum ^ total) & (mantissa ^ total)) >= 0)
                {
                    entry.Sum = total;
                    entry.State = sumScale;
                    return;
                }
            }
        }

        AddWide(ref entry, mantissa, scale);
    }

    /// <summary>Brings both to the larger scale in <see cref="long"/>; false when that overflows.</summary>
    private static bool TryRescale(ref long a, ref int aScale, ref long b, ref int bScale)
    {
        if (aScale == bScale)
        {
            return true;
        }

        if (aScale < bScale)
        {
            return TryRescale(ref b, ref bScale, ref a, ref aScale);
        }

        var factor = ExactAmount.Pow10[aScale - bScale];
        var high = Math.BigMul(b, factor, out var low);
        if ((high != 0 || low < 0) && (high != -1 || low >= 0))
        {
            return false;
        }

        b = low;
        bScale = aScale;
        return true;
    }

    private void AddWide(ref Entry entry, Int128 mantissa, int scale)
    {
        if (!entry.IsWide)
        {
            _wide.Add(new WideSum { Mantissa = entry.Sum, Scale = entry.Scale });
            entry.State = ~(_wide.Count - 1);
            entry.Sum = 0;
        }

        var wide = _wide[entry.WideIndex];
        if (wide.Overflowed)
        {
            throw new OverflowException();
        }

        if (!wide.IsDecimal)
        {
            try
            {
                var sum = wide.Mantissa;
                var sumScale = wide.Scale;
                for (; sumScale < scale; sumScale++)
                {
                    sum = checked(sum * 10);
                }

                for (; scale < sumScale; scale++)
                {
                    mantissa = checked(mantissa * 10);
                }

                wide.Mantissa = checked(sum + mantissa);
                wide.Scale = sumScale;
                return;
            }
            catch (OverflowException)
            {
                // Beyond 128 bits at this scale: from here on, decimal addition (rounding, as before).
                if (!ExactAmount.TryToDecimal(wide.Mantissa, wide.Scale, out var asDecimal))
                {
                    wide.Overflowed = true;
                    throw;
                }

                wide.IsDecimal = true;
                wide.Decimal = asDecimal;
            }
        }

        try
        {
            if (!ExactAmount.TryToDecimal(mantissa, scale, out var amount))
            {
                throw new OverflowException();
            }

            wide.Decimal = checked(wide.Decimal + amount);
        }
        catch (OverflowException)
        {
            wide.Overflowed = true;
            throw;
        }
    }

    private void MarkOverflowed(ref Entry entry)
    {
        if (!entry.IsWide)
        {
            _wide.Add(new WideSum());
            entry.State = ~(_wide.Count - 1);
        }

        _wide[entry.WideIndex].Overflowed = true;
    }

    private void AddDecimal(ref Entry entry, decimal amount)
    {
        var (mantissa, scale) = ExactAmount.Decompose(amount);
        AddWide(ref entry, mantissa, scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindOrAdd(ReadOnlySpan<byte> key, uint hash, long line, out bool added)
    {
        var mask = _buckets.Length - 1;
        var bucket = (int)(hash & (uint)mask);
        var start = KeyStart(key);
        while (true)
        {
            var slot = _buckets[bucket];
            if (slot == 0)
            {
                break;
            }

            ref var entry = ref At(slot - 1);
            if (entry.Hash == hash && entry.KeyStart == start && entry.KeyLength == key.Length
                && (key.Length <= 8 || key[8..].SequenceEqual(_keys.AsSpan(entry.KeyOffset + 8, key.Length - 8))))
            {
                added = false;
                return slot - 1;
            }

            bucket = (bucket + 1) & mask;
        }

        if (_count == _pages.Length * PageSize)
        {
            Array.Resize(ref _pages, _pages.Length * 2);
        }

        if (_pages[_count >> PageBits] is null)
        {
            _pages[_count >> PageBits] = new Entry[PageSize];
        }

        if (_keysLength + key.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysLength + key.Length));
        }

        key.CopyTo(_keys.AsSpan(_keysLength));
        At(_count) = new Entry
        {
            Hash = hash,
            KeyStart = start,
            KeyOffset = _keysLength,
            KeyLength = key.Length,
            FirstLine = line,
        };
        _keysLength += key.Length;
        _buckets[bucket] = ++_count;
        if (_count * 2 > _buckets.Length)
        {
            Grow();
        }

        added = true;
        return _count - 1;
    }

    private ref Entry At(int index) => ref _pages[index >> PageBits][index & (PageSize - 1)];

    /// <summary>The first 8 bytes of <paramref name="key"/> (zero-padded) as one number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeyStart(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 8)
        {
            return MemoryMarshal.Read<ulong>(key);
        }

        ulong start = 0;
        for (var i = 0; i < key.Length; i++)
        {
            start |= (ulong)key[i] << (8 * i);
        }

        return start;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        var buckets = new int[_buckets.Length * 2];
        var mask = buckets.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var bucket = (int)(At(i).Hash & (uint)mask);
            while (buckets[bucket] != 0)
            {
                bucket = (bucket + 1) & mask;
            }

            buckets[bucket] = i + 1;
        }

        _buckets = buckets;
    }

    /// <summary>48 bytes per client: the sum, its lines, and the id (its first 8 bytes inline, so most lookups touch no other memory).</summary>
    private struct Entry
    {
        public long Sum;
        public long FirstLine;
        public long SecondLine;
        public ulong KeyStart;
        public uint Hash;
        public int KeyOffset;
        public int KeyLength;

        /// <summary>The scale (decimal places) of <see cref="Sum"/>, or the complement of the index of the client's <see cref="WideSum"/>.</summary>
        public int State;

        public readonly bool IsWide => State < 0;

        public readonly int Scale => State;

        public readonly int WideIndex => ~State;
    }

    /// <summary>A total beyond <see cref="long"/>: 128 bits, or (past those) a decimal.</summary>
    private sealed class WideSum
    {
        public Int128 Mantissa;
        public int Scale;
        public bool IsDecimal;
        public decimal Decimal;
        public bool Overflowed;
    }
}
