using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// Every kind of mutation at every place of every document the tool reads, walked one by one
/// rather than drawn at random: the random draws of <see cref="JsonMutationProperties"/> reach a
/// few hundred of the tens of thousands of cases and seldom put a number where a number is. A
/// place stands for every place whose path differs from it only in its indexes (the first
/// client stands for the 300), and the portfolio's sections that have their own document here are
/// walked there, so a run stays within a few minutes. Each case runs the command that reads the
/// most of the document (the account and the review as pages, so the charts draw every value);
/// the contract is <see cref="HostileContract"/>. A first walk of this kind found the plan's load
/// chart dividing by a monthly budget of <c>1e-28</c> in decimal (now in
/// <see cref="AmountLimitTests"/>).
/// </summary>
public sealed class JsonSweepTests
{
    /// <summary>A document and the command that reads it (its file as "{file}").</summary>
    private sealed record Subject(JsonNode Root, string[] Command, Func<JsonPlace, bool> Walked);

    private static readonly Lazy<Dictionary<string, Subject>> Subjects = new(() =>
    {
        static bool Everywhere(JsonPlace place) => true;

        // The portfolio's own fields and the first two levels of its sections; deeper than that,
        // its map, programme, negotiation, offer, plan and classification are walked as their own
        // documents, and its accounts as the sample account.
        static bool Shallow(JsonPlace place) =>
            place.Path.Count(c => c is '.' or '[') <= 2
            && !place.Path.StartsWith("$.accounts[", StringComparison.Ordinal)
            && !place.Path.StartsWith("$.classification.clients[", StringComparison.Ordinal);

        return new Dictionary<string, Subject>(StringComparer.Ordinal)
        {
            ["classification"] = new(SampleDocuments.Get("classification"), ["classify", "{file}", "--all"], Everywhere),
            ["ladder"] = new(SampleDocuments.Get("ladder"), ["ladder", "{file}"], Everywhere),
            ["opportunities"] = new(SampleDocuments.Get("opportunities"), ["opportunities", "{file}"], Everywhere),
            ["plan"] = new(SampleDocuments.Get("plan"), ["plan", "validate", "{file}", "--as-of", "2026-03-31"], Everywhere),
            ["account"] = new(SampleDocuments.Get("account"), ["account", "{file}", "--as-of", "2026-03-31", "--format", "html"], Everywhere),
            ["relationships"] = new(SampleDocuments.Get("relationships"), ["relationships", "{file}"], Everywhere),
            ["communications"] = new(SampleDocuments.Get("communications"), ["communications", "{file}"], Everywhere),
            ["negotiation"] = new(SampleDocuments.Get("negotiation"), ["negotiation", "{file}"], Everywhere),
            ["offer"] = new(SampleDocuments.Get("offer"), ["offer", "{file}"], Everywhere),
            ["portfolio"] = new(SampleDocuments.Get("portfolio"), ["review", "{file}", "--format", "html"], Shallow),
        };
    });

    /// <summary>Each document with each kind of mutation.</summary>
    public static TheoryData<string, JsonMutationKind> Cases()
    {
        var data = new TheoryData<string, JsonMutationKind>();
        foreach (var name in Subjects.Value.Keys)
        {
            foreach (var kind in Enum.GetValues<JsonMutationKind>())
            {
                data.Add(name, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_place_of_the_document_mutated_so_keeps_the_contract(string name, JsonMutationKind kind)
    {
        var subject = Subjects.Value[name];
        var places = Walked(subject);
        var broken = new List<string>();
        foreach (var place in places)
        {
            var (result, file) = HostileContract.RunOnFile(JsonMutation.Apply(subject.Root, place, kind), ".json", subject.Command);
            if (HostileContract.Violation(result, file, needsPath: true) is { } why)
            {
                broken.Add($"{place.Path}: {why}: {result.Error.Split('\n')[0]}");
            }
        }

        Assert.True(broken.Count == 0, $"{name}, {kind}, {string.Join(' ', subject.Command)}: {broken.Count} of {places.Count} places\n" + string.Join("\n", broken));
    }

    /// <summary>The walk reaches the places a random draw seldom does (the numbers deep in the account, a field only a later entry has, each section of the portfolio), each path once.</summary>
    [Fact]
    public void The_walk_reaches_every_kind_of_value_of_each_document()
    {
        var account = Walked(Subjects.Value["account"]).Select(p => p.Path).ToList();
        var portfolio = Walked(Subjects.Value["portfolio"]).Select(p => p.Path).ToList();

        Assert.Contains("$.plan.resources[0].perMonth", account);
        Assert.Contains(account, p => p.StartsWith("$.communications.items[0].", StringComparison.Ordinal));
        Assert.Contains(account, p => p.StartsWith("$.diary[0].", StringComparison.Ordinal));
        Assert.Equal(account.Count, account.Select(p => Regex.Replace(p, @"\[\d+\]", "[]")).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("$.diary[1].followUpOf", account); // a field the first entry does not have
        Assert.Contains("$.accounts", portfolio);
        Assert.Contains("$.classification.clients", portfolio);
        Assert.DoesNotContain(portfolio, p => p.StartsWith("$.accounts[", StringComparison.Ordinal));
    }

    /// <summary>The places of <paramref name="subject"/> walked: the first of each path that differs only in its indexes.</summary>
    private static List<JsonPlace> Walked(Subject subject)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return JsonMutation.Places(subject.Root)
            .Where(p => subject.Walked(p) && seen.Add(Regex.Replace(p.Path, @"\[\d+\]", "[]")))
            .ToList();
    }
}
