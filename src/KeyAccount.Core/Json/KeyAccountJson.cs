using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using NodaTime.Serialization.SystemTextJson;

namespace KeyAccount.Core.Json;

/// <summary>
/// The one entry point for reading and writing the library's JSON documents.
/// </summary>
/// <remarks>
/// <para>
/// Settings, the same for every document: camelCase property names; enums as their names;
/// NodaTime values as ISO strings (<c>LocalDate</c> <c>"2026-03-31"</c>, <c>Instant</c>
/// <c>"2026-03-31T12:00:00Z"</c>, <c>DateInterval</c> <c>"2026-01-01/2026-12-31"</c> with both ends
/// inclusive, <c>Period</c> <c>"P3M"</c>, <c>Duration</c> <c>"1:00:00:00"</c>); decimals as JSON
/// numbers; unknown properties, missing required properties and nulls where a value is required
/// are errors; comments and trailing commas are allowed when reading. Metadata is source-generated,
/// so the library works trimmed and under native AOT.
/// </para>
/// <para>
/// Documents (types implementing <see cref="IKeyAccountDocument"/>) carry a
/// <c>formatVersion</c>. A document without one is read as version 1; a document newer than
/// <see cref="DocumentFormat.CurrentVersion"/> is refused with a <see cref="JsonException"/>, and
/// older versions are upgraded when read.
/// </para>
/// <para>
/// Errors in a document surface as <see cref="JsonException"/>. A document that is not JSON, or
/// whose values have the wrong JSON type, gives the JSON path (for example
/// <c>$.goals[2].deadline</c>) and line in <see cref="JsonException.Path"/> and the message. A value
/// of the right type that a library constructor refuses (a negative budget, an empty id) gives a
/// <see cref="JsonException"/> whose message is the constructor's, naming the parameter, with the
/// <see cref="ArgumentException"/> as its inner exception.
/// </para>
/// </remarks>
public static class KeyAccountJson
{
    private static readonly Lazy<JsonSerializerOptions> LazyOptions = new(() => CreateOptions(DocumentVersions.All));

    /// <summary>
    /// The serializer options for every library type; read-only. Pass them to
    /// <see cref="JsonSerializer"/> to embed library types in your own documents.
    /// </summary>
    public static JsonSerializerOptions Options => LazyOptions.Value;

    /// <summary>Writes a library value as JSON text.</summary>
    /// <typeparam name="T">A library type registered for JSON (documents, results, building blocks).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a library JSON type.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Writes a library value as UTF-8 JSON bytes.</summary>
    /// <typeparam name="T">A library type registered for JSON.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The UTF-8 bytes, indented.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a library JSON type.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    /// <summary>Writes a library value as UTF-8 JSON to a stream the caller owns.</summary>
    /// <typeparam name="T">A library type registered for JSON.</typeparam>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a library JSON type.</exception>
    public static void Serialize<T>(Stream utf8Json, T value)
    {
        Guard.Against.Null(utf8Json, nameof(utf8Json));
        JsonSerializer.Serialize(utf8Json, value, TypeInfo<T>());
    }

    /// <summary>Reads a library value from JSON text.</summary>
    /// <typeparam name="T">A library type registered for JSON.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON, or does not describe a <typeparamref name="T"/> (the message gives the JSON path), or holds a value a constructor refuses, or is the literal <c>null</c>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a library JSON type.</exception>
    public static T Deserialize<T>(string json)
    {
        Guard.Against.Null(json, nameof(json));
        var typeInfo = TypeInfo<T>();
        return Checked(Read(() => JsonSerializer.Deserialize(json, typeInfo)));
    }

    /// <summary>Reads a library value from UTF-8 JSON bytes.</summary>
    /// <typeparam name="T">A library type registered for JSON.</typeparam>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The bytes are not valid JSON, or do not describe a <typeparamref name="T"/> (the message gives the JSON path), or are the literal <c>null</c>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a library JSON type.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
    {
        var typeInfo = TypeInfo<T>();
        try
        {
            return Checked(JsonSerializer.Deserialize(utf8Json, typeInfo));
        }
        catch (ArgumentException ex)
        {
            throw InvalidValue<T>(ex);
        }
    }

    /// <summary>Reads a library value from a UTF-8 JSON stream the caller owns.</summary>
    /// <typeparam name="T">A library type registered for JSON.</typeparam>
    /// <param name="utf8Json">The stream to read to its end; it is not closed.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream is not valid JSON, or does not describe a <typeparamref name="T"/> (the message gives the JSON path), or is the literal <c>null</c>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a library JSON type.</exception>
    public static T Deserialize<T>(Stream utf8Json)
    {
        Guard.Against.Null(utf8Json, nameof(utf8Json));
        var typeInfo = TypeInfo<T>();
        return Checked(Read(() => JsonSerializer.Deserialize(utf8Json, typeInfo)));
    }

