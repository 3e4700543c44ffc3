using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Sections;
using KeyAccount.Core;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Review;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html;

/// <summary>
/// The review as a page: the library's sections (<see cref="PortfolioReviewResult.Sections"/>) in the
/// method's order, each drawn by its renderer with its explanation, pictures and diagnostics. Only the
/// areas the portfolio has are shown. Every number comes from the library: the review's result, and
/// for the pictures the review does not carry (each client's ladder perspectives, the opportunities'
/// scores, the plan's schedule, the calendar's occurrences) the library's own analysis of the same part.
/// </summary>
internal static class ReviewPage
{
    /// <summary>
    /// One renderer per section key. A section the library adds before this table knows it still
    /// appears in its place with its title, whether it was analysed and its diagnostics
    /// (<see cref="Generic"/>); a test over the sample's sections keeps the table complete.
    /// </summary>
    private static readonly Dictionary<string, Func<Context, IReadOnlyList<Block>>> Renderers = new(StringComparer.Ordinal)
    {
        ["pareto"] = Pareto,
        ["classification"] = Classification,
        ["ladder"] = Ladder,
        ["opportunities"] = Opportunities,
        ["plan"] = Plan,
        ["relationships"] = Relationships,
        ["communications"] = Communications,
        ["negotiation"] = Negotiation,
        ["health"] = Health,
    };

    /// <summary>The section keys this page draws with a renderer of their own (a test checks that every section of the library is among them).</summary>
    internal static IReadOnlyCollection<string> SectionKeys => Renderers.Keys;

    /// <summary>The parts of the portfolio whose diagnostics each section shows (by the first member of their path).</summary>
    private static readonly Dictionary<string, string[]> Parts = new(StringComparer.Ordinal)
    {
        ["pareto"] = Array.Empty<string>(),
        ["negotiation"] = new[] { "negotiation", "offer" },
        ["health"] = new[] { "accounts" },
    };

    public static Page Build(DocumentRun<PortfolioReviewResult> run, PortfolioDocument portfolio)
    {
        var review = run.Result ?? throw new ArgumentException("The review always gives a result.", nameof(run));
        var context = new Context(review, portfolio, run.Diagnostics);
        var sections = new List<PageSection>();
        var absent = new List<string>();
        var claimed = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < review.Sections.Count; i++)
        {
            var section = review.Sections[i];
            var parts = PartsOf(section.Key);
            var diagnostics = run.Diagnostics.Where(d => parts.Any(p => Under(d.Path, p))).ToList();
            claimed.UnionWith(diagnostics);
            if (!Present(section, portfolio, diagnostics))
            {
                absent.Add(I($"{i + 1}. {section.Title}"));
                continue;
            }

            var blocks = new List<Block>();
            blocks.AddRange(Renderers.TryGetValue(section.Key, out var render) ? render(context) : Generic(section));
            if (parts.Length > 0)
            {
                blocks.Add(new DiagnosticsBlock(string.Join(" and ", parts.Select(p => "the portfolio's " + p)), diagnostics));
            }

            sections.Add(new PageSection(section.Key, i + 1, section.Title, blocks));
        }

        var errors = run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var facts = new List<(string, string)>
        {
            ("as of", Cells.Iso(review.AsOf)),
            ("clients", N(portfolio.Classification.Clients.Count)),
            ("sections", N(sections.Count)),
            ("errors", N(errors)),
            ("warnings", N(warnings)),
        };
        if (absent.Count > 0)
        {
            facts.Add(("not in this portfolio", string.Join("; ", absent)));
        }

