using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;
using KeyAccount.Core.Tests.Health;
using NodaTime;

namespace KeyAccount.Core.Tests.Review;

/// <summary>The review's health section: the portfolio's accounts scored by the Health area, their diagnostics at their paths, and the checks across areas for accounts.</summary>
public sealed class ReviewHealthTests
{
    private static readonly Lazy<PortfolioDocument> Sample = new(SamplePortfolios.PublisherAndBookshops);

    private static ClientId KeyShop => Sample.Value.Plan!.Client;

    [Fact]
    public void The_sample_review_ends_with_the_bookshop_account_s_health_a_quarter_apart()
    {
        var review = PortfolioReview.Run(Sample.Value).Result!;
        var expected = SampleHealth.PublisherAndBookshop();

        var last = review.Sections[^1];
        Assert.Equal("health", last.Key);
        Assert.True(last.Analysed);
        var health = review.Health!;
        Assert.Equal(SampleHealth.AsOf, health.AsOf);
        Assert.Equal(SampleHealth.Since, health.Since);
        var change = Assert.Single(health.Accounts).Change!;
        Assert.Equal(KeyShop, change.Client);
        Assert.Equal((expected.Before.Score, expected.After.Score, expected.Change), (change.Before.Score, change.After.Score, change.Change));
        Assert.Equal(expected.Components.Select(c => (c.Kind, c.Before, c.After, c.Attribution)), change.Components.Select(c => (c.Kind, c.Before, c.After, c.Attribution)));
        Assert.Equal(Renamed(expected.Explanation), change.Explanation);
        Assert.Equal(Renamed(expected.After.Explanation), change.After.Explanation);
    }

    [Fact]
    public void The_sample_account_is_the_method_s_bookshop_account_under_the_key_shop_s_id()
    {
        var account = Assert.Single(Sample.Value.Accounts);
        var bookshop = SampleAccounts.PublisherAndBookshop();

        Assert.Equal(KeyShop, account.Client);
        Assert.Equal(KeyAccountJson.Serialize(bookshop), KeyAccountJson.Serialize(account).Replace("\"client\": \"" + KeyShop.Value + "\"", "\"client\": \"" + bookshop.Client.Value + "\"", StringComparison.Ordinal));
        Assert.Equal(
            AccountValidator.Validate(bookshop, Sample.Value.AsOf).Select(d => (d.Code, d.Path)),
            PortfolioReview.Run(Sample.Value).Result!.HealthDiagnostics.Select(d => (d.Code, d.Path.Substring("accounts[0].".Length))));
    }

    [Fact]
    public void The_section_is_health_s_own_portfolio_of_the_accounts_as_of_the_review_s_day()
    {
        var document = Sample.Value with { Accounts = Accounts(11, 5) };

        var review = PortfolioReview.Run(document).Result!;

        var expected = HealthScorecard.Portfolio(document.Accounts, document.AsOf, document.AsOf.PlusMonths(-3));
        Assert.Equal(KeyAccountJson.Serialize(expected), KeyAccountJson.Serialize(review.Health));
        Assert.Equal(5, review.Health!.Accounts.Count);
    }

    [Theory]
    [InlineData(2026, 3, 31, 2025, 12, 31)]
    [InlineData(2026, 5, 31, 2026, 2, 28)]
    [InlineData(2024, 5, 31, 2024, 2, 29)]
    [InlineData(2026, 1, 15, 2025, 10, 15)]
    public void The_change_is_measured_from_the_same_day_a_quarter_before(int y, int m, int d, int sy, int sm, int sd)
    {
        var review = PortfolioReview.Run(Sample.Value with { AsOf = new LocalDate(y, m, d) }).Result!;

        Assert.Equal(new LocalDate(sy, sm, sd), review.Health!.Since);
        Assert.All(review.Health.Accounts, e => Assert.Equal(new LocalDate(sy, sm, sd), e.Change!.Before.AsOf));
    }

    [Fact]
    public void A_review_dated_within_a_quarter_of_the_calendar_s_first_day_scores_without_a_change()
    {
        // A bare account: the account's own analysis of meetings reaches back a whole window before the day.
        var review = PortfolioReview.Run(Sample.Value with { AsOf = LocalDate.MinIsoValue.PlusDays(10), Accounts = new[] { new AccountDocument(KeyShop) } }).Result!;

        Assert.Null(review.Health!.Since);
        Assert.Null(Assert.Single(review.Health.Accounts).Change);
    }

    [Fact]
    public void Without_accounts_the_section_is_there_and_not_analysed()
    {
        var run = PortfolioReview.Run(Sample.Value with { Accounts = Array.Empty<AccountDocument>() });

        Assert.Equal("health", run.Result!.Sections[^1].Key);
        Assert.False(run.Result.Sections[^1].Analysed);
        Assert.Null(run.Result.Health);
        Assert.Empty(run.Result.HealthDiagnostics);
        Assert.DoesNotContain(run.Diagnostics, d => d.Path.StartsWith("accounts", StringComparison.Ordinal));
    }

