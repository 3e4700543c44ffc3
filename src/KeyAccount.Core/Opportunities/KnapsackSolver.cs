using System;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// Exact multi-dimensional 0-1 knapsack with must-do items and "requires" / "excludes" links:
/// depth-first branch and bound with a surrogate-relaxation bound, a Lagrangian root bound,
/// greedy incumbents and reduced-cost variable fixing. No solver library, no clock, no randomness.
/// </summary>
/// <remarks>
/// <para>
/// Feasibility is always decided in exact integers (<see cref="long"/>, checked). Doubles are used
/// only for bounds, and a bound prunes a node only when it is below the incumbent plus one (values
/// are integers, so a strictly better set is worth at least one more unit) by more than a
/// tolerance far above the rounding error of the sums; so pruning never loses the optimum.
/// </para>
/// <para>
/// The root: must-do items are chosen and their links propagated; items that alone do not fit the
/// rest of the capacity are left out. With weights normalised by the remaining capacities, the
/// Lagrangian dual g(u) = sum_k u_k + sum_i max(0, v_i - u.w_i) (an upper bound for every u &gt;= 0)
/// is minimised by subgradient steps and an exact coordinate search; g at the best u is the root
/// bound, and u the estimate of the LP dual prices. Greedy passes in order of v_i / (u.w_i) give
/// the incumbent. Reduced-cost fixing: if choosing i (or leaving it out) makes g plus the item's
/// reduced cost fall below the incumbent plus one, every better set leaves i out (or takes it).
/// The search: items in order of v_i / (u.w_i) (items worth nothing last), then by value and
/// index; the branch that takes the item first; a node worth more than the incumbent is completed
/// by a greedy pass over the undecided items, so the incumbent is always a set no item left out
/// could be added to; at each node the Dantzig bound of the surrogate knapsack sum_i (u.w_i) x_i &lt;= u.(residual)
/// over the undecided items that still fit every residual capacity.
/// </para>
/// </remarks>
internal sealed class KnapsackSolver
{
    private readonly KnapsackInstance _p;
    private readonly int _n;
    private readonly int _m;
    private readonly long[] _v;
    private readonly long[][] _w;
    private readonly sbyte[] _assign;
    private readonly long[] _residual;
    private readonly int[] _trail;
    private readonly int[] _stackItem;
    private readonly sbyte[] _stackValue;
    private readonly bool[] _best;
    private readonly double _tolerance;
    private long _value;
    private int _trailLength;
    private long _bestValue = -1;
    private long _nodes;
    private long _nodeLimit;
    private bool _stopped;

    // Relaxation data, set at the root.
    private long[] _rootResidual = [];
    private double[] _u = [];
    private double[] _surrogateWeight = [];
    private int[] _order = [];

    private KnapsackSolver(KnapsackInstance problem)
    {
        _p = problem;
        _n = problem.Count;
        _m = problem.Dimensions;
        _v = problem.Values;
        _w = problem.Weights;
        _assign = new sbyte[_n];
        _residual = (long[])problem.Capacities.Clone();
        _trail = new int[_n];
        var stackSize = 1;
        double totalValue = 0;
        for (var i = 0; i < _n; i++)
        {
            _assign[i] = -1;
            stackSize += 1 + problem.Requires[i].Length + problem.Excludes[i].Length + problem.RequiredBy[i].Length;
            totalValue += _v[i];
        }

        _stackItem = new int[stackSize];
        _stackValue = new sbyte[stackSize];
        _best = new bool[_n];
        _tolerance = (1e-9 * totalValue) + 1e-6;
    }

    /// <summary>Solves exactly, or until <paramref name="nodeLimit"/> nodes have been explored.</summary>
    public static KnapsackResult Solve(KnapsackInstance problem, long nodeLimit) => new KnapsackSolver(problem).Run(nodeLimit, search: true);

    /// <summary>The baseline: one greedy pass by value per unit of normalised resource, with a valid bound.</summary>
    public static KnapsackResult Greedy(KnapsackInstance problem) => new KnapsackSolver(problem).Run(0, search: false);

