namespace KeyAccount.Core.Relationships;

/// <summary>How well our people reach a client person through relationships and influence links.</summary>
public enum PathVerdict
{
    /// <summary>The strongest path is at least <see cref="RelationshipSettings.StrongPath"/>.</summary>
    Strong = 1,

    /// <summary>A path of known strength exists, below <see cref="RelationshipSettings.StrongPath"/>.</summary>
    Weak = 2,

    /// <summary>Reached only through links whose strength was never assessed: unknown, which is not weak.</summary>
    Unknown = 3,

    /// <summary>No path at all.</summary>
    None = 4,
}
