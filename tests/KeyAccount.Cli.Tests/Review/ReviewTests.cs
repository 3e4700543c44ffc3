using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Cli.Tests.Review;

/// <summary><c>keyaccount review</c> on the built-in portfolio and on documents.</summary>
public sealed class ReviewTests
{
    [Fact]
    public void Builtin_review_prints_the_nine_sections_in_the_method_order()
    {
        var result = CliRunner.Run("review");

        Assert.True(result.ExitCode == 0, result.ToString());
        var sections = new[]
        {
            "1. The 20/80 analysis", "2. Key clients, with the reasons", "3. Where you stand on the client's ladder",
            "4. The best set of opportunities within the budgets", "5. The key-client development plan",
            "6. Relationships: who is who in the decision", "7. Communications: the programme, its coverage and gaps",
            "8. Negotiation: the zone of agreement and the offer",
            "9. Health: each account scored, with the change since a quarter before",
        };
        var positions = sections.Select(s => result.Out.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Contains("300", result.Out);
        Assert.Contains("Publisher and bookshop", result.Out);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Builtin_review_json_carries_the_library_results()
    {
        var result = CliRunner.Run("review", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        var sample = SamplePortfolios.PublisherAndBookshops();
        var profit = sample.Classification.Clients.Select(c => new System.Collections.Generic.KeyValuePair<KeyAccount.Core.ClientId, decimal>(c.Client, c.Profits.Sum(p => p ?? 0m)));
        var pareto = ParetoAnalysis.Analyze(profit, sample.Classification.Currency).Summarize();
        Assert.Equal(300, root.GetProperty("pareto").GetProperty("clients").GetInt32());
        Assert.Equal(pareto.Total, root.GetProperty("pareto").GetProperty("total").GetDecimal());
        Assert.Equal(pareto.VitalFew!.Count, root.GetProperty("pareto").GetProperty("vitalFew").GetProperty("count").GetInt32());
        var selection = OpportunitySelector.Select(sample.Opportunities!);
        var chosen = root.GetProperty("opportunities").GetProperty("chosen").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(selection.Chosen, chosen);
        Assert.False(root.GetProperty("hasErrors").GetBoolean());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("planDiagnostics").ValueKind);
        Assert.Equal(sample.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("relationships").GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("relationshipDiagnostics").ValueKind);
        Assert.True(root.GetProperty("communications").GetProperty("occurrences").GetInt32() > 0);
        Assert.Equal(sample.Negotiation!.Id, root.GetProperty("negotiation").GetProperty("plan").GetString());
        Assert.Equal(sample.Offer!.Id, root.GetProperty("offer").GetProperty("offer").GetString());
        Assert.Equal(2, root.GetProperty("offerDiagnostics").GetArrayLength());
    }

    [Fact]
    public void Sample_portfolio_written_out_reviews_exactly_like_the_builtin_one()
    {
        var sample = CliRunner.Run("sample", "portfolio");
        Assert.Equal(0, sample.ExitCode);
        var path = CliRunner.TempFile(sample.Out, ".json");

        var fromFile = CliRunner.Run("review", path, "--format", "json");
        var builtin = CliRunner.Run("review", "--format", "json");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(builtin.Out, fromFile.Out);
        File.Delete(path);
    }

    [Fact]
    public void Builtin_sample_is_deterministic()
    {
        Assert.Equal(CliRunner.Run("sample").Out, CliRunner.Run("sample").Out);
    }

    [Fact]
    public void Example_portfolio_in_docs_reviews_without_errors()
    {
        var result = CliRunner.Run("review", CliRunner.Example("portfolio.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("5. The key-client development plan", result.Out);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"extra\":1}", "$.extra: unknown property 'extra'")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-13-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]}}", "$.asOf: '2026-13-01' is not a date")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\"}", "$.classification: this part is required.")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[{\"client\":\"a\",\"profits\":[\"x\"]}]}}", "$.classification.clients[0].profits[0]:")]
    [InlineData("{\"formatVersion\":3,\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]}}", "$.formatVersion: format version 3")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"accounts\":{}}", "$.accounts: the value is not a JSON array.")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"accounts\":[{\"client\":\"a\"},{\"client\":\"b\",\"diary\":7}]}", "$.accounts[1].diary")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"accounts\":[{\"client\":\"a\",\"formatVersion\":9}]}", "$.accounts[0].formatVersion")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"accounts\":[null]}", "$.accounts[0]")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"relationships\":{\"client\":\"a\",\"people\":\"x\"}}", "$.relationships")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"communications\":[1]}", "$.communications")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"negotiation\":{\"id\":\"n\",\"client\":\"a\",\"issues\":7}}", "$.negotiation")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]},\"offer\":\"x\"}", "$.offer")]
    [InlineData("[1,2]", "$: a portfolio must be a JSON object")]
    [InlineData("{\"name\":\"x\",\"name\":\"y\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]}}", "$.name: Duplicate property 'name'")]
    [InlineData("{\"formatVersion\":2,\"name\":\"x\",\"name\":\"y\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[]}}", "$.name (line 1): Duplicate property 'name'")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[{\"client\":\"a\",\"client\":\"b\"}]}}", "$.classification.clients[0].client")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"formatVersion\":9,\"currency\":\"EUR\",\"clients\":[]}}", "$.classification.formatVersion: The ClassificationPortfolioDocument document has format version 9, newer than 1")]
    [InlineData("{\"name\": ", "(line 1)")]
    public void Bad_portfolio_is_exit_2_naming_the_json_path(string json, string expected)
    {
        var path = CliRunner.TempFile(json, ".json");
        var result = CliRunner.Run("review", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + ":", result.Error);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        File.Delete(path);
    }

    [Theory]
    [InlineData("[{\"client\":\"a\",\"profits\":[1]},{\"client\":\"a\",\"profits\":[2]}]", "clients[1].client")]
    [InlineData("[null,{\"client\":\"a\",\"profits\":[2]}]", "clients[0]")]
    public void Classification_document_with_errors_is_exit_1_with_its_diagnostics_not_a_crash(string clients, string path)
    {
        var json = "{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":" + clients + "}}";
        var file = CliRunner.TempFile(json, ".json");

        var table = CliRunner.Run("review", file);
        var asJson = CliRunner.Run("review", file, "--format", "json");

        Assert.True(table.ExitCode == 1, table.ToString());
        Assert.Contains("Not analysed: the classification document has errors", table.Out);
        Assert.Contains(path, table.Out);
        Assert.Equal(string.Empty, table.Error);
        Assert.True(asJson.ExitCode == 1, asJson.ToString());
        using var document = JsonDocument.Parse(asJson.Out);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("pareto").ValueKind);
        Assert.Contains(path, document.RootElement.GetProperty("classification").GetProperty("diagnostics")[0].GetProperty("path").GetString(), System.StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void A_period_whose_profits_leave_decimal_is_KCL009_exit_1()
    {
        var json = "{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[{\"client\":\"a\",\"profits\":[79228162514264337593543950335,-79228162514264337593543950335]},{\"client\":\"b\",\"profits\":[1,0]}]}}";
        var file = CliRunner.TempFile(json, ".json");
        var table = CliRunner.Run("review", file);
        Assert.True(table.ExitCode == 1, table.ToString());
        Assert.Contains("KCL009", table.Out, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Theory]
    [InlineData("[{\"client\":\"a\",\"profits\":[79228162514264337593543950335,1]}]", "classification.clients[0].profits", "the profits of client 'a' add up beyond")]
    [InlineData("[{\"client\":\"a\",\"profits\":[79228162514264337593543950335]},{\"client\":\"b\",\"profits\":[1]}]", "classification.clients", "the clients' profits add up beyond")]
    public void Profits_beyond_decimal_are_a_KRV005_error_at_the_path_exit_1(string clients, string path, string expected)
    {
        // A well-formed document whose sums leave decimal's range is a defect of the document
        // (a diagnostic, exit 1), not bad input (exit 2).
        var json = "{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":" + clients + "}}";
        var file = CliRunner.TempFile(json, ".json");
        var table = CliRunner.Run("review", file);
        var result = CliRunner.Run("review", file, "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(table.ExitCode == 1, table.ToString());
        Assert.Contains("KRV005", table.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(result.Out);
        var diagnostic = Assert.Single(document.RootElement.GetProperty("reviewDiagnostics").EnumerateArray());
        Assert.Equal(ReviewDiagnosticCodes.ProfitsOutOfRange, diagnostic.GetProperty("code").GetString());
        Assert.Equal(path, diagnostic.GetProperty("path").GetString());
        Assert.Contains(expected, diagnostic.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        File.Delete(file);
    }

    [Fact]
    public void Review_through_the_library_and_through_the_cli_give_the_same_json()
    {
        var library = KeyAccountJson.Serialize(PortfolioReview.Run(SamplePortfolios.PublisherAndBookshops()).Result);
        var cli = CliRunner.Run("review", "--format", "json");

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(library.Trim(), cli.Out.Trim());
    }

    [Fact]
    public void Review_of_the_example_file_through_the_library_and_the_cli_give_the_same_figures()
    {
        var path = CliRunner.Example("portfolio.json");
        var document = KeyAccountJson.Deserialize<PortfolioDocument>(File.ReadAllText(path));
        var library = PortfolioReview.Run(document);
        var cli = CliRunner.Run("review", path, "--format", "json");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(KeyAccountJson.Serialize(library.Result).Trim(), cli.Out.Trim());
        using var json = JsonDocument.Parse(cli.Out);
        var codes = json.RootElement.GetProperty("reviewDiagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToArray();
        Assert.Equal(library.Result!.ReviewDiagnostics.Select(d => d.Code), codes);
    }

    [Fact]
    public void Every_section_title_of_the_json_is_a_numbered_rule_of_the_table()
    {
        var table = CliRunner.Run("review");
        using var json = JsonDocument.Parse(CliRunner.Run("review", "--format", "json").Out);
        var titles = json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToArray();

        Assert.Equal(9, titles.Length);
        for (var i = 0; i < titles.Length; i++)
        {
            Assert.Contains($"{i + 1}. {titles[i]}", table.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cross_area_warning_shows_under_its_section_and_in_the_json()
    {
        var sample = SamplePortfolios.PublisherAndBookshops();
        var stray = sample with { Plan = sample.Plan! with { Client = new KeyAccount.Core.ClientId("nobody") } };
        var file = CliRunner.TempFile(KeyAccountJson.Serialize(stray), ".json");

        var table = CliRunner.Run("review", file);
        var json = CliRunner.Run("review", file, "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        var plan = table.Out.IndexOf("5. The key-client development plan", StringComparison.Ordinal);
        Assert.True(plan > 0 && table.Out.IndexOf("KRV002", StringComparison.Ordinal) > plan, table.Out);
        using var document = JsonDocument.Parse(json.Out);
        var diagnostic = Assert.Single(document.RootElement.GetProperty("reviewDiagnostics").EnumerateArray());
        Assert.Equal("plan.client", diagnostic.GetProperty("path").GetString());
        File.Delete(file);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":[{\"client\":\"a\",\"profits\":[\"x\"]}]}}", ": $.classification.clients[0].profits[0]: the value is not a number.")]
    [InlineData("{\"name\":\"x\",\"asOf\":\"2026-01-01\",\"classification\":{\"currency\":\"EUR\",\"clients\":{}}}", ": $.classification.clients: the value is not a JSON array.")]
    [InlineData("{\"name\": \n", ": (line 2): ")]
    public void Json_errors_speak_of_json_kinds_and_give_the_line_once(string json, string expected)
    {
        var file = CliRunner.TempFile(json, ".json");
        var result = CliRunner.Run("review", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(file + expected, result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", result.Error, System.StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void Builtin_review_ends_with_the_sample_account_s_health_and_its_change_explained()
    {
        var result = CliRunner.Run("review");
        var sample = SamplePortfolios.PublisherAndBookshops();
        var change = PortfolioReview.Run(sample).Result!.Health!.Accounts.Single().Change!;

        Assert.True(result.ExitCode == 0, result.ToString());
        var flat = Flat(result.Out);
        var health = flat.IndexOf("9. Health: each account scored", StringComparison.Ordinal);
        Assert.True(health > flat.IndexOf("8. Negotiation", StringComparison.Ordinal), result.Out);
        Assert.Equal(KeyAccount.Core.Health.SampleHealth.Since, change.Before.AsOf);
        Assert.Equal(KeyAccount.Core.Health.SampleHealth.AsOf, change.After.AsOf);
        var explained = flat.IndexOf(Flat(change.Explanation), StringComparison.Ordinal);
        Assert.True(explained > health, result.Out);
        Assert.True(flat.IndexOf(Flat(change.After.Explanation), StringComparison.Ordinal) > health);
        Assert.Contains("Change from 2025-12-31 to 2026-03-31", flat, StringComparison.Ordinal);
        Assert.Contains("accounts[0].offers[0].pricing.discount", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("── ", flat.Substring(explained), StringComparison.Ordinal);
    }

    [Fact]
    public void The_health_section_shows_the_ranking_and_the_accounts_checks_across_areas()
    {
        var sample = SamplePortfolios.PublisherAndBookshops();
        var second = KeyAccountJson.Deserialize<KeyAccount.Core.Accounts.AccountDocument>(KeyAccountJson.Serialize(KeyAccount.Core.Accounts.SampleAccounts.PublisherAndBookshop()).Replace("\"client\": \"bookshop\"", "\"client\": \"stray-shop\"", StringComparison.Ordinal));
        var file = CliRunner.TempFile(KeyAccountJson.Serialize(sample with { Accounts = sample.Accounts.Append(second).ToArray() }), ".json");
        try
        {
            var table = CliRunner.Run("review", file);

            Assert.True(table.ExitCode == 0, table.ToString());
            var flat = Flat(table.Out);
            var health = flat.IndexOf("9. Health", StringComparison.Ordinal);
            Assert.True(flat.IndexOf("KRV002", StringComparison.Ordinal) > health, table.Out);
            Assert.True(flat.IndexOf("accounts[1].client", StringComparison.Ordinal) > health, table.Out);
            Assert.Contains("Health as of 2026-03-31, healthiest first", flat, StringComparison.Ordinal);
            Assert.Contains("Each of the 2 accounts in full", flat, StringComparison.Ordinal);
            Assert.Contains("Health of 'stray-shop'", flat, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The text with every run of white space and table border as one space: the table console wraps long lines.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\s│]+", " ");
}
