using System;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// A stable least-significant-digit radix sort of 64-bit values by a range of their bits. The ranking
/// packs each client's amount key above its input position in one <see cref="ulong"/>, so one sort
/// carries both and, being stable, leaves equal amounts in input order without sorting the position bits.
/// </summary>
internal static class RadixSort
{
    /// <summary>Bits per digit: 2,048 counters (8 KB) per pass stay in the first-level cache.</summary>
    private const int DigitBits = 11;

    private const int Buckets = 1 << DigitBits;

    /// <summary>Below this many values an insertion sort is cheaper than clearing and summing the counters.</summary>
    internal const int InsertionSortLimit = 48;

    /// <summary>
    /// Sorts <paramref name="values"/> ascending by bits <paramref name="lowBit"/> (inclusive) to
    /// <paramref name="highBit"/> (exclusive), stably: values equal in those bits keep their order.
    /// </summary>
    /// <param name="values">The values, sorted in place.</param>
    /// <param name="lowBit">The lowest bit of the key, 0 to 64.</param>
    /// <param name="highBit">One past the highest bit of the key, <paramref name="lowBit"/> to 64.</param>
    public static void SortByBits(ulong[] values, int lowBit, int highBit)
    {
        if (lowBit < 0 || highBit > 64 || highBit < lowBit)
        {
            throw new ArgumentOutOfRangeException(nameof(highBit), highBit, $"The key bits must satisfy 0 <= lowBit ({lowBit}) <= highBit <= 64.");
        }

        var n = values.Length;
        if (highBit == lowBit || n < 2)
        {
            return;
        }

        var keyMask = highBit - lowBit == 64 ? ulong.MaxValue : (1UL << (highBit - lowBit)) - 1;
        if (n < InsertionSortLimit)
        {
            InsertionSort(values, lowBit, keyMask);
            return;
        }

        var passes = (highBit - lowBit + DigitBits - 1) / DigitBits;
        var counts = new int[passes * Buckets];

        // One read of the values counts the digits of every pass.
        for (var i = 0; i < n; i++)
        {
            var key = (values[i] >> lowBit) & keyMask;
            for (var p = 0; p < passes; p++)
            {
                counts[(p * Buckets) + (int)(key & (Buckets - 1))]++;
                key >>= DigitBits;
            }
        }

        var source = values;
        ulong[]? buffer = null;
        for (var p = 0; p < passes; p++)
        {
            // Counts become start offsets; a pass where every value has the same digit moves nothing.
            var first = p * Buckets;
            var sum = 0;
            var skip = false;
            for (var b = first; b < first + Buckets; b++)
            {
                var count = counts[b];
                skip |= count == n;
                counts[b] = sum;
                sum += count;
            }

            if (skip)
            {
                continue;
            }

            buffer ??= new ulong[n];
            var target = ReferenceEquals(source, values) ? buffer : values;
            var shift = lowBit + (p * DigitBits);
            var last = p == passes - 1 ? keyMask >> (p * DigitBits) : Buckets - 1;
            for (var i = 0; i < n; i++)
            {
                var value = source[i];
                var slot = first + (int)((value >> shift) & (ulong)last);
                target[counts[slot]++] = value;
            }

            source = target;
        }

        if (!ReferenceEquals(source, values))
        {
            Array.Copy(source, values, n);
        }
    }

    private static void InsertionSort(ulong[] values, int lowBit, ulong keyMask)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var value = values[i];
            var key = (value >> lowBit) & keyMask;
            var j = i - 1;
            while (j >= 0 && ((values[j] >> lowBit) & keyMask) > key)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = value;
        }
    }
}
