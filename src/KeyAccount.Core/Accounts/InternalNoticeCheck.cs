using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>One check of an account's internal communication: the events of each rule against the internal entries of its people.</summary>
internal sealed class InternalNoticeCheck
{
    /// <summary>More than any time zone's distance from UTC: bounds the instants a local date can fall on.</summary>
    private static readonly Duration ZoneMargin = Duration.FromHours(15);

    private readonly AccountDocument _account;
    private readonly LocalDate _asOf;
    private readonly InternalCommunicationSettings _settings;
    private readonly RelationshipMap? _map;
    private readonly List<Contact> _contacts = new();
    private readonly List<Notice> _notices = new();
    private readonly HashSet<string> _team = new(StringComparer.Ordinal);
    private readonly List<InternalNoticeFinding> _findings = new();
    private readonly List<string> _notes = new();
    private int _events;
    private int _inTime;

    public InternalNoticeCheck(AccountDocument account, LocalDate asOf, InternalCommunicationSettings settings, RelationshipMap? map)
    {
        _account = account;
        _asOf = asOf;
        _settings = settings;
        _map = map;
    }

    /// <summary>A diary entry with the client, up to the date.</summary>
    private sealed record Contact(int Index, DiaryEntry Entry, LocalDate Date);

    /// <summary>An internal entry up to the date.</summary>
    private sealed record Notice(DiaryEntry Entry, LocalDate Date);

    /// <summary>An event that calls for a notice: at an instant (a diary entry's) or on a date (the map's).</summary>
    private sealed record Event(string Path, NoticeTrigger Trigger, string Subject, string? Entry, Instant? At, LocalDate Date, string What, IReadOnlyList<string> HeardBy);

    public InternalCommunicationReport Run()
    {
        foreach (var member in _account.Team)
        {
            _team.Add(member.Id);
        }

        for (var i = 0; i < _account.Diary.Count; i++)
        {
            var entry = _account.Diary[i];
            var date = LocalDateOf(entry);
            if (date > _asOf)
            {
                continue;
            }

            if (entry.Kind == DiaryEntryKind.Internal)
            {
                _notices.Add(new Notice(entry, date));
            }
            else
            {
                _contacts.Add(new Contact(i, entry, date));
            }
        }

        _notices.Sort((x, y) => x.Entry.At != y.Entry.At ? x.Entry.At.CompareTo(y.Entry.At) : string.CompareOrdinal(x.Entry.Id, y.Entry.Id));
        foreach (var rule in _settings.Rules)
        {
            CheckRule(rule);
        }

        _findings.Sort(Order);
        return new InternalCommunicationReport(_asOf, _events, _inTime, _findings.ToArray(), _notes.ToArray(), Explain());
    }

