using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Planning;

/// <summary>How the lists of a plan's JSON form are matched when two plans are compared.</summary>
internal enum PlanListKind
{
    /// <summary>Items matched by a key member (an id, a description, a date); the order carries no meaning.</summary>
    Keyed,

    /// <summary>Items matched by position: the order carries meaning (the status history).</summary>
    Positional,

    /// <summary>A list of values compared as a whole, ignoring order (the goals an action serves).</summary>
    Unordered,
}

/// <summary>A list of the plan's JSON form: how it is matched, and the words for its items.</summary>
internal sealed record PlanListShape(PlanListKind Kind, PlanPart Part = PlanPart.Plan, string Noun = "", string Key = "");

/// <summary>
/// The plan's JSON form as the comparison sees it: which lists are matched by which key, which
/// are sets, and the one canonical text that decides whether two values are the same.
/// </summary>
/// <remarks>
/// Shape paths are JSON paths with <c>[]</c> for any index (<c>actions[].serves</c>). A list the
/// table does not name is compared as a whole, in order: a new list in a later format version is
/// never silently ignored.
/// </remarks>
internal static class PlanJsonShape
{
    private static readonly Dictionary<string, PlanListShape> Lists = new(StringComparer.Ordinal)
    {
        ["clientGoals"] = new(PlanListKind.Keyed, PlanPart.ClientGoals, "client goal", "id"),
        ["goals"] = new(PlanListKind.Keyed, PlanPart.Goals, "goal", "id"),
        ["events"] = new(PlanListKind.Keyed, PlanPart.Events, "event", "id"),
        ["resources"] = new(PlanListKind.Keyed, PlanPart.Resources, "budget", "id"),
        ["actions"] = new(PlanListKind.Keyed, PlanPart.Actions, "action", "id"),
        ["mix.product.decisions"] = new(PlanListKind.Keyed, PlanPart.Decisions, "product decision", "description"),
        ["mix.price.decisions"] = new(PlanListKind.Keyed, PlanPart.Decisions, "price decision", "description"),
        ["mix.promotion.decisions"] = new(PlanListKind.Keyed, PlanPart.Decisions, "promotion decision", "description"),
        ["mix.place.decisions"] = new(PlanListKind.Keyed, PlanPart.Decisions, "place decision", "description"),
        ["reviews"] = new(PlanListKind.Keyed, PlanPart.Reviews, "review", "on"),
        ["statusHistory"] = new(PlanListKind.Positional, PlanPart.StatusHistory, "status change"),
        ["goals[].mirrors"] = new(PlanListKind.Unordered),
        ["actions[].serves"] = new(PlanListKind.Unordered),
        ["actions[].dependsOn"] = new(PlanListKind.Unordered),
        ["actions[].uses"] = new(PlanListKind.Unordered),
        ["mix.product.decisions[].serves"] = new(PlanListKind.Unordered),
        ["mix.price.decisions[].serves"] = new(PlanListKind.Unordered),
        ["mix.promotion.decisions[].serves"] = new(PlanListKind.Unordered),
        ["mix.place.decisions[].serves"] = new(PlanListKind.Unordered),
        ["statusHistory[].clientParticipants"] = new(PlanListKind.Unordered),
        ["statusHistory[].ourParticipants"] = new(PlanListKind.Unordered),
    };

    /// <summary>The list at <paramref name="shapePath"/>; null for a member that is not one of the named lists.</summary>
    public static PlanListShape? ListAt(string shapePath) => Lists.TryGetValue(shapePath, out var shape) ? shape : null;

    /// <summary>The part of a member of the plan itself: the four P's or the plan.</summary>
    public static PlanPart PartOfMember(string member) => member == "mix" || member.StartsWith("mix.", StringComparison.Ordinal) ? PlanPart.Mix : PlanPart.Plan;

    /// <summary>The plan's JSON form, as <see cref="KeyAccountJson"/> writes it.</summary>
    public static JsonObject ToJson(AccountPlan plan) =>
        JsonNode.Parse(KeyAccountJson.Serialize(plan)) as JsonObject ?? throw new InvalidOperationException("A plan's JSON form is an object.");

    /// <summary><paramref name="path"/> extended by <paramref name="member"/>.</summary>
    public static string Join(string path, string member) => path.Length == 0 ? member : path + "." + member;

    /// <summary>A path extended by an index: <c>goals[2]</c>.</summary>
    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The index in a path's last brackets (<c>goals[2]</c> gives 2); -1 when the path does not end in an index.</summary>
    public static int LastIndex(string path)
    {
        var open = path.LastIndexOf('[');
        if (open < 0 || path.Length < open + 3 || path[path.Length - 1] != ']')
        {
            return -1;
        }

        var index = 0;
        for (var i = open + 1; i < path.Length - 1; i++)
        {
            var c = path[i];
            if (c < '0' || c > '9' || index > 100_000_000)
            {
                return -1;
            }

            index = (index * 10) + (c - '0');
        }

        return index;
    }

