using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>What a mutation does to the value at one place of a JSON document.</summary>
public enum JsonMutationKind
{
    /// <summary>The value becomes <c>null</c>.</summary>
    Null,

    /// <summary>The property or array entry is removed.</summary>
    Delete,

    /// <summary>A value of another JSON type: a string for a number, a number for a string, an array for an object.</summary>
    WrongType,

    /// <summary><c>1e400</c>: beyond every .NET number type.</summary>
    HugeNumber,

    /// <summary><c>79228162514264337593543950335</c>: decimal's maximum, so sums overflow.</summary>
    DecimalMaximum,

    /// <summary><c>-1</c>.</summary>
    Negative,

    /// <summary><c>1e-28</c>: the smallest positive decimal, a divisor whose quotients overflow.</summary>
    SmallestDecimal,

    /// <summary><c>0.30000000000000004</c>: float noise from a script.</summary>
    FloatNoise,

    /// <summary>An enum name that does not exist.</summary>
    BadEnum,

    /// <summary>An enum given as an integer outside its values.</summary>
    EnumAsInteger,

    /// <summary>A date that is not in the calendar.</summary>
    BadDate,

    /// <summary>An interval whose end is before its start.</summary>
    ReversedInterval,

    /// <summary>A negative period written the wrong way (<c>-P1M</c>).</summary>
    BadPeriod,

    /// <summary>The property written twice (the second with another value).</summary>
    DuplicateKey,

    /// <summary>A string of 100,000 characters.</summary>
    LongString,

    /// <summary>The empty string.</summary>
    EmptyString,

    /// <summary>An array or object nested 200 deep.</summary>
    DeepNesting,
}

/// <summary>A place in a JSON document: the object or array that holds the value, and the key or index.</summary>
public sealed record JsonPlace(JsonNode Parent, string? Key, int Index, string Path);

/// <summary>Mutates JSON documents at any place and writes them out (with duplicate keys, which <see cref="JsonNode"/> cannot hold).</summary>
public static class JsonMutation
{
    /// <summary>Every place of <paramref name="root"/>, depth first.</summary>
    public static IReadOnlyList<JsonPlace> Places(JsonNode root)
    {
        var places = new List<JsonPlace>();
        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        places.Add(new JsonPlace(o, key, -1, value?.GetPath() ?? o.GetPath() + "." + key));
                        if (value is not null)
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        places.Add(new JsonPlace(a, null, i, a.GetPath() + "[" + i + "]"));
                        if (a[i] is { } item)
                        {
                            Walk(item);
                        }
                    }

                    break;
            }
        }

        Walk(root);
        return places;
    }

    /// <summary>The raw JSON that replaces the value at a place for <paramref name="kind"/> (null for <see cref="JsonMutationKind.Delete"/>).</summary>
    public static string? Replacement(JsonMutationKind kind, JsonNode? current) => kind switch
    {
        JsonMutationKind.Null => "null",
        JsonMutationKind.Delete => null,
        JsonMutationKind.WrongType => current?.GetValueKind() switch
        {
            JsonValueKind.String => "12",
            JsonValueKind.Number => "\"12\"",
            JsonValueKind.Object => "[1]",
            JsonValueKind.Array => "{\"a\":1}",
            JsonValueKind.True or JsonValueKind.False => "\"yes\"",
            _ => "{}",
        },
        JsonMutationKind.HugeNumber => "1e400",
        JsonMutationKind.DecimalMaximum => "79228162514264337593543950335",
        JsonMutationKind.Negative => "-1",
        JsonMutationKind.SmallestDecimal => "1e-28",
        JsonMutationKind.FloatNoise => "0.30000000000000004",
        JsonMutationKind.BadEnum => "\"NoSuchName\"",
        JsonMutationKind.EnumAsInteger => "77",
        JsonMutationKind.BadDate => "\"2026-02-30\"",
        JsonMutationKind.ReversedInterval => "\"2026-12-31/2026-01-01\"",
        JsonMutationKind.BadPeriod => "\"-P1M\"",
        JsonMutationKind.DuplicateKey => current?.ToJsonString() ?? "null",
        JsonMutationKind.LongString => "\"" + new string('z', 100_000) + "\"",
        JsonMutationKind.EmptyString => "\"\"",
        JsonMutationKind.DeepNesting => string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary><paramref name="root"/> as JSON text with <paramref name="kind"/> applied at <paramref name="place"/>.</summary>
    public static string Apply(JsonNode root, JsonPlace place, JsonMutationKind kind)
    {
        var current = place.Key is { } key ? place.Parent.AsObject()[key] : place.Parent.AsArray()[place.Index];
        var replacement = Replacement(kind, current);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            Write(writer, root, place, kind, replacement);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary><paramref name="root"/> as JSON text with the value at <paramref name="place"/> replaced by the raw JSON <paramref name="replacement"/>.</summary>
    public static string ApplyRaw(JsonNode root, JsonPlace place, string replacement)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            // Null is a plain replacement: neither a deletion nor a second key.
            Write(writer, root, place, JsonMutationKind.Null, replacement);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node, JsonPlace place, JsonMutationKind kind, string? replacement)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o)
                {
                    var here = ReferenceEquals(o, place.Parent) && key == place.Key;
                    if (here && kind == JsonMutationKind.Delete)
                    {
                        continue;
                    }

                    writer.WritePropertyName(key);
                    if (here && kind == JsonMutationKind.DuplicateKey)
                    {
                        // The first copy is replaced by null, so a reader that keeps the last loses the data, one that keeps the first differs.
                        writer.WriteRawValue("null", skipInputValidation: true);
                        writer.WritePropertyName(key);
                        Write(writer, value, place, kind, replacement);
                    }
                    else if (here)
                    {
                        writer.WriteRawValue(replacement!, skipInputValidation: true);
                    }
                    else
                    {
                        Write(writer, value, place, kind, replacement);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                for (var i = 0; i < a.Count; i++)
                {
                    var here = ReferenceEquals(a, place.Parent) && i == place.Index;
                    if (here && kind == JsonMutationKind.Delete)
                    {
                        continue;
                    }

                    if (here && kind == JsonMutationKind.DuplicateKey)
                    {
                        // In an array: the entry twice (a client listed twice).
                        Write(writer, a[i], place, kind, replacement);
                        Write(writer, a[i], place, kind, replacement);
                    }
                    else if (here)
                    {
                        writer.WriteRawValue(replacement!, skipInputValidation: true);
                    }
                    else
                    {
                        Write(writer, a[i], place, kind, replacement);
                    }
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
