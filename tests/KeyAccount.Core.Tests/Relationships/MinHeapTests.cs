using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Tests.Relationships;

/// <summary>
/// The path search's heap against a sorted list: whatever is pushed, in whatever order, with pops
/// and clears in between, each pop gives the smallest key, ties by the smaller node.
/// </summary>
public class MinHeapTests
{
    /// <summary>An operation: a push of (key, node) when Push, else a pop (or a clear, now and then).</summary>
    public sealed record HeapOp(bool Push, bool Clear, byte Key, byte Node);

    [Property(MaxTest = 300)]
    public Property Pops_come_in_key_then_node_order(HeapOp[] steps, byte capacity)
    {
        var heap = new MinHeap(capacity % 8);
        var model = new List<(double Key, int Node)>();
        foreach (var step in steps)
        {
            if (step.Push)
            {
                // Few distinct keys, so ties are common and the node decides.
                var key = (step.Key % 5) / 2.0;
                heap.Push(key, step.Node);
                model.Add((key, step.Node));
            }
            else if (step.Clear && step.Key % 7 == 0)
            {
                heap.Clear();
                model.Clear();
            }
            else if (model.Count > 0)
            {
                var expected = model.OrderBy(x => x.Key).ThenBy(x => x.Node).First();
                model.Remove(expected);
                var popped = heap.Pop();
                if (popped != expected)
                {
                    return false.Label($"popped {popped}, expected {expected}");
                }
            }

            if (heap.Count != model.Count)
            {
                return false.Label($"count {heap.Count}, expected {model.Count}");
            }
        }

        // Draining gives the rest in order.
        var rest = model.OrderBy(x => x.Key).ThenBy(x => x.Node).ToList();
        var drained = new List<(double, int)>();
        while (heap.Count > 0)
        {
            drained.Add(heap.Pop());
        }

        return drained.SequenceEqual(rest.Select(x => (x.Key, x.Node))).Label("drained " + string.Join(", ", drained));
    }

    [Fact]
    public void A_heap_grows_past_its_capacity_and_breaks_ties_by_node()
    {
        var heap = new MinHeap(0);
        foreach (var node in new[] { 9, 3, 7, 1, 8, 2, 6, 4, 5, 0 })
        {
            heap.Push(1.5, node);
        }

        heap.Push(0.5, 99);
        Assert.Equal(11, heap.Count);
        Assert.Equal((0.5, 99), heap.Pop());
        Assert.Equal(Enumerable.Range(0, 10).Select(n => (1.5, n)), Enumerable.Range(0, 10).Select(_ => heap.Pop()));
        Assert.Equal(0, heap.Count);
    }
}
