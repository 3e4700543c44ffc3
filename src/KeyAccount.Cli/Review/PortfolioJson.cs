using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using KeyAccount.Core.Review;
using NodaTime.Text;

namespace KeyAccount.Cli.Review;

/// <summary>
/// Reads and writes the library's <see cref="PortfolioDocument"/> with messages for people.
/// </summary>
/// <remarks>
/// The portfolio is read whole by the library (<see cref="KeyAccountJson"/>), so the version check
/// and the upgraders of <c>Json/DocumentVersions.cs</c> apply to it and to each part nested in it,
/// exactly as for a library user. Only when that read fails is the document examined again, field
/// by field and part by part, to say where it is wrong with the JSON path from the portfolio's root
/// (<c>$.plan.goals[2].deadline</c>); a document that loads is read once.
/// </remarks>
internal static class PortfolioJson
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "formatVersion", "name", "asOf", "classification", "ladder", "opportunities", "plan",
        "relationships", "communications", "negotiation", "offer", "accounts",
    };

    /// <summary>Reads a portfolio document.</summary>
    /// <exception cref="CliInputException">The stream cannot be read, the text is not JSON, or the document is not a portfolio the library reads (a field missing, unknown or wrong, a version it does not read); the message names the file and the JSON path.</exception>
    public static PortfolioDocument Read(Stream utf8Json, string file)
    {
        var bytes = InputFile.ReadAll(utf8Json, file);

        // A UTF-8 byte-order mark is not part of the JSON text.
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new CliInputException(InputFile.DescribeJsonError(file, ex), ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(file, "$", $"a portfolio must be a JSON object, but was {root.ValueKind}.");
            }

            try
            {
                return KeyAccountJson.Deserialize<PortfolioDocument>(json.Span);
            }
            catch (JsonException ex)
            {
                throw Explain(root, file, ex);
            }
        }
    }

    /// <summary>Writes a portfolio document as indented JSON, in the library's format.</summary>
    public static void Write(PortfolioDocument portfolio, TextWriter output) =>
        output.WriteLine(KeyAccountJson.Serialize(portfolio));

    /// <summary>
    /// Why the library refused the portfolio, with the JSON path from its root: the portfolio's own
    /// fields first, then the first part that fails alone (its path from the portfolio's root), and
    /// otherwise the library's own error for the whole document.
    /// </summary>
    private static CliInputException Explain(JsonElement root, string file, JsonException ex)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!Known.Contains(property.Name))
            {
                return Error(file, "$." + property.Name, $"unknown property '{property.Name}'; a portfolio has {string.Join(", ", Known)}.");
            }
        }

        var version = PortfolioDocument.CurrentFormatVersion;
        if (root.TryGetProperty("formatVersion", out var v))
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version))
            {
                return Error(file, "$.formatVersion", "a whole number is required.");
            }
        }

        if (version < 1 || version > PortfolioDocument.CurrentFormatVersion)
        {
            return Error(file, "$.formatVersion", FormattableString.Invariant($"format version {version} is not one this release reads (1 to {PortfolioDocument.CurrentFormatVersion})."));
        }

        // An older portfolio has an older shape, which only its upgraders know: the library's message
        // (with its path) says what is wrong.
        if (version == PortfolioDocument.CurrentFormatVersion && CurrentShapeError(root, file) is { } error)
        {
            return error;
        }

        return new CliInputException(JsonErrors.Describe(file, "$", root, typeof(PortfolioDocument), ex), ex);
    }

    /// <summary>The first defect of a portfolio of the current version, field by field and part by part; null when none is found.</summary>
    private static CliInputException? CurrentShapeError(JsonElement root, string file)
    {
        if (!root.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String)
        {
            return Error(file, "$.name", "a string is required.");
        }

        if (!root.TryGetProperty("asOf", out var a) || a.ValueKind != JsonValueKind.String)
        {
            return Error(file, "$.asOf", "a date (\"2026-03-31\") is required.");
        }

        var asOfText = a.GetString()!;
        if (!LocalDatePattern.Iso.Parse(asOfText).Success)
        {
            return Error(file, "$.asOf", $"'{asOfText}' is not a date; write it as 2026-03-31.");
        }

        return PartError<ClassificationPortfolioDocument>(root, "classification", file, required: true)
            ?? PartError<LadderAssessmentSet>(root, "ladder", file, required: false)
            ?? PartError<OpportunityPortfolio>(root, "opportunities", file, required: false)
            ?? PartError<AccountPlan>(root, "plan", file, required: false)
            ?? PartError<RelationshipMap>(root, "relationships", file, required: false)
            ?? PartError<CommunicationProgramme>(root, "communications", file, required: false)
            ?? PartError<NegotiationPlan>(root, "negotiation", file, required: false)
            ?? PartError<Offer>(root, "offer", file, required: false)
            ?? ListError<AccountDocument>(root, "accounts", file);
    }

    /// <summary>Why the list part <paramref name="name"/> or one of its entries does not load, with the entry's path (<c>$.accounts[2].diary[0].at</c>); null when it loads or is absent.</summary>
    private static CliInputException? ListError<T>(JsonElement root, string name, string file)
        where T : class
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return Error(file, "$." + name, "the value is not a JSON array.");
        }

        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.{name}[{i}]");
            if (item.ValueKind == JsonValueKind.Null)
            {
                return Error(file, path, "an entry of the list is null; remove it.");
            }

            try
            {
                KeyAccountJson.Deserialize<T>(item.GetRawText());
            }
            catch (JsonException ex)
            {
                return new CliInputException(JsonErrors.Describe(file, path, item, typeof(T), ex), ex);
            }

            i++;
        }

        return null;
    }

    /// <summary>Why the part <paramref name="name"/> does not load on its own, with its path from the portfolio's root; null when it loads or is absent and optional.</summary>
    private static CliInputException? PartError<T>(JsonElement root, string name, string file, bool required)
        where T : class
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return required ? Error(file, "$." + name, "this part is required.") : null;
        }

        try
        {
            KeyAccountJson.Deserialize<T>(element.GetRawText());
            return null;
        }
        catch (JsonException ex)
        {
            return new CliInputException(JsonErrors.Describe(file, "$." + name, element, typeof(T), ex), ex);
        }
    }

    private static CliInputException Error(string file, string path, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{file}: {path}: {what}"));
}
