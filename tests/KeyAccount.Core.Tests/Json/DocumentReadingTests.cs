using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Tests.Json;

/// <summary>
/// How a document is read, beyond the round trips: the three ways in (text, UTF-8 bytes, a
/// stream) agree; what is not a document, or not a version, is named by what it is; a key given
/// twice in an older version is refused at its full path before the upgraders see the tree; the
/// building blocks' converters say what they expected.
/// </summary>
public class DocumentReadingTests
{
    private const string Plan = "{ \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\" }";

    /// <summary>A plan whose current version is 2 and whose version 1 reads unchanged.</summary>
    private static readonly JsonSerializerOptions PlanAtVersion2 = KeyAccountJson.CreateOptions(new Dictionary<Type, DocumentVersioning>
    {
        [typeof(AccountPlan)] = DocumentVersioning.Of<AccountPlan>(2, v1 => v1),
    });

    public static IEnumerable<object[]> Readers() => new[]
    {
        new object[] { "text" },
        new object[] { "bytes" },
        new object[] { "stream" },
    };

    private static T Read<T>(string how, string json) => how switch
    {
        "text" => KeyAccountJson.Deserialize<T>(json),
        "bytes" => KeyAccountJson.Deserialize<T>(Encoding.UTF8.GetBytes(json).AsSpan()),
        _ => KeyAccountJson.Deserialize<T>(new MemoryStream(Encoding.UTF8.GetBytes(json))),
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Text_bytes_and_a_stream_read_the_same_document(string how)
    {
        var account = SampleAccounts.PublisherAndBookshop();
        var json = KeyAccountJson.Serialize(account);

        var read = Read<AccountDocument>(how, json);

        Assert.Equal(json, KeyAccountJson.Serialize(read));
    }

    [Fact]
    public void Text_bytes_and_a_stream_write_the_same_document()
    {
        var account = SampleAccounts.PublisherAndBookshop();
        var json = KeyAccountJson.Serialize(account);

        Assert.Equal(json, Encoding.UTF8.GetString(KeyAccountJson.SerializeToUtf8Bytes(account)));
        using var stream = new MemoryStream();
        KeyAccountJson.Serialize(stream, account);
        Assert.Equal(json, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Null_and_a_refused_value_fail_the_same_way_by_every_reader(string how)
    {
        var none = Assert.Throws<JsonException>(() => Read<AccountPlan>(how, "null"));
        Assert.Equal("The JSON document is null; a value of type AccountPlan was expected.", none.Message);
        Assert.Equal("$", none.Path);

        var refused = Assert.Throws<JsonException>(() => Read<Diagnostic>(how, "{\"code\": \" \", \"severity\": \"Error\", \"path\": \"\", \"message\": \"m\"}"));
        Assert.StartsWith("The JSON read as a Diagnostic holds a value the library refuses: ", refused.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(refused.InnerException);
        Assert.Contains("(Parameter 'code')", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readers_and_writers_refuse_null_arguments()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => KeyAccountJson.Deserialize<AccountPlan>((string)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => KeyAccountJson.Deserialize<AccountPlan>((Stream)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => KeyAccountJson.Serialize<AccountPlan>(null!, null!)).ParamName);
        var foreign = Assert.Throws<NotSupportedException>(() => KeyAccountJson.TypeInfo<Uri>());
        Assert.Equal("System.Uri is not a KeyAccount.Core JSON type. Only the library's documents, results and building blocks are registered.", foreign.Message);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("1", "a number")]
    [InlineData("\"plan\"", "a string")]
    [InlineData("true", "true or false")]
    [InlineData("false", "true or false")]
    public void A_document_that_is_not_an_object_is_named_by_what_it_is(string json, string found)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>(json));

        Assert.Equal("The AccountPlan document must be a JSON object; found " + found + ".", ex.Message);
        Assert.Equal("$", ex.Path);
    }

    [Theory]
    [InlineData("\"1\"", "a string")]
    [InlineData("true", "true or false")]
    [InlineData("null", "null")]
    [InlineData("{}", "an object")]
    [InlineData("[1]", "an array")]
    [InlineData("1.5", "the number '1.5'")]
    [InlineData("2147483648", "the number '2147483648'")]
    public void A_format_version_that_is_not_a_whole_number_is_named_by_what_it_is(string version, string found)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>(
            "{ \"client\": \"c\", \"formatVersion\": " + version + ", \"period\": \"2026-01-01/2026-12-31\" }"));

        Assert.Equal("formatVersion must be a whole number such as 1; found " + found + ".", ex.Message);
        Assert.Equal("$.formatVersion", ex.Path);
    }

    [Fact]
    public void A_format_version_given_twice_is_refused_even_when_both_agree()
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountPlan>(
            "{ \"formatVersion\": 1, \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\", \"formatVersion\": 1 }"));

