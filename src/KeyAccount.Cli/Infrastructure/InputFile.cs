using System;
using System.IO;
using System.Text.Json;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>Opens a command's input: a file path, or <c>-</c> for standard input.</summary>
internal static class InputFile
{
    /// <summary>The name used in messages for standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The name of <paramref name="path"/> in messages.</summary>
    public static string DisplayName(string path) => path == "-" ? StandardInputName : path;

    /// <summary>Opens <paramref name="path"/> for reading, or standard input for <c>-</c>.</summary>
    /// <exception cref="CliInputException">The file does not exist or cannot be read.</exception>
    public static Stream Open(string path, CliConsole console)
    {
        if (path == "-")
        {
            return console.OpenStandardInput();
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw new CliInputException($"{path}: file not found.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliInputException($"{path}: file not found (no such directory).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot be read (access denied, or it is a directory).");
        }
        catch (IOException ex)
        {
            throw new CliInputException($"{path}: cannot be read: {ex.Message}");
        }
    }

    /// <summary>Reads a library JSON document of type <typeparamref name="T"/> from <paramref name="path"/>.</summary>
    /// <exception cref="CliInputException">The file is missing, or is not a valid <typeparamref name="T"/> document; the message names the JSON path (and the line when known) and says what is expected there.</exception>
    public static T ReadDocument<T>(string path, CliConsole console)
    {
        byte[] bytes;
        using (var stream = Open(path, console))
        {
            bytes = ReadAll(stream, DisplayName(path));
        }

        // A UTF-8 byte-order mark is not part of the JSON text.
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        try
        {
            return KeyAccount.Core.Json.KeyAccountJson.Deserialize<T>(json.Span);
        }
        catch (JsonException ex)
        {
            throw new CliInputException(DescribeDocumentError(DisplayName(path), json, typeof(T), ex), ex);
        }
    }

    /// <summary>One line naming the file, the JSON path and what is expected there, for a document that failed to load (see <see cref="JsonErrors"/>).</summary>
    public static string DescribeDocumentError(string file, ReadOnlyMemory<byte> utf8Json, Type documentType, JsonException ex)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            // Not JSON at all: the reader's own message (with the line) says where.
        }

        using (document)
        {
            return JsonErrors.Describe(file, "$", document?.RootElement, documentType, ex);
        }
    }

    /// <summary>The whole of <paramref name="stream"/>; a read error is bad input naming <paramref name="file"/>.</summary>
    public static byte[] ReadAll(Stream stream, string file)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new CliInputException($"{file}: cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The message of <paramref name="ex"/> without System.Text.Json's " Path: ... | LineNumber: ..."
    /// (or, for text that is not JSON, " LineNumber: ...") tail, which the caller states in its own
    /// words, and with the .NET type names of a wrong-type message said as JSON kinds ("a number").
    /// </summary>
    public static string WithoutPosition(JsonException ex)
    {
        var message = ex.Message;
        foreach (var tail in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        const string WrongType = "The JSON value could not be converted to ";
        if (message.StartsWith(WrongType, StringComparison.Ordinal))
        {
            message = $"the value is not {JsonKind(message[WrongType.Length..].TrimEnd('.'))}.";
        }

        return message;
    }

    /// <summary>"file: $.path (line N): what is wrong", from a <see cref="JsonException"/>; the path and line when known.</summary>
    public static string DescribeJsonError(string file, JsonException ex)
    {
        var message = WithoutPosition(ex);
        var where = ex.Path is null ? string.Empty : " " + ex.Path;
        var line = ex.LineNumber is long l ? FormattableString.Invariant($" (line {l + 1})") : string.Empty;
        return where.Length + line.Length == 0 ? $"{file}: {message}" : $"{file}:{where}{line}: {message}";
    }

    /// <summary>What JSON a .NET type name in a System.Text.Json message stands for.</summary>
    internal static string JsonKind(string typeName)
    {
        var name = typeName.StartsWith("System.Nullable`1[", StringComparison.Ordinal) ? typeName["System.Nullable`1[".Length..].TrimEnd(']') : typeName;
        return name switch
        {
            "System.Decimal" or "System.Double" or "System.Single" => "a number",
            "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" => "a whole number",
            "System.Boolean" => "true or false",
            "System.String" => "a string",
            "NodaTime.LocalDate" => "a date such as \"2026-03-31\"",
            "NodaTime.Period" => "a period such as \"P1M\"",
            "NodaTime.DateInterval" => "a date interval such as \"2026-01-01/2026-12-31\"",
            _ when name.Contains("Dictionary`") => "a JSON object",
            _ when name.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) => "a JSON array",
            _ => "of the expected kind (" + name[(name.LastIndexOf('.') + 1)..] + ")",
        };
    }
}
