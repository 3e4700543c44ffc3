using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core.Planning;

/// <summary>Structural checks of the plan model: the only things the model itself refuses.</summary>
internal static class PlanGuard
{
    /// <summary>
    /// Returns <paramref name="items"/>, or an empty list for null (a list left out of a JSON
    /// document reaches the model as null), after checking that no entry is null.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is null; the message names its position.</exception>
    public static IReadOnlyList<T> Items<T>(IReadOnlyList<T>? items, string parameterName)
        where T : class
    {
        if (items is null)
        {
            return Array.Empty<T>();
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}[{1}] is null; a plan's lists hold no null entries.", parameterName, i), parameterName);
            }
        }

        return items;
    }

    /// <summary>Returns <paramref name="value"/> when it is not null.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public static T NotNull<T>(T? value, string parameterName)
        where T : class
        => value ?? throw new ArgumentNullException(parameterName);
}
