using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KeyAccount.Core.Classification;

/// <summary>Compares a classification with the previous one.</summary>
internal static class ChangeDetector
{
    /// <summary>
    /// The clients whose tier changed, appeared or disappeared, ordered by client id.
    /// <paramref name="current"/> is sorted by id.
    /// </summary>
    public static IReadOnlyList<TierChange> Compare(IReadOnlyList<ClassificationSnapshot> previous, IReadOnlyList<ClientClassification> current, ClassificationPolicy policy)
    {
        var before = new Dictionary<ClientId, ClassificationSnapshot>(previous.Count);
        for (var i = 0; i < previous.Count; i++)
        {
            var snapshot = previous[i] ?? throw new ArgumentNullException(string.Format(CultureInfo.InvariantCulture, "previous[{0}]", i), "A snapshot must not be null.");
            if (before.ContainsKey(snapshot.Client))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "previous[{0}] repeats client '{1}'.", i, snapshot.Client), nameof(previous));
            }

            before.Add(snapshot.Client, snapshot);
        }

        var changes = new List<TierChange>();
        var seen = new HashSet<ClientId>();
        foreach (var verdict in current)
        {
            seen.Add(verdict.Client);
            if (!before.TryGetValue(verdict.Client, out var then))
            {
                changes.Add(new TierChange(verdict.Client, [], [],
                    "New in the portfolio: classified " + Explanations.TierName(verdict.Tier) + " (meets " + verdict.MetCount.ToString(CultureInfo.InvariantCulture) + " of 4 criteria).", null, verdict.Tier));
                continue;
            }

            if (then.Tier == verdict.Tier)
            {
                continue;
            }

            var nowMet = new List<KeyCriterion>();
            var noLongerMet = new List<KeyCriterion>();
            if (then.MetCriteria is { } metThen)
            {
                for (var c = KeyCriterion.SteadyHighProfit; c <= KeyCriterion.MarketLeadership; c++)
                {
                    var wasMet = Contains(metThen, c);
                    var isMet = verdict.Outcome(c) == CriterionOutcome.Met;
                    if (isMet && !wasMet)
                    {
                        nowMet.Add(c);
                    }
                    else if (wasMet && !isMet)
                    {
                        noLongerMet.Add(c);
                    }
                }
            }

            changes.Add(new TierChange(verdict.Client, nowMet, noLongerMet, Reason(then, verdict, nowMet, noLongerMet, policy), then.Tier, verdict.Tier));
        }

        foreach (var snapshot in previous)
        {
            if (!seen.Contains(snapshot.Client))
            {
                changes.Add(new TierChange(snapshot.Client, [], [],
                    "No longer in the portfolio (was " + Explanations.TierName(snapshot.Tier) + ").", snapshot.Tier));
            }
        }

        changes.Sort((a, b) => a.Client.CompareTo(b.Client));
        return changes;
    }

    private static bool Contains(IReadOnlyList<KeyCriterion> list, KeyCriterion criterion)
    {
        foreach (var item in list)
        {
            if (item == criterion)
            {
                return true;
            }
        }

        return false;
    }

    private static string Reason(ClassificationSnapshot then, ClientClassification now, List<KeyCriterion> nowMet, List<KeyCriterion> noLongerMet, ClassificationPolicy policy)
    {
        var text = new StringBuilder();
        text.Append(now.Tier == ClientTier.Key ? "Became key"
            : then.Tier == ClientTier.Key ? "Dropped out of key"
            : now.Tier > then.Tier ? "Moved up"
            : "Moved down");
        text.Append(" (").Append(Explanations.TierName(then.Tier)).Append(" -> ").Append(Explanations.TierName(now.Tier)).Append(')');
        if (then.MetCriteria is null)
        {
            text.Append(": now meets ").Append(now.MetCount.ToString(CultureInfo.InvariantCulture)).Append(" of 4 criteria; the previous criteria were not recorded.");
            return text.ToString();
        }

        var clauses = new List<string>();
        foreach (var c in nowMet)
        {
            clauses.Add("now meets " + Explanations.CriterionName(c) + " (" + Explanations.Clause(now, c, policy) + ")");
        }

        foreach (var c in noLongerMet)
        {
            var outcome = now.Outcome(c) == CriterionOutcome.Unknown ? "is now unknown" : "is no longer met";
            clauses.Add(Explanations.CriterionName(c) + " " + outcome + " (" + Explanations.Clause(now, c, policy) + ")");
        }

        if (clauses.Count == 0)
        {
            clauses.Add("the same criteria are met; the policy's tier rules changed");
        }

        text.Append(": ").Append(string.Join("; ", clauses)).Append('.');
        return text.ToString();
    }
}
