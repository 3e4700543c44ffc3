using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Opportunities;

namespace KeyAccount.Core.Tests.Opportunities;

/// <summary>
/// The knapsack solver on its own, against brute force in exact integers. The portfolios of
/// <see cref="OpportunityGenerators"/> are mostly settled at the root (the greedy set meets the
/// root bound), so the first mutation run of Opportunities left the search's "proven" flag, its
/// node count and the recording of a better set found by the search unchecked. These instances
/// are built to need the search: values close to the weights (strongly correlated, where greedy
/// and the bound are furthest apart), several dimensions, links and the odd must-do.
/// Seeds are unsized (<see cref="DoNotSize{T}"/>), so that the cases are different instances
/// (System.Random takes the absolute value of a seed, so s and -s give the same one).
/// </summary>
public class KnapsackSolverProperties
{
    /// <summary>A search without a node limit is proven, and its set is the brute-force optimum.</summary>
    [Property(MaxTest = 200)]
    public Property An_unlimited_search_is_proven_and_optimal(DoNotSize<int> seedArg)
    {
        var seed = seedArg.Item;
        var p = Instance(seed);
        var optimum = BruteForce(p);
        var r = KnapsackSolver.Solve(p, long.MaxValue);
        if (optimum is null)
        {
            return (!r.Feasible && r.Chosen.All(c => !c)).Label($"seed {seed}: infeasible, but the solver says feasible");
        }

        var ok = r.Feasible && r.Proven && r.Value == optimum && r.Bound == optimum
            && IsFeasible(p, r.Chosen) && ValueOf(p, r.Chosen) == r.Value;
        return ok.Label($"seed {seed}: optimum {optimum}, solver {r.Value} (bound {r.Bound}, proven {r.Proven}, {r.Nodes} nodes)")
            .Classify(r.Nodes > 0, "needed the search")
            .Classify(r.Nodes > 20, "more than 20 nodes");
    }

    /// <summary>
    /// The search is deterministic, so a limit of L nodes explores exactly min(L, N) of the N nodes an
    /// unlimited search explores; it is proven exactly when N &lt;= L, and then it is the same answer.
    /// Cut short, its set still fits, and its bound still covers the optimum.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property A_node_limit_cuts_the_search_and_withholds_the_proof_exactly_when_it_is_reached(DoNotSize<int> seedArg, byte limitByte)
    {
        var seed = seedArg.Item;
        var p = Instance(seed);
        var optimum = BruteForce(p);
        var full = KnapsackSolver.Solve(p, long.MaxValue);
        var limit = full.Nodes > 0 ? limitByte % (full.Nodes + 2) : limitByte % 3;
        var r = KnapsackSolver.Solve(p, limit);
        if (optimum is null)
        {
            return (!r.Feasible && r.Proven && r.Nodes == 0).Label($"seed {seed}: infeasible");
        }

        var finished = full.Nodes <= limit;
        var ok = r.Feasible
            && r.Nodes == Math.Min(full.Nodes, limit)
            && r.Proven == finished
            && IsFeasible(p, r.Chosen) && ValueOf(p, r.Chosen) == r.Value
            && r.Value <= optimum && r.Bound >= optimum
            && (!finished || (r.Value == optimum && r.Bound == r.Value && r.Chosen.SequenceEqual(full.Chosen)));
        return ok.Label($"seed {seed}, limit {limit}: full search {full.Nodes} nodes; limited {r.Nodes} nodes, proven {r.Proven}, value {r.Value}, bound {r.Bound}, optimum {optimum}")
            .Classify(!finished, "cut short");
    }

    /// <summary>
    /// Whatever the node limit, the set is maximal: no item left out that is worth something can be
    /// added, with what it requires, without breaking a capacity or a link. (A search cut short used
    /// to report the partial set of the node where it found a better value, with room left over.)
    /// </summary>
    [Property(MaxTest = 500)]
    public Property No_item_worth_something_could_be_added_to_the_set(DoNotSize<int> seedArg)
    {
        var seed = seedArg.Item;
        var p = Instance(seed);
        var full = KnapsackSolver.Solve(p, long.MaxValue);
        var limits = Enumerable.Range(0, (int)Math.Min(full.Nodes, 60) + 1).Select(l => (long)l);
        foreach (var r in limits.Select(l => KnapsackSolver.Solve(p, l)).Append(full).Append(KnapsackSolver.Greedy(p)))
        {
            if (!r.Feasible)
            {
                continue;
            }

            for (var i = 0; i < p.Count; i++)
            {
                if (r.Chosen[i] || p.Values[i] == 0)
                {
                    continue;
                }

                var larger = (bool[])r.Chosen.Clone();
                var stack = new Stack<int>([i]);
                while (stack.Count > 0)
                {
                    var j = stack.Pop();
                    if (!larger[j])
                    {
                        larger[j] = true;
                        foreach (var k in p.Requires[j])
                        {
                            stack.Push(k);
                        }
                    }
                }

                if (IsFeasible(p, larger))
                {
                    return false.Label($"seed {seed}: item {i} (worth {p.Values[i]}) could be added to the set of value {r.Value} ({r.Nodes} nodes, proven {r.Proven})");
                }
            }
        }

        return true.ToProperty();
    }