    private static int Order(InternalNoticeFinding x, InternalNoticeFinding y)
    {
        var c = x.On.CompareTo(y.On);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Entry ?? string.Empty, y.Entry ?? string.Empty);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Subject, y.Subject);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Rule, y.Rule);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Path, y.Path);
    }

    private static LocalDate LocalDateOf(DiaryEntry entry) =>
        CalendarMath.DateIn(entry.At, DateTimeZoneProviders.Tzdb.GetZoneOrNull(entry.Zone) ?? DateTimeZone.Utc);

    private void CheckRule(InternalNoticeRule rule)
    {
        var audience = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in _account.Team)
        {
            if ((rule.Role is null || member.Role == rule.Role) && (string.IsNullOrWhiteSpace(rule.Function) || string.Equals(member.Function?.Trim(), rule.Function!.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                audience.Add(member.Id);
            }
        }

        var notices = new List<Notice>();
        foreach (var notice in _notices)
        {
            foreach (var participant in notice.Entry.OurParticipants)
            {
                if (audience.Contains(participant))
                {
                    notices.Add(notice);
                    break;
                }
            }
        }

        var window = _settings.WindowOf(rule);
        foreach (var e in EventsOf(rule))
        {
            _events++;
            Judge(rule, e, audience, notices, window);
        }
    }

    private IEnumerable<Event> EventsOf(InternalNoticeRule rule)
    {
        switch (rule.Trigger)
        {
            case NoticeTrigger.Decision:
                foreach (var contact in _contacts)
                {
                    var entry = contact.Entry;
                    for (var j = 0; j < entry.Decisions.Count; j++)
                    {
                        var decision = entry.Decisions[j];
                        if (Matches(rule, decision.Text))
                        {
                            yield return new Event(Path(contact.Index, "decisions", j), rule.Trigger, decision.Id, entry.Id, entry.At, contact.Date, "The decision " + Wording.Quote(decision.Text) + " of " + Wording.Date(contact.Date) + " (" + Wording.Quote(entry.Id) + ")", entry.OurParticipants);
                        }
                    }
                }

                break;
            case NoticeTrigger.Commitment:
                foreach (var contact in _contacts)
                {
                    var entry = contact.Entry;
                    for (var j = 0; j < entry.Commitments.Count; j++)
                    {
                        var commitment = entry.Commitments[j];
                        if (_team.Contains(commitment.Who) && Matches(rule, commitment.What))
                        {
                            var heard = new List<string>(entry.OurParticipants) { commitment.Who };
                            yield return new Event(Path(contact.Index, "commitments", j), rule.Trigger, commitment.Id, entry.Id, entry.At, contact.Date, "The commitment " + Wording.Quote(commitment.What) + " that " + Wording.Quote(commitment.Who) + " made on " + Wording.Date(contact.Date) + " (" + Wording.Quote(entry.Id) + ")", heard);
                        }
                    }
                }

                break;
            case NoticeTrigger.Contact:
                foreach (var contact in _contacts)
                {
                    var entry = contact.Entry;
                    if (Matches(rule, entry.Subject) || (entry.Notes is { } notes && rule.Keywords.Count > 0 && Matches(rule, notes)))
                    {
                        yield return new Event("diary[" + contact.Index.ToString(CultureInfo.InvariantCulture) + "]", rule.Trigger, entry.Id, entry.Id, entry.At, contact.Date, "The contact " + Wording.Quote(entry.Subject) + " of " + Wording.Date(contact.Date) + " (" + Wording.Quote(entry.Id) + ")", entry.OurParticipants);
                    }
                }

                break;
            case NoticeTrigger.DecisionMakerChange:
                foreach (var e in DecisionMakerChanges(rule))
                {
                    yield return e;
                }

                break;
        }
    }

    private IEnumerable<Event> DecisionMakerChanges(InternalNoticeRule rule)
    {
        if (_map is null)
        {
            _notes.Add("The rule " + Wording.Quote(rule.Id) + " was not checked: changes of decision maker come from the relationship map, and none was given.");
            yield break;
        }

        var start = AccountStart();
        if (start is null)
        {
            _notes.Add("The rule " + Wording.Quote(rule.Id) + " was not checked: the account has no lifecycle and no contact with the client yet, so it has no start to count changes of decision maker from.");
            yield break;
        }

        for (var k = 0; k < _map.People.Count; k++)
        {
            var person = _map.People[k];
            var decides = false;
            foreach (var role in person.Roles)
            {
                decides |= role.Kind == StakeholderKind.DecisionMaker;
            }

            if (!decides)
            {
                continue;
            }

            var at = "relationships.people[" + k.ToString(CultureInfo.InvariantCulture) + "]";
            if (person.Joined is { } joined && joined >= start && joined <= _asOf)
            {
                yield return new Event(at + ".joined", rule.Trigger, person.Id, null, null, joined, "The news that the decision maker " + Wording.Quote(person.Name) + " (" + Wording.Quote(person.Id) + ") joined on " + Wording.Date(joined), Array.Empty<string>());
            }

            if (person.Left is { } left && left >= start && left <= _asOf)
            {
                yield return new Event(at + ".left", rule.Trigger, person.Id, null, null, left, "The news that the decision maker " + Wording.Quote(person.Name) + " (" + Wording.Quote(person.Id) + ") left on " + Wording.Date(left), Array.Empty<string>());
            }
        }
    }

    /// <summary>The account's start: its first lifecycle move, else its first contact with the client.</summary>
    private LocalDate? AccountStart()
    {
        LocalDate? start = null;
        foreach (var change in _account.Lifecycle)
        {
            start = start is null || change.On < start ? change.On : start;
        }

        if (start is null)
        {
            foreach (var contact in _contacts)
            {
                start = start is null || contact.Date < start ? contact.Date : start;
            }
        }

        return start;
    }

    private static bool Matches(InternalNoticeRule rule, string text)
    {
        if (rule.Keywords.Count == 0)
        {
            return true;
        }

        foreach (var keyword in rule.Keywords)
        {
            var word = keyword.Trim();
            if (word.Length > 0 && CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, word, CompareOptions.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Path(int entry, string list, int item) =>
        string.Format(CultureInfo.InvariantCulture, "diary[{0}].{1}[{2}]", entry, list, item);

    private void Judge(InternalNoticeRule rule, Event e, HashSet<string> audience, List<Notice> notices, Period window)
    {
        var due = PlusOrMax(e.Date, window);
        var who = Audience(rule);
        if (audience.Count == 0)
        {
            Add(InternalCommunicationCodes.Descriptors.NoOneToNotify, rule, e, due, null, e.What + " must be passed on to " + who + ", but nobody on the account team is " + who + "; add them to the team (rule " + Wording.Quote(rule.Id) + ").");
            return;
        }

        foreach (var participant in e.HeardBy)
        {
            if (audience.Contains(participant))
            {
                _inTime++;
                return;
            }
        }

        // The internal entries of the rule's people are sorted by instant; only those from the
        // event on count, and a local date can only fall on instants within a zone's margin of it.
        var from = e.At ?? StartOfDay(e.Date, -1);
        var until = due == LocalDate.MaxIsoValue ? Instant.MaxValue : StartOfDay(due.PlusDays(1), +1);
        Notice? late = null;
        for (var i = FirstAtOrAfter(notices, from); i < notices.Count; i++)
        {
            var notice = notices[i];
            var counts = e.At is { } at ? notice.Entry.At >= at : notice.Date >= e.Date;
            if (!counts)
            {
                continue;
            }

            if (notice.Date <= due)
            {
                _inTime++;
                return;
            }

            late ??= notice;
            if (notice.Entry.At >= until)
            {
                break;
            }
        }

        if (due >= _asOf)
        {
            Add(InternalCommunicationCodes.Descriptors.NoticeDue, rule, e, due, null, e.What + " must be passed on to " + who + " by " + Wording.Date(due) + "; no internal entry with them yet (rule " + Wording.Quote(rule.Id) + ").");
        }
        else if (late is not null)
        {
            var days = Period.DaysBetween(due, late.Date);
            Add(InternalCommunicationCodes.Descriptors.NoticeLate, rule, e, due, late.Date, e.What + " was passed on to " + who + " only on " + Wording.Date(late.Date) + " (" + Wording.Quote(late.Entry.Id) + "), " + Wording.Count(days, "day") + " after " + Wording.Date(due) + ", the last day the rule " + Wording.Quote(rule.Id) + " allows.");
        }
        else
        {
            Add(InternalCommunicationCodes.Descriptors.NoticeMissing, rule, e, due, null, e.What + " was not passed on to " + who + ": no internal entry with them by " + Wording.Date(due) + " (rule " + Wording.Quote(rule.Id) + "). Tell them, and record it in the diary as an internal entry.");
        }
    }

    /// <summary>The start of <paramref name="date"/> in UTC, moved by the zone margin in <paramref name="sign"/>'s direction, within the range of instants.</summary>
    private static Instant StartOfDay(LocalDate date, int sign)
    {
        var ticks = (date.AtMidnight().InUtc().ToInstant() - Instant.FromUnixTimeTicks(0)) + (sign * ZoneMargin);
        var min = Instant.MinValue - Instant.FromUnixTimeTicks(0);
        var max = Instant.MaxValue - Instant.FromUnixTimeTicks(0);
        return Instant.FromUnixTimeTicks(0) + (ticks < min ? min : ticks > max ? max : ticks);
    }

    private static int FirstAtOrAfter(List<Notice> notices, Instant from)
    {
        int lo = 0, hi = notices.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (notices[mid].Entry.At < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static LocalDate PlusOrMax(LocalDate date, Period window)
    {
        try
        {
            return date.Plus(window);
        }
        catch (ArgumentOutOfRangeException)
        {
            return LocalDate.MaxIsoValue;
        }
        catch (OverflowException)
        {
            return LocalDate.MaxIsoValue;
        }
    }

    private static string Audience(InternalNoticeRule rule)
    {
        var function = string.IsNullOrWhiteSpace(rule.Function) ? null : rule.Function!.Trim();
        var role = rule.Role switch
        {
            TeamRole.AccountManager => "the account manager",
            TeamRole.ExecutiveSponsor => "the executive sponsor",
            TeamRole.Specialist => "a specialist",
            TeamRole.Other => "a team member of role other",
            _ => null,
        };
        return role is null ? function ?? "the team" : function is null ? role : role + " in " + function;
    }

    private void Add(DiagnosticDescriptor code, InternalNoticeRule rule, Event e, LocalDate due, LocalDate? noticedOn, string explanation) =>
        _findings.Add(new InternalNoticeFinding(code.Code, code.Severity, e.Path, rule.Id, e.Trigger, e.Subject, e.Date, due, explanation, e.Entry, noticedOn));

    private string Explain()
    {
        var text = "As of " + Wording.Date(_asOf) + ", the rules of internal communication called for " + Wording.Count(_events, "notice") + "; " + Wording.Number(_inTime) + " reached the people concerned in time.";
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in _findings)
        {
            counts.TryGetValue(f.Code, out var n);
            counts[f.Code] = n + 1;
        }

        var parts = new List<string>();
        foreach (var pair in counts)
        {
            var words = pair.Key switch
            {
                InternalCommunicationCodes.NoticeMissing => "missing",
                InternalCommunicationCodes.NoticeLate => "late",
                InternalCommunicationCodes.NoOneToNotify => "with nobody on the team to tell",
                _ => "still due",
            };
            parts.Add(Wording.Number(pair.Value) + " " + words);
        }

        if (parts.Count > 0)
        {
            text += " Of the rest, " + string.Join(", ", parts) + ".";
        }

        foreach (var note in _notes)
        {
            text += " " + note;
        }

        return text;
    }
}
