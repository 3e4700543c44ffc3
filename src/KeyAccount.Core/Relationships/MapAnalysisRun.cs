using System;
using System.Collections.Generic;
using System.Text;

namespace KeyAccount.Core.Relationships;

/// <summary>One analysis of one map as of one date: the baseline search once, then coverage, findings, next contacts and departures from it.</summary>
internal sealed partial class MapAnalysisRun
{
    private readonly MapGraph _g;
    private readonly PathSearch _search;
    private readonly int[] _decisionMakers;
    private readonly double[] _base;
    private readonly PathVerdict[] _verdict;
    private readonly int[] _basePrevEdge;
    private readonly int[] _baseEntryRel;
    private readonly double[] _baseCost;

    public MapAnalysisRun(MapGraph graph)
    {
        _g = graph;
        _search = new PathSearch(graph);
        _search.FromUs();
        _base = new double[graph.N];
        _verdict = new PathVerdict[graph.N];
        var dms = new List<int>();
        for (var t = 0; t < graph.N; t++)
        {
            _base[t] = _search.Strength(t);
            _verdict[t] = Verdict(_base[t], _search.Reach[t]);
            if (graph.TheirPresent[t] && graph.Is(t, StakeholderKind.DecisionMaker))
            {
                dms.Add(t);
            }
        }

        _decisionMakers = dms.ToArray();
        _basePrevEdge = (int[])_search.PrevEdge.Clone();
        _baseEntryRel = (int[])_search.EntryRel.Clone();
        _baseCost = (double[])_search.Cost.Clone();
        Paths = BuildPaths();
    }

    /// <summary>The strongest path to each decision maker, by id.</summary>
    public IReadOnlyList<InfluencePath> Paths { get; }

    public RelationshipAnalysis Analysis()
    {
        var coverage = Coverage();
        var findings = Findings();
        var next = NextContacts();
        var departures = Departures();
        var warnings = 0;
        foreach (var f in findings)
        {
            warnings += f.Severity == DiagnosticSeverity.Warning ? 1 : 0;
        }

        var text = new StringBuilder();
        text.Append("As of ").Append(Wording.Date(_g.AsOf)).Append(_g.Decision is null ? string.Empty : ", for the decision " + Wording.Quote(_g.Decision)).Append(": ").Append(coverage.Explanation);
        text.Append(' ').Append(Wording.Capitalise(Wording.Count(findings.Count, "finding"))).Append(" (").Append(Wording.Count(warnings, "warning")).Append(").");
        if (next.Count > 0)
        {
            text.Append(" First next contact: ").Append(next[0].Name).Append('.');
        }

        if (departures.Count > 0)
        {
            text.Append(" The account depends most on ").Append(departures[0].Name).Append('.');
        }

        return new RelationshipAnalysis(_g.AsOf, _g.Decision, coverage, Paths, findings, next, departures, text.ToString());
    }

    private PathVerdict Verdict(double strength, bool reach) =>
        strength > 0 ? (strength >= _g.Settings.StrongPath ? PathVerdict.Strong : PathVerdict.Weak) : reach ? PathVerdict.Unknown : PathVerdict.None;

    private string TheirName(int t) => _g.Their[t].Name;

    private string OurName(int o) => _g.Ours[o].Name;

    private static string Verb(PathVerdict verdict) => verdict switch
    {
        PathVerdict.Strong => "strong",
        PathVerdict.Weak => "weak",
        PathVerdict.Unknown => "unknown",
        _ => "none",
    };

    private InfluencePath[] BuildPaths()
    {
        var paths = new InfluencePath[_decisionMakers.Length];
        for (var k = 0; k < paths.Length; k++)
        {
            var t = _decisionMakers[k];
            var verdict = _verdict[t];
            var name = TheirName(t);
            if (verdict is PathVerdict.Unknown or PathVerdict.None)
            {
                var why = verdict == PathVerdict.Unknown
                    ? name + " is reached only through relationships or influence links never assessed: the path's strength is unknown (not weak); assess them."
                    : "No path leads from our people to " + name + ": no relationship reaches anyone who influences them.";
                paths[k] = new InfluencePath(_g.TheirId[t], name, verdict, verdict == PathVerdict.Unknown ? null : 0.0, Array.Empty<string>(), Array.Empty<double>(), why);
                continue;
            }

            var people = new List<string>();
            var strengths = new List<double>();
            var names = new List<string>();
            var v = t;
            while (_search.PrevEdge[v] >= 0)
            {
                var e = _search.PrevEdge[v];
                people.Add(_g.TheirId[v]);
                names.Add(TheirName(v) + " (influence " + Wording.Percent(_g.FwdWeight[e]) + ")");
                strengths.Add(_g.FwdWeight[e]);
                v = _g.FwdFrom[e];
            }

            var r = _search.EntryRel[v];
            people.Add(_g.TheirId[v]);
            names.Add(TheirName(v) + " (" + Words.Strength(_g.Rel[r].Strength) + " relationship " + Wording.Percent(_g.RelWeight[r]) + ")");
            strengths.Add(_g.RelWeight[r]);
            people.Add(_g.OurId[_g.RelOur[r]]);
            names.Add(OurName(_g.RelOur[r]));
            people.Reverse();
            strengths.Reverse();
            names.Reverse();
            var explanation = Wording.Capitalise(Verb(verdict)) + " path to " + name + ", strength " + Wording.Percent(_base[t]) + " (the product of its links): " + string.Join(" -> ", names) + "."
                + (verdict == PathVerdict.Weak ? " Below the strong-path threshold of " + Wording.Percent(_g.Settings.StrongPath) + "." : string.Empty);
            paths[k] = new InfluencePath(_g.TheirId[t], name, verdict, _base[t], people, strengths, explanation);
        }

        return paths;
    }

