using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core.Planning;

/// <summary>Structural checks of the plan model: the only things the model itself refuses.</summary>
internal static class PlanGuard
{
    /// <summary>
    /// Returns a copy of <paramref name="items"/>, or an empty list for null (a list left out of a
    /// JSON document reaches the model as null), after checking that no entry is null. The copy
    /// keeps the model immutable when the caller later changes the list it passed in.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is null; the message names its position.</exception>
    public static IReadOnlyList<T> Items<T>(IReadOnlyList<T>? items, string parameterName)
        where T : class
    {
        if (items is null || items.Count == 0)
        {
            return Array.Empty<T>();
        }

        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i] ?? throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}[{1}] is null; a plan's lists hold no null entries.", parameterName, i), parameterName);
        }

        return copy;
    }

    /// <summary>Returns <paramref name="value"/> when it is not null.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public static T NotNull<T>(T? value, string parameterName)
        where T : class
        => value ?? throw new ArgumentNullException(parameterName);
}
