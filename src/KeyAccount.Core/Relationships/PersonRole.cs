namespace KeyAccount.Core.Relationships;

/// <summary>One of the six kinds a client person is of, account-wide or for one named decision.</summary>
/// <param name="Kind">The kind of person.</param>
/// <param name="Decision">
/// The id of a decision of the map's <see cref="RelationshipMap.Decisions"/> (for example an
/// opportunity or a plan goal of the other areas) when the role holds for that decision only;
/// null when it holds account-wide, for every decision.
/// </param>
public sealed record PersonRole(StakeholderKind Kind, string? Decision = null);
