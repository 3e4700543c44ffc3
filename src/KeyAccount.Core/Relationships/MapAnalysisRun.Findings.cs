using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>The coverage and risk findings (<c>KAR1xx</c>).</summary>
internal sealed partial class MapAnalysisRun
{
    private List<RelationshipFinding> Findings()
    {
        var found = new List<RelationshipFinding>();
        void Add(string code, string subject, string explanation) =>
            found.Add(new RelationshipFinding(code, RelationshipsDiagnosticCodes.Get(code).Severity, subject, explanation));

        PeopleFindings(Add);
        ThreadFindings(Add);
        SponsorFindings(Add);
        LeaverFindings(Add);
        ApprovalFindings(Add);
        foreach (var t in _decisionMakers)
        {
            var name = Describe(t);
            switch (_verdict[t])
            {
                case PathVerdict.None:
                    Add(RelationshipsDiagnosticCodes.DecisionMakerUnreached, _g.TheirId[t], "No path leads from our people to the decision maker " + name + ": no relationship reaches them or anyone who influences them. Start a mirror relationship or reach an influencer.");
                    break;
                case PathVerdict.Unknown:
                    Add(RelationshipsDiagnosticCodes.DecisionMakerReachUnknown, _g.TheirId[t], "The decision maker " + name + " is reached only through links never assessed; how strongly is unknown (not weak). Assess those relationships and influence links.");
                    break;
                case PathVerdict.Weak:
                    Add(RelationshipsDiagnosticCodes.DecisionMakerWeaklyReached, _g.TheirId[t], "The strongest path to the decision maker " + name + " has a strength of " + Wording.Percent(_base[t]) + ", below " + Wording.Percent(_g.Settings.StrongPath) + ". See the next contacts.");
                    break;
            }
        }

        if (_decisionMakers.Length == 0)
        {
            Add(RelationshipsDiagnosticCodes.NoDecisionMaker, string.Empty, "The map names no decision maker" + (_g.Decision is null ? string.Empty : " for the decision " + Wording.Quote(_g.Decision)) + " who is with the client on " + Wording.Date(_g.AsOf) + "; find out who decides.");
        }

        found.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Code, b.Code);
            c = c != 0 ? c : string.CompareOrdinal(a.Subject, b.Subject);
            return c != 0 ? c : string.CompareOrdinal(a.Explanation, b.Explanation);
        });
        return found;
    }

    private string Describe(int t)
    {
        var p = _g.Their[t];
        return p.Name + (string.IsNullOrWhiteSpace(p.Title) ? string.Empty : " (" + p.Title + ")");
    }

    private void PeopleFindings(Action<string, string, string> add)
    {
        for (var t = 0; t < _g.N; t++)
        {
            if (!_g.TheirPresent[t] || _g.Mask[t] == 0)
            {
                continue;
            }

            var info = PersonCoverage(t);
            var id = _g.TheirId[t];
            var name = Describe(t);
            var key = _g.Is(t, StakeholderKind.DecisionMaker) ? "decision maker" : _g.Is(t, StakeholderKind.Influencer) ? "influencer" : null;
            if (key is not null && info.Mirror == 0)
            {
                add(RelationshipsDiagnosticCodes.NoMirror, id, "The " + key + " " + name + " has no mirror relationship: pair them with one of ours at their level" + (_g.Their[t].Level is int level ? " (" + Wording.Number(level) + ")" : string.Empty) + ".");
            }
            else if (key is not null && info.MirrorAtLevel == 0 && info.MirrorOffLevel > 0)
            {
                add(RelationshipsDiagnosticCodes.MirrorLevelMismatch, id, "The " + key + " " + name + " at level " + Wording.Number(_g.Their[t].Level ?? 0) + " is mirrored only by people of ours at other levels; a mirror pairs equal levels.");
            }

            if (info.Any > 0 && info.Assessed == 0)
            {
                add(RelationshipsDiagnosticCodes.UnassessedOnly, id, name + " has " + Wording.Count(info.Any, "relationship") + " with us, none ever assessed: their strength is unknown, not weak.");
            }

            if (info.Any > 0)
            {
                var stale = int.MaxValue;
                var kindName = string.Empty;
                for (var k = 1; k <= 6; k++)
                {
                    if (_g.Is(t, (StakeholderKind)k) && _g.Settings.StaleDays((StakeholderKind)k) < stale)
                    {
                        stale = _g.Settings.StaleDays((StakeholderKind)k);
                        kindName = Words.AKind((StakeholderKind)k);
                    }
                }

                if (info.LastContact is not LocalDate last)
                {
                    add(RelationshipsDiagnosticCodes.StaleContact, id, "No date of a last contact with " + name + " is known; " + kindName + " is met at least every " + Wording.Count(stale, "day") + ".");
                }
                else if (DaysSince(last) > stale)
                {
                    add(RelationshipsDiagnosticCodes.StaleContact, id, "The last contact with " + name + " was on " + Wording.Date(last) + ", " + Wording.Count(DaysSince(last), "day") + " ago; the policy for " + kindName + " is " + Wording.Count(stale, "day") + ".");
                }
            }

            if (_g.Is(t, StakeholderKind.RisingStar) && info.Any == 0)
            {
                add(RelationshipsDiagnosticCodes.RisingStarUnknown, id, "The rising star " + name + " knows none of our people; meet them before they rise.");
            }
        }
    }

    private void ThreadFindings(Action<string, string, string> add)
    {
        var theirs = -1;
        var ours = -1;
        bool manyTheirs = false, manyOurs = false;
        var count = 0;
        for (var r = 0; r < _g.RelCount; r++)
        {
            if (!Live(r) || !IsStrong(r))
            {
                continue;
            }

            count++;
            manyTheirs |= theirs >= 0 && theirs != _g.RelTheir[r];
            manyOurs |= ours >= 0 && ours != _g.RelOur[r];
            theirs = _g.RelTheir[r];
            ours = _g.RelOur[r];
        }

        if (count == 0)
        {
            add(RelationshipsDiagnosticCodes.NoStrongRelationship, string.Empty, "None of our relationships with the client is strong (at least " + Wording.Percent(_g.Settings.StrongRelationship) + ") on " + Wording.Date(_g.AsOf) + ": the account hangs on weak or unknown ties.");
            return;
        }

        if (!manyTheirs)
        {
            add(RelationshipsDiagnosticCodes.SingleThreadedTheirs, _g.TheirId[theirs], "Single-threaded: every strong relationship (" + Wording.Number(count) + ") goes to " + Describe(theirs) + "; if they leave or turn, the account has no strong tie left. Build strong relationships with others.");
        }

        if (!manyOurs)
        {
            add(RelationshipsDiagnosticCodes.SingleThreadedOurs, _g.OurId[ours], "Single-threaded: every strong relationship (" + Wording.Number(count) + ") is held by our " + OurName(ours) + "; if they leave, the account has no strong tie left. Let others of ours build strong relationships.");
        }
    }

    private List<string?> Scopes()
    {
        var scopes = new List<string?>();
        if (_g.Decision is not null)
        {
            scopes.Add(_g.Decision);
            return scopes;
        }

        scopes.Add(null);
        var ids = new List<string>();
        foreach (var d in _g.Map.Decisions)
        {
            ids.Add(d.Id.Trim());
        }

        ids.Sort(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            scopes.Add(id);
        }

        return scopes;
    }

    private void SponsorFindings(Action<string, string, string> add)
    {
        var answered = new HashSet<(int, int)>();
        var flagged = new HashSet<(int, int)>();
        var sponsor = StakeholderKind.Sponsor;
        foreach (var scope in Scopes())
        {
            var mask = new int[_g.N];
            var sponsors = 0;
            var fallingSponsors = 0;
            for (var t = 0; t < _g.N; t++)
            {
                mask[t] = _g.TheirPresent[t] ? MapGraph.MaskOf(_g.Their[t], scope, allDecisions: false) : 0;
                if ((mask[t] & MapGraph.Bit(sponsor)) != 0)
                {
                    sponsors++;
                    fallingSponsors += (mask[t] & MapGraph.Bit(StakeholderKind.FallingStar)) != 0 ? 1 : 0;
                }
            }

            var where = scope is null ? "account-wide" : "for the decision " + Wording.Quote(scope);
            if (sponsors > 0 && sponsors == fallingSponsors)
            {
                add(RelationshipsDiagnosticCodes.FallingStarOnlySponsor, scope ?? string.Empty, "The only " + Wording.Plural(sponsors, "sponsor") + " " + where + " " + (sponsors == 1 ? "is a falling star" : "are falling stars") + ": their support may not carry. Win a sponsor among the rising people.");
            }

            for (var d = 0; d < _g.N; d++)
            {
                if ((mask[d] & MapGraph.Bit(StakeholderKind.DecisionMaker)) == 0)
                {
                    continue;
                }

                var decisionMakerSponsors = (mask[d] & MapGraph.Bit(sponsor)) != 0;
                for (var e = _g.RevStart[d]; e < _g.RevStart[d + 1]; e++)
                {
                    var a = _g.RevFrom[e];
                    var weight = _g.RevWeight[e];
                    if ((mask[a] & MapGraph.Bit(StakeholderKind.AntiSponsor)) == 0 || weight == 0 || answered.Contains((a, d)) || flagged.Contains((a, d)))
                    {
                        continue;
                    }

                    var best = double.NaN;
                    var bestSponsor = -1;
                    var answeredHere = decisionMakerSponsors;
                    for (var f = _g.RevStart[d]; f < _g.RevStart[d + 1] && !answeredHere; f++)
                    {
                        var s = _g.RevFrom[f];
                        var w = _g.RevWeight[f];
                        if (s == a || (mask[s] & MapGraph.Bit(sponsor)) == 0 || w == 0)
                        {
                            continue;
                        }

                        answeredHere = double.IsNaN(weight) || w >= weight;
                        if (!double.IsNaN(w) && (double.IsNaN(best) || w > best))
                        {
                            best = w;
                            bestSponsor = s;
                        }
                    }

                    if (answeredHere)
                    {
                        answered.Add((a, d));
                        continue;
                    }

                    flagged.Add((a, d));
                    var strength = double.IsNaN(weight) ? "at an unknown strength" : "at " + Wording.Percent(weight);
                    var rival = bestSponsor >= 0 ? "; the strongest sponsor there, " + _g.Their[bestSponsor].Name + ", only at " + Wording.Percent(best) : "; no sponsor influences them";
                    add(RelationshipsDiagnosticCodes.AntiSponsorUnanswered, _g.TheirId[a], "The anti-sponsor " + Describe(a) + " influences the decision maker " + Describe(d) + " " + strength + " (" + where + ")" + rival + ". Win a sponsor close to " + _g.Their[d].Name + " or answer the objections directly.");
                }
            }
        }
    }

    private void LeaverFindings(Action<string, string, string> add)
    {
        var theirCount = new int[_g.N];
        var ourCount = new int[_g.M];
        for (var r = 0; r < _g.RelCount; r++)
        {
            theirCount[_g.RelTheir[r]]++;
            ourCount[_g.RelOur[r]]++;
        }

        for (var t = 0; t < _g.N; t++)
        {
            if (theirCount[t] > 0 && _g.Their[t].Left is LocalDate left && left <= _g.AsOf)
            {
                add(RelationshipsDiagnosticCodes.LeaverWithRelationships, _g.TheirId[t], _g.Their[t].Name + " left the client on " + Wording.Date(left) + " but still carries " + Wording.Count(theirCount[t], "relationship") + " in the map; they no longer count. Find who took over and move the relationships.");
            }
        }

        for (var o = 0; o < _g.M; o++)
        {
            if (ourCount[o] > 0 && _g.Ours[o].Left is LocalDate left && left <= _g.AsOf)
            {
                add(RelationshipsDiagnosticCodes.LeaverWithRelationships, _g.OurId[o], "Our " + _g.Ours[o].Name + " left on " + Wording.Date(left) + " but still carries " + Wording.Count(ourCount[o], "relationship") + " in the map; they no longer count. Hand them over.");
            }
        }
    }

    /// <summary>": Purchases above 5,000 EUR need two signatures." from a rule's description, ending in one full stop (its own, when it ends a sentence); "." for none.</summary>
    private static string RuleText(string description)
    {
        var text = description.Trim();
        if (text.Length == 0)
        {
            return ".";
        }

        var last = text[text.Length - 1];
        return ": " + text + (last is '.' or '!' or '?' ? string.Empty : ".");
    }

    private void ApprovalFindings(Action<string, string, string> add)
    {
        foreach (var rule in _g.Map.ApprovalRules)
        {
            foreach (var approver in rule.Approvers)
            {
                var t = _g.TheirIndex[approver.Trim()];
                if (!_g.TheirPresent[t])
                {
                    add(RelationshipsDiagnosticCodes.ApproverUnreached, _g.TheirId[t], "The approval rule " + Wording.Quote(rule.Id.Trim()) + " names " + _g.Their[t].Name + ", who is not with the client on " + Wording.Date(_g.AsOf) + "; find the new approver.");
                }
                else if (_verdict[t] == PathVerdict.None)
                {
                    add(RelationshipsDiagnosticCodes.ApproverUnreached, _g.TheirId[t], "Nobody of ours reaches " + Describe(t) + ", whose approval the rule " + Wording.Quote(rule.Id.Trim()) + " requires" + RuleText(rule.Description));
                }
            }
        }
    }
}
