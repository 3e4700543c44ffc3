using System.Text.Json;

namespace KeyAccount.Core.Json;

/// <summary>The words a message uses for what a JSON value is ("a number"), rather than the reader's token names ("Number").</summary>
internal static class JsonTokenKinds
{
    /// <summary>The kind of JSON value that starts with <paramref name="token"/>, with its article.</summary>
    public static string Of(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => "something else",
    };
}
