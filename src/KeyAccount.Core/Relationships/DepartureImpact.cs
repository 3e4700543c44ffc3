namespace KeyAccount.Core.Relationships;

/// <summary>What the account would lose if one person (theirs or ours) left.</summary>
/// <param name="Person">The person's id.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Side">Whose person.</param>
/// <param name="PathLoss">The sum over the other decision makers of the fall of their strongest paths' strength.</param>
/// <param name="DecisionMakersCut">How many other decision makers would be left with no path of known strength.</param>
/// <param name="StrongRelationshipsLost">How many strong relationships the person holds.</param>
/// <param name="MirrorsLost">How many mirror relationships the person holds.</param>
/// <param name="Explanation">The loss in words.</param>
public sealed record DepartureImpact(string Person, string Name, PersonSide Side, double PathLoss, int DecisionMakersCut, int StrongRelationshipsLost, int MirrorsLost, string Explanation);
