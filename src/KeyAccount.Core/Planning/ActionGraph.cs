using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Planning;

/// <summary>
/// The actions of a plan as a dependency graph: each action's known dependencies resolved to the
/// index of the first action with that id, and the cycles among them.
/// </summary>
/// <remarks>Linear in actions plus dependencies (Tarjan's strongly connected components, iterative).</remarks>
internal sealed class ActionGraph
{
    private ActionGraph(Dictionary<string, int> index, int[][] dependencies)
    {
        Index = index;
        Dependencies = dependencies;
    }

    /// <summary>Action id to the index of its first occurrence; empty ids are left out.</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Per action, the indices of its known dependencies, without repeats, in the order listed.</summary>
    public int[][] Dependencies { get; }

    public static ActionGraph Build(IReadOnlyList<PlanAction> actions)
    {
        var index = new Dictionary<string, int>(actions.Count, StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var id = actions[i].Id;
            if (!string.IsNullOrWhiteSpace(id) && !index.ContainsKey(id))
            {
                index.Add(id, i);
            }
        }

        var dependencies = new int[actions.Count][];
        var seen = new HashSet<int>();
        for (var i = 0; i < actions.Count; i++)
        {
            var listed = actions[i].DependsOn;
            if (listed.Count == 0)
            {
                dependencies[i] = Array.Empty<int>();
                continue;
            }

            seen.Clear();
            var resolved = new List<int>(listed.Count);
            foreach (var id in listed)
            {
                if (id is not null && index.TryGetValue(id, out var d) && seen.Add(d))
                {
                    resolved.Add(d);
                }
            }

            dependencies[i] = resolved.ToArray();
        }

        return new ActionGraph(index, dependencies);
    }

    /// <summary>
    /// One cycle per group of actions that depend on each other (a strongly connected component
    /// with more than one action, or an action that depends on itself): the shortest cycle through
    /// the group's action with the smallest id, as indices from that action back to it.
    /// </summary>
    public List<int[]> Cycles(IReadOnlyList<PlanAction> actions)
    {
        var cycles = new List<int[]>();
        foreach (var component in StronglyConnectedComponents())
        {
            if (component.Count == 1 && Array.IndexOf(Dependencies[component[0]], component[0]) < 0)
            {
                continue;
            }

            var first = component[0];
            foreach (var node in component)
            {
                var order = string.CompareOrdinal(actions[node].Id, actions[first].Id);
                if (order < 0 || (order == 0 && node < first))
                {
                    first = node;
                }
            }

            cycles.Add(ShortestCycle(first, component));
        }

        cycles.Sort((a, b) =>
        {
            var byId = string.CompareOrdinal(actions[a[0]].Id, actions[b[0]].Id);
            return byId != 0 ? byId : a[0].CompareTo(b[0]);
        });
        return cycles;
    }

    private int[] ShortestCycle(int start, List<int> component)
    {
        var inComponent = new HashSet<int>(component);
        var parent = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var last = -1;
        while (queue.Count > 0 && last < 0)
        {
            var node = queue.Dequeue();
            foreach (var next in Dependencies[node])
            {
                if (next == start)
                {
                    last = node;
                    break;
                }

                if (inComponent.Contains(next) && !parent.ContainsKey(next))
                {
                    parent[next] = node;
                    queue.Enqueue(next);
                }
            }
        }

        // Walk back from the last node before the start to the start.
        var path = new List<int> { start };
        for (var node = last; node != start; node = parent[node])
        {
            path.Add(node);
        }

        path.Add(start);
        path.Reverse();
        return path.ToArray();
    }

    private List<List<int>> StronglyConnectedComponents()
    {
        var n = Dependencies.Length;
        var indexOf = new int[n];
        var lowLink = new int[n];
        var onStack = new bool[n];
        for (var i = 0; i < n; i++)
        {
            indexOf[i] = -1;
        }

        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Next)>();
        var components = new List<List<int>>();
        var counter = 0;
        for (var root = 0; root < n; root++)
        {
            if (indexOf[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                if (next == 0)
                {
                    indexOf[node] = lowLink[node] = counter++;
                    stack.Push(node);
                    onStack[node] = true;
                }

                var edges = Dependencies[node];
                var descended = false;
                while (next < edges.Length)
                {
                    var target = edges[next++];
                    if (indexOf[target] < 0)
                    {
                        work.Push((node, next));
                        work.Push((target, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[target])
                    {
                        lowLink[node] = Math.Min(lowLink[node], indexOf[target]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (lowLink[node] == indexOf[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[node]);
                }
            }
        }

        return components;
    }
}
