using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Cli.Html.Sections;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using NodaTime;
using NodaTime.Text;
using static KeyAccount.Cli.Infrastructure.Text;

namespace KeyAccount.Cli.Html;

/// <summary>
/// One account as a page: the parts of the method the account document holds (its ladder
/// assessment, opportunities and plan), in the method's order and drawn like the review's
/// sections, then the running of the account (section 8): lifecycle stage and next moves,
/// onboarding, commitments, decisions without follow-up, contacts, freshness and the diary.
/// Every figure is the library's: <see cref="AccountAnalysis.Run"/> for the account's state and
/// each area's own run for its part.
/// </summary>
internal static class AccountPage
{
    public static Page Build(AccountDocument account, DocumentRun<AccountState> run, LocalDate asOf)
    {
        var diagnostics = run.Diagnostics;
        var sections = new List<PageSection>();
        var claimed = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        void Add(string key, int number, string title, string part, List<Block> blocks)
        {
            var mine = diagnostics.Where(d => Under(d.Path, part)).ToList();
            claimed.UnionWith(mine);
            blocks.Add(new DiagnosticsBlock("the account's " + part, mine));
            sections.Add(new PageSection(key, number, title, blocks));
        }

        if (account.Ladder is { } assessment)
        {
            var set = new LadderAssessmentSet(assessment.AsOf ?? asOf, new[] { assessment });
            var result = LadderPositioner.Run(set).Result;
            Add("ladder", 2, "Where you stand on the client's ladder", "ladder", result is null ? NotAnalysed("the ladder assessment") : LadderSection.Blocks(result.Explanation, result.Clients).ToList());
        }

        if (account.Opportunities is { } portfolio)
        {
            var selection = OpportunitySelector.Run(portfolio).Result;
            Add("opportunities", 3, "The best set of opportunities within the budgets", "opportunities", selection is null ? NotAnalysed("the opportunity portfolio") : OpportunitiesSection.Blocks(portfolio, selection, OpportunityScoring.Score(portfolio.Opportunities, portfolio.Currency)).ToList());
        }

        if (account.Plan is { } plan)
        {
            Add("plan", 4, "The key-client development plan", "plan", PlanSection.Blocks(plan, PlanAnalysis.Run(plan, asOf).Result, asOf).ToList());
        }

        // The account's health (section 8: running the account on facts), shown when it has a score.
        if (HealthSection.Account(account, asOf) is { } health)
        {
            Add("health", 8, HealthSection.AccountTitle, "health", health);
        }

        var running = run.Result is { } state ? State(state) : NotAnalysed("the account document");
        var rest = diagnostics.Where(d => !claimed.Contains(d)).ToList();
        running.Add(new DiagnosticsBlock("the account document", rest));
        sections.Add(new PageSection("account", 8, "Running the account: stage, commitments, contacts and freshness", running));

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var facts = new List<(string, string)>
        {
            ("as of", Cells.Iso(asOf)),
            ("client", account.Client.Value),
            ("stage", run.Result is { } s ? s.Stage.ToString() : "–"),
            ("errors", N(errors)),
            ("warnings", N(warnings)),
        };
        var title = "Account " + (account.Profile?.Name is { Length: > 0 } name ? name + " (" + account.Client.Value + ")" : account.Client.Value);
        var subtitle = I($"The account as of {Cells.Iso(asOf)}, in the method's order") + (run.Result?.Explanation is { Length: > 0 } explanation ? ": " + explanation : ".");
        return new Page(title, subtitle, facts, sections, Array.Empty<Diagnostic>());
    }

    private static List<Block> State(AccountState state)
    {
        var blocks = new List<Block>
        {
            new Paragraph(state.Explanation, "explanation"),
            new TableBlock(new DataTable(
                "Where the lifecycle can go from " + state.Stage,
                new[] { "to", "allowed", "what blocks it" },
                state.NextMoves.Select(m => (IReadOnlyList<Cell>)new[] { new Cell(m.To.ToString()), Cells.YesNo(m.Allowed), new Cell(string.Join("; ", m.Blockers)) }).ToList())),
        };
        if (state.Onboarding.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable("Onboarding checklist", new[] { "item", "done", "why" }, state.Onboarding.Select(c => (IReadOnlyList<Cell>)new[] { new Cell(c.Item), Cells.YesNo(c.Done), new Cell(c.Explanation) }).ToList())));
        }

        blocks.Add(new TableBlock(new DataTable(
            "Commitments, most urgent first",
            new[] { "commitment", "who", "what", "due", "state", "entry" },
            state.Commitments.Select(c => (IReadOnlyList<Cell>)new[] { new Cell(c.Commitment.Id), new Cell(c.Commitment.Who), new Cell(c.Commitment.What), Cells.Date(c.Commitment.Due), new Cell(c.State.ToString()), new Cell(c.Entry) }).ToList())));
        if (state.DecisionsWithoutFollowUp.Count > 0)
        {
            blocks.Add(new Bullets("Decisions without follow-up", state.DecisionsWithoutFollowUp.Select(d => d.Explanation).ToList()));
        }

        if (state.Contacts.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                "The last contact with each of the client's people, longest silence first",
                new[] { "person", "contacts", "days since the last", "mean days between", "last entry" },
                state.Contacts.Select(c => (IReadOnlyList<Cell>)new[] { new Cell(c.Person), Cells.Int(c.Contacts), Cells.Int(c.DaysSinceLast), Cells.Number(c.MeanDaysBetween, "0.0"), new Cell(c.LastEntry) }).ToList())));
        }

        blocks.Add(new TableBlock(new DataTable(
            "How fresh each section is",
            new[] { "section", "held", "last updated", "stale", "why" },
            state.Freshness.Select(f => (IReadOnlyList<Cell>)new[] { new Cell(f.Section.ToString()), Cells.YesNo(f.Held), Cells.Date(f.LastUpdated), Cells.YesNo(f.Stale), new Cell(f.Explanation) }).ToList())));
        blocks.Add(new Paragraph("Next plan review: " + (state.NextPlanReview is { } review ? Cells.Iso(review) : "none scheduled") + "."));
        if (state.Timeline.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                "The diary up to the day, oldest first",
                new[] { "entry", "when (UTC)", "kind", "subject" },
                state.Timeline.Select(e => (IReadOnlyList<Cell>)new[] { new Cell(e.Id), new Cell(InstantPattern.General.Format(e.At)), new Cell(e.Kind.ToString()), new Cell(e.Subject) }).ToList())));
        }

        return blocks;
    }

    private static List<Block> NotAnalysed(string what) => new()
    {
        new Paragraph("Not analysed: " + what + " has errors that stand in the way; see the diagnostics below.", "explanation"),
    };

    private static bool Under(string path, string part) =>
        path == part || (path.StartsWith(part, StringComparison.Ordinal) && path.Length > part.Length && path[part.Length] is '.' or '[');
}
