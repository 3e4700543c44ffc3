namespace KeyAccount.Core.Negotiation;

/// <summary>A package near the frontier's balanced point, with why it is suggested.</summary>
/// <param name="Rank">1 for the package with the largest Nash product.</param>
/// <param name="Package">The package; every value within both sides' walk-aways.</param>
/// <param name="NashProduct">(our utility − our BATNA) × (client's utility − client's BATNA); positive.</param>
/// <param name="Explanation">Why it is suggested, in words.</param>
public sealed record SuggestedPackage(int Rank, NegotiationPackage Package, double NashProduct, string Explanation);