    /// <summary>The greedy baseline: no search, a set that fits, a bound that covers the optimum, proven only when the bound meets the set.</summary>
    [Property(MaxTest = 200)]
    public Property The_greedy_baseline_fits_and_its_bound_covers_the_optimum(DoNotSize<int> seedArg)
    {
        var seed = seedArg.Item;
        var p = Instance(seed);
        var optimum = BruteForce(p);
        var r = KnapsackSolver.Greedy(p);
        if (optimum is null)
        {
            return (!r.Feasible).Label($"seed {seed}: infeasible");
        }

        var ok = r.Feasible && r.Nodes == 0
            && IsFeasible(p, r.Chosen) && ValueOf(p, r.Chosen) == r.Value
            && r.Value <= optimum && r.Bound >= optimum
            && r.Proven == (r.Bound == r.Value);
        return ok.Label($"seed {seed}: greedy {r.Value}, bound {r.Bound}, proven {r.Proven}, optimum {optimum}")
            .Classify(r.Value < optimum, "greedy below the optimum");
    }

    /// <summary>
    /// One dimension, no links, no must-do, every item fitting alone: the root's multiplier is the
    /// LP dual price, so the Lagrangian bound at the reported price equals the LP relaxation's
    /// optimum (Dantzig's fractional greedy), up to rounding.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property One_dimension_the_shadow_price_attains_the_LP_bound(DoNotSize<int> seedArg)
    {
        var seed = seedArg.Item;
        var random = new Random(seed);
        var n = random.Next(1, 12);
        var values = new long[n];
        var weights = new long[n];
        for (var i = 0; i < n; i++)
        {
            weights[i] = random.Next(1, 50);
            values[i] = random.Next(0, 2) == 0 ? weights[i] + 10 : random.Next(0, 80);
        }

        var capacity = Math.Max(weights.Max(), (long)(weights.Sum() * (0.2 + (random.NextDouble() * 0.6))));
        var p = new KnapsackInstance(values, [weights], [capacity], Empty(n), Empty(n), new bool[n]);
        var r = KnapsackSolver.Solve(p, long.MaxValue);
        var price = r.ShadowPrices.Single();
        var lagrangian = (price * capacity) + values.Select((v, i) => Math.Max(0.0, v - (price * weights[i]))).Sum();
        var lp = FractionalOptimum(values, weights, capacity);
        var ok = price >= 0 && Math.Abs(lagrangian - lp) <= 1e-6 * (1 + lp);
        return ok.Label($"seed {seed}: price {price}, Lagrangian bound {lagrangian}, LP optimum {lp}");
    }

    /// <summary>A dimension with no capacity left has no price; every price is finite and not negative.</summary>
    [Property(MaxTest = 100)]
    public Property Shadow_prices_are_finite_not_negative_and_zero_where_nothing_is_left(DoNotSize<int> seedArg)
    {
        var seed = seedArg.Item;
        var p = Instance(seed);
        var r = KnapsackSolver.Solve(p, long.MaxValue);
        var ok = r.ShadowPrices.Length == p.Dimensions
            && r.ShadowPrices.All(x => x >= 0 && !double.IsNaN(x) && !double.IsInfinity(x))
            && Enumerable.Range(0, p.Dimensions).All(k => p.Capacities[k] > 0 || r.ShadowPrices[k] == 0);
        return ok.Label($"seed {seed}: prices {string.Join(", ", r.ShadowPrices)}");
    }

    /// <summary>The generator is not vacuous: many of its instances need the search, and many are cut by a limit of a few nodes.</summary>
    [Fact]
    public void The_instances_exercise_the_search()
    {
        var searched = 0;
        var deep = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var r = KnapsackSolver.Solve(Instance(seed), long.MaxValue);
            searched += r.Nodes > 0 ? 1 : 0;
            deep += r.Nodes > 5 ? 1 : 0;
        }