    private KnapsackResult Run(long nodeLimit, bool search)
    {
        _nodeLimit = nodeLimit;
        for (var i = 0; i < _n; i++)
        {
            if (_p.MustDo[i] && !Assign(i, 1))
            {
                return new KnapsackResult(false, new bool[_n], 0, 0, true, 0, new double[_m]);
            }
        }

        for (var i = 0; i < _n; i++)
        {
            if (_assign[i] == -1 && !FitsAlone(i))
            {
                var mark = _trailLength;
                if (!Assign(i, 0))
                {
                    Undo(mark);
                }
            }
        }

        Record();
        _rootResidual = (long[])_residual.Clone();
        var rootValue = _value;
        var free = FreeItems();

        // Uniform multipliers: the greedy by benefit per unit of (normalised) resource.
        _u = new double[_m];
        for (var k = 0; k < _m; k++)
        {
            _u[k] = _rootResidual[k] > 0 ? 1.0 : 0.0;
        }

        SetOrder(free);
        GreedyPass();
        if (!search)
        {
            var greedyBound = Math.Max(_bestValue, Floor(_value + SurrogateBound(0)));
            return Result(greedyBound, greedyBound == _bestValue, priced: false);
        }

        var lagrangian = OptimiseMultipliers(free);
        var rootBound = Floor(rootValue + lagrangian);
        SetOrder(free);
        GreedyPass();

        if (!FixByReducedCost(free, rootValue + lagrangian))
        {
            return Result(_bestValue, proven: true);
        }

        var afterFixing = Floor(_value + SurrogateBound(0));
        var bound = Math.Max(_bestValue, Math.Min(rootBound, afterFixing));
        if (bound == _bestValue)
        {
            return Result(bound, proven: true);
        }

        if (_nodeLimit > 0)
        {
            Search(0);
        }

        var proven = !_stopped && _nodeLimit > 0;
        return Result(proven ? _bestValue : Math.Max(_bestValue, bound), proven);
    }

    /// <param name="bound">The upper bound found.</param>
    /// <param name="proven">Whether the value is proven optimal.</param>
    /// <param name="priced">False for the greedy baseline, whose uniform multipliers are no price estimate: its prices are 0.</param>
    private KnapsackResult Result(long bound, bool proven, bool priced = true)
    {
        var chosen = (bool[])_best.Clone();
        DropZeroValueExtras(chosen);
        var prices = new double[_m];
        for (var k = 0; priced && k < _m; k++)
        {
            prices[k] = _rootResidual.Length > 0 && _rootResidual[k] > 0 ? _u[k] / _rootResidual[k] : 0.0;
        }

        return new KnapsackResult(true, chosen, _bestValue, Math.Max(bound, _bestValue), proven, _nodes, prices);
    }

