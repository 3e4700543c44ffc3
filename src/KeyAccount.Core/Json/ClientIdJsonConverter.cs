using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Json;

/// <summary>Reads and writes a <see cref="ClientId"/> as a JSON string, also as a property name.</summary>
internal sealed class ClientIdJsonConverter : JsonConverter<ClientId>
{
    public override ClientId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A client id must be a JSON string, but was {JsonTokenKinds.Of(reader.TokenType)}.");
        }

        return Create(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, ClientId value, JsonSerializerOptions options)
    {
        RequireValid(value);
        writer.WriteStringValue(value.Value);
    }

    public override ClientId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Create(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, ClientId value, JsonSerializerOptions options)
    {
        RequireValid(value);
        writer.WritePropertyName(value.Value);
    }

    private static ClientId Create(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new JsonException("A client id must not be empty or white space.");
        }

        return new ClientId(text!);
    }

    private static void RequireValid(ClientId value)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write default(ClientId): it is not a valid client id.");
        }
    }
}
