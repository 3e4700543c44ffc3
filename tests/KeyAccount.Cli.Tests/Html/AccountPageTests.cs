using System;
using System.IO;
using System.Linq;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Planning;
using NodaTime;
using static KeyAccount.Cli.Tests.Html.HtmlPages;

namespace KeyAccount.Cli.Tests.Html;

/// <summary><c>keyaccount account ACCOUNT.json --format html</c>: the parts the account holds, then the running of the account.</summary>
public sealed class AccountPageTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    [Fact]
    public void The_sample_account_page_shows_its_plan_and_its_state_from_the_library()
    {
        var account = SampleAccounts.PublisherAndBookshop();
        var path = CliRunner.TempFile(CliRunner.Run("sample", "account").Out, ".json");
        try
        {
            using var page = Parse(Written(CliRunner.Run("account", path, "--as-of", "2026-03-31", "--format", "html")));
            var run = AccountAnalysis.Run(account, AsOf);

            var expected = new[] { account.Ladder is null ? null : "ladder", account.Opportunities is null ? null : "opportunities", account.Plan is null ? null : "plan", "health", account.PlanReviews.Count == 0 ? null : "planReview", "internalCommunication", "account" }.Where(k => k is not null);
            Assert.Equal(expected, page.QuerySelectorAll("section[data-section]").Select(s => s.GetAttribute("data-section")));

            // Every table names itself (accessibility): a caption that is not empty.
            var tables = page.QuerySelectorAll("table");
            Assert.NotEmpty(tables);
            Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent), "a table without a caption: " + t.OuterHtml[..Math.Min(120, t.OuterHtml.Length)]));

            var state = page.QuerySelector("section[data-section='account']")!;
            Assert.Contains(run.Result!.Explanation, state.TextContent, StringComparison.Ordinal);
            var commitments = state.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Commitments", StringComparison.Ordinal));
            Assert.Equal(run.Result.Commitments.Select(c => (c.Commitment.Id, c.State.ToString())), commitments.QuerySelectorAll("tbody tr").Select(tr => (tr.Children[0].TextContent, tr.Children[4].TextContent)));
            if (account.Plan is { } plan)
            {
                var schedule = PlanAnalysis.Run(plan, AsOf).Result!;
                Assert.Equal(schedule.Actions.Select(a => a.ActionId), Rows(page, "timeline").Select(r => r[0].Text));
            }

            // The current plan review's goals and the notices not given in time, as the library gives them.
            var view = Assert.Single(run.Result.PlanReviews);
            var reviewSection = page.QuerySelector("section[data-section='planReview']")!;
            Assert.Contains(view.Explanation, reviewSection.TextContent, StringComparison.Ordinal);
            var goals = reviewSection.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Each goal", StringComparison.Ordinal));
            Assert.Equal(view.Review.Goals.Select(g => (g.Goal, g.Status.ToString())), goals.QuerySelectorAll("tbody tr").Select(tr => (tr.Children[0].TextContent, tr.Children[1].TextContent)));
            var noticesSection = page.QuerySelector("section[data-section='internalCommunication']")!;
            Assert.Contains(run.Result.InternalCommunication!.Explanation, noticesSection.TextContent, StringComparison.Ordinal);
            var notices = noticesSection.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Notices", StringComparison.Ordinal));
            Assert.Equal(run.Result.InternalCommunication.Findings.Select(f => (f.Code, f.Path)), notices.QuerySelectorAll("tbody tr").Select(tr => (tr.Children[0].TextContent, tr.Children[2].TextContent)));
            var rules = noticesSection.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("The rules", StringComparison.Ordinal));
            Assert.Equal(account.InternalCommunication!.Rules.Select(r => r.Id), rules.QuerySelectorAll("tbody tr").Select(tr => tr.Children[0].TextContent));

            var shown = page.QuerySelectorAll(".diagnostics tbody tr").Select(tr => (tr.Children[1].TextContent, tr.Children[2].TextContent)).OrderBy(x => x);
            Assert.Equal(run.Diagnostics.Select(d => (d.Code, d.Path)).OrderBy(x => x), shown);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_account_page_draws_the_account_s_health_a_quarter_apart_from_the_library()
    {
        var path = CliRunner.TempFile(CliRunner.Run("sample", "account").Out, ".json");
        try
        {
            using var page = Parse(Written(CliRunner.Run("account", path, "--as-of", "2026-03-31", "--format", "html")));
            var change = KeyAccount.Core.Health.HealthScorecard.Change(SampleAccounts.PublisherAndBookshop(), AsOf.PlusMonths(-3), AsOf);

            var section = page.QuerySelector("section[data-section='health']")!;
            Assert.Contains(change.Explanation, section.TextContent, StringComparison.Ordinal);
            var rows = Rows(page, "health");
            Assert.Equal((change.Before.Score, change.After.Score, change.Change), (Decimal(rows[0][3].Value), Decimal(rows[0][4].Value), Decimal(rows[0][5].Value)));
            Assert.Equal(change.Components.Select(c => c.Attribution), rows.Skip(1).Select(r => Decimal(r[5].Value)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_account_page_goes_to_a_file_with_the_output_option()
    {
        var input = CliRunner.TempFile(CliRunner.Run("sample", "account").Out, ".json");
        var output = Path.Combine(Path.GetTempPath(), "keyaccount-account-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var result = CliRunner.Run("account", input, "--as-of", "2026-03-31", "--format", "html", "--output", output);
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            using var page = Parse(File.ReadAllText(output));
            Assert.NotNull(page.QuerySelector("section[data-section='account']"));
            Assert.Equal(2, CliRunner.Run("account", input, "--output", output).ExitCode);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
