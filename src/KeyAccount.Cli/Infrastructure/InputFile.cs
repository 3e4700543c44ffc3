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
    /// <exception cref="CliInputException">The file is missing, or is not a valid <typeparamref name="T"/> document; the message names the JSON path and line.</exception>
    public static T ReadDocument<T>(string path, CliConsole console)
    {
        using var stream = Open(path, console);
        try
        {
            return KeyAccount.Core.Json.KeyAccountJson.Deserialize<T>(stream);
        }
        catch (JsonException ex)
        {
            throw new CliInputException(DescribeJsonError(DisplayName(path), ex), ex);
        }
    }

    /// <summary>The message of <paramref name="ex"/> without System.Text.Json's " Path: ... | LineNumber: ..." tail.</summary>
    public static string WithoutPosition(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>"file: $.path (line N): what is wrong", from a <see cref="JsonException"/>.</summary>
    public static string DescribeJsonError(string file, JsonException ex)
    {
        var message = WithoutPosition(ex);
        var where = ex.Path is null ? string.Empty : " " + ex.Path;
        var line = ex.LineNumber is long l ? FormattableString.Invariant($" (line {l + 1})") : string.Empty;
        return $"{file}:{where}{line}: {message}";
    }
}
