using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace KeyAccount.Cli.Tests.Hostile;

/// <summary>
/// Every JSON document the tool reads (the built-in samples and docs/examples/portfolio.json),
/// mutated at a generated place in a generated way, run through its command in-process: the
/// contract holds (<see cref="HostileContract"/>): exit 0, 1 or 2, one line naming the file and
/// the JSON path for 2, never a stack trace. The case counts are bounded for CI (about 30 s in all
/// on two cores); FsCheck prints the seed of a failing case to replay it.
/// </summary>
public sealed class JsonMutationProperties
{
    /// <summary>A document, the command that reads it (its file as "{file}").</summary>
    private sealed record Subject(string Name, JsonNode Root, IReadOnlyList<JsonPlace> Places, string[][] Commands);

    private static readonly Lazy<Dictionary<string, Subject>> Subjects = new(() =>
    {
        var subjects = new Dictionary<string, Subject>(StringComparer.Ordinal);
        void Add(string name, string json, params string[][] commands)
        {
            var root = JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
            subjects[name] = new Subject(name, root, JsonMutation.Places(root), commands);
        }

        Add("classification", CliRunner.Run("sample", "classification").Out, ["classify", "{file}", "--all"], ["classify", "{file}", "--format", "json"]);
        Add("ladder", CliRunner.Run("sample", "ladder").Out, ["ladder", "{file}"], ["ladder", "{file}", "--format", "json"]);
        Add("opportunities", CliRunner.Run("sample", "opportunities").Out, ["opportunities", "{file}", "--greedy"], ["opportunities", "{file}", "--format", "json"]);
        Add("plan", CliRunner.Run("sample", "plan").Out, ["plan", "validate", "{file}", "--as-of", "2026-03-31"], ["plan", "validate", "{file}", "--format", "json", "--as-of", "2026-06-30"]);
        Add("portfolio", CliRunner.Run("sample", "portfolio").Out, ["review", "{file}"], ["review", "{file}", "--format", "json"]);
        Add("example-portfolio", File.ReadAllText(CliRunner.Example("portfolio.json")), ["review", "{file}"], ["review", "{file}", "--format", "json"]);

        // The offer and the two documents keyaccount offer reads beside it: the rules and the map.
        var offer = KeyAccount.Core.Json.KeyAccountJson.Serialize(KeyAccount.Core.Negotiation.SampleNegotiations.MailOrderOffer);
        var map = KeyAccount.Core.Json.KeyAccountJson.Serialize(KeyAccount.Core.Relationships.SampleMaps.Bookshop);
        var rules = KeyAccount.Core.Json.KeyAccountJson.Serialize(KeyAccount.Core.Negotiation.OfferRules.Default);
        var offerFile = CliRunner.TempFile(offer, ".json");
        var mapFile = CliRunner.TempFile(map, ".json");
        var rulesFile = CliRunner.TempFile(rules, ".json");
        Add("offer", offer, ["offer", "{file}"], ["offer", "{file}", "--map", mapFile, "--rules", rulesFile, "--format", "json"]);
        Add("offer-rules", rules, ["offer", offerFile, "--rules", "{file}"], ["offer", offerFile, "--rules", "{file}", "--map", mapFile, "--format", "json"]);
        Add("offer-map", map, ["offer", offerFile, "--map", "{file}"], ["offer", offerFile, "--map", "{file}", "--format", "json"]);
        return subjects;
    });

    private static Property Holds(string name, int maxKinds = int.MaxValue)
    {
        var subject = Subjects.Value[name];
        var kinds = Enum.GetValues<JsonMutationKind>().Take(maxKinds).ToArray();
        var gen = from place in Gen.Choose(0, subject.Places.Count - 1)
                  from kind in Gen.Elements(kinds)
                  from command in Gen.Choose(0, subject.Commands.Length - 1)
                  select (place, kind, command);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (index, kind, command) = input;
            var place = subject.Places[index];
            var json = JsonMutation.Apply(subject.Root, place, kind);
            var (result, file) = HostileContract.RunOnFile(json, ".json", subject.Commands[command]);
            var why = HostileContract.Violation(result, file, needsPath: true);
            return (why is null).Label($"{name}: {kind} at {place.Path}, {string.Join(' ', subject.Commands[command])}: {why}\n{result}");
        });
    }

    [Property(MaxTest = 60)]
    public Property Classification_mutated_anywhere_keeps_the_contract() => Holds("classification");

    [Property(MaxTest = 60)]
    public Property Ladder_answers_mutated_anywhere_keep_the_contract() => Holds("ladder");

    [Property(MaxTest = 60)]
    public Property Opportunities_mutated_anywhere_keep_the_contract() => Holds("opportunities");

    [Property(MaxTest = 80)]
    public Property A_plan_mutated_anywhere_keeps_the_contract() => Holds("plan");

    [Property(MaxTest = 40)]
    public Property The_sample_portfolio_mutated_anywhere_keeps_the_contract() => Holds("portfolio");

    [Property(MaxTest = 40)]
    public Property The_documented_example_portfolio_mutated_anywhere_keeps_the_contract() => Holds("example-portfolio");

    [Property(MaxTest = 60)]
    public Property An_offer_mutated_anywhere_keeps_the_contract() => Holds("offer");

    [Property(MaxTest = 60)]
    public Property Offer_rules_mutated_anywhere_keep_the_contract() => Holds("offer-rules");

    [Property(MaxTest = 60)]
    public Property A_relationship_map_given_to_the_offer_mutated_anywhere_keeps_the_contract() => Holds("offer-map");

    /// <summary>Every kind of mutation at the root's first places of each document (deterministic: the cases a random draw may miss).</summary>
    [Fact]
    public void Every_kind_of_mutation_at_the_top_of_each_document_keeps_the_contract()
    {
        var failures = new List<string>();
        foreach (var subject in Subjects.Value.Values.Where(s => s.Name != "portfolio"))
        {
            foreach (var place in subject.Places.Where(p => ReferenceEquals(p.Parent, subject.Root)))
            {
                foreach (var kind in Enum.GetValues<JsonMutationKind>())
                {
                    var (result, file) = HostileContract.RunOnFile(JsonMutation.Apply(subject.Root, place, kind), ".json", subject.Commands[0]);
                    if (HostileContract.Violation(result, file, needsPath: true) is { } why)
                    {
                        failures.Add($"{subject.Name}: {kind} at {place.Path}: {why}: {result.Error.Split('\n')[0]}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The cases that were an exit 70 before issue 13's items 3 and 4 (sums beyond decimal, float-noise probabilities), each named.</summary>
    [Theory]
    [InlineData("classification", "$.clients[0].sales[0]", JsonMutationKind.DecimalMaximum)]
    [InlineData("opportunities", "$.opportunities[0].probability", JsonMutationKind.FloatNoise)]
    [InlineData("portfolio", "$.classification.clients[0].sales[0]", JsonMutationKind.DecimalMaximum)]
    public void Sums_beyond_decimal_and_float_noise_keep_the_contract(string name, string path, JsonMutationKind kind)
    {
        var subject = Subjects.Value[name];
        var place = subject.Places.Single(p => p.Path == path);
        foreach (var command in subject.Commands)
        {
            var (result, file) = HostileContract.RunOnFile(JsonMutation.Apply(subject.Root, place, kind), ".json", command);
            HostileContract.Assert(result, file, needsPath: true, path);
        }
    }
}
