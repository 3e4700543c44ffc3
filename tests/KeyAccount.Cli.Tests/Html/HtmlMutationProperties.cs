using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Cli.Tests.Hostile;

namespace KeyAccount.Cli.Tests.Html;

/// <summary>
/// The sample portfolio and the sample account, mutated at a generated place in a generated way,
/// made into a page: the command keeps the contract (exit 0, 1 or 2, never an internal error), and
/// a page it writes is well-formed HTML with no script in it, whatever the document held.
/// </summary>
public sealed class HtmlMutationProperties
{
    private static readonly Lazy<JsonNode> Portfolio = new(() => JsonNode.Parse(CliRunner.Run("sample", "portfolio").Out)!);
    private static readonly Lazy<JsonNode> Account = new(() => JsonNode.Parse(CliRunner.Run("sample", "account").Out)!);

    [Property(MaxTest = 60)]
    public Property A_mutated_portfolio_gives_a_page_or_a_message() => Holds(Portfolio.Value, "review", "{file}", "--format", "html");

    [Property(MaxTest = 60)]
    public Property A_mutated_account_gives_a_page_or_a_message() => Holds(Account.Value, "account", "{file}", "--as-of", "2026-03-31", "--format", "html");

    private static Property Holds(JsonNode root, params string[] command)
    {
        var places = JsonMutation.Places(root);
        var gen = from place in Gen.Choose(0, places.Count - 1)
                  from kind in Gen.Elements(Enum.GetValues<JsonMutationKind>())
                  select (place, kind);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var place = places[input.place];
            var (result, file) = HostileContract.RunOnFile(JsonMutation.Apply(root, place, input.kind), ".json", command);
            var why = HostileContract.Violation(result, file, needsPath: true);
            if (why is null && result.ExitCode is 0 or 1)
            {
                using var page = HtmlPages.Parse(result.Out);
                why = page.QuerySelectorAll("script").Length > 0 ? "the page has a script" : page.QuerySelector("section[data-section]") is null ? "the page has no section" : null;
            }

            return (why is null).Label($"{input.kind} at {place.Path}: {why}\n{result.ExitCode} {result.Error}");
        });
    }
}
