using System.Linq;
using KeyAccount.Core.Classification;

namespace KeyAccount.Core.Tests.Classification;

/// <summary>
/// The changes between two classifications that do not involve key, word for word: moving up or
/// down between potential key and other, a criterion that became unknown, a previous verdict
/// without its criteria, and a tier that changed with the same criteria (the policy changed). The
/// first mutation run of Classification left these sentences (ChangeDetector.cs, 71%) unread.
/// </summary>
public class ChangeWordingTests
{
    [Fact]
    public void Moves_between_potential_key_and_other_say_which_criterion_moved_them()
    {
        // A survey score of 70 meets trusted partner; a market share of 25% meets market
        // leadership and 5% does not; no other evidence, so the other two criteria are unknown.
        // Two criteria met make a potential key client (the default policy), one makes other.
        var clients = new[]
        {
            new ClientEvidence(new ClientId("up"), surveyScore: 70, marketShare: 0.25),
            new ClientEvidence(new ClientId("down"), surveyScore: 70, marketShare: 0.05),
            new ClientEvidence(new ClientId("unrecorded"), surveyScore: 70, marketShare: 0.25),
            new ClientEvidence(new ClientId("rules"), surveyScore: 70, marketShare: 0.25),
            new ClientEvidence(new ClientId("unknown"), surveyScore: 70),
            new ClientEvidence(new ClientId("same"), surveyScore: 70),
        };
        var previous = new[]
        {
            new ClassificationSnapshot(new ClientId("up"), ClientTier.Other, [KeyCriterion.TrustedPartner]),
            new ClassificationSnapshot(new ClientId("down"), ClientTier.PotentialKey, [KeyCriterion.TrustedPartner, KeyCriterion.MarketLeadership]),
            new ClassificationSnapshot(new ClientId("unrecorded"), ClientTier.Other),
            new ClassificationSnapshot(new ClientId("rules"), ClientTier.Other, [KeyCriterion.TrustedPartner, KeyCriterion.MarketLeadership]),
            new ClassificationSnapshot(new ClientId("unknown"), ClientTier.PotentialKey, [KeyCriterion.TrustedPartner, KeyCriterion.MarketLeadership]),
            new ClassificationSnapshot(new ClientId("same"), ClientTier.Other, [KeyCriterion.TrustedPartner]),
        };

        var changes = KeyClientClassifier.ClassifyPortfolio(clients, previous: previous).Changes;

        // "same" stays other with the same criterion: no change. The rest by client id.
        Assert.Equal(["down", "rules", "unknown", "unrecorded", "up"], changes.Select(c => c.Client.Value));
        Assert.Equal(
            [
                "Moved down (potential key -> other): market leadership is no longer met (market share 5% (needs 10%)).",
                "Moved up (other -> potential key): the same criteria are met; the policy's tier rules changed.",
                "Moved down (potential key -> other): market leadership is now unknown (no industry rank, market share or influence rating).",
                "Moved up (other -> potential key): now meets 2 of 4 criteria; the previous criteria were not recorded.",
                "Moved up (other -> potential key): now meets market leadership (market share 25% (needs 10%)).",
            ],
            changes.Select(c => c.Reason));
        Assert.All(changes, c => Assert.False(c.BecameKey || c.DroppedOutOfKey));
        Assert.Equal([KeyCriterion.MarketLeadership], changes[0].NoLongerMet);
        Assert.Equal([KeyCriterion.MarketLeadership], changes[2].NoLongerMet);
        Assert.Empty(changes[3].NowMet);
        Assert.Equal([KeyCriterion.MarketLeadership], changes[4].NowMet);
        Assert.Equal(ClientTier.PotentialKey, changes[4].CurrentTier);
        Assert.Equal(ClientTier.Other, changes[4].PreviousTier);
    }
}
