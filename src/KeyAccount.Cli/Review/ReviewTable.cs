using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Classification;
using KeyAccount.Cli.Health;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Cli.Opportunities;
using KeyAccount.Cli.Pareto;
using KeyAccount.Core;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Health;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Review;
using Spectre.Console;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Review;

/// <summary>
/// The review for people: the library's sections in the method's order, numbered, each drawn by its
/// renderer (one per section key). A new area adds its section in the library and one renderer here.
/// </summary>
internal static class ReviewTable
{
    private const int KeyClientsShown = 10;
    private const int TopItems = 3;

    /// <summary>The most accounts the health section shows in full (components, facts, the change); the ranking lists them all.</summary>
    internal const int AccountsInFull = 10;

    private static readonly Dictionary<string, Action<IAnsiConsole, PortfolioReviewResult, PortfolioDocument>> Renderers = new(StringComparer.Ordinal)
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

    /// <summary>The parts of the portfolio a section's checks across areas point at, where they are not the section's key.</summary>
    private static readonly Dictionary<string, string[]> Parts = new(StringComparer.Ordinal)
    {
        ["negotiation"] = new[] { "negotiation", "offer" },
        ["health"] = new[] { "accounts" },
    };

    /// <summary>The section keys this table draws (a test checks that every section of the library is among them).</summary>
    internal static IReadOnlyCollection<string> SectionKeys => Renderers.Keys;

