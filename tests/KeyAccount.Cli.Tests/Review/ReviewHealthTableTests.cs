using System;
using System.Linq;
using KeyAccount.Cli.Review;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Health;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Cli.Tests.Review;

/// <summary>Which accounts the review's health section shows in full, in the table and on the page.</summary>
public sealed class ReviewHealthTableTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    private static AccountDocument Renamed(AccountDocument account, string client) =>
        KeyAccountJson.Deserialize<AccountDocument>(KeyAccountJson.Serialize(account).Replace("\"client\": \"" + account.Client.Value + "\"", "\"client\": \"" + client + "\"", StringComparison.Ordinal));

    [Fact]
    public void Up_to_ten_accounts_are_all_shown_in_rank_order()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var accounts = Enumerable.Range(1, 4).Select(i => Renamed(sample, "shop-" + i)).Append(new AccountDocument(new ClientId("bare"))).ToArray();
        var health = HealthScorecard.Portfolio(accounts, AsOf, AsOf.PlusMonths(-3));

        Assert.Equal(health.Accounts, ReviewTable.InFull(health));
    }

    [Fact]
    public void Beyond_ten_the_largest_falls_come_first_then_the_lowest_scores()
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var falling = Enumerable.Range(1, 6).Select(i => Renamed(sample, "shop-" + i));
        // Accounts that hold only their opportunities: scored the same on both dates.
        var steady = Enumerable.Range(1, 9).Select(i => new AccountDocument(new ClientId("steady-" + i), opportunities: Renamed(sample, "steady-" + i).Opportunities));
        var health = HealthScorecard.Portfolio(falling.Concat(steady).ToArray(), AsOf, AsOf.PlusMonths(-3));

        var full = ReviewTable.InFull(health);

        Assert.Equal(6, health.Fallers.Count);

        Assert.Equal(ReviewTable.AccountsInFull, full.Count);
        Assert.Equal(health.Fallers, full.Take(health.Fallers.Count));
        Assert.Equal(full.Count, full.Distinct().Count());
        var rest = full.Skip(health.Fallers.Count).ToList();
        Assert.All(rest, e => Assert.NotNull(e.Score));
        var lowest = health.Accounts.Where(e => e.Score is not null && !health.Fallers.Contains(e)).OrderBy(e => e.Score).ThenByDescending(e => e.Rank).Take(rest.Count);
        Assert.Equal(lowest.Select(e => e.Rank), rest.Select(e => e.Rank));
    }
}