    private CoverageSummary Coverage()
    {
        var kinds = new int[7, 7];
        var strong = 0;
        var theirThreads = 0;
        var ourHolds = new bool[_g.M];
        for (var t = 0; t < _g.N; t++)
        {
            var info = PersonCoverage(t);
            if (info.Strong > 0)
            {
                theirThreads++;
            }

            for (var r = _g.RelStart[t]; r < _g.RelStart[t + 1]; r++)
            {
                if (Live(r) && IsStrong(r))
                {
                    strong++;
                    ourHolds[_g.RelOur[r]] = true;
                }
            }

            if (!_g.TheirPresent[t] || _g.Mask[t] == 0)
            {
                continue;
            }

            for (var k = 1; k <= 6; k++)
            {
                var kind = (StakeholderKind)k;
                if (!_g.Is(t, kind))
                {
                    continue;
                }

                kinds[k, 0]++;
                kinds[k, 1] += info.Any > 0 ? 1 : 0;
                kinds[k, 2] += info.Mirror > 0 ? 1 : 0;
                kinds[k, 3] += info.MirrorAtLevel > 0 ? 1 : 0;
                kinds[k, 4] += info.Strong > 0 ? 1 : 0;
                kinds[k, 5] += info.LastContact is NodaTime.LocalDate last && DaysSince(last) <= _g.Settings.StaleDays(kind) ? 1 : 0;
                kinds[k, 6] += info.Any > 0 && info.Assessed == 0 ? 1 : 0;
            }
        }

        var list = new KindCoverage[6];
        for (var k = 1; k <= 6; k++)
        {
            list[k - 1] = new KindCoverage((StakeholderKind)k, kinds[k, 0], kinds[k, 1], kinds[k, 2], kinds[k, 3], kinds[k, 4], kinds[k, 5], kinds[k, 6]);
        }

        var ourThreads = 0;
        foreach (var holds in ourHolds)
        {
            ourThreads += holds ? 1 : 0;
        }

        int dmStrong = 0, dmReached = 0, dmUnknown = 0;
        foreach (var t in _decisionMakers)
        {
            dmStrong += _verdict[t] == PathVerdict.Strong ? 1 : 0;
            dmReached += _verdict[t] is PathVerdict.Strong or PathVerdict.Weak ? 1 : 0;
            dmUnknown += _verdict[t] == PathVerdict.Unknown ? 1 : 0;
        }

        var dm = list[0];
        var explanation = Wording.Number(dmStrong) + " of " + Wording.Count(_decisionMakers.Length, "decision maker") + " strongly reached, " + Wording.Number(dmReached) + " reached at a known strength"
            + (dmUnknown > 0 ? ", " + Wording.Number(dmUnknown) + " only through unassessed links" : string.Empty)
            + "; " + Wording.Number(dm.WithMirror) + " with a mirror relationship (" + Wording.Number(dm.MirrorsAtLevel) + " at their level); "
            + Wording.Count(strong, "strong relationship") + " held with " + Wording.Count(theirThreads, "person", "people") + " of theirs by " + Wording.Count(ourThreads, "person", "people") + " of ours.";
        return new CoverageSummary(list, strong, theirThreads, ourThreads, _decisionMakers.Length, dmStrong, dmReached, dmUnknown, explanation);
    }

    /// <summary>A relationship both of whose people are part of the map on the date.</summary>
    private bool Live(int r) => _g.TheirPresent[_g.RelTheir[r]] && _g.OurPresent[_g.RelOur[r]];

    private bool IsStrong(int r) => _g.RelWeight[r] >= _g.Settings.StrongRelationship;

    private int DaysSince(NodaTime.LocalDate date) => NodaTime.Period.Between(date, _g.AsOf, NodaTime.PeriodUnits.Days).Days;

    private (int Any, int Mirror, int MirrorAtLevel, int MirrorOffLevel, int Strong, int Assessed, NodaTime.LocalDate? LastContact) PersonCoverage(int t)
    {
        int any = 0, mirror = 0, atLevel = 0, offLevel = 0, strong = 0, assessed = 0;
        NodaTime.LocalDate? last = null;
        if (!_g.TheirPresent[t])
        {
            return (0, 0, 0, 0, 0, 0, null);
        }

        for (var r = _g.RelStart[t]; r < _g.RelStart[t + 1]; r++)
        {
            if (!Live(r))
            {
                continue;
            }

            var rel = _g.Rel[r];
            any++;
            assessed += rel.Strength is null ? 0 : 1;
            strong += IsStrong(r) ? 1 : 0;
            if (rel.Kind == RelationshipKind.Mirror)
            {
                mirror++;
                var ours = _g.Ours[_g.RelOur[r]].Level;
                var theirs = _g.Their[t].Level;
                if (ours is int a && theirs is int b)
                {
                    atLevel += a == b ? 1 : 0;
                    offLevel += a != b ? 1 : 0;
                }
            }

            if (rel.LastContact is NodaTime.LocalDate contact && (last is null || contact > last.Value))
            {
                last = contact;
            }
        }

        return (any, mirror, atLevel, offLevel, strong, assessed, last);
    }
}
