using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using NodaTime;

namespace KeyAccount.Core.Tests.Conventions;

/// <summary>
/// Reflection-driven values for constructor parameters: any value of the parameter's type (negative,
/// zero, huge, NaN and infinite numbers, blank strings, undefined enum values, empty and short
/// lists, nested library objects), except a null where the parameter is not nullable and a
/// <c>default</c> id. Seeded, so a failure repeats.
/// </summary>
internal static class ValueGenerator
{
    /// <summary>The key in <see cref="Exception.Data"/> of the nested type that could not be built.</summary>
    public const string NestedType = "NestedType";

    private const int MaxDepth = 3;
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Assembly Library = typeof(Diagnostic).Assembly;

    public static object? For(ParameterInfo parameter, Random random, int depth, bool tame = false)
    {
        var nullable = !parameter.ParameterType.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.Nullable;
        if (nullable && (depth >= MaxDepth || random.Next(4) == 0))
        {
            return null;
        }

        return Of(parameter.ParameterType, random, depth, tame);
    }

    /// <summary>The element and underlying types inside <paramref name="type"/> (lists, arrays, nullables), or the type itself.</summary>
    public static IEnumerable<Type> Unwrap(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Unwrap(underlying);
        }

        if (type.IsArray)
        {
            return Unwrap(type.GetElementType()!);
        }

        if (type.IsGenericType && type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.GetGenericArguments().SelectMany(Unwrap);
        }

        return new[] { type };
    }

    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static object? Of(Type type, Random random, int depth, bool tame)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return random.Next(4) == 0 ? null : Of(underlying, random, depth, tame);
        }

        if (type == typeof(int))
        {
            return tame ? random.Next(1, 5) : Pick(random, 0, 1, -1, int.MaxValue, int.MinValue, random.Next(-1000, 1000));
        }

        if (type == typeof(long))
        {
            return tame ? (long)random.Next(1, 5) : Pick(random, 0L, -1L, long.MaxValue, long.MinValue, (long)random.Next());
        }

        if (type == typeof(decimal))
        {
            return tame ? (decimal)random.Next(1, 100) : Pick(random, 0m, -1m, 0.5m, -12345.67m, decimal.MaxValue, decimal.MinValue, (decimal)random.Next(-100000, 100000));
        }

        if (type == typeof(double))
        {
            return tame ? random.NextDouble() : Pick(random, 0d, -1d, 0.5d, 1.5d, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, -random.NextDouble());
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type == typeof(string))
        {
            return tame ? "x" : Pick(random, string.Empty, " ", "x", "Rival Press", "é", new string('a', 300));
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return tame ? values.GetValue(0) : Enum.ToObject(type, random.Next(-2, values.Length + 3));
        }

        if (type == typeof(ClientId))
        {
            return new ClientId("c" + random.Next(4).ToString(CultureInfo.InvariantCulture));
        }

        if (type == typeof(Currency))
        {
            return Pick(random, Currency.Eur, new Currency("USD"));
        }

        if (type == typeof(LocalDate))
        {
            return new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 3000));
        }

        if (type == typeof(DateInterval))
        {
            var start = new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 3000));
            return new DateInterval(start, start.PlusDays(random.Next(0, 400)));
        }

        if (type == typeof(Period))
        {
            return tame ? Period.FromDays(random.Next(1, 30)) : Pick(random, Period.FromDays(random.Next(-30, 30)), Period.FromMonths(1), Period.FromHours(3), Period.Zero);
        }

        if (type == typeof(Duration))
        {
            return tame ? Duration.FromHours(random.Next(1, 100)) : Duration.FromHours(random.Next(-100, 10000));
        }

        if (type == typeof(Instant))
        {
            return Instant.FromUnixTimeSeconds(random.Next());
        }

        if (type.IsArray || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            var count = depth >= MaxDepth ? 0 : random.Next(0, 4);
            var array = Array.CreateInstance(element, count);
            for (var i = 0; i < count; i++)
            {
                array.SetValue(Of(element, random, depth + 1, tame), i);
            }

            return array;
        }

        if (type.Assembly == Library)
        {
            return Construct(type, random, depth + 1, tame);
        }

        throw new NotSupportedException("No generator for " + type);
    }

    /// <summary>A library object from its widest public constructor; when wild values make it throw, tame ones (a nested type of another area is checked on its own).</summary>
    private static object Construct(Type type, Random random, int depth, bool tame)
    {
        var constructor = type.GetConstructors()
            .Where(c => !(c.GetParameters() is { Length: 1 } p && p[0].ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault() ?? throw new NotSupportedException("No public constructor on " + type);
        for (var attempt = 0; ; attempt++)
        {
            var useTame = tame || attempt >= 5;
            try
            {
                return constructor.Invoke(constructor.GetParameters().Select(p => For(p, random, depth, useTame)).ToArray());
            }
            catch (TargetInvocationException ex)
            {
                if (attempt >= 10)
                {
                    // A nested value that cannot be built even from tame values: its own type breaks the convention.
                    throw new InvalidOperationException($"new {type.Name}(...) throws {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}", ex.InnerException) { Data = { [NestedType] = type } };
                }
            }
        }
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
