using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KeyAccount.Cli.Health;
using KeyAccount.Cli.Html;
using KeyAccount.Cli.Html.Charts;
using KeyAccount.Cli.Html.Sections;
using KeyAccount.Core;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Health;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Pareto;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Review;
using NodaTime.Text;
using static KeyAccount.Cli.Tests.Html.HtmlPages;

namespace KeyAccount.Cli.Tests.Html;

/// <summary><c>keyaccount review --format html</c>: the page parsed back, its sections, and every figure's data against the library's result.</summary>
public sealed class ReviewPageTests
{
    private static readonly PortfolioDocument Sample = SamplePortfolios.PublisherAndBookshops();
    private static readonly PortfolioReviewResult Review = PortfolioReview.Run(Sample).Result!;

    [Fact]
    public void The_sample_page_is_well_formed_html_with_every_section_in_the_method_order()
    {
        using var page = Parse(SampleReview);

        var sections = page.QuerySelectorAll("section[data-section]").ToList();
        Assert.Equal(Review.Sections.Select(s => s.Key), sections.Select(s => s.GetAttribute("data-section")));
        for (var i = 0; i < sections.Count; i++)
        {
            Assert.Equal($"{i + 1}. {Review.Sections[i].Title}", sections[i].QuerySelector("h2")!.TextContent);
            Assert.NotNull(sections[i].QuerySelector(".diagnostics, .explanation"));
        }

        Assert.Equal(Review.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(sections.Count, page.QuerySelectorAll("nav li a").Length);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_page_is_self_contained_and_forbids_scripts()
    {
        using var page = Parse(SampleReview);

        var csp = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.Same(page.Head!.QuerySelector("meta[http-equiv]"), page.Head.Children.Skip(1).First());
        Assert.Empty(page.QuerySelectorAll("script, iframe, object, embed, img, link[rel='stylesheet'], base"));
        foreach (var element in page.QuerySelectorAll("[src], [href], [xlink\\:href]"))
        {
            foreach (var attribute in element.Attributes.Where(a => a.LocalName is "src" or "href"))
            {
                Assert.True(attribute.Value.StartsWith('#') || attribute.Value.StartsWith("data:", StringComparison.Ordinal), $"{element.LocalName} links to {attribute.Value}");
            }
        }

        Assert.DoesNotMatch(new Regex("url\\((?!#)|@import|https?://(?!www\\.w3\\.org/(2000/svg|1999/xlink))", RegexOptions.IgnoreCase), SampleReview);
        Assert.DoesNotContain(page.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_figure_has_a_picture_a_text_alternative_and_a_data_table()
    {
        using var page = Parse(SampleReview);

        var figures = page.QuerySelectorAll("figure[data-figure]").ToList();
        Assert.Equal(
            new[] { "cumulative", "tiers", "ladder", "value-effort", "budgets", "timeline", "resource-load", "org-chart", "calendar", "frontier", "health-1" },
            figures.Select(f => f.GetAttribute("data-figure")));
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var labels = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(labels, id => Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(id)?.TextContent)));
            Assert.Matches("^0 0 [0-9.]+ [0-9.]+$", svg.GetAttribute("viewBox")!);
            Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector(".alt")!.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("figcaption")!.TextContent));
            Assert.NotEmpty(Rows(page, figure.GetAttribute("data-figure")!));
        }
    }

    [Fact]
    public void Every_picture_draws_with_the_one_palette()
    {
        var allowed = Palette.AllHex.Select(h => h.ToUpperInvariant()).ToHashSet();
        using var page = Parse(SampleReview);

        foreach (var svg in page.QuerySelectorAll("svg"))
        {
            var markup = svg.OuterHtml;
            foreach (Match m in Regex.Matches(markup, "rgb\\((\\d+),(\\d+),(\\d+)\\)"))
            {
                var hex = "#" + string.Concat(m.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
                Assert.True(allowed.Contains(hex), $"{svg.GetAttribute("data-chart")} uses {hex}, not in the palette");
            }

            foreach (Match m in Regex.Matches(markup, "(?:fill|stroke)[=:]\"?(#[0-9a-fA-F]{6}|[a-z]+)"))
            {
                var colour = m.Groups[1].Value;
                Assert.True(colour is "none" or "black" or "white" or "url" or "rgb" || allowed.Contains(colour.ToUpperInvariant()), $"{svg.GetAttribute("data-chart")} uses {colour}, not in the palette");
            }
        }
    }

    [Fact]
    public void The_curve_table_is_the_library_s_curve_with_its_a_b_c_classes()
    {
        using var page = Parse(SampleReview);
        var analysis = Review.ParetoAnalysis!;
        var points = analysis.GetCumulativeCurve(ParetoSection.CurvePoints);
        var abc = Review.Pareto!.Abc;

        var rows = Rows(page, "cumulative");

        Assert.Equal(points.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(points[i].ClientShare, Double(rows[i][0].Value));
            Assert.Equal(points[i].ValueShare, Double(rows[i][1].Value));
            var rank = (int)Math.Round(points[i].ClientShare * analysis.Count);
            Assert.Equal(rank < 1 ? "–" : abc.ClassAt(rank).ToString(), rows[i][2].Text);
        }

        Assert.Contains(Review.Pareto.Explanation, page.QuerySelector("section[data-section='pareto']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lorenz_curve_is_drawn_when_no_client_loses_money_and_its_table_is_the_library_s()
    {
        var amounts = Enumerable.Range(1, 60).Select(i => new System.Collections.Generic.KeyValuePair<ClientId, decimal>(new ClientId("c" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)), i * i * 10m));
        var analysis = ParetoAnalysis.Analyze(amounts, new Currency("EUR"));
        var summary = analysis.Summarize();
        var html = HtmlRenderer.Render(new Page("t", "s", Array.Empty<(string, string)>(), new[] { new PageSection("pareto", 1, "20/80", ParetoSection.Blocks(analysis, summary, "test")) }, Array.Empty<Diagnostic>()));
        using var page = Parse(html);

        var rows = Rows(page, "lorenz");
        var points = analysis.GetLorenzCurve(ParetoSection.CurvePoints);
        Assert.Equal(points.Select(p => (p.ClientShare, p.ValueShare)), rows.Select(r => (Double(r[0].Value), Double(r[1].Value))));
        Assert.Contains("vital few", page.QuerySelector("figure[data-figure='lorenz'] .alt")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tier_table_is_the_classification_s_counts()
    {
        using var page = Parse(SampleReview);
        var counts = Review.Classification.Classification!.Counts;

        var rows = Rows(page, "tiers");

        Assert.Equal(counts.Select(c => (c.Clients, c.RestingOnMissingEvidence)), rows.Select(r => (int.Parse(r[1].Value!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[2].Value!, System.Globalization.CultureInfo.InvariantCulture))));
        var keys = page.QuerySelectorAll("section[data-section='classification'] .table-wrap tbody tr th").Select(t => t.TextContent).ToHashSet();
        Assert.Equal(counts.Single(c => c.Tier == KeyAccount.Core.Classification.ClientTier.Key).Clients, keys.Count);
    }

    [Fact]
    public void The_ladder_table_is_each_key_client_s_perspectives()
    {
        using var page = Parse(SampleReview);
        var perspectives = LadderPositioner.Run(Sample.Ladder!).Result!.Clients.ToDictionary(p => p.Client.Value, StringComparer.Ordinal);

        var rows = Rows(page, "ladder");

        Assert.Equal(Review.Ladder!.Entries.Select(e => e.Client.Value).OrderBy(c => c, StringComparer.Ordinal), rows.Select(r => r[0].Text));
        foreach (var row in rows)
        {
            var p = perspectives[row[0].Text];
            Assert.Equal(p.Own.Position, Double(row[1].Value));
            Assert.Equal(p.ClientView?.Position, row[2].Value is null ? null : Double(row[2].Value));
            Assert.Equal(p.Gap, row[3].Value is null ? null : Double(row[3].Value));
            Assert.Equal(p.YourRank.ToString(System.Globalization.CultureInfo.InvariantCulture), row[5].Value);
        }
    }

    [Fact]
    public void The_opportunity_tables_are_the_scores_the_choice_and_the_budgets()
    {
        using var page = Parse(SampleReview);
        var portfolio = Sample.Opportunities!;
        var scores = OpportunityScoring.Score(portfolio.Opportunities, portfolio.Currency).Scores;
        var chosen = Review.Opportunities!.Chosen.ToHashSet(StringComparer.Ordinal);

        var rows = Rows(page, "value-effort");

        Assert.Equal(scores.OrderBy(s => s.Rank).Select(s => s.Id), rows.Select(r => r[0].Text));
        foreach (var (row, score) in rows.Zip(scores.OrderBy(s => s.Rank)))
        {
            Assert.Equal(score.Effort, Double(row[3].Value));
            Assert.Equal(score.ExpectedReturn, Decimal(row[4].Value));
            Assert.Equal(chosen.Contains(score.Id) ? "yes" : "no", row[6].Text);
        }

        var budgets = Rows(page, "budgets");
        Assert.Equal(Review.Opportunities.Resources.Select(r => (r.Budget, r.Used, r.Slack)), budgets.Select(r => (Decimal(r[2].Value), Decimal(r[3].Value), Decimal(r[4].Value))));
    }

    [Fact]
    public void The_plan_tables_are_the_schedule_s_timing_and_loads()
    {
        using var page = Parse(SampleReview);
        var schedule = PlanAnalysis.Run(Sample.Plan!, Sample.AsOf).Result!;

        var timeline = Rows(page, "timeline");
        Assert.Equal(
            schedule.Actions.Select(a => (a.ActionId, Iso(a.EarliestStart), Iso(a.EarliestFinish), a.SlackDays, a.IsCritical ? "yes" : "no")),
            timeline.Select(r => (r[0].Text, r[4].Value!, r[5].Value!, int.Parse(r[6].Value!, System.Globalization.CultureInfo.InvariantCulture), r[7].Text)));
        Assert.Equal(schedule.CriticalPath, timeline.Where(r => r[7].Text == "yes").Select(r => r[0].Text).OrderBy(id => schedule.CriticalPath.ToList().IndexOf(id)));

        var loads = Rows(page, "resource-load");
        Assert.Equal(
            schedule.ResourceLoads.Select(l => (l.ResourceId, l.Load, l.IsOverBudget ? "yes" : "no")),
            loads.Select(r => (r[0].Text, Decimal(r[2].Value), r[5].Text)));
    }

    [Fact]
    public void The_org_chart_calendar_and_frontier_tables_are_the_library_s()
    {
        using var page = Parse(SampleReview);

        var people = Rows(page, "org-chart").Select(r => r[0].Text).OrderBy(n => n, StringComparer.Ordinal);
        var present = Sample.Relationships!.People.Where(p => (p.Joined is null || p.Joined <= Sample.AsOf) && (p.Left is null || p.Left > Sample.AsOf)).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(present, people);

        var window = Review.Communications!.Window;
        var occurrences = CommunicationCalendar.Expand(Sample.Communications!, window).OrderBy(o => o.Date).ThenBy(o => o.ItemId, StringComparer.Ordinal);
        Assert.Equal(occurrences.Select(o => (Iso(o.Date), o.ItemId)), Rows(page, "calendar").Select(r => (r[0].Value!, r[1].Text)));
        Assert.Equal(Review.Communications.Occurrences, Rows(page, "calendar").Count);

        var frontier = Review.Negotiation!.Frontier.Packages;
        Assert.Equal(frontier.Select(p => (p.OurUtility, p.ClientUtility)), Rows(page, "frontier").Select(r => (Double(r[0].Value), Double(r[1].Value))));
        Assert.Equal(Review.Negotiation.Suggestions.Count, Rows(page, "frontier").Count(r => r[4].Value is not null));
    }

    [Fact]
    public void Every_diagnostic_of_the_review_is_shown_once_under_its_part()
    {
        var run = PortfolioReview.Run(Sample);
        using var page = Parse(SampleReview);

        var shown = page.QuerySelectorAll(".diagnostics tbody tr").Select(tr => (tr.Children[1].TextContent, tr.Children[2].TextContent)).ToList();

        Assert.Equal(run.Diagnostics.Select(d => (d.Code, d.Path)).OrderBy(x => x), shown.OrderBy(x => x));
        var plan = page.QuerySelector("section[data-section='plan'] .diagnostics")!;
        Assert.All(run.Diagnostics.Where(d => d.Path.StartsWith("plan", StringComparison.Ordinal)), d => Assert.Contains(d.Message, plan.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_hostile_client_name_shows_as_text_and_never_as_markup()
    {
        const string Hostile = "<script>alert(1)</script>";
        var json = CliRunner.Run("sample", "portfolio").Out
            .Replace("\"shop-182\"", "\"" + Hostile + "\"", StringComparison.Ordinal)
            .Replace("\"shop-169\"", "\"<img src=x onerror=alert(2)>\"", StringComparison.Ordinal);
        var path = CliRunner.TempFile(json, ".json");
        try
        {
            var html = Written(CliRunner.Run("review", path, "--format", "html"));
            using var page = Parse(html);

            Assert.Empty(page.QuerySelectorAll("script, img"));
            Assert.DoesNotContain(page.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(page.QuerySelectorAll("th, td"), c => c.TextContent == Hostile);
            Assert.Contains(page.QuerySelectorAll("svg text"), t => t.TextContent.Contains("<script>", StringComparison.Ordinal));
            Assert.Contains("<img src=x onerror=alert(2)>", page.Body!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Control_characters_in_a_name_do_not_break_the_page()
    {
        var json = CliRunner.Run("sample", "portfolio").Out.Replace("\"shop-182\"", "\"shop\\u0001\\u0007\\uFFFE-182\"", StringComparison.Ordinal);
        var path = CliRunner.TempFile(json, ".json");
        try
        {
            var html = Written(CliRunner.Run("review", path, "--format", "html"));
            using var page = Parse(html);
            Assert.Contains(page.QuerySelectorAll("th"), c => c.TextContent == "shop\uFFFD\uFFFD\uFFFD-182");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_section_the_page_does_not_know_yet_is_shown_in_its_place_with_its_diagnostics()
    {
        var run = PortfolioReview.Run(Sample);
        var future = new ReviewSection("forecast", "The account's forecast", true);
        var sections = run.Result!.Sections.Take(2).Append(future).Concat(run.Result.Sections.Skip(2)).ToList();
        var later = new DocumentRun<PortfolioReviewResult>(run.Diagnostics, run.Result with { Sections = sections });

        using var page = Parse(HtmlRenderer.Render(ReviewPage.Build(later, Sample)));

        var keys = page.QuerySelectorAll("section[data-section]").Select(s => s.GetAttribute("data-section")).ToList();
        Assert.Equal(sections.Select(s => s.Key), keys);
        Assert.Equal("3. The account's forecast", page.QuerySelector("section[data-section='forecast'] h2")!.TextContent);
        Assert.NotNull(page.QuerySelector("section[data-section='forecast'] .diagnostics"));
    }

    [Fact]
    public void Only_the_areas_the_portfolio_has_are_shown()
    {
        var bare = Sample with { Ladder = null, Opportunities = null, Plan = null, Relationships = null, Communications = null, Negotiation = null, Offer = null, Accounts = Array.Empty<KeyAccount.Core.Accounts.AccountDocument>() };
        var run = PortfolioReview.Run(bare);

        using var page = Parse(HtmlRenderer.Render(ReviewPage.Build(run, bare)));

        Assert.Equal(new[] { "pareto", "classification" }, page.QuerySelectorAll("section[data-section]").Select(s => s.GetAttribute("data-section")));
        Assert.Contains("not in this portfolio", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_goes_to_the_file_whole_or_the_command_fails()
    {
        var path = Path.Combine(Path.GetTempPath(), "keyaccount-html-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var written = CliRunner.Run("review", "--format", "html", "-o", path);
            Assert.Equal(0, written.ExitCode);
            Assert.Empty(written.Out);
            Assert.Equal(SampleReview, File.ReadAllText(path));

            var notHtml = CliRunner.Run("review", "--format", "json", "-o", path);
            Assert.Equal(2, notHtml.ExitCode);
            Assert.Contains("--format html", notHtml.Error, StringComparison.Ordinal);

            var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "page.html");
            var failed = CliRunner.Run("review", "--format", "html", "-o", missing);
            Assert.Equal(74, failed.ExitCode);
            Assert.Contains("page.html", failed.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(missing));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_page_is_the_same_every_time()
    {
        Assert.Equal(SampleReview, Written(CliRunner.Run("review", "--format", "html")));
    }

    [Fact]
    public void The_health_table_is_the_library_s_scores_and_parts_of_the_change()
    {
        using var page = Parse(SampleReview);
        var entry = Assert.Single(Review.Health!.Accounts);
        var change = entry.Change!;

        var rows = Rows(page, "health-1");

        Assert.Equal(1 + HealthScorecard.Kinds.Count, rows.Count);
        Assert.Equal(("score", change.Before.Score, change.After.Score, change.Change), (rows[0][0].Text, Decimal(rows[0][3].Value), Decimal(rows[0][4].Value), Decimal(rows[0][5].Value)));
        foreach (var (row, component) in rows.Skip(1).Zip(change.Components))
        {
            var after = entry.Health.Component(component.Kind);
            Assert.Equal(HealthTable.Name(component.Kind), row[0].Text);
            Assert.Equal(after.Weight, Decimal(row[1].Value));
            Assert.Equal(after.Counts ? (double?)(double)after.Share : null, row[2].Value is null ? (double?)null : Double(row[2].Value));
            Assert.Equal(component.Before, row[3].Value is null ? null : Decimal(row[3].Value));
            Assert.Equal(component.After, row[4].Value is null ? null : Decimal(row[4].Value));
            Assert.Equal(component.Attribution, Decimal(row[5].Value));
        }

        Assert.Equal(change.Change, rows.Skip(1).Sum(r => Decimal(r[5].Value)));
    }

    [Fact]
    public void The_health_section_holds_the_explanations_the_facts_and_the_accounts_diagnostics()
    {
        using var page = Parse(SampleReview);
        var run = PortfolioReview.Run(Sample);
        var entry = Assert.Single(run.Result!.Health!.Accounts);
        var section = page.QuerySelector("section[data-section='health']")!;
        var text = section.TextContent;

        var all = page.QuerySelectorAll("section[data-section]");
        Assert.Same(section, all[all.Length - 1]);
        Assert.Contains(run.Result.Health!.Explanation, text, StringComparison.Ordinal);
        Assert.Contains(entry.Health.Explanation, text, StringComparison.Ordinal);
        Assert.Contains(entry.Change!.Explanation, text, StringComparison.Ordinal);
        Assert.All(entry.Change.Components, c => Assert.Contains(c.Explanation, text, StringComparison.Ordinal));
        Assert.Contains(entry.Change.Components.Where(c => c.Attribution != 0), c => section.QuerySelector("figure .alt")!.TextContent.Contains(HealthTable.Name(c.Kind) + " " + (c.Attribution > 0 ? "+" : string.Empty), StringComparison.Ordinal));
        var facts = section.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.StartsWith("What costs points", StringComparison.Ordinal) == true);
        Assert.Equal(entry.Health.Components.Sum(c => c.Facts.Count), facts.QuerySelectorAll("tbody tr").Length);
        var shown = section.QuerySelectorAll(".diagnostics tbody tr").Select(tr => (tr.Children[1].TextContent, tr.Children[2].TextContent)).ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(run.Result.HealthDiagnostics.Select(d => (d.Code, d.Path)).OrderBy(x => x), shown.OrderBy(x => x));
        Assert.Contains(section.QuerySelectorAll("svg text"), t => t.TextContent.StartsWith("freshness +", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_accounts_are_ranked_with_their_pictures_and_a_check_across_areas_under_health()
    {
        var second = Renamed(Sample.Accounts[0], "stray-shop");
        var portfolio = Sample with { Accounts = Sample.Accounts.Append(second).ToArray() };
        var run = PortfolioReview.Run(portfolio);

        using var page = Parse(HtmlRenderer.Render(ReviewPage.Build(run, portfolio)));

        var section = page.QuerySelector("section[data-section='health']")!;
        var ranking = section.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.StartsWith("Health as of", StringComparison.Ordinal) == true);
        Assert.Equal(run.Result!.Health!.Accounts.Select(e => e.Client.Value), ranking.QuerySelectorAll("tbody tr").Select(tr => tr.Children[1].TextContent));
        Assert.Equal(new[] { "health-1", "health-2" }, section.QuerySelectorAll("figure[data-figure]").Select(f => f.GetAttribute("data-figure")));
        Assert.Contains(section.QuerySelectorAll(".diagnostics tbody tr"), tr => tr.Children[1].TextContent == ReviewDiagnosticCodes.ClientNotClassified && tr.Children[2].TextContent == "accounts[1].client");
    }

    /// <summary>The account as another client's: every client member of it and of the documents it holds renamed.</summary>
    private static KeyAccount.Core.Accounts.AccountDocument Renamed(KeyAccount.Core.Accounts.AccountDocument account, string client) =>
        KeyAccount.Core.Json.KeyAccountJson.Deserialize<KeyAccount.Core.Accounts.AccountDocument>(KeyAccount.Core.Json.KeyAccountJson.Serialize(account).Replace("\"client\": \"" + account.Client.Value + "\"", "\"client\": \"" + client + "\"", StringComparison.Ordinal));

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
