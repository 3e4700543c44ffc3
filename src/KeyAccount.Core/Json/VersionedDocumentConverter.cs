using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KeyAccount.Core.Json;

/// <summary>
/// Reads a top-level document's <c>formatVersion</c> before anything else: refuses a version newer
/// than the library's or below 1, reads the current version directly, and passes an older one
/// through its upgraders on the JSON tree before binding it. Registered in
/// <see cref="KeyAccountJson.Options"/> for every type of <see cref="DocumentVersions"/>, so the
/// check holds on every route into the library's options.
/// </summary>
internal sealed class VersionedDocumentConverter<T> : JsonConverter<T>
    where T : class, IKeyAccountDocument
{
    private const string VersionProperty = "formatVersion";
    private readonly DocumentVersioning _versioning;
    private readonly Lazy<JsonTypeInfo<T>> _inner;

    /// <param name="versioning">The type's versioning.</param>
    /// <param name="inner">The options that bind the document itself (without this converter).</param>
    public VersionedDocumentConverter(DocumentVersioning versioning, Func<JsonSerializerOptions> inner)
    {
        _versioning = versioning;
        _inner = new Lazy<JsonTypeInfo<T>>(() => (JsonTypeInfo<T>)inner().GetTypeInfo(typeof(T)));
    }

    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The document is bound by a serializer call of its own, whose paths start at this
        // document: "$.people" where the reader of the containing document is at "$.relationships".
        // A nested document hands its relative path up (and the containing one's serializer adds
        // where it is); the top-level document joins the two, so the path names the place in the
        // whole text ("$.relationships.people").
        var nested = reader.CurrentDepth > 0;
        try
        {
            return ReadDocument(ref reader);
        }
        catch (JsonException ex) when (ex.Path is not null || ex.Data.Contains(NestedPathKey))
        {
            var path = Join(ex.Path ?? "$", ex.Data[NestedPathKey] as string);
            var message = WithoutPathTail(ex.Message);
            if (!nested)
            {
                throw path == ex.Path && message == ex.Message ? ex : new JsonException(message, path, ex.LineNumber, ex.BytePositionInLine, ex);
            }

            var handedUp = new JsonException(message, path: null, ex.LineNumber, ex.BytePositionInLine, ex);
            handedUp.Data[NestedPathKey] = path;
            throw handedUp;
        }
    }

    /// <summary>The key of <see cref="Exception.Data"/> under which a nested document's exception carries its path relative to that document.</summary>
    private const string NestedPathKey = "KeyAccount.Core.Json.NestedPath";

    /// <summary><paramref name="outer"/> followed by <paramref name="inner"/> (both <c>$</c>-rooted); <paramref name="outer"/> when there is no inner path.</summary>
    private static string Join(string outer, string? inner) =>
        inner is null || inner == "$" ? outer : outer == "$" ? inner : outer + inner.TrimStart('$');

    /// <summary>The serializer's message without its " Path: $.x | LineNumber: ..." tail, which names the path relative to a nested document.</summary>
    private static string WithoutPathTail(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private T? ReadDocument(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(string.Format(CultureInfo.InvariantCulture, "The {0} document must be a JSON object; found {1}.", typeof(T).Name, JsonTokenKinds.Of(reader.TokenType)));
        }

        var version = FindVersion(reader);
        if (version > _versioning.Current)
        {
            throw VersionError(string.Format(CultureInfo.InvariantCulture, "The {0} document has format version {1}, newer than {2}, the newest this release of KeyAccount.Core reads; upgrade the library.", typeof(T).Name, version, _versioning.Current));
        }

        if (version < 1)
        {
            throw VersionError(string.Format(CultureInfo.InvariantCulture, "The {0} document has format version {1}; versions start at 1.", typeof(T).Name, version));
        }

        if (version == _versioning.Current)
        {
            return JsonSerializer.Deserialize(ref reader, _inner.Value);
        }

        // The tree of an older version is built before binding; a property given twice would fail
        // there without its path, so it is refused first, where the serializer refuses it for the
        // current version.
        RefuseDuplicates(reader);
        var node = JsonNode.Parse(ref reader, new JsonNodeOptions { PropertyNameCaseInsensitive = false }) as JsonObject
            ?? throw new JsonException($"The {typeof(T).Name} document must be a JSON object.");
        for (var from = version; from < _versioning.Current; from++)
        {
            node = _versioning.Upgraders[from - 1](node);
        }

        node[VersionProperty] = _versioning.Current;
        try
        {
            return node.Deserialize(_inner.Value);
        }
        catch (JsonException ex) when (ex.LineNumber is not null)
        {
            // The upgraded tree is read from a compact copy of its own: the line and byte position
            // the serializer found are in that copy, not in the reader's text. The path stands.
            throw new JsonException(WithoutPathTail(ex.Message), ex.Path, lineNumber: null, bytePositionInLine: null, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, _inner.Value);

    /// <summary>The document's version: 1 when it has none. Reads a copy of the reader, so the document is read only once more.</summary>
    private static int FindVersion(Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        int? found = null;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isVersion = reader.ValueTextEquals(VersionProperty);
            if (!reader.Read())
            {
                break;
            }

            if (isVersion)
            {
                if (found is not null)
                {
                    throw VersionError("The document gives formatVersion twice; give it once.");
                }

                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version))
                {
                    var given = reader.TokenType == JsonTokenType.Number
                        ? "the number " + Wording.Quote(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()))
                        : JsonTokenKinds.Of(reader.TokenType);
                    throw VersionError(string.Format(CultureInfo.InvariantCulture, "formatVersion must be a whole number such as 1; found {0}.", given));
                }

                found = version;
            }
            else
            {
                // The serializer buffers the whole value before it calls a custom converter, so
                // skipping never needs more input.
                reader.Skip();
            }
        }

        return found ?? 1;
    }

    /// <summary>
    /// Throws a <see cref="JsonException"/> at the path of the first property given twice in one
    /// object of the document (<c>$.accounts[0].client</c>). Reads a copy of the reader.
    /// </summary>
    private static void RefuseDuplicates(Utf8JsonReader reader)
    {
        var frames = new List<Frame>();
        var depth = reader.CurrentDepth;
        do
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var frame = frames[frames.Count - 1];
                    frame.Name = reader.GetString()!;
                    if (!frame.Names!.Add(frame.Name))
                    {
                        throw new JsonException(string.Format(CultureInfo.InvariantCulture, "Duplicate property '{0}' encountered during deserialization of type '{1}'.", frame.Name, typeof(T).FullName), Path(frames), lineNumber: null, bytePositionInLine: null);
                    }

                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    Element(frames);
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                default:
                    Element(frames);
                    break;
            }
        }
        while (frames.Count > 0 && reader.Read() && reader.CurrentDepth >= depth);

        static void Element(List<Frame> frames)
        {
            if (frames.Count > 0 && frames[frames.Count - 1].Names is null)
            {
                frames[frames.Count - 1].Index++;
            }
        }

        static string Path(List<Frame> frames)
        {
            var path = new System.Text.StringBuilder("$");
            foreach (var f in frames)
            {
                if (f.Names is null)
                {
                    path.Append('[').Append(f.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (f.Name is not null)
                {
                    path.Append('.').Append(f.Name);
                }
            }

            return path.ToString();
        }
    }

    /// <summary>An object or array open while <see cref="RefuseDuplicates"/> reads: an object's names so far and its current one, or an array's current index.</summary>
    private sealed class Frame
    {
        public Frame(bool isArray) => Names = isArray ? null : new HashSet<string>(StringComparer.Ordinal);

        public HashSet<string>? Names { get; }

        public string? Name { get; set; }

        public int Index { get; set; } = -1;
    }

    private static JsonException VersionError(string message) => new(message, "$.formatVersion", lineNumber: null, bytePositionInLine: null);

}
