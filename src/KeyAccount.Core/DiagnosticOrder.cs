using System;
using System.Collections.Generic;

namespace KeyAccount.Core;

/// <summary>
/// The order of a validator's diagnostics: by path, then code, then the order in which the checks
/// found them. Paths compare naturally: runs of digits as numbers (so <c>goals[2]</c> comes before
/// <c>goals[10]</c>), other characters ordinally, a path before its extensions.
/// </summary>
internal static class DiagnosticOrder
{
    /// <summary>Sorts the diagnostics, found in <paramref name="found"/> order, into the documented order.</summary>
    public static Diagnostic[] Sort(List<Diagnostic> found)
    {
        var keys = new int[found.Count];
        var items = found.ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = i;
        }

        Array.Sort(keys, (a, b) =>
        {
            var byPath = ComparePaths(items[a].Path, items[b].Path);
            if (byPath != 0)
            {
                return byPath;
            }

            var byCode = string.CompareOrdinal(items[a].Code, items[b].Code);
            return byCode != 0 ? byCode : a.CompareTo(b);
        });

        var sorted = new Diagnostic[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[i] = items[keys[i]];
        }

        return sorted;
    }

    /// <summary>Natural comparison of two paths.</summary>
    public static int ComparePaths(string x, string y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (IsAsciiDigit(x[i]) && IsAsciiDigit(y[j]))
            {
                var startI = i;
                var startJ = j;
                while (i < x.Length && x[i] == '0')
                {
                    i++;
                }

                while (j < y.Length && y[j] == '0')
                {
                    j++;
                }

                var digitsI = i;
                var digitsJ = j;
                while (i < x.Length && IsAsciiDigit(x[i]))
                {
                    i++;
                }

                while (j < y.Length && IsAsciiDigit(y[j]))
                {
                    j++;
                }

                var lengthI = i - digitsI;
                var lengthJ = j - digitsJ;
                if (lengthI != lengthJ)
                {
                    return lengthI.CompareTo(lengthJ);
                }

                var digits = string.CompareOrdinal(x, digitsI, y, digitsJ, lengthI);
                if (digits != 0)
                {
                    return digits;
                }

                var zeros = (digitsI - startI).CompareTo(digitsJ - startJ);
                if (zeros != 0)
                {
                    return zeros;
                }

                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}
