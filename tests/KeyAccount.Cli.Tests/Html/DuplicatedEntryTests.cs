using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KeyAccount.Cli.Tests.Hostile;

namespace KeyAccount.Cli.Tests.Html;

/// <summary>
/// Every array entry of the sample account and the sample portfolio listed twice (an action, a
/// person, an item, a client entered twice, the commonest slip in a hand-edited document), made
/// into a page: a page or a message, never an internal error. The random mutations of
/// <see cref="HtmlMutationProperties"/> draw a few of these places per run; this sweep takes
/// every one, so a section that keys a dictionary by an id it assumes unique is caught in CI.
/// </summary>
public sealed class DuplicatedEntryTests
{
    public static TheoryData<string> Documents => new() { "account", "portfolio" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_array_entry_listed_twice_gives_a_page_or_a_message(string sample)
    {
        var root = JsonNode.Parse(CliRunner.Run("sample", sample).Out)!;
        string[] command = sample == "account"
            ? ["account", "{file}", "--as-of", "2026-03-31", "--format", "html"]
            : ["review", "{file}", "--format", "html"];
        // The portfolio's 300 classified clients have the same shape: the first three stand for them all.
        var (entries, broken) = Sweep(root, command, path => !IsLaterClient(path));
        Assert.True(entries > 20, $"only {entries} array entries in the sample {sample}");
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    /// <summary>The portfolio's documents of the method's second half, each through its own command and formats.</summary>
    public static TheoryData<string, string[]> Parts => new()
    {
        { "communications", ["communications", "{file}", "--as-of", "2026-03-31"] },
        { "communications", ["communications", "{file}", "--as-of", "2026-03-31", "--format", "ics"] },
        { "relationships", ["relationships", "{file}", "--as-of", "2026-03-31"] },
        { "negotiation", ["negotiation", "{file}"] },
        { "offer", ["offer", "{file}"] },
        { "plan", ["plan", "validate", "{file}", "--as-of", "2026-03-31"] },
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void Every_array_entry_of_a_document_listed_twice_gives_an_answer_or_a_message(string part, string[] command)
    {
        var root = JsonNode.Parse(JsonNode.Parse(CliRunner.Run("sample", "portfolio").Out)![part]!.ToJsonString())!;
        var (entries, broken) = Sweep(root, command, _ => true);
        Assert.True(entries > 3, $"only {entries} array entries in the sample's {part}");
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    /// <summary>Runs <paramref name="command"/> on <paramref name="root"/> with each array entry (whose path <paramref name="include"/> takes) listed twice, one at a time.</summary>
    /// <returns>The entries tried, and one line for each run that broke the contract.</returns>
    private static (int Entries, List<string> Broken) Sweep(JsonNode root, string[] command, Func<string, bool> include)
    {
        var entries = JsonMutation.Places(root).Where(p => p.Key is null && include(p.Path)).ToList();
        var broken = new List<string>();
        foreach (var place in entries)
        {
            var (result, file) = HostileContract.RunOnFile(JsonMutation.Apply(root, place, JsonMutationKind.DuplicateKey), ".json", command);
            if (HostileContract.Violation(result, file, needsPath: true) is { } why)
            {
                broken.Add($"{place.Path}: {why} ({result.ExitCode}: {result.Error.Split('\n')[0]})");
            }
        }

        return (entries.Count, broken);
    }

    private static bool IsLaterClient(string path) =>
        Regex.Match(path, @"^\$\.classification\.clients\[(\d+)\]") is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) >= 3;
}
