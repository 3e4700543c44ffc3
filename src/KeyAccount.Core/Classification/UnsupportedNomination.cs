using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>A client departments call key that the evidence does not classify as key.</summary>
/// <param name="Client">The client.</param>
/// <param name="NamedBy">The departments that named it.</param>
/// <param name="Reason">Why the evidence does not support it, in a sentence.</param>
/// <param name="Tier">Its tier by evidence; null when the classification has no evidence for it at all.</param>
public sealed record UnsupportedNomination(ClientId Client, IReadOnlyList<string> NamedBy, string Reason, ClientTier? Tier = null);