    /// <summary>The items at <paramref name="indices"/> of <paramref name="list"/> with their canonical texts, in canonical order (ties in list order).</summary>
    public static List<(int Index, string Text)> InCanonicalOrder(JsonArray list, IReadOnlyList<int> indices, string itemShape)
    {
        var items = new List<(int Index, string Text)>(indices.Count);
        foreach (var index in indices)
        {
            items.Add((index, Canonical(list[index], itemShape)));
        }

        items.Sort((x, y) =>
        {
            var c = string.CompareOrdinal(x.Text, y.Text);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        return items;
    }

    /// <summary>The key of a keyed list's item: the key member's string, or the item's canonical text when it has none.</summary>
    public static string KeyOf(JsonNode? item, string key, string shapePath) =>
        item is JsonObject o && o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : Canonical(item, shapePath);

    /// <summary>
    /// The JSON text of a value for <see cref="PlanChange"/>, with the items of keyed and unordered
    /// lists in canonical order, so that the text does not depend on the order of the plan's
    /// lists; null for no value.
    /// </summary>
    public static string? Text(JsonNode? value, string shapePath) => value is null ? null : Normalized(value, shapePath).ToJsonString();

    /// <summary>A copy of <paramref name="value"/> with the items of keyed and unordered lists in canonical order.</summary>
    public static JsonNode Normalized(JsonNode value, string shapePath)
    {
        switch (value)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var member in o)
                {
                    copy[member.Key] = member.Value is null ? null : Normalized(member.Value, Join(shapePath, member.Key));
                }

                return copy;
            case JsonArray a:
                var items = new List<(string Key, JsonNode? Item)>(a.Count);
                foreach (var item in a)
                {
                    items.Add((Canonical(item, shapePath + "[]"), item is null ? null : Normalized(item, shapePath + "[]")));
                }

                if (ListAt(shapePath) is { Kind: PlanListKind.Keyed or PlanListKind.Unordered })
                {
                    // A stable sort: equal items keep their order.
                    items = items.Select((item, i) => (item, i)).OrderBy(x => x.item.Key, StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.item).ToList();
                }

                var array = new JsonArray();
                foreach (var (_, item) in items)
                {
                    array.Add(item);
                }

                return array;
            default:
                return value.DeepClone();
        }
    }

    /// <summary>
    /// The canonical text of a value: members in name order, numbers by their decimal value
    /// (<c>10</c> and <c>10.0</c> are the same amount), keyed and unordered lists sorted (their
    /// order carries no meaning), positional lists in order. Two values are the same exactly when
    /// their canonical texts are.
    /// </summary>
    public static string Canonical(JsonNode? value, string shapePath)
    {
        var text = new StringBuilder();
        Write(text, value, shapePath);
        return text.ToString();
    }

    /// <summary>True when two values are the same (<see cref="Canonical"/>).</summary>
    public static bool Same(JsonNode? x, JsonNode? y, string shapePath) =>
        string.Equals(Canonical(x, shapePath), Canonical(y, shapePath), StringComparison.Ordinal);

    /// <summary>A path with its indices replaced by <c>[]</c>: <c>actions[3].serves</c> gives <c>actions[].serves</c>.</summary>
    public static string ShapeOf(string path)
    {
        var shape = new StringBuilder(path.Length);
        var inIndex = false;
        foreach (var c in path)
        {
            if (c == '[')
            {
                inIndex = true;
                shape.Append("[]");
            }
            else if (c == ']')
            {
                inIndex = false;
            }
            else if (!inIndex)
            {
                shape.Append(c);
            }
        }

        return shape.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? value, string shapePath)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject o:
                var names = new List<string>(o.Count);
                foreach (var member in o)
                {
                    names.Add(member.Key);
                }

                names.Sort(StringComparer.Ordinal);
                text.Append('{');
                foreach (var name in names)
                {
                    text.Append('"').Append(name).Append("\":");
                    Write(text, o[name], Join(shapePath, name));
                    text.Append(',');
                }

                text.Append('}');
                break;
            case JsonArray a:
                var items = new List<string>(a.Count);
                foreach (var item in a)
                {
                    items.Add(Canonical(item, shapePath + "[]"));
                }

                if (ListAt(shapePath) is { Kind: PlanListKind.Keyed or PlanListKind.Unordered })
                {
                    items.Sort(StringComparer.Ordinal);
                }

                text.Append('[').Append(string.Join(",", items)).Append(']');
                break;
            default:
                text.Append(Scalar((JsonValue)value));
                break;
        }
    }

    private static string Scalar(JsonValue value)
    {
        var raw = value.ToJsonString();
        if (value.GetValueKind() == JsonValueKind.Number && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            // Dividing by 1.000... drops trailing zeros: 10.0 and 10 give the same text.
            return (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        }

        return raw;
    }
}
