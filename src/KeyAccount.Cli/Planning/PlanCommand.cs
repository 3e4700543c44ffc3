using System;
using System.CommandLine;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using KeyAccount.Core.Planning;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Planning;

/// <summary>
/// <c>keyaccount plan validate &lt;plan.json&gt; [--as-of date]</c>: the plan validator's
/// diagnostics; <c>keyaccount plan diff</c> (<see cref="PlanDiffCommand"/>): two versions compared.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console, Func<LocalDate> today)
    {
        var file = new Argument<string>("plan.json") { Description = "An AccountPlan document (docs/planning.md), or - for standard input." };
        var asOf = CommonOptions.Date("--as-of", "The day to judge deadlines and reviews against (2026-03-31); by default today.");
        var format = CommonOptions.Format("table", "json");
        var rows = RowLimit.Option();
        var validate = new Command("validate", "Check a key-client development plan: goals that mirror the client's, deadlines, the four P's, budgets and actions (exit 1 when there are errors).")
        {
            file, asOf, format, rows,
        };
        validate.SetAction(parse =>
        {
            var plan = InputFile.ReadDocument<AccountPlan>(parse.GetValue(file)!, console);
            var day = parse.GetValue(asOf) ?? today();
            var diagnostics = PlanValidator.Validate(plan, day);
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteObject(console.Out, json =>
                {
                    json.WriteString("asOf", LocalDatePattern.Iso.Format(day));
                    json.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
                    json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
                    JsonOut.WriteLibraryValue(json, "diagnostics", diagnostics);
                });
            }
            else
            {
                DiagnosticsOutput.Write(console.CreateTableConsole(), diagnostics, FormattableString.Invariant($"plan {plan.Title ?? plan.Client.Value}, as of {LocalDatePattern.Iso.Format(day)}"), RowLimit.From(parse.GetValue(rows)));
            }

            return DiagnosticsOutput.ExitCode(diagnostics);
        });
        return new Command("plan", "Key-client development plans.") { validate, PlanDiffCommand.Create(console) };
    }
}