    [Fact]
    public void An_account_s_defect_is_its_diagnostic_under_its_path_and_the_account_is_still_scored()
    {
        var document = Change(Sample.Value, json => json["accounts"]![0]!["diary"]![3]!["followUpOf"] = "no-such-entry");

        var run = PortfolioReview.Run(document);

        var own = AccountValidator.Validate(document.Accounts[0], document.AsOf);
        Assert.Contains(own, d => d.Path.StartsWith("diary[3].followUpOf", StringComparison.Ordinal));
        Assert.Equal(own.Select(d => (d.Code, d.Severity, "accounts[0]." + d.Path, d.Message)), run.Result!.HealthDiagnostics.Select(d => (d.Code, d.Severity, d.Path, d.Message)));
        Assert.Contains(run.Diagnostics, d => d.Path.StartsWith("accounts[0].diary[3].followUpOf", StringComparison.Ordinal));
        Assert.Equal(own.HasErrors(), run.Result.HasErrors);
        Assert.NotNull(Assert.Single(run.Result.Health!.Accounts).Health.Score);
    }

    [Fact]
    public void KRV002_an_account_for_a_client_the_classification_does_not_know()
    {
        var stranger = HealthAccounts.Account(7, "shop-999");
        var document = Sample.Value with { Accounts = Sample.Value.Accounts.Append(stranger).ToArray() };

        var review = PortfolioReview.Run(document).Result!;

        var diagnostic = Assert.Single(review.ReviewDiagnostics);
        Assert.Equal(ReviewDiagnosticCodes.ClientNotClassified, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("accounts[1].client", diagnostic.Path);
        Assert.Contains("'shop-999' has an account", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(review.Health!.Accounts, e => e.Client == stranger.Client);
    }

    [Fact]
    public void KRV008_two_accounts_of_one_client_is_an_error_and_the_later_is_left_out()
    {
        var first = HealthAccounts.Account(3, KeyShop.Value);
        var document = Sample.Value with { Accounts = new[] { first, HealthAccounts.Account(4, "shop-001"), Sample.Value.Accounts[0] } };

        var run = PortfolioReview.Run(document);

        var diagnostic = Assert.Single(run.Result!.ReviewDiagnostics);
        Assert.Equal(ReviewDiagnosticCodes.AccountRepeated, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("accounts[2].client", diagnostic.Path);
        Assert.Contains("accounts[0] only", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(run.Result.HasErrors);
        Assert.Equal(2, run.Result.Health!.Accounts.Count);
        var kept = run.Result.Health.Accounts.Single(e => e.Client == KeyShop);
        Assert.Equal(HealthScorecard.Score(first, document.AsOf).Score, kept.Score);
        Assert.Contains(run.Result.HealthDiagnostics, d => d.Path.StartsWith("accounts[2].", StringComparison.Ordinal));
    }

    [Property(MaxTest = 25)]
    public bool The_section_does_not_depend_on_the_order_of_the_accounts(int seed, int count)
    {
        var accounts = Accounts(seed, 1 + (Math.Abs(count % 6)));
        var random = new Random(seed);
        var shuffled = accounts.OrderBy(_ => random.Next()).ToArray();

        var one = PortfolioReview.Run(Sample.Value with { Accounts = accounts });
        var other = PortfolioReview.Run(Sample.Value with { Accounts = shuffled });

        return KeyAccountJson.Serialize(one.Result!.Health) == KeyAccountJson.Serialize(other.Result!.Health)
            && one.Result.ReviewDiagnostics.Count == 0
            && one.Result.Health!.Accounts.Select(e => e.Rank).SequenceEqual(Enumerable.Range(1, accounts.Length));
    }

    [Property(MaxTest = 25)]
    public bool Every_account_diagnostic_is_reported_once_under_the_account_s_index(int seed, int count)
    {
        var accounts = Accounts(seed, 1 + (Math.Abs(count % 5)));
        var run = PortfolioReview.Run(Sample.Value with { AsOf = new LocalDate(2026, 2, 14), Accounts = accounts });

        var expected = accounts.SelectMany((a, i) => AccountValidator.Validate(a, new LocalDate(2026, 2, 14)).Select(d => (d.Code, "accounts[" + i + "]" + (d.Path.Length == 0 ? string.Empty : "." + d.Path)))).OrderBy(x => x).ToList();
        return expected.SequenceEqual(run.Result!.HealthDiagnostics.Select(d => (d.Code, d.Path)).OrderBy(x => x))
            && run.Result.HealthDiagnostics.All(d => run.Diagnostics.Contains(d));
    }

    /// <summary><paramref name="count"/> generated accounts for distinct clients of the sample's classification.</summary>
    private static AccountDocument[] Accounts(int seed, int count) =>
        Enumerable.Range(0, count).Select(i => HealthAccounts.Account(unchecked(seed * 31) + i, Sample.Value.Classification.Clients[(Math.Abs(seed % 50) * 5) + i].Client.Value)).ToArray();

    private static string Renamed(string text) => text.Replace("'bookshop'", "'" + KeyShop.Value + "'", StringComparison.Ordinal);

    private static PortfolioDocument Change(PortfolioDocument document, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(KeyAccountJson.Serialize(document))!;
        change(json);
        return KeyAccountJson.Deserialize<PortfolioDocument>(json.ToJsonString());
    }
}
