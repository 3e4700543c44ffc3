using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Classification;

/// <summary>
/// All clients of a portfolio classified at once: the verdicts ordered by client id, the counts per
/// tier, and the changes since the previous classification.
/// </summary>
public sealed class PortfolioClassification
{
    /// <summary>Creates a portfolio classification (as read back from JSON).</summary>
    /// <param name="policy">The policy the clients were classified under.</param>
    /// <param name="periodCount">The length of the portfolio's history in periods (the longest series).</param>
    /// <param name="clients">The verdicts, in strictly increasing order of client id.</param>
    /// <param name="counts">Clients per tier, key first.</param>
    /// <param name="changes">The changes since the previous classification, ordered by client id; empty when there was none.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">The clients are not in strictly increasing id order, or <paramref name="periodCount"/> is negative.</exception>
    [JsonConstructor]
    public PortfolioClassification(
        ClassificationPolicy policy,
        int periodCount,
        IReadOnlyList<ClientClassification> clients,
        IReadOnlyList<TierCount> counts,
        IReadOnlyList<TierChange> changes)
    {
        Policy = Require.NotNull(policy, nameof(policy));
        if (periodCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(periodCount), periodCount, "The period count must be 0 or more.");
        }

        clients = Require.Items(Require.NotNull(clients, nameof(clients)), nameof(clients));
        for (var i = 1; i < clients.Count; i++)
        {
            if (clients[i - 1].Client.CompareTo(clients[i].Client) >= 0)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "clients[{0}] ('{1}') is not after clients[{2}] ('{3}'): the verdicts must be in strictly increasing id order.", i, clients[i].Client, i - 1, clients[i - 1].Client), nameof(clients));
            }
        }

        PeriodCount = periodCount;
        Clients = clients;
        Counts = Require.Values(Require.NotNull(counts, nameof(counts)));
        Changes = Require.Items(Require.NotNull(changes, nameof(changes)), nameof(changes));
    }

    /// <summary>The policy the clients were classified under.</summary>
    public ClassificationPolicy Policy { get; }

    /// <summary>The length of the portfolio's history in periods.</summary>
    public int PeriodCount { get; }

    /// <summary>The verdicts, ordered by client id (ordinal).</summary>
    public IReadOnlyList<ClientClassification> Clients { get; }

    /// <summary>Clients per tier: key, potential key, other.</summary>
    public IReadOnlyList<TierCount> Counts { get; }

    /// <summary>Clients whose tier changed since the previous classification (or who are new or gone), ordered by id; empty without a previous classification.</summary>
    public IReadOnlyList<TierChange> Changes { get; }

    /// <summary>The count for one tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>Its count; zero counts when the tier is absent.</returns>
    public TierCount CountOf(ClientTier tier)
    {
        foreach (var count in Counts)
        {
            if (count.Tier == tier)
            {
                return count;
            }
        }

        return new TierCount(tier, 0, 0);
    }

    /// <summary>Finds a client's verdict by binary search.</summary>
    /// <param name="client">The client.</param>
    /// <param name="verdict">Its verdict when found.</param>
    /// <returns>True when the client is in the portfolio.</returns>
    public bool TryGet(ClientId client, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClientClassification? verdict)
    {
        int low = 0, high = Clients.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var order = Clients[mid].Client.CompareTo(client);
            if (order == 0)
            {
                verdict = Clients[mid];
                return true;
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        verdict = null;
        return false;
    }

    /// <summary>Snapshots of every verdict, to pass as the previous classification next time.</summary>
    /// <returns>One snapshot per client, ordered by id.</returns>
    public IReadOnlyList<ClassificationSnapshot> ToSnapshots()
    {
        var snapshots = new ClassificationSnapshot[Clients.Count];
        for (var i = 0; i < snapshots.Length; i++)
        {
            snapshots[i] = Clients[i].ToSnapshot();
        }

        return snapshots;
    }

    /// <summary>The counts in a sentence (see <see cref="ToString"/>): how many clients are key, potential key and other.</summary>
    [JsonIgnore]
    public string Explanation => ToString();

    /// <summary>The counts in a sentence, e.g. <c>12 key (2 resting on missing evidence), 30 potential key, 958 other.</c></summary>
    /// <returns>The sentence.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        foreach (var tier in new[] { ClientTier.Key, ClientTier.PotentialKey, ClientTier.Other })
        {
            var count = CountOf(tier);
            var part = Wording.Number(count.Clients) + " " + Explanations.TierName(tier);
            if (count.RestingOnMissingEvidence > 0)
            {
                part += " (" + Wording.Number(count.RestingOnMissingEvidence) + " resting on missing evidence)";
            }

            parts.Add(part);
        }

        return string.Join(", ", parts) + ".";
    }
}
