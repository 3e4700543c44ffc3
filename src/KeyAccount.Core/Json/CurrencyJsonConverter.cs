using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Json;

/// <summary>Reads and writes a <see cref="Currency"/> as its ISO 4217 code string.</summary>
internal sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A currency must be a JSON string with an ISO 4217 code, but was {JsonTokenKinds.Of(reader.TokenType)}.");
        }

        var text = reader.GetString() ?? string.Empty;
        try
        {
            return new Currency(text);
        }
        catch (ArgumentException)
        {
            throw new JsonException($"'{text}' is not a currency code: it must be three letters (ISO 4217), such as EUR.");
        }
    }

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write default(Currency): it is not a valid currency.");
        }

        writer.WriteStringValue(value.Code);
    }
}
