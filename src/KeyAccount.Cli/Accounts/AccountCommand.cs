using System;
using System.CommandLine;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Accounts;

/// <summary>
/// <c>keyaccount account ACCOUNT.json [--as-of date] [--format table|json|html] [-o page.html]</c>: the account's state at a
/// glance and its diagnostics; <c>keyaccount account migrate ACCOUNT.json</c>: rewrites it in the current version.
/// </summary>
internal static class AccountCommand
{
    public static Command Create(CliConsole console, Func<LocalDate> today)
    {
        var file = new Argument<string>("account.json") { Description = "An AccountDocument (docs/accounts.md), or - for standard input." };
        var asOf = CommonOptions.Date("--as-of", "The day to judge commitments, stale data and reviews against (2026-03-31); by default today.");
        var format = CommonOptions.Format("table", "json", "html");
        var output = Html.HtmlOutput.Option();
        var rows = RowLimit.Option();
        var command = new Command("account", "An account's state at a glance: lifecycle stage and what blocks the next move, overdue and due-soon commitments, decisions without follow-up, stale data, the next plan review, the current plan review checked against the plan, the internal notices the rules call for, and the diagnostics (exit 1 when it has errors).")
        {
            file, asOf, format, output, rows, Migrate(console),
        };
        command.SetAction(parse =>
        {
            Html.HtmlOutput.Check(parse.GetValue(output), parse.GetValue(format)!);
            var account = InputFile.ReadDocument<AccountDocument>(parse.GetValue(file)!, console);
            var day = parse.GetValue(asOf) ?? today();
            var run = AccountAnalysis.Run(account, day);
            var diagnostics = run.Diagnostics;
            if (parse.GetValue(format) == "html")
            {
                Html.HtmlOutput.Write(Html.HtmlRenderer.Render(Html.AccountPage.Build(account, run, day)), parse.GetValue(output), console);
            }
            else if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    json.WriteString("asOf", LocalDatePattern.Iso.Format(day));
                    json.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
                    json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
                    if (run.Result is { } state)
                    {
                        JsonOut.WriteLibraryValue(json, "state", state);
                    }
                    else
                    {
                        json.WriteNull("state");
                    }

                    JsonOut.WriteLibraryValue(json, "diagnostics", diagnostics);
                });
            }
            else
            {
                if (run.Result is { } state)
                {
                    WriteState(console, state);
                }

                DiagnosticsOutput.Write(console.CreateTableConsole(), diagnostics, FormattableString.Invariant($"account {account.Client.Value}, as of {LocalDatePattern.Iso.Format(day)}"), RowLimit.From(parse.GetValue(rows)));
            }

            return DiagnosticsOutput.ExitCode(diagnostics);
        });
        return command;
    }

    private static Command Migrate(CliConsole console)
    {
        var file = new Argument<string>("account.json") { Description = "The AccountDocument to rewrite in place (the previous version is kept as FILE.bak)." };
        var command = new Command("migrate", "Rewrite an account document in the current format version, atomically, keeping the previous version as FILE.bak.") { file };
        command.SetAction(parse =>
        {
            var account = AccountFile.Read(parse.GetValue(file)!, console);
            account.Write(account.Document);
            console.Out.WriteLine(FormattableString.Invariant($"{account.Path}: written in format version {AccountDocument.CurrentFormatVersion}; the previous version is {account.Path}.bak."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes the account's state; <paramref name="withReviewAndNotices"/> false leaves out the plan review and internal communication, which the review writes as parts of their own.</summary>
    internal static void WriteState(CliConsole console, AccountState state, bool withReviewAndNotices = true)
    {
        var output = console.Out;
        output.WriteLine(state.Explanation);
        output.WriteLine();
        output.WriteLine("Stage: " + state.Stage);
        foreach (var move in state.NextMoves)
        {
            output.WriteLine("  " + move.Explanation);
        }

        Section(output, "Overdue commitments", state.Overdue.Select(c => c.Explanation));
        Section(output, "Commitments due soon", state.DueSoon.Select(c => c.Explanation));
        Section(output, "Decisions without follow-up", state.DecisionsWithoutFollowUp.Select(d => d.Explanation));
        Section(output, "Stale data", state.Freshness.Where(f => f.Stale).Select(f => f.Explanation));
        Section(output, "Meetings with decision makers", state.DecisionMakerMeetings.Select(m => m.Explanation));
        output.WriteLine("Next plan review: " + (state.NextPlanReview is { } review ? LocalDatePattern.Iso.Format(review) : "none scheduled"));
        if (withReviewAndNotices)
        {
            WritePlanReviews(output, state.PlanReviews);
            WriteNotices(output, state.InternalCommunication);
        }

        output.WriteLine();
    }

    /// <summary>The current plan review checked against the plan: its summary and each finding with its path.</summary>
    internal static void WritePlanReviews(System.IO.TextWriter output, System.Collections.Generic.IReadOnlyList<PlanReviewView> reviews)
    {
        if (reviews.Count == 0)
        {
            output.WriteLine("Plan review: none held up to the day, or no plan of the review's client to check it against");
            return;
        }

        foreach (var view in reviews)
        {
            output.WriteLine(FormattableString.Invariant($"Plan review of {LocalDatePattern.Iso.Format(view.Review.On)} ({view.Path}): {(view.Diagnostics.Count == 0 ? "no finding" : view.Diagnostics.Count == 1 ? "1 finding" : view.Diagnostics.Count + " findings")} against the plan"));
            output.WriteLine("  " + view.Explanation);
            foreach (var d in view.Diagnostics)
            {
                output.WriteLine(FormattableString.Invariant($"  - {d.Code} ({d.Severity.ToString().ToLowerInvariant()}) at {d.Path}: {d.Message}"));
            }
        }
    }

    /// <summary>The internal communication report: its explanation and each finding (missing, late, due, nobody to tell) with its path.</summary>
    internal static void WriteNotices(System.IO.TextWriter output, InternalCommunicationReport? report)
    {
        if (report is null)
        {
            output.WriteLine("Internal communication: not checked, its rules have errors (see the diagnostics under 'internalCommunication')");
            return;
        }

        output.WriteLine(FormattableString.Invariant($"Internal communication: {report.Findings.Count} findings"));
        output.WriteLine("  " + report.Explanation);
        foreach (var f in report.Findings)
        {
            output.WriteLine(FormattableString.Invariant($"  - {f.Code} ({f.Severity.ToString().ToLowerInvariant()}) at {f.Path}: {f.Explanation}"));
        }
    }

    private static void Section(System.IO.TextWriter output, string title, System.Collections.Generic.IEnumerable<string> lines)
    {
        var items = lines.ToArray();
        output.WriteLine(FormattableString.Invariant($"{title}: {items.Length}"));
        foreach (var line in items)
        {
            output.WriteLine("  - " + line);
        }
    }
}
