using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime.Text;

namespace KeyAccount.Core.Planning;

/// <summary>The sentences of a plan comparison: one per change, and the diff's explanation.</summary>
internal static class PlanDiffWording
{
    private static readonly char[] Dot = { '.' };

    private static readonly Dictionary<string, string> MemberWords = new(StringComparer.Ordinal)
    {
        ["description"] = "description",
        ["owner"] = "owner",
        ["start"] = "start date",
        ["due"] = "due date",
        ["serves"] = "goals served",
        ["dependsOn"] = "dependencies",
        ["uses"] = "resources used",
        ["mirrors"] = "client goals mirrored",
        ["target"] = "target",
        ["target.metric"] = "target metric",
        ["target.unit"] = "target unit",
        ["target.value"] = "target value",
        ["target.baseline"] = "target baseline",
        ["deadline"] = "deadline",
        ["deadline.on"] = "deadline",
        ["deadline.event"] = "deadline's event",
        ["deadline.offset"] = "deadline's offset after its event",
        ["date"] = "date",
        ["action"] = "completing action",
        ["kind"] = "kind",
        ["unit"] = "unit",
        ["total"] = "total budget",
        ["perMonth"] = "monthly budget",
        ["status"] = "status",
        ["on"] = "date",
        ["by"] = "reviewer",
        ["note"] = "note",
        ["clientParticipants"] = "client participants",
        ["ourParticipants"] = "our participants",
        ["client"] = "client",
        ["period"] = "period",
        ["period.start"] = "start of the period",
        ["period.end"] = "end of the period",
        ["title"] = "title",
        ["reviewCadence"] = "review cadence",
        ["formatVersion"] = "format version",
        ["noChange"] = "\"no change\"",
        ["rationale"] = "rationale",
        ["decisions"] = "decisions",
        ["mix"] = "four P's",
    };

    /// <summary>The sentence of an item added or removed.</summary>
    public static string Whole(PlanChange change, PlanListShape list, int index, JsonNode? item)
    {
        var verb = change.Kind == PlanChangeKind.Added ? "added" : "removed";
        switch (change.Part)
        {
            case PlanPart.Decisions:
                return Sentence(Wording.Capitalise(list.Noun) + " " + verb + ": " + Wording.Quote(change.Id ?? string.Empty));
            case PlanPart.Reviews:
                return Sentence("Review of " + change.Id + " " + verb + Detail(item, "note"));
            case PlanPart.StatusHistory:
                return Sentence("Status change " + Wording.Number(index + 1) + " " + verb + (item is JsonObject o ? ": " + Render(o["status"]) + " on " + Render(o["on"]) : string.Empty));
            case PlanPart.Resources when change.Kind == PlanChangeKind.Added && item is JsonObject budget:
                return Sentence("Budget " + Wording.Quote(change.Id ?? string.Empty) + " added: " + Render(budget["total"]) + " " + Render(budget["unit"], quote: false));
            default:
                return Sentence(Wording.Capitalise(list.Noun) + " " + Wording.Quote(change.Id ?? string.Empty) + " " + verb + (change.Kind == PlanChangeKind.Added ? Detail(item, "description") : string.Empty));
        }
    }

    /// <summary>The sentence of a member changed.</summary>
    public static string Changed(PlanChange change, PlanListShape? list, int index, JsonNode? old, JsonNode? @new, string shape)
    {
        var subject = list is null
            ? (change.Part == PlanPart.Mix ? "Four P's" : "Plan")
            : list.Kind == PlanListKind.Positional
                ? Wording.Capitalise(list.Noun) + " " + Wording.Number(index + 1)
                : list.Part == PlanPart.Reviews
                    ? "Review of " + change.Id
                    : Wording.Capitalise(list.Noun) + " " + Wording.Quote(change.Id ?? string.Empty);
        var words = change.Member.Length == 0 ? "the whole entry" : Words(change.Member);
        return Sentence(subject + ": " + words + " " + Phrase(old, @new, shape));
    }

    /// <summary>The diff's explanation: how many places differ, and what, by part.</summary>
    public static string Explanation(IReadOnlyList<PlanChange> changes)
    {
        if (changes.Count == 0)
        {
            return "The two plans are the same: nothing was added, removed or changed.";
        }

        // Count items, not members: a goal with three members changed is one goal changed.
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var counts = new SortedDictionary<(PlanPart Part, PlanChangeKind Kind), int>();
        foreach (var change in changes)
        {
            var item = change.Part is PlanPart.Plan or PlanPart.Mix ? change.Path : PlanDiffRun.ListPathOf(change) + "|" + (change.Id ?? PlanDiffRun.ItemPathOf(change)) + "|" + change.Occurrence.ToString(CultureInfo.InvariantCulture);
            if (counted.Add(((int)change.Kind).ToString(CultureInfo.InvariantCulture) + item))
            {
                counts.TryGetValue((change.Part, change.Kind), out var n);
                counts[(change.Part, change.Kind)] = n + 1;
            }
        }

        var parts = counts.Select(pair => Wording.Count(pair.Value, Noun(pair.Key.Part), pair.Key.Part == PlanPart.Mix ? "settings of the four P's" : null) + " " + pair.Key.Kind.ToString().ToLowerInvariant());
        return "The new plan differs from the old in " + Wording.Count(changes.Count, "place") + ": " + string.Join(", ", parts) + ".";
    }

