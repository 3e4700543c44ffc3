using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Planning;

/// <summary>Applies a <see cref="PlanDiff"/> to a plan's JSON form: members changed, then items removed, then items added.</summary>
internal static class PlanPatch
{

    public static AccountPlan Apply(AccountPlan old, PlanDiff diff)
    {
        try
        {
            return Patch(old, diff);
        }
        catch (ArgumentException ex) when (ex.ParamName is null)
        {
            // A misfit (below) is made without a parameter name; it is the diff's.
            throw new ArgumentException(ex.Message, nameof(diff), ex);
        }
    }

    private static AccountPlan Patch(AccountPlan old, PlanDiff diff)
    {
        var root = PlanJsonShape.ToJson(old);
        var members = new List<(PlanChange Change, JsonNode Container)>();
        var removals = new List<(JsonArray List, JsonNode Item)>();
        var additions = new List<(PlanChange Change, JsonArray List, PlanListShape Shape)>();

        // Every item is found in the old plan before anything changes, so occurrences (counted in
        // the canonical order of an id's items) and positions keep their meaning in the old plan.
        foreach (var change in diff.Changes)
        {
            Require.NotNull(change, nameof(diff));
            if (change.Kind == PlanChangeKind.Changed)
            {
                if (PlanDiffRun.ItemPathOf(change).Length == 0)
                {
                    members.Add((change, root));
                }
                else
                {
                    var (list, shape) = ListOf(root, change);
                    members.Add((change, Find(list, shape, change)));
                }
            }
            else if (change.Kind == PlanChangeKind.Removed)
            {
                var (list, shape) = ListOf(root, change);
                var item = Find(list, shape, change);
                Expect(item, change.OldValue, ShapeOfItem(change), change);
                removals.Add((list, item!));
            }
            else if (change.Kind == PlanChangeKind.Added)
            {
                var (list, shape) = ListOf(root, change);
                additions.Add((change, list, shape));
            }
            else
            {
                throw Misfit(change, "its kind is not one of added, removed, changed");
            }
        }

        foreach (var (change, container) in members)
        {
            SetMember(root, container, change);
        }

        foreach (var (list, item) in removals)
        {
            list.Remove(item);
        }

        // Positional items are appended in the order of their positions, keyed items of one key in
        // the order of their occurrences, everything else in the diff's order.
        foreach (var (change, list, shape) in StableByList(additions))
        {
            var value = Parse(change.NewValue, change) ?? throw Misfit(change, "an item added has no new value");
            if (shape.Kind == PlanListKind.Positional)
            {
                if (IndexOf(change.Path) != list.Count)
                {
                    throw Misfit(change, "the list holds " + Wording.Count(list.Count, "entry", "entries") + ", so the entry cannot be added at that position");
                }
            }
            else
            {
                var count = 0;
                foreach (var item in list)
                {
                    count += string.Equals(PlanJsonShape.KeyOf(item, shape.Key, ShapeOfItem(change)), change.Id, StringComparison.Ordinal) ? 1 : 0;
                }

                if (count != change.Occurrence || !string.Equals(PlanJsonShape.KeyOf(value, shape.Key, ShapeOfItem(change)), change.Id, StringComparison.Ordinal))
                {
                    throw Misfit(change, "the plan already holds " + Wording.Count(count, "item") + " keyed " + Wording.Quote(change.Id ?? string.Empty) + ", or the new item has another key");
                }
            }

            list.Add(value);
        }

        try
        {
            return KeyAccountJson.Deserialize<AccountPlan>(root.ToJsonString());
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The changes give a plan that does not load: " + ex.Message, ex);
        }
    }

