using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The efficient frontier: the packages no other package beats for one side without losing for
/// the other, one package per utility point.
/// </summary>
/// <param name="Packages">The frontier's packages, our utility descending (the client's ascending); empty when not <paramref name="Complete"/>.</param>
/// <param name="Complete">False when the frontier grew past the settings' <see cref="NegotiationSettings.MaxFrontierPoints"/> and was not computed.</param>
/// <param name="PackagesConsidered">How many packages the frontier is taken over (the product of the option counts; a double).</param>
/// <param name="Explanation">The frontier in words.</param>
public sealed record EfficientFrontier(IReadOnlyList<NegotiationPackage> Packages, bool Complete, double PackagesConsidered, string Explanation);
