namespace KeyAccount.Core.Relationships;

/// <summary>What a relationship between one of our people and one of the client's is for.</summary>
public enum RelationshipKind
{
    /// <summary>A contact of the network across the client's company.</summary>
    Contact = 1,

    /// <summary>A mirror relationship: our person paired with theirs at the same level (the analysis checks the levels).</summary>
    Mirror = 2,
}