    private static IEnumerable<(PlanChange, JsonArray, PlanListShape)> StableByList(List<(PlanChange Change, JsonArray List, PlanListShape Shape)> additions)
    {
        // List.Sort is not stable: the diff's index breaks the remaining ties.
        var order = new List<(int Index, (PlanChange, JsonArray, PlanListShape) Item)>();
        for (var i = 0; i < additions.Count; i++)
        {
            order.Add((i, additions[i]));
        }

        order.Sort((x, y) =>
        {
            var (cx, lx, sx) = x.Item;
            var (cy, ly, sy) = y.Item;
            if (sx.Kind == PlanListKind.Positional && sy.Kind == PlanListKind.Positional && ReferenceEquals(lx, ly))
            {
                var c = IndexOf(cx.Path).CompareTo(IndexOf(cy.Path));
                if (c != 0)
                {
                    return c;
                }
            }

            if (sx.Kind == PlanListKind.Keyed && sy.Kind == PlanListKind.Keyed && ReferenceEquals(lx, ly) && string.Equals(cx.Id, cy.Id, StringComparison.Ordinal))
            {
                var c = cx.Occurrence.CompareTo(cy.Occurrence);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Index.CompareTo(y.Index);
        });
        foreach (var (_, item) in order)
        {
            yield return item;
        }
    }

    private static void SetMember(JsonObject root, JsonNode container, PlanChange change)
    {
        var itemPath = PlanDiffRun.ItemPathOf(change);
        var shapePath = PlanJsonShape.ShapeOf(change.Path);
        if (change.Member.Length == 0)
        {
            // An item replaced as a whole (a status-history entry that is not an object).
            Expect(container, change.OldValue, shapePath, change);
            var (list, _) = ListOf(root, change);
            list[IndexOf(itemPath)] = Parse(change.NewValue, change);
            return;
        }

        var names = change.Member.Split('.');
        for (var i = 0; i < names.Length - 1; i++)
        {
            container = (container as JsonObject)?[names[i]] ?? throw Misfit(change, "the plan has no " + Wording.Quote(names[i]) + " there");
        }

        var owner = container as JsonObject ?? throw Misfit(change, "the member's owner is not an object");
        var last = names[names.Length - 1];
        Expect(owner[last], change.OldValue, shapePath, change);
        if (change.NewValue is null)
        {
            owner.Remove(last);
        }
        else
        {
            owner[last] = Parse(change.NewValue, change);
        }
    }

    private static (JsonArray List, PlanListShape Shape) ListOf(JsonObject root, PlanChange change)
    {
        var itemPath = PlanDiffRun.ItemPathOf(change);
        var open = itemPath.LastIndexOf('[');
        if (open <= 0 || itemPath[itemPath.Length - 1] != ']')
        {
            throw Misfit(change, "its path names no item of a list");
        }

        var listPath = itemPath.Substring(0, open);
        var shape = PlanJsonShape.ListAt(PlanJsonShape.ShapeOf(listPath));
        if (shape is null || shape.Kind == PlanListKind.Unordered || (shape.Kind == PlanListKind.Keyed) != (change.Id is not null))
        {
            throw Misfit(change, "its path is not in a list of items matched by key or by position");
        }

        JsonNode? node = root;
        foreach (var name in listPath.Split('.'))
        {
            node = (node as JsonObject)?[name];
        }

        return (node as JsonArray ?? throw Misfit(change, "the plan has no list " + Wording.Quote(listPath)), shape);
    }

    private static JsonNode Find(JsonArray list, PlanListShape shape, PlanChange change)
    {
        if (shape.Kind == PlanListKind.Positional)
        {
            var index = IndexOf(PlanDiffRun.ItemPathOf(change));
            return index >= 0 && index < list.Count && list[index] is { } entry ? entry : throw Misfit(change, "the list has no entry at that position");
        }

        var itemShape = ShapeOfItem(change);
        var indices = new List<int>();
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(PlanJsonShape.KeyOf(list[i], shape.Key, itemShape), change.Id, StringComparison.Ordinal))
            {
                indices.Add(i);
            }
        }

        if (change.Occurrence >= 0 && change.Occurrence < indices.Count)
        {
            var chosen = indices.Count == 1 ? indices[0] : PlanJsonShape.InCanonicalOrder(list, indices, itemShape)[change.Occurrence].Index;
            return list[chosen] ?? throw Misfit(change, "the item is null");
        }

        throw Misfit(change, "the plan holds no item keyed " + Wording.Quote(change.Id ?? string.Empty) + (change.Occurrence > 0 ? " (occurrence " + Wording.Number(change.Occurrence) + ")" : string.Empty));
    }

    private static string ShapeOfItem(PlanChange change) => PlanJsonShape.ShapeOf(PlanDiffRun.ItemPathOf(change));

    private static void Expect(JsonNode? actual, string? expected, string shapePath, PlanChange change)
    {
        if (!PlanJsonShape.Same(actual, Parse(expected, change), shapePath))
        {
            throw Misfit(change, "the plan holds " + (actual?.ToJsonString() ?? "nothing") + " there, not the old value " + (expected ?? "nothing"));
        }
    }

    private static JsonNode? Parse(string? json, PlanChange change)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw Misfit(change, "its value is not JSON (" + ex.Message + ")");
        }
    }

    private static int IndexOf(string itemPath) => PlanJsonShape.LastIndex(itemPath);

    private static ArgumentException Misfit(PlanChange change, string why) =>
        new("The change at " + change.Path + " (" + change.Kind.ToString().ToLowerInvariant() + ") does not apply to this plan: " + why + ".");
}