    /// <summary>Chosen items worth nothing, not must-do and not required by another chosen item, are left out (deterministic).</summary>
    private void DropZeroValueExtras(bool[] chosen)
    {
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < _n; i++)
            {
                if (!chosen[i] || _v[i] != 0 || _p.MustDo[i])
                {
                    continue;
                }

                var needed = false;
                foreach (var j in _p.RequiredBy[i])
                {
                    needed |= chosen[j];
                }

                if (!needed)
                {
                    chosen[i] = false;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private void Search(int position)
    {
        if (_nodes >= _nodeLimit)
        {
            _stopped = true;
            return;
        }

        _nodes++;
        if (_value > _bestValue)
        {
            // A node better than the incumbent: complete it greedily with the undecided items that
            // still fit (GreedyPass records the completion and restores this node), so that a
            // search cut short by the node limit never reports a set that an item left over would improve.
            GreedyPass();
        }

        while (position < _order.Length && _assign[_order[position]] != -1)
        {
            position++;
        }

        if (position == _order.Length)
        {
            return;
        }

        if (_value + SurrogateBound(position) + _tolerance < _bestValue + 1)
        {
            return;
        }

        var item = _order[position];
        var mark = _trailLength;
        if (Assign(item, 1))
        {
            Search(position + 1);
        }

        Undo(mark);
        if (_stopped)
        {
            return;
        }

        if (Assign(item, 0))
        {
            Search(position + 1);
        }

        Undo(mark);
    }

    /// <summary>Dantzig bound of the surrogate knapsack over the undecided items from <paramref name="position"/> that fit.</summary>
    private double SurrogateBound(int position)
    {
        var capacity = 0.0;
        for (var k = 0; k < _m; k++)
        {
            if (_rootResidual[k] > 0)
            {
                capacity += _u[k] * _residual[k] / _rootResidual[k];
            }
        }

        var bound = 0.0;
        for (var q = position; q < _order.Length; q++)
        {
            var i = _order[q];
            if (_assign[i] != -1 || !FitsNow(i))
            {
                continue;
            }

            var s = _surrogateWeight[i];
            if (s <= capacity)
            {
                capacity -= s;
                bound += _v[i];
            }
            else
            {
                bound += _v[i] * (capacity / s);
                break;
            }
        }

        return bound;
    }

    private long Floor(double x) => x + _tolerance >= long.MaxValue ? long.MaxValue : (long)Math.Floor(x + _tolerance);

    private void GreedyPass()
    {
        var root = _trailLength;
        foreach (var i in _order)
        {
            if (_assign[i] != -1)
            {
                continue;
            }

            var mark = _trailLength;
            if (!Assign(i, 1))
            {
                Undo(mark);
            }
        }

        if (_value > _bestValue)
        {
            Record();
        }

        Undo(root);
    }

    /// <summary>Fixes items by reduced cost; false when fixing proves no set beats the incumbent.</summary>
    private bool FixByReducedCost(int[] free, double lagrangianBound)
    {
        foreach (var i in free)
        {
            if (_assign[i] != -1)
            {
                continue;
            }

            var reduced = _v[i] - _surrogateWeight[i];
            var mark = _trailLength;
            if (reduced <= 0 && lagrangianBound + reduced + _tolerance < _bestValue + 1)
            {
                if (!Assign(i, 0))
                {
                    Undo(mark);
                    return false;
                }
            }
            else if (reduced > 0 && lagrangianBound - reduced + _tolerance < _bestValue + 1)
            {
                if (!Assign(i, 1))
                {
                    Undo(mark);
                    return false;
                }
            }
        }

        return true;
    }

    private void SetOrder(int[] free)
    {
        _surrogateWeight = new double[_n];
        foreach (var i in free)
        {
            var s = 0.0;
            for (var k = 0; k < _m; k++)
            {
                if (_rootResidual[k] > 0)
                {
                    s += _u[k] * _w[k][i] / _rootResidual[k];
                }
            }

            _surrogateWeight[i] = s;
        }

        var order = (int[])free.Clone();
        var weights = _surrogateWeight;
        var values = _v;
        Array.Sort(order, (a, b) =>
        {
            // Items worth nothing go last: taken early, one could exclude an item worth something
            // and then be dropped from the answer (DropZeroValueExtras), leaving room unused.
            if ((values[a] == 0) != (values[b] == 0))
            {
                return values[a] == 0 ? 1 : -1;
            }

            var sa = weights[a];
            var sb = weights[b];
            if ((sa <= 0) != (sb <= 0))
            {
                return sa <= 0 ? -1 : 1;
            }

            if (sa > 0)
            {
                var c = (values[b] / sb).CompareTo(values[a] / sa);
                if (c != 0)
                {
                    return c;
                }
            }

            var byValue = values[b].CompareTo(values[a]);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });
        _order = order;
    }

    /// <summary>
    /// Minimises the Lagrangian dual over u &gt;= 0 (weights normalised by the root residual, so each
    /// binding capacity is 1): subgradient steps toward the incumbent, then exact coordinate
    /// minimisation. Sets <see cref="_u"/> to the best u found and returns g(u) for the free items.
    /// </summary>
    private double OptimiseMultipliers(int[] free)
    {
        var count = free.Length;
        var w = new double[_m][];
        var active = new bool[_m];
        for (var k = 0; k < _m; k++)
        {
            w[k] = new double[count];
            active[k] = _rootResidual[k] > 0;
            if (!active[k])
            {
                continue;
            }

            for (var j = 0; j < count; j++)
            {
                w[k][j] = (double)_w[k][free[j]] / _rootResidual[k];
            }
        }

        var v = new double[count];
        for (var j = 0; j < count; j++)
        {
            v[j] = _v[free[j]];
        }

        var u = new double[_m];
        var bestU = new double[_m];
        var bestG = Dual(u, v, w, active, null);
        var target = Math.Max(0, _bestValue - _value);
        var d = new double[_m];
        var lambda = 2.0;
        var sinceImprovement = 0;
        for (var iteration = 0; iteration < 300 && lambda > 1e-5; iteration++)
        {
            var g = Dual(u, v, w, active, d);
            if (g < bestG)
            {
                bestG = g;
                Array.Copy(u, bestU, _m);
                sinceImprovement = 0;
            }
            else if (++sinceImprovement >= 15)
            {
                lambda /= 2;
                sinceImprovement = 0;
            }

            var norm = 0.0;
            for (var k = 0; k < _m; k++)
            {
                norm += d[k] * d[k];
            }

            if (norm <= 0 || g - target <= 1e-12 * (1 + g))
            {
                break;
            }

            var step = lambda * (g - target) / norm;
            for (var k = 0; k < _m; k++)
            {
                u[k] = active[k] ? Math.Max(0, u[k] - (step * d[k])) : 0;
            }
        }

        Array.Copy(bestU, u, _m);
        var keys = new double[count];
        var index = new int[count];
        for (var round = 0; round < 20; round++)
        {
            var improved = false;
            for (var k = 0; k < _m; k++)
            {
                if (!active[k])
                {
                    continue;
                }

                var saved = u[k];
                u[k] = BestCoordinate(u, k, v, w, keys, index);
                var g = Dual(u, v, w, active, null);
                if (g < bestG - (1e-12 * Math.Abs(bestG)))
                {
                    bestG = g;
                    improved = true;
                }
                else
                {
                    // Not strictly better: keep the multiplier. Where the dual is flat (a budget
                    // that was lowered to the total need, so it does not bind), the coordinate
                    // minimiser is the top of the flat range, a price the budget does not have.
                    u[k] = saved;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        _u = u;
        return bestG;
    }

    private double Dual(double[] u, double[] v, double[][] w, bool[] active, double[]? subgradient)
    {
        var g = 0.0;
        for (var k = 0; k < _m; k++)
        {
            if (active[k])
            {
                g += u[k];
            }

            if (subgradient is not null)
            {
                subgradient[k] = active[k] ? 1.0 : 0.0;
            }
        }

        for (var j = 0; j < v.Length; j++)
        {
            var r = v[j];
            for (var k = 0; k < _m; k++)
            {
                r -= u[k] * w[k][j];
            }

            if (r > 0)
            {
                g += r;
                if (subgradient is not null)
                {
                    for (var k = 0; k < _m; k++)
                    {
                        subgradient[k] -= w[k][j];
                    }
                }
            }
        }

        return g;
    }

    /// <summary>The exact minimiser over x &gt;= 0 of x + sum_j max(0, a_j - x w_kj), the others fixed.</summary>
    private double BestCoordinate(double[] u, int k, double[] v, double[][] w, double[] keys, int[] index)
    {
        var count = 0;
        for (var j = 0; j < v.Length; j++)
        {
            var wk = w[k][j];
            if (wk <= 0)
            {
                continue;
            }

            var a = v[j];
            for (var l = 0; l < _m; l++)
            {
                if (l != k)
                {
                    a -= u[l] * w[l][j];
                }
            }

            if (a > 0)
            {
                keys[count] = -(a / wk);
                index[count] = j;
                count++;
            }
        }

        Array.Sort(keys, index, 0, count);
        var cumulative = 0.0;
        for (var q = 0; q < count; q++)
        {
            cumulative += w[k][index[q]];
            if (cumulative >= 1.0)
            {
                return -keys[q];
            }
        }

        return 0.0;
    }

    private int[] FreeItems()
    {
        var count = 0;
        for (var i = 0; i < _n; i++)
        {
            if (_assign[i] == -1)
            {
                count++;
            }
        }

        var free = new int[count];
        count = 0;
        for (var i = 0; i < _n; i++)
        {
            if (_assign[i] == -1)
            {
                free[count++] = i;
            }
        }

        return free;
    }

    private bool FitsAlone(int i)
    {
        for (var k = 0; k < _m; k++)
        {
            if (_w[k][i] > _residual[k])
            {
                return false;
            }
        }

        return true;
    }

    private bool FitsNow(int i) => FitsAlone(i);

    private void Record()
    {
        _bestValue = _value;
        for (var i = 0; i < _n; i++)
        {
            _best[i] = _assign[i] == 1;
        }
    }

    /// <summary>Sets item <paramref name="item"/> to <paramref name="value"/> and propagates the links; false on a conflict (the caller undoes).</summary>
    private bool Assign(int item, sbyte value)
    {
        var top = 0;
        _stackItem[top] = item;
        _stackValue[top] = value;
        top++;
        while (top > 0)
        {
            top--;
            var i = _stackItem[top];
            var x = _stackValue[top];
            if (_assign[i] == x)
            {
                continue;
            }

            if (_assign[i] != -1)
            {
                return false;
            }

            if (x == 1)
            {
                if (!FitsAlone(i))
                {
                    return false;
                }

                for (var k = 0; k < _m; k++)
                {
                    _residual[k] -= _w[k][i];
                }

                _value += _v[i];
            }

            _assign[i] = x;
            _trail[_trailLength++] = i;
            if (x == 1)
            {
                foreach (var j in _p.Requires[i])
                {
                    _stackItem[top] = j;
                    _stackValue[top++] = 1;
                }

                foreach (var j in _p.Excludes[i])
                {
                    _stackItem[top] = j;
                    _stackValue[top++] = 0;
                }
            }
            else
            {
                foreach (var j in _p.RequiredBy[i])
                {
                    _stackItem[top] = j;
                    _stackValue[top++] = 0;
                }
            }
        }

        return true;
    }

    private void Undo(int mark)
    {
        while (_trailLength > mark)
        {
            var i = _trail[--_trailLength];
            if (_assign[i] == 1)
            {
                for (var k = 0; k < _m; k++)
                {
                    _residual[k] += _w[k][i];
                }

                _value -= _v[i];
            }

            _assign[i] = -1;
        }
    }
}
