using System;
using System.Text.Json.Nodes;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// The documents the tool reads, as <c>keyaccount sample</c> writes them: the classification,
/// ladder, opportunities, plan, account and portfolio, and the portfolio's map, programme,
/// negotiation and offer as documents of their own. Each call parses a fresh tree, so a test may
/// mutate what it gets.
/// </summary>
internal static class SampleDocuments
{
    private static readonly Lazy<JsonObject> Portfolio = new(() => JsonNode.Parse(CliRunner.Run("sample", "portfolio").Out)!.AsObject());

    /// <summary>A fresh tree of the sample <paramref name="name"/>: a <c>keyaccount sample</c> name, or one of the portfolio's sections.</summary>
    public static JsonNode Get(string name) => name switch
    {
        "relationships" or "communications" or "negotiation" or "offer" => JsonNode.Parse(Portfolio.Value[name]!.ToJsonString())!,
        "portfolio" => JsonNode.Parse(Portfolio.Value.ToJsonString())!,
        _ => JsonNode.Parse(CliRunner.Run("sample", name).Out)!,
    };
}
