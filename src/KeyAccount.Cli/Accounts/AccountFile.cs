using System;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;

namespace KeyAccount.Cli.Accounts;

/// <summary>
/// An account document read from a file to be rewritten in place: the bytes read are hashed so that
/// <see cref="Write"/> can refuse to overwrite a change made on disk in between, and the new version
/// is written atomically (a temporary file in the same folder, flushed to disk, then moved over the
/// old one, which is kept as <c>FILE.bak</c>).
/// </summary>
internal sealed class AccountFile
{
    /// <summary>Called after the temporary file is written and before the file is replaced, with the path being replaced (tests simulate a failure or a concurrent change there).</summary>
    internal static readonly AsyncLocal<Action<string>?> BeforeReplace = new();

    private readonly byte[] hash;

    private AccountFile(string path, AccountDocument document, byte[] hash)
    {
        Path = path;
        Document = document;
        this.hash = hash;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>The document as read.</summary>
    public AccountDocument Document { get; }

    /// <summary>Reads <paramref name="path"/> (a file, not standard input: it is rewritten).</summary>
    /// <exception cref="CliInputException">The file is missing, unreadable or not an account document.</exception>
    public static AccountFile Read(string path, CliConsole console)
    {
        if (path == "-")
        {
            throw new CliInputException("The account document is rewritten in place: give its file, not - for standard input.");
        }

        byte[] bytes;
        using (var stream = InputFile.Open(path, console))
        using (var buffer = new MemoryStream())
        {
            try
            {
                stream.CopyTo(buffer);
            }
            catch (IOException ex)
            {
                throw new CliInputException($"{path}: cannot be read: {ex.Message}", ex);
            }

            bytes = buffer.ToArray();
        }

        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        AccountDocument document;
        try
        {
            document = KeyAccountJson.Deserialize<AccountDocument>(json.Span);
        }
        catch (JsonException ex)
        {
            throw new CliInputException(InputFile.DescribeDocumentError(path, json, typeof(AccountDocument), ex), ex);
        }

        return new AccountFile(path, document, SHA256.HashData(bytes));
    }

    /// <summary>Replaces the file with <paramref name="document"/>, keeping the previous version as <c>FILE.bak</c>.</summary>
    /// <exception cref="CliInputException">The file changed on disk since it was read, or the new version could not be written; the file is then left as it was.</exception>
    public void Write(AccountDocument document)
    {
        var full = System.IO.Path.GetFullPath(Path);
        var folder = System.IO.Path.GetDirectoryName(full) ?? ".";
        var temporary = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(KeyAccountJson.Serialize(document) + "\n"));
                stream.Flush(flushToDisk: true);
            }

            BeforeReplace.Value?.Invoke(full);
            if (!SHA256.HashData(File.ReadAllBytes(full)).AsSpan().SequenceEqual(hash))
            {
                throw new CliInputException($"{Path}: changed on disk since it was read; nothing was written. Run the command again.");
            }

            File.Replace(temporary, full, full + ".bak", ignoreMetadataErrors: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException($"{Path}: cannot be written ({ex.Message.TrimEnd('.')}); the file is unchanged.", ex);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
