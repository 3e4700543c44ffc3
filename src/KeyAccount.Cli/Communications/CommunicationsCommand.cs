using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Planning;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Communications;

/// <summary>
/// <c>keyaccount communications PROGRAMME.json [--as-of date] [--from date --to date] [--people file] [--plan file] [--format table|json|ics]</c>:
/// the programme's diagnostics, coverage grid, gaps, silences, costs and calendar.
/// </summary>
internal static class CommunicationsCommand
{
    public static Command Create(CliConsole console, Func<LocalDate> today)
    {
        var file = new Argument<string>("programme.json") { Description = "A CommunicationProgramme document (docs/communications.md), or - for standard input." };
        var asOf = CommonOptions.Date("--as-of", "The day to judge overdue items against (2026-03-31); by default today.");
        var from = CommonOptions.Date("--from", "The first day of the window; with --to. By default the programme period.");
        var to = CommonOptions.Date("--to", "The last day of the window; with --from.");
        var people = new Option<string?>("--people") { Description = "An AudienceDirectory document: the client's people, to resolve audiences to people.", HelpName = "file" };
        var plan = new Option<string?>("--plan") { Description = "An AccountPlan document, to check the programme against its Promotion decisions and goals.", HelpName = "file" };
        var format = CommonOptions.Format("table", "json", "ics");
        var command = new Command("communications", "Analyse a communication programme: coverage of messages by tools, gaps, silences, overloads, costs against budget, overdue items, and its calendar (exit 1 when it has errors).")
        {
            file, asOf, from, to, people, plan, format,
        };
        command.Validators.Add(result =>
        {
            var start = result.GetValue(from);
            var end = result.GetValue(to);
            if (start.HasValue != end.HasValue)
            {
                result.AddError("--from and --to go together: give both or neither.");
            }
            else if (start > end)
            {
                result.AddError(FormattableString.Invariant($"--from {start} is after --to {end}."));
            }
        });
        command.SetAction(parse =>
        {
            var programme = InputFile.ReadDocument<CommunicationProgramme>(parse.GetValue(file)!, console);
            var directory = parse.GetValue(people) is { } peopleFile ? InputFile.ReadDocument<AudienceDirectory>(peopleFile, console) : null;
            var accountPlan = parse.GetValue(plan) is { } planFile ? InputFile.ReadDocument<AccountPlan>(planFile, console) : null;
            var day = parse.GetValue(asOf) ?? today();
            var window = parse.GetValue(from) is { } start ? new DateInterval(start, parse.GetValue(to)!.Value) : programme.Period;
            var run = CommunicationAnalysis.Run(programme, null, day, window, directory, accountPlan);
            IReadOnlyList<ProgrammeOccurrence> calendar = run.Result is null ? Array.Empty<ProgrammeOccurrence>() : CommunicationCalendar.Expand(programme, window);
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOut.WriteObject(console.Out, json =>
                    {
                        json.WriteString("asOf", LocalDatePattern.Iso.Format(day));
                        json.WriteNumber("errors", run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
                        json.WriteNumber("warnings", run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
                        JsonOut.WriteLibraryValue(json, "diagnostics", run.Diagnostics);
                        if (run.Result is not null)
                        {
                            JsonOut.WriteLibraryValue(json, "report", run.Result);
                            JsonOut.WriteLibraryValue(json, "calendar", calendar);
                        }
                    });
                    break;
                case "ics":
                    if (run.Result is null)
                    {
                        foreach (var diagnostic in run.Diagnostics)
                        {
                            console.Error.WriteLine(diagnostic.ToString());
                        }
                    }
                    else
                    {
                        console.Out.Write(CommunicationsIcs.Write(programme, calendar));
                    }

                    break;
                default:
                    var table = console.CreateTableConsole();
                    DiagnosticsOutput.Write(table, run.Diagnostics, FormattableString.Invariant($"programme {programme.Title ?? programme.Client.Value}, as of {LocalDatePattern.Iso.Format(day)}"));
                    if (run.Result is not null)
                    {
                        CommunicationsTable.Write(table, run.Result, programme, calendar);
                    }

                    break;
            }

            return DiagnosticsOutput.ExitCode(run.Diagnostics);
        });
        return command;
    }
}
