namespace KeyAccount.Core.Classification;

/// <summary>How many clients of a portfolio have one tier.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Clients">Clients with this tier, 0 or more.</param>
/// <param name="RestingOnMissingEvidence">Of those, the clients whose tier missing evidence could still raise.</param>
public readonly record struct TierCount(ClientTier Tier, int Clients, int RestingOnMissingEvidence);