        var subtitle = I($"The key-account review as of {Cells.Iso(review.AsOf)}, in the method's order") + (review.HasErrors ? ": the documents have errors (see each section's diagnostics)." : ".");
        return new Page(review.Name, subtitle, facts, sections, run.Diagnostics.Where(d => !claimed.Contains(d)).ToList());
    }

    /// <summary>True when the portfolio has the section's part (or, for a section this page does not know, anything to say about it).</summary>
    private static bool Present(ReviewSection section, PortfolioDocument portfolio, List<Diagnostic> diagnostics) => section.Key switch
    {
        "pareto" or "classification" => true,
        "ladder" => portfolio.Ladder is not null,
        "opportunities" => portfolio.Opportunities is not null,
        "plan" => portfolio.Plan is not null,
        "relationships" => portfolio.Relationships is not null,
        "communications" => portfolio.Communications is not null,
        "negotiation" => portfolio.Negotiation is not null || portfolio.Offer is not null,
        "health" => portfolio.Accounts.Count > 0,
        _ => section.Analysed || diagnostics.Count > 0,
    };

    private static string[] PartsOf(string key) => Parts.TryGetValue(key, out var parts) ? parts : new[] { key };

    private static bool Under(string path, string part) =>
        path == part || (path.StartsWith(part, StringComparison.Ordinal) && path.Length > part.Length && path[part.Length] is '.' or '[');

    private static Block[] Generic(ReviewSection section) => new Block[]
    {
        new Paragraph(section.Analysed ? "Analysed: the figures are in the review's JSON (keyaccount review --format json), under \"" + section.Key + "\"." : "Not analysed: the part is missing, or its errors stand in the way.", "explanation"),
    };

    private static Block[] NotAnalysed(string what) => new Block[]
    {
        new Paragraph("Not analysed: " + what + " has errors that stand in the way; see the diagnostics below.", "explanation"),
    };

    private static IReadOnlyList<Block> Pareto(Context c) =>
        c.Review.ParetoAnalysis is { } analysis && c.Review.Pareto is { } summary
            ? ParetoSection.Blocks(analysis, summary, "each client's profit over all periods")
            : new Block[] { new Paragraph("Not analysed: the classification document has errors (see the next section's diagnostics).", "explanation") };

    private static IReadOnlyList<Block> Classification(Context c) =>
        c.Review.Classification.Classification is { } classification
            ? ClassificationSection.Blocks(classification, c.Review.ParetoAnalysis)
            : NotAnalysed("the classification document");

    private static IReadOnlyList<Block> Ladder(Context c)
    {
        if (c.Review.Ladder is not { } ladder || c.Portfolio.Ladder is not { } set || LadderPositioner.Run(set).Result is not { } result)
        {
            return NotAnalysed("the ladder answers");
        }

        var shown = new HashSet<ClientId>(ladder.Entries.Select(e => e.Client));
        return LadderSection.Blocks(ladder.Explanation, result.Clients.Where(p => shown.Contains(p.Client)).OrderBy(p => p.Client.Value, StringComparer.Ordinal).ToList());
    }

    private static IReadOnlyList<Block> Opportunities(Context c)
    {
        if (c.Review.Opportunities is not { } selection || c.Portfolio.Opportunities is not { } portfolio)
        {
            return NotAnalysed("the opportunity portfolio");
        }

        return OpportunitiesSection.Blocks(portfolio, selection, OpportunityScoring.Score(portfolio.Opportunities, portfolio.Currency));
    }

    private static IReadOnlyList<Block> Plan(Context c)
    {
        var plan = c.Portfolio.Plan!;
        return PlanSection.Blocks(plan, PlanAnalysis.Run(plan, c.Review.AsOf).Result, c.Review.AsOf);
    }

    private static IReadOnlyList<Block> Relationships(Context c) =>
        c.Review.Relationships is { } analysis && c.Portfolio.Relationships is { } map
            ? RelationshipsSection.Blocks(map, analysis)
            : NotAnalysed("the relationship map");

    private static IReadOnlyList<Block> Communications(Context c) =>
        c.Review.Communications is { } report && c.Portfolio.Communications is { } programme
            ? CommunicationsSection.Blocks(programme, report, CommunicationCalendar.Expand(programme, report.Window))
            : NotAnalysed("the communication programme");

    private static List<Block> Negotiation(Context c)
    {
        var blocks = new List<Block>();
        if (c.Portfolio.Negotiation is { } plan)
        {
            blocks.AddRange(c.Review.Negotiation is { } analysis ? NegotiationSection.Negotiation(plan, analysis) : NotAnalysed("the negotiation plan"));
        }

        if (c.Portfolio.Offer is { } offer)
        {
            blocks.AddRange(c.Review.Offer is { } evaluation ? NegotiationSection.Offer(offer, evaluation) : NotAnalysed("the offer"));
        }

        return blocks;
    }

    private static IReadOnlyList<Block> Health(Context c) =>
        c.Review.Health is { } health ? HealthSection.Portfolio(health) : NotAnalysed("the accounts");

    private sealed record Context(PortfolioReviewResult Review, PortfolioDocument Portfolio, IReadOnlyList<Diagnostic> Diagnostics);
}