    public static void Write(PortfolioReviewResult review, PortfolioDocument portfolio, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape(I($"{review.Name}, as of {review.AsOf:yyyy-MM-dd}"))).LeftJustified());
        for (var i = 0; i < review.Sections.Count; i++)
        {
            var section = review.Sections[i];
            console.WriteLine();
            console.Write(new Rule(Markup.Escape(I($"{i + 1}. {section.Title}"))).LeftJustified());
            if (!Renderers.TryGetValue(section.Key, out var render))
            {
                throw new InvalidOperationException($"The review has a section '{section.Key}' that keyaccount cannot draw.");
            }

            render(console, review, portfolio);

            // The checks across areas, under the section of the part they point at.
            var parts = Parts.TryGetValue(section.Key, out var named) ? named : new[] { section.Key };
            var across = review.ReviewDiagnostics.Where(d => parts.Any(p => d.Path == p || d.Path.StartsWith(p + ".", StringComparison.Ordinal) || d.Path.StartsWith(p + "[", StringComparison.Ordinal))).ToList();
            if (across.Count > 0)
            {
                DiagnosticsOutput.Write(console, across, "checks across areas");
            }
        }
    }

    private static void Pareto(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        if (review.ParetoAnalysis is { } analysis && review.Pareto is { } summary)
        {
            var pareto = new ParetoReport(analysis, summary, summary.ClientCount, summary.TargetShare);
            console.Write(ParetoTable.Summary(pareto, "profit per client"));
            console.WriteLine(summary.Explanation);
        }
        else
        {
            console.WriteLine("Not analysed: the classification document has errors (see section 2).");
        }
    }

    private static void Classification(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        DiagnosticsOutput.Write(console, review.Classification.Diagnostics, "classification document");
        if (review.Classification.Classification is { } classification && review.ParetoAnalysis is { } ranking)
        {
            console.WriteLine(string.Join(", ", classification.Counts.Select(c => I($"{TierNames.Of(c.Tier)}: {c.Clients}"))));
            var key = classification.Clients.Where(c => c.Tier == ClientTier.Key).OrderBy(c => ranking.Find(c.Client).Rank).ToList();
            var keys = new Table().Title(Markup.Escape(I($"key clients by profit rank (first {Math.Min(KeyClientsShown, key.Count)} of {key.Count}; all: keyaccount classify)")))
                .AddColumn("client").AddColumn(new TableColumn("profit rank").RightAligned()).AddColumn("why");
            foreach (var client in key.Take(KeyClientsShown))
            {
                keys.AddRow(Markup.Escape(client.Client.Value), N(ranking.Find(client.Client).Rank), Markup.Escape(client.Explanation));
            }

            console.Write(keys);
        }
    }

    private static void Ladder(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        if (review.Ladder is { } ladder)
        {
            console.WriteLine(string.Join(", ", ladder.Distribution.Select(d => I($"{PerceptionLadder.Rung(d.Level).Name}: {d.Count}"))));
            var table = new Table().AddColumn("client").AddColumn(new TableColumn("level").RightAligned()).AddColumn("rung")
                .AddColumn(new TableColumn("position").RightAligned()).AddColumn(new TableColumn("confidence").RightAligned()).AddColumn("from");
            foreach (var entry in ladder.Entries)
            {
                table.AddRow(
                    Markup.Escape(entry.Client.Value),
                    N((int)entry.Level),
                    Markup.Escape(PerceptionLadder.Rung(entry.Level).Name),
                    I($"{entry.Position:F2}"),
                    P(entry.Confidence),
                    entry.UsesClientView ? "client's view" : "own view");
            }

            console.Write(table);
            DiagnosticsOutput.Write(console, ladder.Diagnostics, "ladder answers");
        }
        else
        {
            DiagnosticsOutput.Write(console, review.LadderDiagnostics, "ladder answers (none, or with errors)");
        }
    }

    private static void Opportunities(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        DiagnosticsOutput.Write(console, review.OpportunityDiagnostics, "opportunity portfolio");
        if (review.Opportunities is { } selection && portfolio.Opportunities is { } opportunities)
        {
            OpportunitiesTable.Write(console, opportunities, selection, maxLeftOut: 5);
        }
    }

    private static void Plan(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        if (portfolio.Plan is { } plan)
        {
            console.WriteLine(Markup.Escape(I($"{plan.Title ?? "plan"} for {plan.Client.Value}, {plan.Goals.Count} goals, {plan.Actions.Count} actions, status {plan.Status}")));
            DiagnosticsOutput.Write(console, review.PlanDiagnostics, I($"plan diagnostics as of {review.AsOf:yyyy-MM-dd}"));
        }
        else
        {
            console.WriteLine("No plan in this portfolio.");
        }
    }

    private static void Relationships(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        if (portfolio.Relationships is null)
        {
            console.WriteLine("No relationship map in this portfolio.");
            return;
        }

        DiagnosticsOutput.Write(console, review.RelationshipDiagnostics, "relationship map");
        if (review.Relationships is { } analysis)
        {
            console.WriteLine(Markup.Escape(analysis.Explanation));
            console.WriteLine(Markup.Escape(I($"{analysis.Findings.Count} findings, {analysis.Paths.Count} paths to decision makers, {analysis.Departures.Count} departures that would cost the account (all: keyaccount relationships)")));
            foreach (var contact in analysis.NextContacts.Take(TopItems))
            {
                console.WriteLine(Markup.Escape(I($"  next contact {contact.Rank}: {contact.Name}: {contact.Explanation}")));
            }
        }
    }

    private static void Communications(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        if (portfolio.Communications is null)
        {
            console.WriteLine("No communication programme in this portfolio.");
            return;
        }

        DiagnosticsOutput.Write(console, review.CommunicationDiagnostics, "communication programme");
        if (review.Communications is { } report)
        {
            console.WriteLine(Markup.Escape(I($"Window {report.Window.Start:yyyy-MM-dd} to {report.Window.End:yyyy-MM-dd}: {report.Occurrences} occurrences, {report.Gaps.Count} gaps, {report.Silences.Count} silent audiences, {report.Overdue.Count} overdue items.")));
            console.WriteLine(Markup.Escape(report.Explanation));
            foreach (var gap in report.Gaps.Take(TopItems))
            {
                console.WriteLine(Markup.Escape(I($"  gap: {gap.Explanation}")));
            }
        }
    }

    private static void Negotiation(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        if (portfolio.Negotiation is null && portfolio.Offer is null)
        {
            console.WriteLine("No negotiation plan or offer in this portfolio.");
            return;
        }

        if (portfolio.Negotiation is { } plan)
        {
            DiagnosticsOutput.Write(console, review.NegotiationDiagnostics, "negotiation plan");
            if (review.Negotiation is { } analysis)
            {
                console.WriteLine(Markup.Escape(I($"Negotiation {plan.Id} with {plan.Client.Value}: {analysis.Suggestions.Count} suggested packages.")));
                console.WriteLine(Markup.Escape(analysis.Explanation));
            }
        }

        if (portfolio.Offer is { } offer)
        {
            DiagnosticsOutput.Write(console, review.OfferDiagnostics, "offer");
            if (review.Offer is { } evaluation)
            {
                console.WriteLine(Markup.Escape(I($"Offer {offer.Id}: {evaluation.Rules.Count} rule findings, {evaluation.Approvers.Count} approvers.")));
                console.WriteLine(Markup.Escape(evaluation.Explanation));
            }
        }
    }

    /// <summary>
    /// The accounts' health: their diagnostics, then (for several accounts) the portfolio's
    /// explanation, the ranking and the fallers, then each account shown in full
    /// (<see cref="InFull"/>) with <see cref="HealthTable.WriteAccount"/>: its explanation, the
    /// components, the facts that cost points and the change since the earlier date, explained.
    /// So the review ends with the last account's change.
    /// </summary>
    private static void Health(IAnsiConsole console, PortfolioReviewResult review, PortfolioDocument portfolio)
    {
        if (portfolio.Accounts.Count == 0)
        {
            console.WriteLine("No accounts in this portfolio.");
            return;
        }

        DiagnosticsOutput.Write(console, review.HealthDiagnostics, I($"accounts, as of {review.AsOf:yyyy-MM-dd}"));
        if (review.Health is not { } health)
        {
            return;
        }

        console.WriteLine(health.Since is { } since
            ? I($"Each account scored as of {health.AsOf:yyyy-MM-dd} with the default weights, and its change since {since:yyyy-MM-dd}, a quarter before.")
            : I($"Each account scored as of {health.AsOf:yyyy-MM-dd} with the default weights."));
        var full = InFull(health);
        if (health.Accounts.Count > 1)
        {
            HealthTable.Write(console, health, RowLimit.Default);
            console.WriteLine(full.Count == health.Accounts.Count
                ? I($"Each of the {health.Accounts.Count} accounts in full:")
                : I($"{full.Count} of the {health.Accounts.Count} accounts in full, the largest falls first, then the lowest scores (all: keyaccount health):"));
        }

        foreach (var entry in full)
        {
            console.WriteLine();
            HealthTable.WriteAccount(console, entry.Health, entry.Change, RowLimit.Default);
        }
    }

    /// <summary>
    /// The accounts the review shows in full: all of them in rank order when there are at most
    /// <see cref="AccountsInFull"/>; otherwise the fallers (the largest fall first), then the lowest
    /// scores (accounts without a score are left to the ranking), up to <see cref="AccountsInFull"/>.
    /// The page draws the same accounts.
    /// </summary>
    internal static IReadOnlyList<PortfolioHealthEntry> InFull(PortfolioHealth health)
    {
        if (health.Accounts.Count <= AccountsInFull)
        {
            return health.Accounts;
        }

        var chosen = new List<PortfolioHealthEntry>(health.Fallers.Take(AccountsInFull));
        foreach (var entry in health.Accounts.Reverse())
        {
            if (chosen.Count >= AccountsInFull)
            {
                break;
            }

            if (entry.Score is not null && !chosen.Contains(entry))
            {
                chosen.Add(entry);
            }
        }

        return chosen;
    }
}
