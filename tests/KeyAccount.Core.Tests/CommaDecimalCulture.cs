using System;
using System.Globalization;

namespace KeyAccount.Core.Tests;

/// <summary>
/// Runs code under a culture that writes numbers the German way (decimal comma, dot between
/// thousands), to check that the library's texts do not depend on the current culture. The test
/// build runs in globalization-invariant mode, so the culture is made from the invariant one.
/// </summary>
internal static class CommaDecimalCulture
{
    public static T Run<T>(Func<T> action)
    {
        var previous = CultureInfo.CurrentCulture;
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = ".";
        german.NumberFormat.PercentSymbol = " %";
        try
        {
            CultureInfo.CurrentCulture = german;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
