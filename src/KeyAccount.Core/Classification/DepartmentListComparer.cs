using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Classification;

/// <summary>Compares the departments' key-client lists (see <see cref="DepartmentComparison"/> for the formulas).</summary>
public static class DepartmentListComparer
{
    /// <summary>Compares any number of lists with each other and, optionally, with the classification by evidence.</summary>
    /// <param name="lists">The departments' lists; department names must be distinct (ordinal, after trimming).</param>
    /// <param name="classification">The classification by evidence, or null to compare the lists only.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two lists have the same department name (the message names it), or a list has no name.</exception>
    public static DepartmentComparison Compare(IReadOnlyList<DepartmentList> lists, PortfolioClassification? classification = null)
    {
        Guard.Against.Null(lists, nameof(lists));
        var m = lists.Count;
        var departments = new string[m];
        var sets = new HashSet<ClientId>[m];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var union = new SortedSet<ClientId>();
        for (var d = 0; d < m; d++)
        {
            var list = lists[d] ?? throw new ArgumentNullException(string.Format(CultureInfo.InvariantCulture, "lists[{0}]", d));
            if (list.Department.Length == 0)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "lists[{0}] has no department name; name each department (a document reports this as KCL020).", d), nameof(lists));
            }

            if (!names.Add(list.Department))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "lists[{0}] repeats the department '{1}'; each department must have one list.", d, list.Department), nameof(lists));
            }

            departments[d] = list.Department;
            sets[d] = new HashSet<ClientId>(list.Clients);
            union.UnionWith(sets[d]);
        }

        var pairwise = new List<DepartmentAgreement>(m * (m - 1) / 2);
        for (var a = 0; a < m; a++)
        {
            for (var b = a + 1; b < m; b++)
            {
                var both = 0;
                foreach (var client in sets[a])
                {
                    if (sets[b].Contains(client))
                    {
                        both++;
                    }
                }

                var either = sets[a].Count + sets[b].Count - both;
                pairwise.Add(new DepartmentAgreement(departments[a], departments[b], either == 0 ? 1.0 : (double)both / either, both, sets[a].Count - both, sets[b].Count - both));
            }
        }

        var named = new List<ClientId>(union);
        var consensus = new List<ClientId>();
        var unanimous = new List<ClientId>();
        var disputed = new List<DisputedClient>();
        var nominations = new int[named.Count];
        long totalNominations = 0;
        double agreementSum = 0;
        for (var i = 0; i < named.Count; i++)
        {
            var client = named[i];
            var by = new List<string>();
            var notBy = new List<string>();
            for (var d = 0; d < m; d++)
            {
                (sets[d].Contains(client) ? by : notBy).Add(departments[d]);
            }

            var n = by.Count;
            nominations[i] = n;
            totalNominations += n;
            if (m >= 2)
            {
                agreementSum += ((double)n * (n - 1) + ((double)(m - n) * (m - n - 1))) / ((double)m * (m - 1));
            }

            if (2 * n > m)
            {
                consensus.Add(client);
            }

            if (n == m)
            {
                unanimous.Add(client);
            }
            else
            {
                disputed.Add(new DisputedClient(client, by, notBy));
            }
        }

        double? kappa = null, observed = null, chance = null;
        if (m >= 2 && named.Count > 0)
        {
            observed = agreementSum / named.Count;
            if (totalNominations == (long)named.Count * m)
            {
                chance = 1.0;
                kappa = 1.0;
            }
            else
            {
                var p = (double)totalNominations / ((double)named.Count * m);
                chance = (p * p) + ((1 - p) * (1 - p));
                kappa = (observed.Value - chance.Value) / (1 - chance.Value);
            }
        }

        var withoutEvidence = new List<UnsupportedNomination>();
        var keyNotNamed = new List<ClientId>();
        if (classification is not null)
        {
            for (var i = 0; i < named.Count; i++)
            {
                var client = named[i];
                var by = new List<string>();
                for (var d = 0; d < m; d++)
                {
                    if (sets[d].Contains(client))
                    {
                        by.Add(departments[d]);
                    }
                }

                if (!classification.TryGet(client, out var verdict))
                {
                    withoutEvidence.Add(new UnsupportedNomination(client, by, "No evidence about this client in the classification."));
                }
                else if (verdict.Tier != ClientTier.Key)
                {
                    withoutEvidence.Add(new UnsupportedNomination(client, by, verdict.Explanation, verdict.Tier));
                }
            }

            foreach (var verdict in classification.Clients)
            {
                if (verdict.Tier == ClientTier.Key && !union.Contains(verdict.Client))
                {
                    keyNotNamed.Add(verdict.Client);
                }
            }
        }

        var summary = Summary(m, named.Count, unanimous.Count, consensus.Count, disputed.Count, kappa, classification is null ? null : withoutEvidence.Count, keyNotNamed.Count);
        return new DepartmentComparison(departments, named, pairwise, consensus, unanimous, disputed, withoutEvidence, keyNotNamed, summary, kappa, observed, chance);
    }

    /// <summary>The conventional reading of a kappa (Landis and Koch, 1977).</summary>
    internal static string KappaReading(double kappa) => kappa switch
    {
        < 0 => "worse than chance",
        <= 0.20 => "slight",
        <= 0.40 => "fair",
        <= 0.60 => "moderate",
        <= 0.80 => "substantial",
        _ => "almost perfect",
    };

    private static string Summary(int departments, int named, int unanimous, int consensus, int disputed, double? kappa, int? withoutEvidence, int keyNotNamed)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = string.Format(inv, "{0} department{1} named {2} client{3}: {4} unanimous, {5} by a majority, {6} disputed.", departments, departments == 1 ? string.Empty : "s", named, named == 1 ? string.Empty : "s", unanimous, consensus, disputed);
        text += kappa is { } k
            ? string.Format(inv, " Fleiss' kappa {0} ({1} agreement).", k.ToString("0.00", inv), KappaReading(k))
            : " Fleiss' kappa is undefined (it needs at least 2 departments and 1 named client).";
        if (withoutEvidence is { } unsupported)
        {
            text += string.Format(inv, " The evidence does not support {0} named client{1} as key; {2} key client{3} by evidence {4} named by no department.", unsupported, unsupported == 1 ? string.Empty : "s", keyNotNamed, keyNotNamed == 1 ? string.Empty : "s", keyNotNamed == 1 ? "was" : "were");
        }

        return text;
    }
}
