using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Json;

/// <summary>
/// How one document type is versioned: its current format version and the upgraders that turn a
/// document of each older version into the next version, on the JSON tree before it is bound.
/// </summary>
/// <remarks>
/// <c>Upgraders[i]</c> turns a version <c>i + 1</c> document into version <c>i + 2</c>, so there is
/// exactly one upgrader per version before <see cref="Current"/>. An upgrader receives the root
/// object and returns the object to continue with (it may change the one it receives); it never
/// sets <c>formatVersion</c>, which the reader sets.
/// </remarks>
internal sealed class DocumentVersioning
{
    private readonly Func<DocumentVersioning, Func<JsonSerializerOptions>, JsonConverter> _converter;

    private DocumentVersioning(Type documentType, int current, IReadOnlyList<Func<JsonObject, JsonObject>> upgraders, Func<DocumentVersioning, Func<JsonSerializerOptions>, JsonConverter> converter)
    {
        if (current < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(current), current, "A document's current format version is 1 or more.");
        }

        if (upgraders.Count != current - 1)
        {
            throw new ArgumentException($"{documentType.Name} is at version {current} and needs {current - 1} {(current == 2 ? "upgrader" : "upgraders")}, one per older version; {upgraders.Count} {(upgraders.Count == 1 ? "was" : "were")} given.", nameof(upgraders));
        }

        DocumentType = documentType;
        Current = current;
        Upgraders = upgraders;
        _converter = converter;
    }

    /// <summary>The document type.</summary>
    public Type DocumentType { get; }

    /// <summary>The version this release writes and the newest it reads.</summary>
    public int Current { get; }

    /// <summary>One upgrader per older version, oldest first.</summary>
    public IReadOnlyList<Func<JsonObject, JsonObject>> Upgraders { get; }

    /// <summary>A document type that has never changed: version 1, no upgraders.</summary>
    public static DocumentVersioning Unchanged<T>()
        where T : class, IKeyAccountDocument
        => Of<T>(1);

    /// <summary>A document type at <paramref name="current"/> with its upgraders, oldest first.</summary>
    public static DocumentVersioning Of<T>(int current, params Func<JsonObject, JsonObject>[] upgraders)
        where T : class, IKeyAccountDocument
        => new(typeof(T), current, upgraders, static (versioning, inner) => new VersionedDocumentConverter<T>(versioning, inner));

    /// <summary>The converter that checks and upgrades this type, binding with the options <paramref name="inner"/> gives.</summary>
    public JsonConverter CreateConverter(Func<JsonSerializerOptions> inner) => _converter(this, inner);
}
