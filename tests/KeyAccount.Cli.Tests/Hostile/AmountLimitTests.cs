using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// Every amount of the sample account set to decimal's maximum, read by every command that scores
/// or draws the account (the review's health section, the account page, health): each must answer
/// or report (exit 0, 1 or 2, the place named), never reach an internal error. A sweep of every
/// place of the portfolio's accounts found the communication programme's costs overflowing inside
/// the health component (now KAC023); the random mutations had not drawn that place.
/// </summary>
public sealed class AmountLimitTests
{
    private static readonly Lazy<JsonNode> Portfolio = new(() => JsonNode.Parse(CliRunner.Run("sample", "portfolio").Out)!);
    private static readonly Lazy<JsonNode> Account = new(() => JsonNode.Parse(CliRunner.Run("sample", "account").Out)!);

    /// <summary>The places of every <c>amount</c> under <paramref name="prefix"/>.</summary>
    private static List<JsonPlace> Amounts(JsonNode root, string prefix) =>
        JsonMutation.Places(root).Where(p => p.Key == "amount" && p.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public static TheoryData<string> Commands() => new() { "review", "account", "health" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Decimal_maximum_at_any_amount_of_the_account_is_answered_or_reported(string command)
    {
        var (root, prefix, args) = command switch
        {
            "review" => (Portfolio.Value, "$.accounts[0].", new[] { "review", "{file}", "--format", "html" }),
            "account" => (Account.Value, "$.", new[] { "account", "{file}", "--as-of", "2026-03-31", "--format", "html" }),
            _ => (Account.Value, "$.", new[] { "health", "{file}", "--as-of", "2026-03-31", "--since", "2025-12-31", "--format", "json" }),
        };
        var places = Amounts(root, prefix);
        Assert.True(places.Count >= 10, "the sample holds amounts: " + places.Count);
        var broken = new List<string>();
        foreach (var place in places)
        {
            var (result, file) = HostileContract.RunOnFile(JsonMutation.Apply(root, place, JsonMutationKind.DecimalMaximum), ".json", args);
            if (HostileContract.Violation(result, file, needsPath: true) is { } why)
            {
                broken.Add(place.Path + ": " + why + "\n" + result.Error);
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    /// <summary>
    /// Every number of the sample account set to the smallest positive decimal, drawn as the
    /// account page: a budget that small makes a share of it overflow decimal. A sweep found the
    /// plan's load chart dividing a month's load by a resource's monthly budget of 1e-28 in
    /// decimal (an internal error); the share is a chart's length and is now computed in double.
    /// </summary>
    [Fact]
    public void The_smallest_positive_decimal_at_any_number_of_the_account_is_drawn_or_reported()
    {
        var root = Account.Value;
        var places = JsonMutation.Places(root)
            .Where(p => (p.Key is { } key ? p.Parent[key] : p.Parent[p.Index]) is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            .ToList();
        Assert.Contains(places, p => p.Path.EndsWith(".perMonth", StringComparison.Ordinal));
        var broken = new List<string>();
        foreach (var place in places)
        {
            var (result, file) = HostileContract.RunOnFile(JsonMutation.ApplyRaw(root, place, "1e-28"), ".json", "account", "{file}", "--as-of", "2026-03-31", "--format", "html");
            if (HostileContract.Violation(result, file, needsPath: true) is { } why)
            {
                broken.Add(place.Path + ": " + why + "\n" + result.Error);
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Costs_of_the_programme_beyond_decimal_are_KAC023_at_the_item()
    {
        var root = Account.Value;
        var place = Amounts(root, "$.communications.items[0]").Single();
        var (result, _) = HostileContract.RunOnFile(JsonMutation.Apply(root, place, JsonMutationKind.DecimalMaximum), ".json", "account", "{file}", "--as-of", "2026-03-31", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("KAC023", result.Out, StringComparison.Ordinal);
        Assert.Contains("communications.items[1].cost", result.Out, StringComparison.Ordinal);
    }
}