    /// <summary>The sentence with its full stop, unless it ends in a quoted text that has one.</summary>
    private static string Sentence(string text) =>
        text.EndsWith(".'", StringComparison.Ordinal) || text.EndsWith("!'", StringComparison.Ordinal) || text.EndsWith("?'", StringComparison.Ordinal) ? text : text + ".";

    private static string Noun(PlanPart part) => part switch
    {
        PlanPart.Plan => "plan setting",
        PlanPart.ClientGoals => "client goal",
        PlanPart.Goals => "goal",
        PlanPart.Events => "event",
        PlanPart.Mix => "setting of the four P's",
        PlanPart.Decisions => "decision",
        PlanPart.Resources => "budget",
        PlanPart.Actions => "action",
        PlanPart.StatusHistory => "status change",
        _ => "review",
    };

    private static string Words(string member)
    {
        if (MemberWords.TryGetValue(member, out var words))
        {
            return words;
        }

        if (member.StartsWith("mix.", StringComparison.Ordinal))
        {
            var pieces = member.Split(Dot, 3);
            return pieces.Length == 2 ? pieces[1] : pieces[1] + " " + Words(pieces[2]);
        }

        return member;
    }

    private static string Detail(JsonNode? item, string member) =>
        item is JsonObject o && o[member] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0
            ? ": " + Wording.Quote(v.GetValue<string>())
            : string.Empty;

    private static string Phrase(JsonNode? old, JsonNode? @new, string shape)
    {
        old = old is null ? null : PlanJsonShape.Normalized(old, shape);
        @new = @new is null ? null : PlanJsonShape.Normalized(@new, shape);
        if (old is null)
        {
            return "set to " + Render(@new);
        }

        if (@new is null)
        {
            return "cleared (was " + Render(old) + ")";
        }

        if (Date(old) is { } from && Date(@new) is { } to)
        {
            var days = NodaTime.Period.DaysBetween(from, to);
            return "moved from " + Wording.Date(from) + " to " + Wording.Date(to) + " (" + Wording.Count(Math.Abs(days), "day") + (days > 0 ? " later)" : " earlier)");
        }

        if (Number(old) is { } a && Number(@new) is { } b)
        {
            return (b > a ? "raised" : "lowered") + " from " + Wording.Number(a, 28) + " to " + Wording.Number(b, 28);
        }

        if (old.GetValueKind() is JsonValueKind.True or JsonValueKind.False && @new.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return @new.GetValueKind() == JsonValueKind.True ? "turned on" : "turned off";
        }

        if (PlanJsonShape.ListAt(shape) is { Kind: PlanListKind.Unordered } && old is JsonArray before && @new is JsonArray after)
        {
            var gone = Multiset(before, shape);
            var added = new List<string>();
            foreach (var item in after)
            {
                var key = PlanJsonShape.Canonical(item, shape + "[]");
                if (!Remove(gone, key))
                {
                    added.Add(Render(item));
                }
            }

            var removed = new List<string>();
            foreach (var item in before)
            {
                var key = PlanJsonShape.Canonical(item, shape + "[]");
                if (Remove(gone, key))
                {
                    removed.Add(Render(item));
                }
            }

            added.Sort(StringComparer.Ordinal);
            removed.Sort(StringComparer.Ordinal);
            var said = new List<string>();
            if (added.Count > 0)
            {
                said.Add("now also " + string.Join(", ", added));
            }

            if (removed.Count > 0)
            {
                said.Add("no longer " + string.Join(", ", removed));
            }

            return string.Join("; ", said);
        }

        return "changed from " + Render(old) + " to " + Render(@new);
    }

    private static Dictionary<string, int> Multiset(JsonArray items, string shape)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = PlanJsonShape.Canonical(item, shape + "[]");
            counts.TryGetValue(key, out var n);
            counts[key] = n + 1;
        }

        return counts;
    }

    private static bool Remove(Dictionary<string, int> counts, string key)
    {
        if (counts.TryGetValue(key, out var n) && n > 0)
        {
            counts[key] = n - 1;
            return true;
        }

        return false;
    }

    private static NodaTime.LocalDate? Date(JsonNode node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && LocalDatePattern.Iso.Parse(v.GetValue<string>()) is { Success: true } parsed ? parsed.Value : null;

    private static decimal? Number(JsonNode node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>A value in words: dates and numbers as they are, texts quoted, lists joined, a resource use as "staff 20".</summary>
    private static string Render(JsonNode? value, bool quote = true)
    {
        switch (value)
        {
            case null:
                return "none";
            case JsonArray a:
                return a.Count == 0 ? "none" : string.Join(", ", a.Select(item => Render(item)));
            case JsonObject o when o["resource"] is JsonValue && o["amount"] is JsonValue:
                return Render(o["resource"]) + " " + Render(o["amount"]);
            case JsonObject o:
                return Wording.Quote(o.ToJsonString());
        }

        if (Date(value) is { } date)
        {
            return Wording.Date(date);
        }

        if (Number(value) is { } number)
        {
            return Wording.Number(number, 28);
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            JsonValueKind.String => quote ? Wording.Quote(value.GetValue<string>()) : value.GetValue<string>(),
            _ => value.ToJsonString(),
        };
    }
}