    /// <summary>The source-generated metadata for <typeparamref name="T"/> under <see cref="Options"/>.</summary>
    /// <typeparam name="T">A library type registered for JSON.</typeparam>
    /// <returns>The metadata, for <see cref="JsonSerializer"/> overloads that take a <see cref="JsonTypeInfo{T}"/>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a library JSON type.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>()
    {
        if (!Options.TryGetTypeInfo(typeof(T), out var info))
        {
            throw new NotSupportedException(
                $"{typeof(T).FullName} is not a KeyAccount.Core JSON type. Only the library's documents, results and building blocks are registered.");
        }

        return (JsonTypeInfo<T>)info;
    }

    private static T? Read<T>(Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (ArgumentException ex)
        {
            throw InvalidValue<T>(ex);
        }
    }

    private static JsonException InvalidValue<T>(ArgumentException ex) =>
        new($"{(typeof(IKeyAccountDocument).IsAssignableFrom(typeof(T)) ? $"The {typeof(T).Name} document" : $"The JSON read as a {typeof(T).Name}")} holds a value the library refuses: {ex.Message}", ex);

    private static T Checked<T>(T? value)
    {
        if (value is null)
        {
            throw new JsonException($"The JSON document is null; a value of type {typeof(T).Name} was expected.", "$", lineNumber: null, bytePositionInLine: null);
        }

        if (value is IKeyAccountDocument document)
        {
            // Each document type has its own current version (an account is at 2 while most are at 1).
            var newest = DocumentVersions.All.TryGetValue(typeof(T), out var versioning) ? versioning.Current : DocumentFormat.CurrentVersion;
            DocumentFormat.EnsureReadable(document.FormatVersion, typeof(T).Name, newest);
        }

        return value;
    }

    /// <summary>
    /// The library's options with a versioned converter for each document type of
    /// <paramref name="versions"/>. Each converter binds its document with options that hold the
    /// other documents' converters but not its own, so a document nested in another is checked too.
    /// </summary>
    internal static JsonSerializerOptions CreateOptions(IReadOnlyDictionary<Type, DocumentVersioning> versions)
    {
        var options = CreateBaseOptions();
        foreach (var versioning in versions.Values)
        {
            options.Converters.Add(CreateConverter(versioning, versions));
        }

        options.MakeReadOnly();
        return options;
    }

    private static JsonConverter CreateConverter(DocumentVersioning versioning, IReadOnlyDictionary<Type, DocumentVersioning> versions)
    {
        // The inner options: every other document's converter, not this one's.
        var inner = new Lazy<JsonSerializerOptions>(() =>
        {
            var options = CreateBaseOptions();
            foreach (var other in versions.Values)
            {
                if (other.DocumentType != versioning.DocumentType)
                {
                    options.Converters.Add(CreateConverter(other, versions));
                }
            }

            options.MakeReadOnly();
            return options;
        });
        return versioning.CreateConverter(() => inner.Value);
    }

    private static JsonSerializerOptions CreateBaseOptions()
    {
        var options = new JsonSerializerOptions(KeyAccountJsonContext.Default.Options)
        {
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(NodaTimeConverters.Instance);
        return options;
    }

    /// <summary>
    /// NodaTime's converters (NodaTime.Serialization.SystemTextJson), each taken only when a value
    /// of its type is first read or written. Touching <see cref="NodaConverters"/> builds every
    /// NodaTime pattern at once, about a thousand methods to compile; a command that writes no
    /// NodaTime value (the 20/80 figures of a sales export) never pays for it.
    /// </summary>
    private sealed class NodaTimeConverters : JsonConverterFactory
    {
        public static readonly NodaTimeConverters Instance = new();

        private static readonly Dictionary<Type, Func<JsonConverter>> ByType = new()
        {
            [typeof(NodaTime.LocalDate)] = () => NodaConverters.LocalDateConverter,
            [typeof(NodaTime.LocalDateTime)] = () => NodaConverters.LocalDateTimeConverter,
            [typeof(NodaTime.LocalTime)] = () => NodaConverters.LocalTimeConverter,
            [typeof(NodaTime.YearMonth)] = () => NodaConverters.YearMonthConverter,
            [typeof(NodaTime.AnnualDate)] = () => NodaConverters.AnnualDateConverter,
            [typeof(NodaTime.Instant)] = () => NodaConverters.InstantConverter,
            [typeof(NodaTime.Offset)] = () => NodaConverters.OffsetConverter,
            [typeof(NodaTime.OffsetDateTime)] = () => NodaConverters.OffsetDateTimeConverter,
            [typeof(NodaTime.DateInterval)] = () => NodaConverters.IsoDateIntervalConverter,
            [typeof(NodaTime.Interval)] = () => NodaConverters.IsoIntervalConverter,
            [typeof(NodaTime.Period)] = () => NodaConverters.RoundtripPeriodConverter,
            [typeof(NodaTime.Duration)] = () => NodaConverters.RoundtripDurationConverter,
        };

        private NodaTimeConverters()
        {
        }

        public override bool CanConvert(Type typeToConvert) => ByType.ContainsKey(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => ByType[typeToConvert]();
    }
}
