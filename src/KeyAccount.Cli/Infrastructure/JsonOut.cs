using System;
using System.IO;
using System.Text;
using System.Text.Json;
using KeyAccount.Core.Json;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>Writes a command's JSON output: one indented object, library values in the library's own JSON format.</summary>
internal static class JsonOut
{
    /// <summary>Writes one JSON object built by <paramref name="body"/> to <paramref name="output"/>.</summary>
    public static void WriteObject(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes a property whose value is a library type, serialized by <see cref="KeyAccountJson"/>.</summary>
    public static void WriteLibraryValue<T>(Utf8JsonWriter json, string name, T value)
    {
        json.WritePropertyName(name);
        JsonSerializer.Serialize(json, value, KeyAccountJson.TypeInfo<T>());
    }
}
