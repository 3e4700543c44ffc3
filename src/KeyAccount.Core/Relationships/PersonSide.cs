namespace KeyAccount.Core.Relationships;

/// <summary>Whose person: the client's or ours.</summary>
public enum PersonSide
{
    /// <summary>A person of the client (<see cref="RelationshipMap.People"/>).</summary>
    Theirs = 1,

    /// <summary>One of our people (<see cref="RelationshipMap.Team"/>).</summary>
    Ours = 2,
}
