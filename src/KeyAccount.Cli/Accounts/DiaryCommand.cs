using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using KeyAccount.Core;
using KeyAccount.Core.Accounts;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Cli.Accounts;

/// <summary>
/// <c>keyaccount diary add ACCOUNT.json --kind K --at LOCAL --zone TZ --with owner,head-buyer [--ours kam] --subject TEXT [--note TEXT] [--decision TEXT]... [--commit WHO:WHAT:DUE]...</c>:
/// appends a diary entry and rewrites the file atomically.
/// </summary>
internal static class DiaryCommand
{
    private static readonly LocalDateTimePattern AtPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static Command Create(CliConsole console, Func<LocalDate> today)
    {
        var file = new Argument<string>("account.json") { Description = "The AccountDocument to add the entry to (rewritten in place; the previous version is kept as FILE.bak)." };
        var kind = new Option<string>("--kind") { Description = "What happened: meeting, call, visit, email, presentation, negotiation or internal.", Required = true };
        kind.AcceptOnlyFromAmong(Enum.GetNames<DiaryEntryKind>().Select(n => n.ToLowerInvariant()).ToArray());
        var at = new Option<string>("--at") { Description = "When, in local time of --zone: 2026-04-02T10:00.", Required = true, HelpName = "local-time" };
        var zone = new Option<string>("--zone") { Description = "The time zone of --at (IANA, Europe/Berlin).", Required = true };
        var with = new Option<string>("--with") { Description = "The client's people present, by id, separated by commas (owner,head-buyer).", Required = true, HelpName = "ids" };
        var ours = new Option<string?>("--ours") { Description = "Our people present, by id, separated by commas.", HelpName = "ids" };
        var subject = new Option<string>("--subject") { Description = "What it was about, in one line.", Required = true, HelpName = "text" };
        var note = new Option<string?>("--note") { Description = "Notes.", HelpName = "text" };
        var decision = new Option<string[]>("--decision") { Description = "A decision taken (repeatable). With exactly one decision, the commitments follow it up.", HelpName = "text" };
        var commit = new Option<string[]>("--commit") { Description = "A commitment WHO:WHAT:DUE, DUE a date such as 2026-04-15 (repeatable).", HelpName = "who:what:due" };
        var add = new Command("add", "Append an entry to an account's diary; the file is rewritten atomically and refused when it changed on disk meanwhile (exit 1, nothing written, when the entry would add errors).")
        {
            file, kind, at, zone, with, ours, subject, note, decision, commit,
        };
        add.SetAction(parse =>
        {
            var account = AccountFile.Read(parse.GetValue(file)!, console);
            var document = account.Document;
            var id = AccountDiary.NextEntryId(document);
            var decisions = (parse.GetValue(decision) ?? Array.Empty<string>())
                .Select((text, i) => new DiaryDecision(FormattableString.Invariant($"{id}-dec{i + 1}"), text))
                .ToArray();
            var followed = decisions.Length == 1 ? decisions[0].Id : null;
            var commitments = (parse.GetValue(commit) ?? Array.Empty<string>())
                .Select((text, i) => ParseCommitment(text, FormattableString.Invariant($"{id}-c{i + 1}"), followed))
                .ToArray();
            var entry = new DiaryEntry(
                id,
                ParseInstant(parse.GetValue(at)!, parse.GetValue(zone)!),
                parse.GetValue(zone)!,
                Enum.Parse<DiaryEntryKind>(parse.GetValue(kind)!, ignoreCase: true),
                parse.GetValue(subject)!,
                Ids(parse.GetValue(with)),
                Ids(parse.GetValue(ours)),
                parse.GetValue(note),
                decisions,
                commitments);
            var updated = AccountDiary.Append(document, entry);
            var day = today();
            var before = AccountValidator.Validate(document, day).Where(d => d.Severity == DiagnosticSeverity.Error).Select(Key).ToHashSet(StringComparer.Ordinal);
            var added = AccountValidator.Validate(updated, day).Where(d => d.Severity == DiagnosticSeverity.Error && !before.Contains(Key(d))).ToArray();
            if (added.Length > 0)
            {
                DiagnosticsOutput.Write(console.CreateTableConsole(), added, $"the new entry {id} would add these errors; nothing was written");
                return ExitCodes.AnalysisErrors;
            }

            account.Write(updated);
            console.Out.WriteLine($"{account.Path}: added diary entry {id}; the previous version is {account.Path}.bak.");
            return ExitCodes.Success;
        });
        return new Command("diary", "An account's diary of meetings, calls and decisions.") { add };
    }

    private static string Key(Diagnostic d) => d.Code + " " + d.Path + " " + d.Message;

    private static string[] Ids(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Instant ParseInstant(string local, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new CliInputException($"--zone: '{zoneId}' is not a known time zone (write it as Europe/Berlin).");
        var parsed = AtPattern.Parse(local);
        if (!parsed.Success)
        {
            throw new CliInputException($"--at must be a local date and time written as 2026-04-02T10:00, but was '{local}'.");
        }

        var mapping = zone.MapLocal(parsed.Value);
        return mapping.Count == 1
            ? mapping.Single().ToInstant()
            : throw new CliInputException(mapping.Count == 0
                ? $"--at {local} does not exist in {zoneId} (the clocks skip it)."
                : $"--at {local} happens twice in {zoneId} (the clocks go back); give another time.");
    }

    private static Commitment ParseCommitment(string text, string id, string? decision)
    {
        var last = text.LastIndexOf(':');
        var first = text.IndexOf(':', StringComparison.Ordinal);
        var due = last > first && first > 0 ? LocalDatePattern.Iso.Parse(text[(last + 1)..]) : null;
        if (due is null || !due.Success || text[(first + 1)..last].Trim().Length == 0)
        {
            throw new CliInputException($"--commit must be WHO:WHAT:DUE with DUE a date such as 2026-04-15, but was '{text}'.");
        }

        return new Commitment(id, text[..first].Trim(), text[(first + 1)..last].Trim(), due.Value, decision: decision);
    }
}
