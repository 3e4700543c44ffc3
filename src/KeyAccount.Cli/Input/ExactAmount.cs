using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Amounts as an integer mantissa and a count of decimal places, so that sums are exact and do
/// not depend on the order in which rows are added: <c>123.45</c> is (12345, 2). Parsing gives the
/// same value and the same scale as <c>decimal.TryParse(text, NumberStyles.Float, invariant)</c>.
/// </summary>
internal static class ExactAmount
{
    /// <summary>The most digits the fast path reads into a <see cref="long"/> (10^18 &lt; 2^63).</summary>
    private const int FastDigits = 18;

    /// <summary>Powers of ten up to 10^18.</summary>
    internal static readonly long[] Pow10 = CreatePowers();

    /// <summary>
    /// Parses UTF-8 <paramref name="text"/> as <c>decimal.TryParse</c> with <see cref="NumberStyles.Float"/>
    /// and the invariant culture would. Plain numbers of up to 18 digits (<c>-1234.56</c>) are read
    /// directly into <paramref name="mantissa"/> and <paramref name="scale"/>; anything else
    /// (exponents, more digits) goes through <see cref="decimal"/> and comes back in
    /// <paramref name="large"/> with <paramref name="isLarge"/> set.
    /// </summary>
    /// <returns>Whether the text is a number within the range of <see cref="decimal"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, out long mantissa, out int scale, out bool isLarge, out decimal large)
    {
        isLarge = false;
        large = 0;
        if (TryParseFast(text, out mantissa, out scale))
        {
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out large))
        {
            return false;
        }

        isLarge = true;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseFast(ReadOnlySpan<byte> text, out long mantissa, out int scale)
    {
        mantissa = 0;
        scale = 0;
        var start = 0;
        var end = text.Length;
        while (start < end && IsNumberWhite(text[start]))
        {
            start++;
        }

        while (end > start && IsNumberWhite(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        var negative = false;
        if (text[start] is (byte)'-' or (byte)'+')
        {
            negative = text[start] == (byte)'-';
            start++;
        }

        long value = 0;
        var digits = 0;
        var point = -1;
        for (var i = start; i < end; i++)
        {
            var b = text[i];
            var d = unchecked((uint)(b - '0'));
            if (d <= 9)
            {
                if (++digits > FastDigits)
                {
                    return false;
                }

                value = unchecked((value * 10) + d);
            }
            else if (b == (byte)'.' && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        scale = point < 0 ? 0 : end - point - 1;
        mantissa = negative ? -value : value;
        return true;
    }

    /// <summary>The white space <see cref="NumberStyles.AllowLeadingWhite"/> allows: U+0009 to U+000D and the space.</summary>
    private static bool IsNumberWhite(byte b) => b == (byte)' ' || (b >= 0x09 && b <= 0x0D);

    /// <summary>The exact mantissa and scale of <paramref name="value"/>.</summary>
    public static (Int128 Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = unchecked(((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        return (bits[3] < 0 ? -magnitude : magnitude, scale);
    }

    /// <summary>As <see cref="TryToDecimal(Int128, int, out decimal)"/>, for a total that fits in a <see cref="long"/> (the common case, always exact up to 28 decimal places).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryToDecimal(long mantissa, int scale, out decimal value)
    {
        if (scale is >= 0 and <= 28)
        {
            var negative = mantissa < 0;
            var magnitude = negative ? unchecked((ulong)-(mantissa + 1) + 1) : (ulong)mantissa;
            value = new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, negative, (byte)scale);
            return true;
        }

        return TryToDecimal((Int128)mantissa, scale, out value);
    }

    /// <summary>
    /// <paramref name="mantissa"/> / 10^<paramref name="scale"/> as a <see cref="decimal"/>: exact
    /// when the mantissa fits in decimal's 96 bits, otherwise rounded (half to even, as decimal
    /// addition rounds) to fewer decimal places until it fits.
    /// </summary>
    /// <returns>False when even the whole part is beyond the range of <see cref="decimal"/>.</returns>
    public static bool TryToDecimal(Int128 mantissa, int scale, out decimal value)
    {
        var negative = mantissa < 0;
        var magnitude = (UInt128)(negative ? -mantissa : mantissa);
        UInt128 max = ((UInt128)1 << 96) - 1;
        while (scale > 28 || magnitude > max)
        {
            if (scale == 0)
            {
                value = 0;
                return false;
            }

            var quotient = magnitude / 10;
            var remainder = magnitude % 10;
            if (remainder > 5 || (remainder == 5 && (quotient & 1) == 1))
            {
                quotient++;
            }

            magnitude = quotient;
            scale--;
        }

        value = unchecked(new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale));
        return true;
    }

    private static long[] CreatePowers()
    {
        var powers = new long[FastDigits + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
