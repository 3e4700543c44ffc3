namespace KeyAccount.Core.Relationships;

/// <summary>A binary min-heap of (key, node) with lazy deletion, ties broken by node index so that runs are deterministic (netstandard2.0 has no PriorityQueue).</summary>
internal sealed class MinHeap
{
    private double[] _keys;
    private int[] _nodes;

    public MinHeap(int capacity)
    {
        _keys = new double[System.Math.Max(4, capacity)];
        _nodes = new int[_keys.Length];
    }

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(double key, int node)
    {
        if (Count == _keys.Length)
        {
            System.Array.Resize(ref _keys, Count * 2);
            System.Array.Resize(ref _nodes, Count * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(key, node, _keys[parent], _nodes[parent]))
            {
                break;
            }

            _keys[i] = _keys[parent];
            _nodes[i] = _nodes[parent];
            i = parent;
        }

        _keys[i] = key;
        _nodes[i] = node;
    }

    public (double Key, int Node) Pop()
    {
        var top = (_keys[0], _nodes[0]);
        var key = _keys[--Count];
        var node = _nodes[Count];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Less(_keys[child + 1], _nodes[child + 1], _keys[child], _nodes[child]))
            {
                child++;
            }

            if (!Less(_keys[child], _nodes[child], key, node))
            {
                break;
            }

            _keys[i] = _keys[child];
            _nodes[i] = _nodes[child];
            i = child;
        }

        if (Count > 0)
        {
            _keys[i] = key;
            _nodes[i] = node;
        }

        return top;
    }

    private static bool Less(double k1, int n1, double k2, int n2) => k1 < k2 || (k1 == k2 && n1 < n2);
}
