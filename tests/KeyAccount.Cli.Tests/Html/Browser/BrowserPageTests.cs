using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeyAccount.Core.Review;

namespace KeyAccount.Cli.Tests.Html.Browser;

/// <summary>A test that needs the real browser: skipped, with the reason, only when Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "Chromium is not installed (" + Chromium.DefaultPath + ", or KEYACCOUNT_CHROMIUM); .ci/run installs Debian's chromium package, which these tests need.";
        }
    }
}

/// <summary>
/// What the browser made of the sample's pages: loaded once in headless Chromium (the first test
/// that needs it starts the browser), then read by the tests.
/// </summary>
public sealed class BrowserRun : IDisposable
{
    private readonly Lazy<Result> _result = new(Run);

    internal Result Value => _result.Value;

    public void Dispose()
    {
        // The browser is closed as soon as the run is made; nothing stays open between tests.
    }

    private static Result Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "keyaccount-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var review = Path.Combine(folder, "review.html");
            File.WriteAllText(review, HtmlPages.SampleReview, new UTF8Encoding(false));
            var accountJson = Path.Combine(folder, "account.json");
            File.WriteAllText(accountJson, CliRunner.Run("sample", "account").Out);
            var account = Path.Combine(folder, "account.html");
            File.WriteAllText(account, HtmlPages.Written(CliRunner.Run("account", accountJson, "--as-of", "2026-03-31", "--format", "html")), new UTF8Encoding(false));

            using var browser = Chromium.Launch();
            var page = browser.NewPage(1280, 900);
            var reviewUrl = new Uri(review);
            browser.Load(page, reviewUrl);
            var layout = browser.Evaluate(page, Layout).Clone();
            var shots = new Dictionary<string, PngPixels>(StringComparer.Ordinal);
            foreach (var section in layout.GetProperty("sections").EnumerateArray())
            {
                var clip = new
                {
                    x = section.GetProperty("x").GetDouble(),
                    y = section.GetProperty("y").GetDouble(),
                    width = section.GetProperty("width").GetDouble(),
                    height = Math.Min(section.GetProperty("height").GetDouble(), 2400),
                    scale = 1,
                };
                var png = browser.Send("Page.captureScreenshot", new { format = "png", clip, captureBeyondViewport = true }, page).GetProperty("data").GetString()!;
                shots[section.GetProperty("key").GetString()!] = PngPixels.Decode(Convert.FromBase64String(png));
            }

            var pdf = Convert.FromBase64String(browser.Send("Page.printToPDF", new { printBackground = true, preferCSSPageSize = true, generateDocumentOutline = true }, page).GetProperty("data").GetString()!);
            var reviewEvents = browser.Events(page);

            var second = browser.NewPage(1280, 900);
            browser.Load(second, new Uri(account));
            var accountLayout = browser.Evaluate(second, Layout).Clone();
            return new Result(reviewUrl, reviewEvents, layout, shots, pdf, browser.Events(second), accountLayout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Read in the page through the DevTools protocol (the page itself runs no script): each picture's size and each section's box.</summary>
    private const string Layout = """
        (() => ({
          svgs: [...document.querySelectorAll('svg')].map(s => { const r = s.getBoundingClientRect(); return { chart: s.getAttribute('data-chart') || '', width: r.width, height: r.height }; }),
          sections: [...document.querySelectorAll('section.section')].map(s => { const r = s.getBoundingClientRect(); return { key: s.dataset.section, title: s.querySelector('h2').textContent, x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height }; })
        }))()
        """;

    internal sealed record Result(Uri ReviewUrl, IReadOnlyList<(string Method, JsonElement Params)> ReviewEvents, JsonElement Layout, IReadOnlyDictionary<string, PngPixels> Screenshots, byte[] Pdf, IReadOnlyList<(string Method, JsonElement Params)> AccountEvents, JsonElement AccountLayout);
}

/// <summary>The sample's pages in a real browser: they render without console errors or requests, every picture has a size, no section is blank, and printed, each section starts a page.</summary>
public sealed class BrowserPageTests : IClassFixture<BrowserRun>
{
    private readonly BrowserRun _run;

    public BrowserPageTests(BrowserRun run)
    {
        _run = run;
    }

