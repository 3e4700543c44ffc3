using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>A client whose tier differs from the previous classification's, and why.</summary>
/// <param name="Client">The client.</param>
/// <param name="NowMet">Criteria met now that were not met then (empty when the previous criteria were not recorded).</param>
/// <param name="NoLongerMet">Criteria met then that are not met now (empty when the previous criteria were not recorded).</param>
/// <param name="Reason">What changed, in a sentence with the current numbers.</param>
/// <param name="PreviousTier">Its tier in the previous classification; null when it was not in it (a new client).</param>
/// <param name="CurrentTier">Its tier now; null when it is no longer in the portfolio.</param>
public sealed record TierChange(
    ClientId Client,
    IReadOnlyList<KeyCriterion> NowMet,
    IReadOnlyList<KeyCriterion> NoLongerMet,
    string Reason,
    ClientTier? PreviousTier = null,
    ClientTier? CurrentTier = null)
{
    /// <summary>True when the client is key now and was not before (or is new).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool BecameKey => CurrentTier == ClientTier.Key && PreviousTier != ClientTier.Key;

    /// <summary>True when the client was key and is not any more (or has left the portfolio).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool DroppedOutOfKey => PreviousTier == ClientTier.Key && CurrentTier != ClientTier.Key;
}
