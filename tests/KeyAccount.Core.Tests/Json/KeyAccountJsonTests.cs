using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.Tests.Json;

[Properties(Arbitrary = new[] { typeof(Generators) })]
public class KeyAccountJsonTests
{
    [Property]
    public bool ClientId_round_trips(ClientId id) =>
        KeyAccountJson.Deserialize<ClientId>(KeyAccountJson.Serialize(id)) == id;

    [Property]
    public bool Money_round_trips_exactly(Money money)
    {
        var back = KeyAccountJson.Deserialize<Money>(KeyAccountJson.Serialize(money));
        return back == money && back.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)
            == money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Property]
    public bool Diagnostic_round_trips(NonEmptyString code, DiagnosticSeverity severity, string? path, NonEmptyString message)
    {
        if (string.IsNullOrWhiteSpace(code.Get) || string.IsNullOrWhiteSpace(message.Get) || !Enum.IsDefined(severity))
        {
            return true;
        }

        var diagnostic = new Diagnostic(code.Get, severity, path ?? string.Empty, message.Get);
        return KeyAccountJson.Deserialize<Diagnostic>(KeyAccountJson.Serialize(diagnostic)) == diagnostic;
    }

    [Fact]
    public void Money_is_written_with_camelCase_names_and_a_currency_code()
    {
        var json = KeyAccountJson.Serialize(new Money(12.50m, Currency.Eur));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(12.50m, doc.RootElement.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", doc.RootElement.GetProperty("currency").GetString());
    }

    [Fact]
    public void Enums_are_written_as_names()
    {
        var json = KeyAccountJson.Serialize(new Diagnostic("KAP001", DiagnosticSeverity.Warning, "goals[0]", "m"));
        Assert.Contains("\"severity\": \"Warning\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NodaTime_values_are_ISO_strings()
    {
        Assert.Equal("\"2026-03-31\"", KeyAccountJson.Serialize(new LocalDate(2026, 3, 31)));
        Assert.Equal("\"2026-01-01/2026-12-31\"", KeyAccountJson.Serialize(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))));
        Assert.Equal("\"2026-03-31T12:00:00Z\"", KeyAccountJson.Serialize(Instant.FromUtc(2026, 3, 31, 12, 0)));
        Assert.Equal("\"P3M\"", KeyAccountJson.Serialize(Period.FromMonths(3)));
        Assert.Equal(new LocalDate(2026, 3, 31), KeyAccountJson.Deserialize<LocalDate>("\"2026-03-31\""));
    }

    [Fact]
    public void A_malformed_value_fails_with_its_path()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<Money>("{\"amount\": 1, \"currency\": \"EURO\"}"));
        Assert.Equal("$.currency", ex.Path);
        Assert.Contains("EURO", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_is_an_error()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<Money>("{\"amount\": 1}"));
        Assert.Contains("currency", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_an_error()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<Money>("{\"amount\": 1, \"currency\": \"EUR\", \"amout\": 2}"));
        Assert.Contains("amout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_client_id_is_an_error()
    {
        Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<ClientId>("\"  \""));
    }

    [Fact]
    public void A_value_a_constructor_refuses_is_a_JsonException_naming_the_parameter()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<Diagnostic>(
            "{\"code\": \" \", \"severity\": \"Error\", \"path\": \"\", \"message\": \"m\"}"));
        Assert.IsAssignableFrom<ArgumentException>(ex.InnerException);
        Assert.Contains("code", ex.Message, StringComparison.Ordinal);
        var fromBytes = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<Diagnostic>(
            System.Text.Encoding.UTF8.GetBytes("{\"code\": \"K\", \"severity\": \"Error\", \"path\": \"\", \"message\": \"\"}")));
        Assert.Contains("message", fromBytes.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_document_is_an_error()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<Diagnostic>("null"));
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void Types_outside_the_library_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => KeyAccountJson.Serialize(new Uri("https://example.org")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(DocumentFormat.CurrentVersion + 1)]
    public void Unreadable_format_versions_are_refused_at_formatVersion(int version)
    {
        var ex = Assert.Throws<JsonException>(() => DocumentFormat.EnsureReadable(version, "Test"));
        Assert.Equal("$.formatVersion", ex.Path);
    }

    [Fact]
    public void The_current_format_version_is_readable()
    {
        DocumentFormat.EnsureReadable(DocumentFormat.CurrentVersion, "Test");
    }

    public static IEnumerable<object[]> DocumentTypes() =>
        typeof(KeyAccountJson).Assembly.GetExportedTypes()
            .Where(t => typeof(IKeyAccountDocument).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
            .Select(t => new object[] { t.FullName! });

    [Fact]
    public void Every_document_type_is_registered_for_JSON()
    {
        var missing = DocumentTypes()
            .Select(row => typeof(KeyAccountJson).Assembly.GetType((string)row[0])!)
            .Where(t => !KeyAccountJson.Options.TryGetTypeInfo(t, out _))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(missing);
    }
}
