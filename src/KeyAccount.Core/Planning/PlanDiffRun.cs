using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace KeyAccount.Core.Planning;

/// <summary>One comparison of two plans' JSON forms: walks both trees and collects the changes.</summary>
internal sealed class PlanDiffRun
{
    private readonly List<PlanChange> _changes = new();

    /// <summary>The item whose members are compared: the plan itself (empty path) or an item of a list.</summary>
    private readonly record struct Item(PlanListShape? List, string Path, string? Id, int Occurrence);

    public static IReadOnlyList<PlanChange> Compare(AccountPlan old, AccountPlan @new)
    {
        var run = new PlanDiffRun();
        run.Members(PlanJsonShape.ToJson(old), PlanJsonShape.ToJson(@new), string.Empty, string.Empty, new Item(null, string.Empty, null, 0));
        run._changes.Sort(Order);
        return run._changes.ToArray();
    }

    /// <summary>The documented order: part, list, id, occurrence, kind, then the member (or path) in natural order.</summary>
    internal static int Order(PlanChange x, PlanChange y)
    {
        var c = x.Part.CompareTo(y.Part);
        if (c == 0)
        {
            c = string.CompareOrdinal(ListPathOf(x), ListPathOf(y));
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id ?? string.Empty, y.Id ?? string.Empty);
        }

        if (c == 0)
        {
            c = x.Occurrence.CompareTo(y.Occurrence);
        }

        if (c == 0)
        {
            c = x.Kind.CompareTo(y.Kind);
        }

