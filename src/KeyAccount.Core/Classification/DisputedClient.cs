using System.Collections.Generic;

namespace KeyAccount.Core.Classification;

/// <summary>A client some departments call key and others do not.</summary>
/// <param name="Client">The client.</param>
/// <param name="NamedBy">The departments that named it, in the order the lists were given.</param>
/// <param name="NotNamedBy">The departments that did not, in the order the lists were given.</param>
public sealed record DisputedClient(ClientId Client, IReadOnlyList<string> NamedBy, IReadOnlyList<string> NotNamedBy);
