using System.Globalization;
using System.Text.Json;

namespace KeyAccount.Core.Json;

/// <summary>The version of the library's JSON document format.</summary>
/// <remarks>
/// The version rises when a release changes a document so that an older release could misread
/// it. A release reads every version up to its own, upgrading older documents as it reads them;
/// the changes per version are listed in <c>docs/architecture.md</c>. Each document type states
/// its own <c>CurrentFormatVersion</c>; <see cref="CurrentVersion"/> is that of the types that
/// have never changed (an <c>AccountDocument</c> is at version 2).
/// </remarks>
public static class DocumentFormat
{
    /// <summary>The format version this release writes, and the newest it reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Throws unless a document of <paramref name="version"/> can be read by this release.</summary>
    /// <param name="version">The document's <c>formatVersion</c>.</param>
    /// <param name="documentName">The document type, for the message.</param>
    /// <param name="newest">The newest version this release reads of the document type (its <c>CurrentFormatVersion</c>); <see cref="CurrentVersion"/> when not given.</param>
    /// <exception cref="JsonException">The version is below 1 or newer than <paramref name="newest"/>; the path is <c>$.formatVersion</c>.</exception>
    internal static void EnsureReadable(int version, string documentName, int newest = CurrentVersion)
    {
        if (version < 1 || version > newest)
        {
            var message = version > newest
                ? string.Format(CultureInfo.InvariantCulture, "The {0} document has format version {1}, newer than {2}, the newest this release of KeyAccount.Core reads; upgrade the library.", documentName, version, newest)
                : string.Format(CultureInfo.InvariantCulture, "The {0} document has format version {1}; versions start at 1.", documentName, version);
            throw new JsonException(message, "$.formatVersion", lineNumber: null, bytePositionInLine: null);
        }
    }
}
