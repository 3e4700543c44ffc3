using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KeyAccount.Core.Json;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>
/// Says on one line where a JSON document is wrong and what was expected there:
/// <c>file: $.clients[3].sales[0]: sales[0] is -5: it must be 0 or more.</c>
/// </summary>
/// <remarks>
/// <para>
/// Two kinds of <see cref="JsonException"/> need more than System.Text.Json says. A value a library
/// constructor refuses (an <see cref="ArgumentException"/> inside the <see cref="JsonException"/>)
/// comes without a path: it is found again by reading the document's parts one by one, down to the
/// smallest part that the library still refuses, and the refused parameter within it. A value that
/// cannot be converted ("could not be converted to AccountPlan", for a bad date or an unknown enum
/// name) names the enclosing type: the type expected at the path is found from the document type's
/// JSON metadata, and the message says what that type's values look like (the date format, the
/// enum's names) and repeats the value found, cut to a readable length.
/// </para>
/// <para>This runs only after a document failed to load, so its cost (each part read again) never
/// touches a document that loads.</para>
/// </remarks>
internal static class JsonErrors
{
    private const string WrongType = "The JSON value could not be converted to ";

    /// <summary>The library's options without the document converters, so the documents' own properties show in the metadata.</summary>
    private static readonly Lazy<JsonSerializerOptions> Metadata = new(() =>
    {
        var options = new JsonSerializerOptions(KeyAccountJson.Options);
        for (var i = options.Converters.Count - 1; i >= 0; i--)
        {
            var converter = options.Converters[i].GetType();
            if (converter.IsGenericType && converter.GetGenericArguments()[0].GetInterfaces().Contains(typeof(IKeyAccountDocument)))
            {
                options.Converters.RemoveAt(i);
            }
        }

        options.MakeReadOnly();
        return options;
    });

    /// <summary>
    /// "file: $.path (line N): what is wrong and what is expected", one line, for a document of
    /// <paramref name="documentType"/> that failed with <paramref name="ex"/>.
    /// </summary>
    /// <param name="file">The file's name in messages.</param>
    /// <param name="rootPath">The JSON path of the document within the file: <c>$</c>, or <c>$.plan</c> for a part of a portfolio.</param>
    /// <param name="document">The document as JSON, when it is well-formed JSON (null otherwise).</param>
    /// <param name="documentType">The library type the document was read as.</param>
    /// <param name="ex">What reading it threw.</param>
    public static string Describe(string file, string rootPath, JsonElement? document, Type documentType, JsonException ex)
    {
        if (document is { } root && Refusal(ex) is { } refused)
        {
            var (path, argument, type, element) = Locate(root, documentType, "$", refused);
            if (path == "$" && ex.Path is { } known)
            {
                path = known;
            }

            return Line(file, Join(rootPath, path), null, RefusalMessage(argument, type, element));
        }

        // The line of a part of a portfolio counts from the part, not the file: only the path is said then.
        var line = ex.LineNumber is long l && rootPath == "$" ? l + 1 : (long?)null;
        if (ex.Path is { } exPath && document is { } doc && ex.Message.StartsWith(WrongType, StringComparison.Ordinal)
            && TypeAt(documentType, exPath) is { } expected && NeedsExample(expected))
        {
            return Line(file, Join(rootPath, exPath), line, WrongValueMessage(expected, ElementAt(doc, exPath)));
        }

        return Line(file, ex.Path is null ? (rootPath == "$" ? null : rootPath) : Join(rootPath, ex.Path), line, InputFile.WithoutPosition(ex));
    }

    /// <summary>The argument exception a library constructor threw while the document was read, if that is what failed.</summary>
    private static ArgumentException? Refusal(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is ArgumentException argument)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The smallest part of <paramref name="element"/> (read as <paramref name="type"/>) that the
    /// library refuses, its path, the refusal and the type read there; then, within that part, the
    /// property the refused parameter names and the entry the message names (<c>sales[0]</c>).
    /// </summary>
    private static (string Path, ArgumentException Refusal, Type Type, JsonElement Element) Locate(JsonElement element, Type type, string path, ArgumentException refusal)
    {
        var current = (path, refusal, type);
        while (true)
        {
            var child = Children(current.path, current.type, element).Select(c => (c.Path, c.Element, c.Type, Refusal: Refuses(c.Element, c.Type))).FirstOrDefault(c => c.Refusal is not null);
            if (child.Refusal is null)
            {
                break;
            }

            current = (child.Path, child.Refusal, child.Type);
            element = child.Element;
        }

        return (Refine(current.path, element, current.refusal), current.refusal, current.type, element);
    }

