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
/// onboarding, commitments, decisions without follow-up, contacts, freshness and the diary, with the
/// plan review and internal communication each in a section of its own. Every table has a caption.
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

        if (account.PlanReviews.Count > 0)
        {
            Add("planReview", 8, "The plan review: the latest review checked against the plan", "planReviews", run.Result is { } reviewed ? PlanReviews(account, reviewed, asOf) : NotAnalysed("the account document"));
        }

        Add("internalCommunication", 8, "Internal communication: who inside the company must hear of what", "internalCommunication", run.Result is { } noticed ? Notices(account, noticed) : NotAnalysed("the account document"));

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

    private static List<Block> PlanReviews(AccountDocument account, AccountState state, LocalDate asOf)
    {
        var blocks = new List<Block>();
        if (state.PlanReviews.Count == 0)
        {
            blocks.Add(new Paragraph("No plan review is checked against the plan on " + Cells.Iso(asOf) + ": none was held up to the day, or the account holds no plan of the review's client.", "explanation"));
        }

        foreach (var view in state.PlanReviews)
        {
            blocks.Add(new Paragraph(view.Explanation, "explanation"));
            var contradicted = view.Summary.ContradictedBySchedule.ToHashSet(StringComparer.Ordinal);
            blocks.Add(new TableBlock(new DataTable(
                "Each goal as the review of " + Cells.Iso(view.Review.On) + " judged it (" + view.Path + ")",
                new[] { "goal", "status", "evidence", "the plan's schedule" },
                view.Review.Goals.Select(g => (IReadOnlyList<Cell>)new[] { new Cell(g.Goal), new Cell(g.Status.ToString()), new Cell(g.Evidence ?? "–"), new Cell(contradicted.Contains(g.Goal) ? "cannot meet the deadline" : "–") }).ToList())));
            if (view.Summary.NotReviewed.Count > 0)
            {
                blocks.Add(new Bullets("Goals of the plan the review leaves out", view.Summary.NotReviewed.ToList()));
            }

            if (view.Review.Decisions.Count > 0)
            {
                blocks.Add(new Bullets("Decisions taken at the review", view.Review.Decisions.Select(d => d.Text + (d.Goals.Count > 0 ? " (goals: " + string.Join(", ", d.Goals) + ")" : string.Empty)).ToList()));
            }

            if (view.Review.Changes.Count > 0)
            {
                blocks.Add(new Bullets("Changes to the plan agreed at the review", view.Review.Changes.Select(c => c.Description + (c.Goals.Count > 0 ? " (goals: " + string.Join(", ", c.Goals) + ")" : string.Empty)).ToList()));
            }
        }

        var current = state.PlanReviews.Select(v => v.Path).ToHashSet(StringComparer.Ordinal);
        blocks.Add(new TableBlock(new DataTable(
            "Every plan review the account records, oldest first",
            new[] { "review", "on", "title", "goals judged", "checked against the plan" },
            account.PlanReviews
                .Select((r, i) => (Review: r, Path: I($"planReviews[{i}]")))
                .OrderBy(x => x.Review.On)
                .ThenBy(x => x.Path, StringComparer.Ordinal)
                .Select(x => (IReadOnlyList<Cell>)new[] { new Cell(x.Path), Cells.Date(x.Review.On), new Cell(x.Review.Title ?? "–"), Cells.Int(x.Review.Goals.Count), new Cell(current.Contains(x.Path) ? "yes, the current review" : x.Review.On > asOf ? "no, held after the day" : "no, an earlier version of the plan") })
                .ToList())));
        return blocks;
    }

    private static List<Block> Notices(AccountDocument account, AccountState state)
    {
        var settings = account.InternalCommunication ?? InternalCommunicationSettings.Default;
        var blocks = new List<Block>();
        if (state.InternalCommunication is not { } report)
        {
            blocks.Add(new Paragraph("Not checked: the rules of internal communication have errors that stand in the way; see the diagnostics below.", "explanation"));
            return blocks;
        }

        blocks.Add(new Paragraph(report.Explanation, "explanation"));
        blocks.Add(new TableBlock(new DataTable(
            account.InternalCommunication is null ? "The rules (the defaults)" : "The rules (the account's own)",
            new[] { "rule", "what calls for a notice", "who must hear", "keywords", "within" },
            settings.Rules.Select(r => (IReadOnlyList<Cell>)new[] { new Cell(r.Id), new Cell(r.Trigger.ToString()), new Cell(string.Join(" in ", new[] { r.Role?.ToString(), string.IsNullOrWhiteSpace(r.Function) ? null : r.Function }.Where(x => x is not null))), new Cell(r.Keywords.Count == 0 ? "–" : string.Join(", ", r.Keywords)), new Cell(NodaTime.Text.PeriodPattern.Roundtrip.Format(settings.WindowOf(r))) }).ToList())));
        if (report.Findings.Count > 0)
        {
            blocks.Add(new TableBlock(new DataTable(
                "Notices not given in time, by the event's date",
                new[] { "code", "severity", "where", "rule", "event on", "due by", "what happened" },
                report.Findings.Select(f => (IReadOnlyList<Cell>)new[] { new Cell(f.Code), new Cell(f.Severity.ToString().ToLowerInvariant()), new Cell(f.Path), new Cell(f.Rule), Cells.Date(f.On), Cells.Date(f.DueBy), new Cell(f.Explanation) }).ToList())));
        }

        if (report.Notes.Count > 0)
        {
            blocks.Add(new Bullets("Rules not checked", report.Notes.ToList()));
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