        Assert.True(searched >= 100, $"only {searched} of 300 instances needed the search");
        Assert.True(deep >= 50, $"only {deep} of 300 instances needed more than 5 nodes");
    }

    /// <summary>A hand-made instance the greedy gets wrong: weights 6, 5, 5 and values 7, 5, 5 in a capacity of 10.</summary>
    [Fact]
    public void The_search_finds_what_the_greedy_misses()
    {
        var p = new KnapsackInstance([7, 5, 5], [[6, 5, 5]], [10], Empty(3), Empty(3), new bool[3]);
        var greedy = KnapsackSolver.Greedy(p);
        var exact = KnapsackSolver.Solve(p, long.MaxValue);
        Assert.Equal([true, false, false], greedy.Chosen);
        Assert.Equal(7, greedy.Value);
        Assert.False(greedy.Proven);
        Assert.True(greedy.Bound >= 10);
        Assert.Equal([false, true, true], exact.Chosen);
        Assert.Equal(10, exact.Value);
        Assert.Equal(10, exact.Bound);
        Assert.True(exact.Proven);
    }

    /// <summary>Must-do items that cannot all fit: infeasible, nothing chosen, nothing searched.</summary>
    [Fact]
    public void Must_dos_that_do_not_fit_are_infeasible()
    {
        var p = new KnapsackInstance([3, 4, 1], [[6, 5, 1]], [10], Empty(3), Empty(3), [true, true, false]);
        var r = KnapsackSolver.Solve(p, long.MaxValue);
        Assert.False(r.Feasible);
        Assert.Equal([false, false, false], r.Chosen);
        Assert.Equal(0, r.Value);
        Assert.Equal(0, r.Nodes);
    }

    /// <summary>Instances of 3 to 13 items in 1 to 3 dimensions, with links and must-dos, that often need the search (two in three with values strongly correlated to the weights, the rest uncorrelated).</summary>
    private static KnapsackInstance Instance(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(3, 14);
        var m = random.Next(1, 4);
        var weights = new long[m][];
        for (var k = 0; k < m; k++)
        {
            weights[k] = new long[n];
            for (var i = 0; i < n; i++)
            {
                weights[k][i] = random.Next(0, 8) == 0 ? 0 : random.Next(1, 40);
            }
        }

        var values = new long[n];
        var correlated = random.Next(0, 3) > 0;
        for (var i = 0; i < n; i++)
        {
            var size = 0L;
            for (var k = 0; k < m; k++)
            {
                size += weights[k][i];
            }

            values[i] = random.Next(0, 10) switch
            {
                0 => 0,
                < 7 when correlated => size + 10,
                _ => random.Next(1, 100),
            };
        }

        var capacities = new long[m];
        for (var k = 0; k < m; k++)
        {
            capacities[k] = random.Next(0, 15) == 0 ? 0 : (long)(weights[k].Sum() * (0.25 + (random.NextDouble() * 0.5)));
        }

        var requires = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var excludes = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var links = random.Next(0, 4);
        for (var l = 0; l < links; l++)
        {
            var from = random.Next(n);
            var to = random.Next(n);
            if (from == to || requires[from].Contains(to) || excludes[from].Contains(to))
            {
                continue;
            }

            if (random.Next(2) == 0)
            {
                requires[from].Add(to);
            }
            else
            {
                excludes[from].Add(to);
                excludes[to].Add(from);
            }
        }

        var mustDo = new bool[n];
        if (random.Next(0, 6) == 0)
        {
            mustDo[random.Next(n)] = true;
        }

        return new KnapsackInstance(values, weights, capacities, requires.Select(x => x.ToArray()).ToArray(), excludes.Select(x => x.ToArray()).ToArray(), mustDo);
    }

    /// <summary>The best total value over every subset that fits, honours the links and holds the must-dos; null when none does.</summary>
    private static long? BruteForce(KnapsackInstance p)
    {
        long? best = null;
        var set = new bool[p.Count];
        for (var mask = 0; mask < 1 << p.Count; mask++)
        {
            for (var i = 0; i < p.Count; i++)
            {
                set[i] = ((mask >> i) & 1) == 1;
            }

            if (IsFeasible(p, set))
            {
                var value = ValueOf(p, set);
                if (best is null || value > best)
                {
                    best = value;
                }
            }
        }

        return best;
    }

    private static bool IsFeasible(KnapsackInstance p, bool[] set)
    {
        for (var k = 0; k < p.Dimensions; k++)
        {
            var used = 0L;
            for (var i = 0; i < p.Count; i++)
            {
                used += set[i] ? p.Weights[k][i] : 0;
            }

            if (used > p.Capacities[k])
            {
                return false;
            }
        }

        for (var i = 0; i < p.Count; i++)
        {
            if ((p.MustDo[i] && !set[i]) || (set[i] && (p.Requires[i].Any(j => !set[j]) || p.Excludes[i].Any(j => set[j]))))
            {
                return false;
            }
        }

        return true;
    }

    private static long ValueOf(KnapsackInstance p, bool[] set)
    {
        var value = 0L;
        for (var i = 0; i < p.Count; i++)
        {
            value += set[i] ? p.Values[i] : 0;
        }

        return value;
    }

    private static int[][] Empty(int n) => Enumerable.Range(0, n).Select(_ => Array.Empty<int>()).ToArray();

    /// <summary>The LP relaxation of a one-dimension knapsack: items by value per weight, the last one in part.</summary>
    private static double FractionalOptimum(long[] values, long[] weights, long capacity)
    {
        var left = (double)capacity;
        var total = 0.0;
        foreach (var i in Enumerable.Range(0, values.Length).OrderByDescending(i => (double)values[i] / weights[i]))
        {
            var take = Math.Min(1.0, left / weights[i]);
            if (take <= 0)
            {
                break;
            }

            total += take * values[i];
            left -= take * weights[i];
        }

        return total;
    }
}
