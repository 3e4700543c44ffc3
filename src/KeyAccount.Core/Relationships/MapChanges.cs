using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>The changes from one map of a client to a later one: people joined and left, roles changed, relationships and influence strengthened or weakened.</summary>
/// <param name="Changes">The changes, by kind, then subject.</param>
/// <param name="Explanation">A count of the changes in words.</param>
public sealed record MapChanges(IReadOnlyList<MapChange> Changes, string Explanation);