    [BrowserFact]
    public void The_review_page_renders_without_console_errors_and_fetches_nothing()
    {
        var run = _run.Value;

        Assert.Empty(Problems(run.ReviewEvents));
        var requests = run.ReviewEvents.Where(e => e.Method == "Network.requestWillBeSent").Select(e => e.Params.GetProperty("request").GetProperty("url").GetString()!).ToList();
        Assert.Equal(new[] { run.ReviewUrl.AbsoluteUri }, requests.Where(u => !u.StartsWith("data:", StringComparison.Ordinal)));
        Assert.Equal(PortfolioReview.Run(SamplePortfolios.PublisherAndBookshops()).Result!.Sections.Select(s => s.Key), run.Layout.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
    }

    [BrowserFact]
    public void Every_picture_has_a_size()
    {
        var svgs = _run.Value.Layout.GetProperty("svgs").EnumerateArray().ToList();

        Assert.Equal(11, svgs.Count);
        Assert.Contains(svgs, svg => svg.GetProperty("chart").GetString() == "health-1");
        Assert.All(svgs, svg =>
        {
            Assert.True(svg.GetProperty("width").GetDouble() > 100, svg.ToString());
            Assert.True(svg.GetProperty("height").GetDouble() > 100, svg.ToString());
        });
    }

    [BrowserFact]
    public void A_screenshot_of_each_section_is_not_blank()
    {
        var run = _run.Value;

        Assert.Equal(run.Layout.GetProperty("sections").GetArrayLength(), run.Screenshots.Count);
        foreach (var (section, shot) in run.Screenshots)
        {
            Assert.True(shot.Width > 600 && shot.Height > 200, $"{section}: {shot.Width}x{shot.Height}");
            Assert.True(shot.DistinctColours >= 16, $"{section}: only {shot.DistinctColours} colours");
            Assert.True(shot.DominantShare < 0.97, $"{section}: {shot.DominantShare:P1} of it is one colour");
        }
    }

    [BrowserFact]
    public void Printed_to_pdf_each_section_starts_a_page_of_its_own()
    {
        var run = _run.Value;
        var pdf = Encoding.Latin1.GetString(run.Pdf);
        var sections = run.Layout.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToList();

        Assert.StartsWith("%PDF-", pdf, StringComparison.Ordinal);
        var pages = Regex.Count(pdf, "/Type\\s*/Page(?![a-zA-Z])");
        Assert.True(pages >= sections.Count + 1, $"{pages} pages for the cover and {sections.Count} sections");

        // The document outline (Chromium makes it from the headings) lists every section, in order, each on a later page than the one before.
        var outline = PdfOutline.Read(pdf);
        var entries = sections.Select(title => outline.FindIndex(e => e.Title == title)).ToList();
        Assert.True(entries.All(i => i >= 0), "sections missing from the PDF outline: " + string.Join("; ", sections.Where((t, k) => entries[k] < 0)) + " (outline: " + string.Join("; ", outline.Select(e => e.Title)) + ")");
        var pagesOf = entries.Select(i => outline[i].Page).ToList();
        Assert.True(pagesOf.Zip(pagesOf.Skip(1)).All(p => p.Second > p.First) && pagesOf[0] > 0, "section pages: " + string.Join(", ", pagesOf));
    }

    [BrowserFact]
    public void The_account_page_renders_without_console_errors()
    {
        var run = _run.Value;

        Assert.Empty(Problems(run.AccountEvents));
        Assert.Contains(run.AccountLayout.GetProperty("sections").EnumerateArray(), s => s.GetProperty("key").GetString() == "account");
        Assert.Contains(run.AccountLayout.GetProperty("sections").EnumerateArray(), s => s.GetProperty("key").GetString() == "health");
        Assert.Contains(run.AccountLayout.GetProperty("svgs").EnumerateArray(), svg => svg.GetProperty("chart").GetString() == "health");
        Assert.All(run.AccountLayout.GetProperty("svgs").EnumerateArray(), svg => Assert.True(svg.GetProperty("width").GetDouble() > 100 && svg.GetProperty("height").GetDouble() > 100, svg.ToString()));
    }

    /// <summary>Console errors and warnings, uncaught exceptions, and errors the browser logged (a blocked resource, a policy violation).</summary>
    private static List<string> Problems(IReadOnlyList<(string Method, JsonElement Params)> events) =>
        events.Where(e =>
                (e.Method == "Runtime.consoleAPICalled" && e.Params.GetProperty("type").GetString() is "error" or "warning" or "assert")
                || e.Method == "Runtime.exceptionThrown"
                || (e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() is "error" or "warning"))
            .Select(e => e.Method + ": " + e.Params)
            .ToList();
}
