using System.CommandLine;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core.Planning;
using Spectre.Console;

namespace KeyAccount.Cli.Planning;

/// <summary>
/// <c>keyaccount plan diff OLD.json NEW.json [--format table|json] [--exit-code]</c>: what changed
/// between two versions of a plan (docs/health.md).
/// </summary>
/// <remarks>
/// Exit codes: 0 when the comparison ran, with or without differences (as <c>git diff</c>); with
/// <c>--exit-code</c>, 1 when the plans differ (as <c>diff</c> and <c>git diff --exit-code</c>),
/// so a script can ask "did the plan change?". 2 for a missing or malformed file, naming it.
/// </remarks>
internal static class PlanDiffCommand
{
    private static readonly TableField[] Fields = [new("change"), new("part"), new("path"), new("summary")];

    public static Command Create(CliConsole console)
    {
        var oldFile = new Argument<string>("old.json") { Description = "The earlier version of the AccountPlan document, or - for standard input." };
        var newFile = new Argument<string>("new.json") { Description = "The later version of the AccountPlan document, or - for standard input." };
        var format = CommonOptions.Format("table", "json");
        var rows = RowLimit.Option();
        var exitCode = new Option<bool>("--exit-code")
        {
            Description = "Exit 1 when the plans differ and 0 when they are the same (as diff does); without it, 0 whenever the comparison ran.",
        };
        var diff = new Command("diff", "Compare two versions of a plan: goals, actions, decisions, budgets and the rest added, removed or changed, each with its path and a sentence.")
        {
            oldFile, newFile, format, rows, exitCode,
        };
        diff.SetAction(parse =>
        {
            var oldPath = parse.GetValue(oldFile)!;
            var newPath = parse.GetValue(newFile)!;
            if (oldPath == "-" && newPath == "-")
            {
                throw new CliInputException("plan diff: only one of the two plans can come from standard input (-).");
            }

            var old = InputFile.ReadDocument<AccountPlan>(oldPath, console);
            var @new = InputFile.ReadDocument<AccountPlan>(newPath, console);
            var result = PlanComparison.Compare(old, @new);
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    json.WriteString("old", InputFile.DisplayName(oldPath));
                    json.WriteString("new", InputFile.DisplayName(newPath));
                    json.WriteNumber("changes", result.Changes.Count);
                    JsonOut.WriteLibraryValue(json, "diff", result);
                });
            }
            else
            {
                var tables = console.CreateTableConsole();
                if (!result.IsEmpty)
                {
                    TableOutput.Write(tables, Infrastructure.Text.I($"plan diff: {InputFile.DisplayName(oldPath)} -> {InputFile.DisplayName(newPath)}"), Fields, result.Changes, c => [Kind(c.Kind), Part(c.Part), c.Path, c.Summary], RowLimit.From(parse.GetValue(rows)), "changes");
                }

                tables.WriteLine(result.Explanation);
            }

            return parse.GetValue(exitCode) && !result.IsEmpty ? ExitCodes.AnalysisErrors : ExitCodes.Success;
        });
        return diff;
    }

    private static string Kind(PlanChangeKind kind) => kind switch
    {
        PlanChangeKind.Added => "added",
        PlanChangeKind.Removed => "removed",
        _ => "changed",
    };

    private static string Part(PlanPart part) => part switch
    {
        PlanPart.Plan => "plan",
        PlanPart.ClientGoals => "client goal",
        PlanPart.Goals => "goal",
        PlanPart.Events => "event",
        PlanPart.Mix => "four P's",
        PlanPart.Decisions => "decision",
        PlanPart.Resources => "budget",
        PlanPart.Actions => "action",
        PlanPart.StatusHistory => "status history",
        _ => "review",
    };
}