        return c != 0 ? c : Diagnostics.ComparePaths(x.Id is null ? x.Path : x.Member, y.Id is null ? y.Path : y.Member);
    }

    /// <summary>The shape path of the list holding the change's item; empty for a member of the plan itself.</summary>
    internal static string ListPathOf(PlanChange change)
    {
        var item = ItemPathOf(change);
        var bracket = item.LastIndexOf('[');
        return bracket < 0 ? string.Empty : PlanJsonShape.ShapeOf(item.Substring(0, bracket));
    }

    /// <summary>The path of the change's item; empty for a member of the plan itself.</summary>
    internal static string ItemPathOf(PlanChange change)
    {
        if (change.Kind != PlanChangeKind.Changed)
        {
            return change.Path;
        }

        if (change.Id is null && change.Member == change.Path)
        {
            return string.Empty;
        }

        return change.Path.Length > change.Member.Length && change.Path.EndsWith("." + change.Member, StringComparison.Ordinal)
            ? change.Path.Substring(0, change.Path.Length - change.Member.Length - 1)
            : change.Path;
    }

    private static IEnumerable<string> Names(JsonObject? old, JsonObject? @new)
    {
        if (@new is not null)
        {
            foreach (var member in @new)
            {
                yield return member.Key;
            }
        }

        if (old is not null)
        {
            foreach (var member in old)
            {
                if (@new is null || !@new.ContainsKey(member.Key))
                {
                    yield return member.Key;
                }
            }
        }
    }

    private void Members(JsonObject? old, JsonObject? @new, string path, string shape, Item item)
    {
        foreach (var name in Names(old, @new))
        {
            var o = old?[name];
            var n = @new?[name];
            var childPath = PlanJsonShape.Join(path, name);
            var childShape = PlanJsonShape.Join(shape, name);
            var list = PlanJsonShape.ListAt(childShape);
            if (list is { Kind: not PlanListKind.Unordered } && o is JsonArray or null && n is JsonArray or null)
            {
                if (list.Kind == PlanListKind.Keyed)
                {
                    Keyed(o as JsonArray ?? new JsonArray(), n as JsonArray ?? new JsonArray(), childPath, childShape, list);
                }
                else
                {
                    Positional(o as JsonArray ?? new JsonArray(), n as JsonArray ?? new JsonArray(), childPath, childShape, list);
                }
            }
            else if (o is JsonObject oo && n is JsonObject no)
            {
                Members(oo, no, childPath, childShape, item);
            }
            else if (!PlanJsonShape.Same(o, n, childShape))
            {
                Changed(item, childPath, childShape, o, n);
            }
        }
    }

    private void Changed(Item item, string path, string shape, JsonNode? old, JsonNode? @new)
    {
        var member = item.Path.Length == 0 ? path : path.Substring(item.Path.Length + 1);
        var part = item.List?.Part ?? PlanJsonShape.PartOfMember(member);
        var change = new PlanChange(PlanChangeKind.Changed, part, path, string.Empty, item.Id, member, PlanJsonShape.Text(old, shape), PlanJsonShape.Text(@new, shape), item.Occurrence);
        _changes.Add(change with { Summary = PlanDiffWording.Changed(change, item.List, ItemIndex(item.Path), old, @new, shape) });
    }

    private static int ItemIndex(string itemPath) => Math.Max(0, PlanJsonShape.LastIndex(itemPath));

    private void Keyed(JsonArray old, JsonArray @new, string path, string shape, PlanListShape list)
    {
        var itemShape = shape + "[]";
        var oldByKey = Group(old, list.Key, itemShape, out var keys);
        var newByKey = Group(@new, list.Key, itemShape, out var newKeys);
        foreach (var key in newKeys)
        {
            if (!oldByKey.ContainsKey(key))
            {
                keys.Add(key);
            }
        }

        foreach (var key in keys)
        {
            oldByKey.TryGetValue(key, out var before);
            newByKey.TryGetValue(key, out var after);
            before ??= new List<int>();
            after ??= new List<int>();
            if (before.Count == 1 && after.Count == 1)
            {
                var itemPath = PlanJsonShape.Index(path, after[0]);
                Members(old[before[0]] as JsonObject, @new[after[0]] as JsonObject, itemPath, itemShape, new Item(list, itemPath, key, 0));
                continue;
            }

            // Items sharing a key (duplicate ids): each side in canonical order, so the lists'
            // order does not matter; identical items are matched first, the rest in that order.
            var o = PlanJsonShape.InCanonicalOrder(old, before, itemShape);
            var n = PlanJsonShape.InCanonicalOrder(@new, after, itemShape);
            var restOld = new List<int>();
            var restNew = new List<int>();
            int i = 0, j = 0;
            while (i < o.Count || j < n.Count)
            {
                var c = i == o.Count ? 1 : j == n.Count ? -1 : string.CompareOrdinal(o[i].Text, n[j].Text);
                if (c == 0)
                {
                    i++;
                    j++;
                }
                else if (c < 0)
                {
                    restOld.Add(i++);
                }
                else
                {
                    restNew.Add(j++);
                }
            }

            var paired = Math.Min(restOld.Count, restNew.Count);
            for (var k = 0; k < paired; k++)
            {
                var itemPath = PlanJsonShape.Index(path, n[restNew[k]].Index);
                Members(old[o[restOld[k]].Index] as JsonObject, @new[n[restNew[k]].Index] as JsonObject, itemPath, itemShape, new Item(list, itemPath, key, restOld[k]));
            }

            for (var k = paired; k < restOld.Count; k++)
            {
                Whole(PlanChangeKind.Removed, list, PlanJsonShape.Index(path, o[restOld[k]].Index), key, restOld[k], old[o[restOld[k]].Index]);
            }

            // An item added is counted after the items of its key that stay.
            var staying = o.Count - (restOld.Count - paired);
            for (var k = paired; k < restNew.Count; k++)
            {
                Whole(PlanChangeKind.Added, list, PlanJsonShape.Index(path, n[restNew[k]].Index), key, staying + (k - paired), @new[n[restNew[k]].Index]);
            }
        }
    }

    private static Dictionary<string, List<int>> Group(JsonArray items, string key, string itemShape, out List<string> keys)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        keys = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var k = PlanJsonShape.KeyOf(items[i], key, itemShape);
            if (!byKey.TryGetValue(k, out var indices))
            {
                byKey.Add(k, indices = new List<int>());
                keys.Add(k);
            }

            indices.Add(i);
        }

        return byKey;
    }

    private void Positional(JsonArray old, JsonArray @new, string path, string shape, PlanListShape list)
    {
        var itemShape = shape + "[]";
        for (var i = 0; i < Math.Max(old.Count, @new.Count); i++)
        {
            var itemPath = PlanJsonShape.Index(path, i);
            if (i < old.Count && i < @new.Count)
            {
                if (old[i] is JsonObject o && @new[i] is JsonObject n)
                {
                    Members(o, n, itemPath, itemShape, new Item(list, itemPath, null, 0));
                }
                else if (!PlanJsonShape.Same(old[i], @new[i], itemShape))
                {
                    // Not an object (a hand-written document may hold anything): the item as a whole.
                    var item = new Item(list, itemPath, null, 0);
                    var change = new PlanChange(PlanChangeKind.Changed, list.Part, itemPath, string.Empty, null, string.Empty, PlanJsonShape.Text(old[i], itemShape), PlanJsonShape.Text(@new[i], itemShape));
                    _changes.Add(change with { Summary = PlanDiffWording.Changed(change, item.List, i, old[i], @new[i], itemShape) });
                }
            }
            else if (i < old.Count)
            {
                Whole(PlanChangeKind.Removed, list, itemPath, null, 0, old[i]);
            }
            else
            {
                Whole(PlanChangeKind.Added, list, itemPath, null, 0, @new[i]);
            }
        }
    }

    private void Whole(PlanChangeKind kind, PlanListShape list, string path, string? id, int occurrence, JsonNode? item)
    {
        var text = PlanJsonShape.Text(item, PlanJsonShape.ShapeOf(path));
        var change = kind == PlanChangeKind.Added
            ? new PlanChange(kind, list.Part, path, string.Empty, id, string.Empty, null, text, occurrence)
            : new PlanChange(kind, list.Part, path, string.Empty, id, string.Empty, text, null, occurrence);
        _changes.Add(change with { Summary = PlanDiffWording.Whole(change, list, ItemIndex(path), item) });
    }
}