    /// <summary>The parts of an object or array, with their paths and the types they are read as.</summary>
    private static IEnumerable<(string Path, JsonElement Element, Type Type)> Children(string path, Type type, JsonElement element)
    {
        var info = Info(type);
        if (info is null)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Object && info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var target = info.Properties.FirstOrDefault(p => p.Name == property.Name);
                if (target is not null)
                {
                    yield return (path + Segment(property.Name), property.Value, target.PropertyType);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object && info.Kind == JsonTypeInfoKind.Dictionary && info.ElementType is { } valueType)
        {
            foreach (var property in element.EnumerateObject())
            {
                yield return (path + Segment(property.Name), property.Value, valueType);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } itemType)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                yield return (path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", item, itemType);
                index++;
            }
        }
    }

    /// <summary>The library's refusal when <paramref name="element"/> is read alone as <paramref name="type"/>, or null when it reads (or fails for another reason).</summary>
    private static ArgumentException? Refuses(JsonElement element, Type type)
    {
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.String))
        {
            return null;
        }

        try
        {
            JsonSerializer.Deserialize(element, KeyAccountJson.Options.GetTypeInfo(type));
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex;
        }
        catch (JsonException ex)
        {
            return Refusal(ex);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Within the refused object, the property of the refused parameter (<c>sales</c>) and the entry
    /// the message begins with (<c>sales[0] is -5</c>), when the document has them.
    /// </summary>
    private static string Refine(string path, JsonElement element, ArgumentException refusal)
    {
        if (refusal.ParamName is not { Length: > 0 } name || element.ValueKind != JsonValueKind.Object)
        {
            return path;
        }

        var property = element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property.Value.ValueKind == JsonValueKind.Undefined)
        {
            return path;
        }

        path += Segment(property.Name);
        var message = refusal.Message;
        if (message.StartsWith(name + "[", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
        {
            var close = message.IndexOf(']', name.Length);
            if (close > name.Length + 1 && int.TryParse(message.AsSpan(name.Length + 1, close - name.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < property.Value.GetArrayLength())
            {
                path += "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            }
        }

        return path;
    }

    /// <summary>The refusal's own words, without .NET's "(Parameter 'x')" and "Actual value was" tails.</summary>
    private static string RefusalMessage(ArgumentException refusal, Type type, JsonElement element)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(DateInterval) && element.ValueKind == JsonValueKind.String)
        {
            return WrongValueMessage(underlying, element);
        }

        var message = refusal.Message;
        var actual = message.IndexOf(Environment.NewLine + "Actual value was", StringComparison.Ordinal);
        if (actual >= 0)
        {
            message = message[..actual];
        }

        if (refusal.ParamName is { } name)
        {
            var tail = " (Parameter '" + name + "')";
            if (message.EndsWith(tail, StringComparison.Ordinal))
            {
                message = message[..^tail.Length];
            }
        }

        return message;
    }

    /// <summary>"'2026-13-45' is not a date written as 2026-03-31 (year-month-day)."</summary>
    private static string WrongValueMessage(Type expected, JsonElement? found)
    {
        var underlying = Nullable.GetUnderlyingType(expected) ?? expected;
        var what = found is { } value ? Found(value) : "the value";
        if (underlying == typeof(DateInterval) && found is { ValueKind: JsonValueKind.String } interval && Reversed(interval.GetString()!) is { } reversed)
        {
            return $"{what} is not a date interval: {reversed}; expected {Expected(underlying)}.";
        }

        return $"{what} is not {Expected(underlying)}.";
    }

    /// <summary>
    /// Whether a wrong value of <paramref name="type"/> needs this class's message: an enum (its
    /// names) or a NodaTime value (its format). A wrong JSON kind for a number, a string or a list
    /// keeps System.Text.Json's message, which names the kind already ("the value is not a number").
    /// </summary>
    private static bool NeedsExample(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum || underlying.Namespace == typeof(LocalDate).Namespace;
    }

    /// <summary>What the values of <paramref name="type"/> look like in JSON.</summary>
    private static string Expected(Type type)
    {
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            return names.Length == 1 ? "'" + names[0] + "'" : "one of " + string.Join(", ", names.Take(names.Length - 1)) + " or " + names[^1] + " (as a string)";
        }

        return type switch
        {
            _ when type == typeof(LocalDate) => "a date written as \"2026-03-31\" (ISO 8601: year-month-day, a real day of the calendar)",
            _ when type == typeof(DateInterval) => "an interval written as \"2026-01-01/2026-12-31\" (the first and last day, both inclusive; the start not after the end)",
            _ when type == typeof(Period) => "a period written as \"P1M\", \"P2W\" or \"P1Y6M\" (ISO 8601; a negative one as \"P-1M\")",
            _ when type == typeof(Instant) => "a moment written as \"2026-03-31T12:00:00Z\" (ISO 8601, in UTC)",
            _ when type == typeof(Duration) => "a duration written as \"1:00:00:00\" (days:hours:minutes:seconds)",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a number",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(string) => "a string",
            _ => InputFile.JsonKind(type.FullName ?? type.Name),
        };
    }

    /// <summary>The end before the start, said in words, when <paramref name="text"/> is two dates in the wrong order.</summary>
    private static string? Reversed(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return null;
        }

        var start = LocalDatePattern.Iso.Parse(text[..slash]);
        var end = LocalDatePattern.Iso.Parse(text[(slash + 1)..]);
        return start.Success && end.Success && end.Value < start.Value
            ? $"its end {LocalDatePattern.Iso.Format(end.Value)} is before its start {LocalDatePattern.Iso.Format(start.Value)}"
            : null;
    }

    /// <summary>The value found, as a message repeats it: a string quoted and cut, a number as written, or its kind.</summary>
    private static string Found(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text.Quote(value.GetString()!),
        JsonValueKind.Number => "the number " + Text.Quote(value.GetRawText()).Trim('\''),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "the value",
    };

    /// <summary>The type read at <paramref name="path"/> (System.Text.Json's form, <c>$.goals[0]['odd name']</c>) of a <paramref name="root"/> document, or null when the path leaves the metadata.</summary>
    internal static Type? TypeAt(Type root, string path)
    {
        var type = root;
        foreach (var (name, index) in Parse(path))
        {
            var info = Info(Nullable.GetUnderlyingType(type) ?? type);
            if (info is null)
            {
                return null;
            }

            Type? next = null;
            if (name is not null && info.Kind == JsonTypeInfoKind.Object)
            {
                next = info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType;
            }
            else if (name is not null && info.Kind == JsonTypeInfoKind.Dictionary)
            {
                next = info.ElementType;
            }
            else if (index is not null && info.Kind == JsonTypeInfoKind.Enumerable)
            {
                next = info.ElementType;
            }

            if (next is null)
            {
                return null;
            }

            type = next;
        }

        return type;
    }

    private static JsonElement? ElementAt(JsonElement root, string path)
    {
        var element = root;
        foreach (var (name, index) in Parse(path))
        {
            if (name is not null && element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child))
            {
                element = child;
            }
            else if (index is int i && element.ValueKind == JsonValueKind.Array && i < element.GetArrayLength())
            {
                element = element[i];
            }
            else
            {
                return null;
            }
        }

        return element;
    }

    /// <summary>The steps of a System.Text.Json path: property names and array indices.</summary>
    private static List<(string? Name, int? Index)> Parse(string path)
    {
        var steps = new List<(string?, int?)>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                steps.Add((path[(i + 1)..end], null));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                steps.Add((path[(i + 2)..end], null));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    break;
                }

                steps.Add((null, index));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return steps;
    }

    private static JsonTypeInfo? Info(Type type)
    {
        try
        {
            return Metadata.Value.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        }
        catch (NotSupportedException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A property step in System.Text.Json's path form.</summary>
    private static string Segment(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>A path within a part, from the file's root: <c>$.plan</c> + <c>$.goals[0]</c> = <c>$.plan.goals[0]</c>.</summary>
    private static string Join(string rootPath, string path) => rootPath == "$" ? path : rootPath + path[1..];

    private static string Line(string file, string? path, long? line, string message)
    {
        var where = new StringBuilder(file).Append(':');
        if (path is not null)
        {
            where.Append(' ').Append(Text.OneLine(path, Text.MaxEcho));
        }

        if (line is long l)
        {
            where.Append(CultureInfo.InvariantCulture, $" (line {l})");
        }

        return (path is null && line is null ? file : where.ToString()) + ": " + message;
    }
}
