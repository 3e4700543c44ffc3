using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using KeyAccount.Core.Review;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Review;

/// <summary>
/// Reads and writes the library's <see cref="PortfolioDocument"/> with messages for people. The
/// portfolio's own fields are checked here; each part is read by the library
/// (<see cref="KeyAccountJson"/>), and its errors are reported with the JSON path from the
/// portfolio's root (<c>$.plan.goals[2].deadline</c>).
/// </summary>
internal static class PortfolioJson
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "formatVersion", "name", "asOf", "classification", "ladder", "opportunities", "plan",
        "relationships", "communications", "negotiation", "offer",
    };

    /// <summary>Reads a portfolio document.</summary>
    /// <exception cref="CliInputException">The text is not JSON, or a field is missing, unknown or wrong; the message names the file and the JSON path.</exception>
    public static PortfolioDocument Read(Stream utf8Json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
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

            foreach (var property in root.EnumerateObject())
            {
                if (!Known.Contains(property.Name))
                {
                    throw Error(file, "$." + property.Name, $"unknown property '{property.Name}'; a portfolio has {string.Join(", ", Known)}.");
                }
            }

            var version = root.TryGetProperty("formatVersion", out var v) ? ReadInt(v, file, "$.formatVersion") : PortfolioDocument.CurrentFormatVersion;
            if (version < 1 || version > PortfolioDocument.CurrentFormatVersion)
            {
                throw Error(file, "$.formatVersion", FormattableString.Invariant($"format version {version} is not one this release reads (1 to {PortfolioDocument.CurrentFormatVersion})."));
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : throw Error(file, "$.name", "a string is required.");
            var asOfText = root.TryGetProperty("asOf", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : throw Error(file, "$.asOf", "a date (\"2026-03-31\") is required.");
            var asOf = LocalDatePattern.Iso.Parse(asOfText);
            if (!asOf.Success)
            {
                throw Error(file, "$.asOf", $"'{asOfText}' is not a date; write it as 2026-03-31.");
            }

            return new PortfolioDocument(
                name,
                asOf.Value,
                Part<ClassificationPortfolioDocument>(root, "classification", file, required: true)!,
                Part<LadderAssessmentSet>(root, "ladder", file, required: false),
                Part<OpportunityPortfolio>(root, "opportunities", file, required: false),
                Part<AccountPlan>(root, "plan", file, required: false),
                version,
                relationships: Part<RelationshipMap>(root, "relationships", file, required: false),
                communications: Part<CommunicationProgramme>(root, "communications", file, required: false),
                negotiation: Part<NegotiationPlan>(root, "negotiation", file, required: false),
                offer: Part<Offer>(root, "offer", file, required: false));
        }
    }

    /// <summary>Writes a portfolio document as indented JSON, in the library's format.</summary>
    public static void Write(PortfolioDocument portfolio, TextWriter output) =>
        output.WriteLine(KeyAccountJson.Serialize(portfolio));

    private static T? Part<T>(JsonElement root, string name, string file, bool required)
        where T : class
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Error(file, "$." + name, "this part is required.") : null;
        }

        try
        {
            return KeyAccountJson.Deserialize<T>(element.GetRawText());
        }
        catch (JsonException ex)
        {
            throw new CliInputException(JsonErrors.Describe(file, "$." + name, element, typeof(T), ex), ex);
        }
    }

    private static int ReadInt(JsonElement element, string file, string path) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) ? value : throw Error(file, path, "a whole number is required.");

    private static CliInputException Error(string file, string path, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{file}: {path}: {what}"));
}