        Assert.Equal("The document gives formatVersion twice; give it once.", ex.Message);
        Assert.Equal("$.formatVersion", ex.Path);
    }

    [Fact]
    public void A_format_version_in_a_nested_object_is_not_the_document_s()
    {
        // Only the document's own formatVersion counts: one inside a goal is an unknown property
        // of the goal, and the document itself has none, so it is version 1.
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountPlan>(
            "{ \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\", \"goals\": [ { \"formatVersion\": 9 } ] }", PlanAtVersion2));

        Assert.DoesNotContain("newer than", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.goals[0]", ex.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"client\": \"a\", \"client\": \"b\", \"period\": \"2026-01-01/2026-12-31\" }", "client", "$.client")]
    [InlineData("{ \"client\": \"c\", \"period\": \"2026-01-01/2026-12-31\", \"goals\": [ { \"id\": \"g\" }, { \"id\": \"h\", \"id\": \"i\" } ] }", "id", "$.goals[1].id")]
    [InlineData("{ \"client\": \"c\", \"x\": [ 1, [ 2, { \"a\": 1 } ], { \"a\": 1, \"b\": { \"a\": 2 }, \"a\": 3 } ] }", "a", "$.x[2].a")]
    [InlineData("{ \"client\": \"c\", \"x\": [ [ [ ] ], [ { \"k\": 1, \"k\": 2 } ] ] }", "k", "$.x[1][0].k")]
    public void A_key_given_twice_in_an_older_version_is_refused_at_its_full_path(string json, string key, string path)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountPlan>(json, PlanAtVersion2));

        Assert.Equal("Duplicate property '" + key + "' encountered during deserialization of type 'KeyAccount.Core.Planning.AccountPlan'.", ex.Message);
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void An_older_version_reads_as_the_current_one_when_nothing_changed_between_them()
    {
        var plan = SamplePlans.PublisherAndBookshop(new NodaTime.LocalDate(2026, 1, 1));
        var node = JsonNode.Parse(KeyAccountJson.Serialize(plan))!.AsObject();
        node["formatVersion"] = 1;

        var read = JsonSerializer.Deserialize<AccountPlan>(node.ToJsonString(), PlanAtVersion2)!;

        Assert.Equal(2, read.FormatVersion);
        node["formatVersion"] = 2;
        var current = JsonSerializer.Deserialize<AccountPlan>(node.ToJsonString(), PlanAtVersion2)!;
        Assert.Equal(JsonSerializer.Serialize(current, PlanAtVersion2), JsonSerializer.Serialize(read, PlanAtVersion2));
        Assert.NotEmpty(read.Goals);
    }

    [Fact]
    public void A_value_refused_inside_a_nested_document_is_named_at_its_path_in_the_whole_text()
    {
        var account = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();
        account["plan"]!["client"] = 12;

        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountDocument>(account.ToJsonString()));

        Assert.Equal("$.plan.client", ex.Path);
        Assert.Equal("A client id must be a JSON string, but was a number.", ex.Message);
    }

    [Theory]
    [InlineData("12", "A client id must be a JSON string, but was a number.")]
    [InlineData("\" \"", "A client id must not be empty or white space.")]
    [InlineData("\"\"", "A client id must not be empty or white space.")]
    public void A_client_id_that_is_not_one_is_named(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<ClientId>(json));
        Assert.Equal(message, ex.Message);
        Assert.Equal(new ClientId("a b"), KeyAccountJson.Deserialize<ClientId>("\" a b \""));
    }

    [Theory]
    [InlineData("978", "A currency must be a JSON string with an ISO 4217 code, but was a number.")]
    [InlineData("\"EURO\"", "'EURO' is not a currency code: it must be three letters (ISO 4217), such as EUR.")]
    [InlineData("\"\"", "'' is not a currency code: it must be three letters (ISO 4217), such as EUR.")]
    public void A_currency_that_is_not_one_is_named(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<Currency>(json));
        Assert.Equal(message, ex.Message);
        Assert.Equal(Currency.Eur, KeyAccountJson.Deserialize<Currency>("\"eur\""));
    }

    [Fact]
    public void Default_ids_and_currencies_are_not_written()
    {
        Assert.Equal("Cannot write default(ClientId): it is not a valid client id.", Assert.Throws<JsonException>(() => KeyAccountJson.Serialize(default(ClientId))).Message);
        Assert.Equal("Cannot write default(Currency): it is not a valid currency.", Assert.Throws<JsonException>(() => KeyAccountJson.Serialize(default(Currency))).Message);
        Assert.Equal("\"EUR\"", KeyAccountJson.Serialize(Currency.Eur));
    }

    [Fact]
    public void A_versioning_has_one_upgrader_per_older_version()
    {
        var none = Assert.Throws<ArgumentOutOfRangeException>(() => DocumentVersioning.Of<AccountPlan>(0));
        Assert.Equal("current", none.ParamName);
        Assert.StartsWith("A document's current format version is 1 or more.", none.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => DocumentVersioning.Of<AccountPlan>(3, v1 => v1));
        Assert.Equal("upgraders", missing.ParamName);
        Assert.StartsWith("AccountPlan is at version 3 and needs 2 upgraders, one per older version; 1 was given.", missing.Message, StringComparison.Ordinal);
        var extra = Assert.Throws<ArgumentException>(() => DocumentVersioning.Of<AccountPlan>(2, v1 => v1, v1 => v1));
        Assert.StartsWith("AccountPlan is at version 2 and needs 1 upgrader, one per older version; 2 were given.", extra.Message, StringComparison.Ordinal);
        Assert.Equal(1, DocumentVersioning.Unchanged<AccountPlan>().Current);
        Assert.Empty(DocumentVersioning.Unchanged<AccountPlan>().Upgraders);
    }

    [Fact]
    public void Every_registered_document_refuses_the_version_after_its_own()
    {
        foreach (var (type, versioning) in DocumentVersions.All)
        {
            var read = typeof(KeyAccountJson).GetMethod(nameof(KeyAccountJson.Deserialize), new[] { typeof(string) })!.MakeGenericMethod(type);
            var ex = Assert.Throws<System.Reflection.TargetInvocationException>(() => read.Invoke(null, new object[] { "{ \"formatVersion\": " + (versioning.Current + 1) + " }" }));
            var refused = Assert.IsType<JsonException>(ex.InnerException);
            Assert.Equal("$.formatVersion", refused.Path);
            Assert.Contains("newer than " + versioning.Current + ",", refused.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Every registered document as the library has it, except a plan at version 2 whose version 1 reads unchanged.</summary>
    private static JsonSerializerOptions WithPlanAtVersion2()
    {
        var versions = DocumentVersions.All.ToDictionary(p => p.Key, p => p.Value);
        versions[typeof(AccountPlan)] = DocumentVersioning.Of<AccountPlan>(2, v1 => v1);
        return KeyAccountJson.CreateOptions(versions);
    }

    private static JsonObject SampleAccount() =>
        JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();

    [Fact]
    public void A_nested_document_is_held_to_its_own_version()
    {
        var account = SampleAccount();
        account["plan"]!["formatVersion"] = 9;

        var ex = Assert.Throws<JsonException>(() => KeyAccountJson.Deserialize<AccountDocument>(account.ToJsonString()));

        Assert.Equal("$.plan.formatVersion", ex.Path);
        Assert.Equal("The AccountPlan document has format version 9, newer than 1, the newest this release of KeyAccount.Core reads; upgrade the library.", ex.Message);
    }

    [Fact]
    public void A_nested_document_without_a_version_does_not_take_the_version_of_the_one_around_it()
    {
        // The account's formatVersion (3) comes after its plan, which gives none: the plan is at
        // version 1, and the search for its version stops at the plan's end.
        var account = SampleAccount();
        account["plan"]!.AsObject().Remove("formatVersion");
        var version = account["formatVersion"]!.DeepClone();
        account.Remove("formatVersion");
        account["formatVersion"] = version;

        var read = KeyAccountJson.Deserialize<AccountDocument>(account.ToJsonString());

        Assert.Equal(1, read.Plan!.FormatVersion);
        Assert.Equal(AccountDocument.CurrentFormatVersion, read.FormatVersion);
    }

    [Fact]
    public void A_nested_document_of_an_older_version_is_upgraded_in_place_and_the_rest_is_read()
    {
        var options = WithPlanAtVersion2();
        var account = SampleAccount();
        account["plan"]!.AsObject().Remove("formatVersion");
        var expected = SampleAccount();
        expected["plan"]!["formatVersion"] = 2;

        var read = JsonSerializer.Deserialize<AccountDocument>(account.ToJsonString(), options)!;

        Assert.Equal(2, read.Plan!.FormatVersion);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(KeyAccountJson.Serialize(read))));
    }

    [Fact]
    public void A_key_given_twice_in_a_nested_document_of_an_older_version_is_named_in_the_whole_text()
    {
        var options = WithPlanAtVersion2();
        var account = SampleAccount();
        account["plan"]!.AsObject().Remove("formatVersion");
        var text = account.ToJsonString();
        var at = text.IndexOf("\"plan\":{", StringComparison.Ordinal) + "\"plan\":{".Length;
        text = text.Insert(at, "\"client\":\"x\",");

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountDocument>(text, options));

        Assert.Equal("$.plan.client", ex.Path);
        Assert.StartsWith("Duplicate property 'client'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_that_differ_only_in_case_are_two_keys_and_the_unknown_one_is_refused()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountPlan>(
            "{ \"client\": \"c\", \"Client\": \"d\", \"period\": \"2026-01-01/2026-12-31\" }", PlanAtVersion2));

        Assert.Contains("'Client'", ex.Message, StringComparison.Ordinal);
        Assert.IsNotType<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void The_options_cannot_be_changed_by_a_caller()
    {
        Assert.True(KeyAccountJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => KeyAccountJson.Options.WriteIndented = false);
    }

    [Fact]
    public void Client_ids_are_dictionary_keys_in_a_caller_s_own_types()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        var scores = new Dictionary<ClientId, int> { [new ClientId("bookshop")] = 3, [new ClientId("publisher")] = 5 };

        var json = JsonSerializer.Serialize(scores, options);

        Assert.Equal("{\"bookshop\":3,\"publisher\":5}", json);
        Assert.Equal(scores, JsonSerializer.Deserialize<Dictionary<ClientId, int>>(json, options));
        Assert.Equal("A client id must not be empty or white space.", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<ClientId, int>>("{\" \": 1}", options)).Message);
        Assert.Equal("Cannot write default(ClientId): it is not a valid client id.", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<ClientId, int> { [default] = 1 }, options)).Message);
    }

    [Theory]
    [InlineData(0, "The Test document has format version 0; versions start at 1.")]
    [InlineData(-1, "The Test document has format version -1; versions start at 1.")]
    [InlineData(3, "The Test document has format version 3, newer than 2, the newest this release of KeyAccount.Core reads; upgrade the library.")]
    public void An_unreadable_version_is_said_to_be_too_old_or_too_new(int version, string message)
    {
        var ex = Assert.Throws<JsonException>(() => DocumentFormat.EnsureReadable(version, "Test", 2));

        Assert.Equal(message, ex.Message);
        Assert.Equal("$.formatVersion", ex.Path);
        DocumentFormat.EnsureReadable(1, "Test", 2);
        DocumentFormat.EnsureReadable(2, "Test", 2);
    }

    [Fact]
    public void A_wrong_value_in_the_current_version_is_placed_at_its_line_and_in_an_older_one_only_at_its_path()
    {
        const string Current = "{\n  \"client\": \"c\",\n  \"period\": 5\n}";
        var current = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountPlan>("{\n  \"formatVersion\": 2,\n  \"client\": \"c\",\n  \"period\": 5\n}", PlanAtVersion2));
        Assert.Equal("$.period", current.Path);
        Assert.Equal(3, current.LineNumber);

        // Version 1 is upgraded through a tree, read from a compact copy: its line would be the
        // copy's (0), not the text's, so none is given.
        var older = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountPlan>(Current, PlanAtVersion2));
        Assert.Equal("$.period", older.Path);
        Assert.Null(older.LineNumber);
        Assert.Null(older.BytePositionInLine);
        Assert.DoesNotContain("LineNumber", older.Message, StringComparison.Ordinal);
    }
}
