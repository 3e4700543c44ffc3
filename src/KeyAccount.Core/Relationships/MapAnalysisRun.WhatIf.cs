using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Core.Relationships;

/// <summary>Next contacts (greedy) and departures (what if one person left).</summary>
internal sealed partial class MapAnalysisRun
{
    /// <summary>
    /// The greedy plan of next contacts. With a new relationship of weight s to person c, the
    /// strongest path to a decision maker d becomes max(before, s × best(c → d)), where best is the
    /// strongest influence path inside the client's company, found by one backward search per
    /// decision maker not yet strongly reached. The total gain is a facility-location function of
    /// the set of contacts (monotone and submodular), so the greedy plan reaches at least
    /// 1 − 1/e ≈ 63% of the best possible gain of any k contacts; the first step is exactly the best
    /// single contact.
    /// </summary>
    private IReadOnlyList<NextContact> NextContacts()
    {
        var k = _g.Settings.NextContacts;
        var targets = _decisionMakers.Where(t => _verdict[t] != PathVerdict.Strong).ToArray();
        if (k == 0 || targets.Length == 0)
        {
            return Array.Empty<NextContact>();
        }

        var s = StrengthScale.Weight(_g.Settings.NextContactStrength);
        var current = targets.Select(t => _base[t]).ToArray();
        var reach = new Dictionary<int, List<(int Target, double Best)>>();
        for (var i = 0; i < targets.Length; i++)
        {
            // A contact helps only through a path stronger than before / s: the search stops there.
            var cutoff = current[i] > 0 ? -Math.Log(current[i] / s) : double.PositiveInfinity;
            _search.ToTarget(targets[i], cutoff);
            for (var c = 0; c < _g.N; c++)
            {
                if (_search.Cost[c] < cutoff && _g.TheirPresent[c])
                {
                    if (!reach.TryGetValue(c, out var list))
                    {
                        reach[c] = list = new List<(int, double)>();
                    }

                    list.Add((i, StrengthTo(c, targets[i])));
                }
            }
        }

        var candidates = reach.Keys.OrderBy(c => c).ToArray();
        var plan = new List<NextContact>();
        var chosen = new HashSet<int>();
        for (var step = 0; step < k; step++)
        {
            var bestGain = 0.0;
            var best = -1;
            foreach (var c in candidates)
            {
                if (chosen.Contains(c))
                {
                    continue;
                }

                var gain = 0.0;
                foreach (var (target, strength) in reach[c])
                {
                    gain += Math.Max(0, (s * strength) - current[target]);
                }

                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = c;
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
            var improves = new List<PathImprovement>();
            foreach (var (target, strength) in reach[best].OrderBy(x => x.Target))
            {
                var after = s * strength;
                if (after > current[target])
                {
                    improves.Add(new PathImprovement(_g.TheirId[targets[target]], current[target], after));
                    current[target] = after;
                }
            }

            var words = improves.Select(i => "to " + _g.Their[_g.TheirIndex[i.DecisionMaker]].Name + " from " + (i.Before > 0 ? Wording.Percent(i.Before) : "no known strength") + " to " + Wording.Percent(i.After));
            var explanation = "A " + Words.Strength(_g.Settings.NextContactStrength) + " relationship with " + Describe(best) + " would raise the strongest path " + string.Join(", ", words) + " (gain " + Wording.Number(bestGain, 3) + ")"
                + (plan.Count > 0 ? ", after the contacts ranked before." : ".");
            plan.Add(new NextContact(plan.Count + 1, _g.TheirId[best], _g.Their[best].Name, _g.Settings.NextContactStrength, bestGain, improves, explanation));
        }

        return plan;
    }

    /// <summary>The strength of the strongest influence path from <paramref name="c"/> to <paramref name="target"/> after <see cref="PathSearch.ToTarget"/>: exp(−cost).</summary>
    private double StrengthTo(int c, int target) => c == target ? 1.0 : Math.Exp(-_search.Cost[c]);

    /// <summary>
    /// What the account would lose if each person left. Only a person on some decision maker's
    /// strongest path can lower a path when removed (every other path stays as found), so only
    /// those people are tried; and removing one only touches the people below them in the tree of
    /// strongest paths, which are searched again (<see cref="PathSearch.Without"/>). Relationships
    /// lost are counted for everyone.
    /// </summary>
    private List<DepartureImpact> Departures()
    {
        var onPathTheirs = new SortedSet<int>();
        var onPathOurs = new SortedSet<int>();
        foreach (var t in _decisionMakers)
        {
            if (_base[t] <= 0)
            {
                continue;
            }

            var v = t;
            while (_basePrevEdge[v] >= 0)
            {
                onPathTheirs.Add(v);
                v = _g.FwdFrom[_basePrevEdge[v]];
            }

            onPathTheirs.Add(v);
            onPathOurs.Add(_g.RelOur[_baseEntryRel[v]]);
        }

        // The tree of strongest paths: each reached person under the one their path arrives from.
        var children = new List<int>?[_g.N];
        var rootsOf = new List<int>?[_g.M];
        for (var t = 0; t < _g.N; t++)
        {
            if (double.IsPositiveInfinity(_baseCost[t]))
            {
                continue;
            }

            if (_basePrevEdge[t] >= 0)
            {
                var parent = _g.FwdFrom[_basePrevEdge[t]];
                (children[parent] ??= new List<int>()).Add(t);
            }
            else
            {
                (rootsOf[_g.RelOur[_baseEntryRel[t]]] ??= new List<int>()).Add(t);
            }
        }

        Array.Copy(_baseCost, _search.Cost, _g.N);
        var isAffected = new bool[_g.N];
        var affected = new List<int>();
        var isDecisionMaker = new bool[_g.N];
        foreach (var d in _decisionMakers)
        {
            isDecisionMaker[d] = true;
        }

        (double Loss, int Cut, int Worst, double WorstAfter) Loss(IEnumerable<int> roots, int removedTheir, int removedOur)
        {
            affected.Clear();
            var stack = new Stack<int>(roots);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                isAffected[v] = true;
                affected.Add(v);
                foreach (var c in children[v] ?? (IEnumerable<int>)Array.Empty<int>())
                {
                    stack.Push(c);
                }
            }

            _search.Without(affected, isAffected, removedTheir, removedOur);
            var result = (Loss: 0.0, Cut: 0, Worst: -1, WorstAfter: 0.0);
            var worstDrop = 0.0;
            foreach (var d in affected)
            {
                if (!isDecisionMaker[d] || d == removedTheir || _base[d] <= 0)
                {
                    continue;
                }

                var after = double.IsPositiveInfinity(_search.Cost[d]) ? 0 : Math.Exp(-_search.Cost[d]);
                var drop = _base[d] - after;
                if (drop <= 1e-12)
                {
                    continue;
                }

                result.Loss += drop;
                result.Cut += after <= 0 ? 1 : 0;
                if (drop > worstDrop || (drop == worstDrop && d < result.Worst))
                {
                    worstDrop = drop;
                    result.Worst = d;
                    result.WorstAfter = after;
                }
            }

            foreach (var v in affected)
            {
                isAffected[v] = false;
                _search.Cost[v] = _baseCost[v];
            }

            return result;
        }

        var theirStrong = new int[_g.N];
        var theirMirror = new int[_g.N];
        var ourStrong = new int[_g.M];
        var ourMirror = new int[_g.M];
        for (var r = 0; r < _g.RelCount; r++)
        {
            if (!Live(r))
            {
                continue;
            }

            var strong = IsStrong(r) ? 1 : 0;
            var mirror = _g.Rel[r].Kind == RelationshipKind.Mirror ? 1 : 0;
            theirStrong[_g.RelTheir[r]] += strong;
            theirMirror[_g.RelTheir[r]] += mirror;
            ourStrong[_g.RelOur[r]] += strong;
            ourMirror[_g.RelOur[r]] += mirror;
        }

        var impacts = new List<DepartureImpact>();
        for (var t = 0; t < _g.N; t++)
        {
            if (_g.TheirPresent[t])
            {
                var loss = onPathTheirs.Contains(t) ? Loss(new[] { t }, t, -1) : default;
                Impact(impacts, _g.TheirId[t], _g.Their[t].Name, PersonSide.Theirs, loss, theirStrong[t], theirMirror[t]);
            }
        }

        for (var o = 0; o < _g.M; o++)
        {
            if (_g.OurPresent[o])
            {
                var loss = onPathOurs.Contains(o) ? Loss(rootsOf[o] ?? new List<int>(), -1, o) : default;
                Impact(impacts, _g.OurId[o], _g.Ours[o].Name, PersonSide.Ours, loss, ourStrong[o], ourMirror[o]);
            }
        }

        impacts.Sort((a, b) =>
        {
            var c = b.PathLoss.CompareTo(a.PathLoss);
            c = c != 0 ? c : b.DecisionMakersCut.CompareTo(a.DecisionMakersCut);
            c = c != 0 ? c : b.StrongRelationshipsLost.CompareTo(a.StrongRelationshipsLost);
            c = c != 0 ? c : b.MirrorsLost.CompareTo(a.MirrorsLost);
            c = c != 0 ? c : a.Side.CompareTo(b.Side);
            return c != 0 ? c : string.CompareOrdinal(a.Person, b.Person);
        });
        return impacts;
    }

    private void Impact(List<DepartureImpact> impacts, string id, string name, PersonSide side, (double Loss, int Cut, int Worst, double WorstAfter) path, int strong, int mirrors)
    {
        var (loss, cut, worst, worstAfter) = path;
        if (loss <= 0 && cut == 0 && strong == 0 && mirrors == 0)
        {
            return;
        }

        var who = side == PersonSide.Ours ? "our " + name : name;
        var parts = new List<string>();
        if (loss > 0)
        {
            parts.Add("the paths to the decision makers would lose " + Wording.Number(loss, 3) + " of strength in all (most: " + _g.Their[worst].Name + ", " + Wording.Percent(_base[worst]) + " to " + Wording.Percent(worstAfter) + ")");
        }

        if (cut > 0)
        {
            parts.Add(Wording.Count(cut, "decision maker") + " would be left with no path of known strength");
        }

        if (strong > 0 || mirrors > 0)
        {
            parts.Add(Wording.Count(strong, "strong relationship") + " and " + Wording.Count(mirrors, "mirror relationship") + " would go");
        }

        impacts.Add(new DepartureImpact(id, name, side, loss, cut, strong, mirrors, "If " + who + " left, " + string.Join("; ", parts) + "."));
    }
}
