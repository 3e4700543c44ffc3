namespace KeyAccount.Core.Relationships;

/// <summary>What changed between two maps of one client.</summary>
public enum MapChangeKind
{
    /// <summary>A client person appears in the later map.</summary>
    PersonJoined = 1,

    /// <summary>A client person is gone from the later map, or has a leaving date there.</summary>
    PersonLeft = 2,

    /// <summary>A client person reports to someone else, or their level or title changed.</summary>
    PositionChanged = 3,

    /// <summary>A client person took on a kind (for a decision or account-wide).</summary>
    RoleGained = 4,

    /// <summary>A client person no longer is of a kind.</summary>
    RoleLost = 5,

    /// <summary>A relationship appears.</summary>
    RelationshipAdded = 6,

    /// <summary>A relationship is gone.</summary>
    RelationshipRemoved = 7,

    /// <summary>A relationship rose on the scale, or was assessed for the first time.</summary>
    RelationshipStrengthened = 8,

    /// <summary>A relationship fell on the scale, or its assessment was withdrawn (unknown again).</summary>
    RelationshipWeakened = 9,

    /// <summary>An influence link appears.</summary>
    InfluenceAdded = 10,

    /// <summary>An influence link is gone.</summary>
    InfluenceRemoved = 11,

    /// <summary>An influence link's strength rose (or was assessed for the first time).</summary>
    InfluenceStrengthened = 12,

    /// <summary>An influence link's strength fell (or became unknown).</summary>
    InfluenceWeakened = 13,

    /// <summary>One of our people appears in the later map.</summary>
    TeamMemberJoined = 14,

    /// <summary>One of our people is gone from the later map, or has a leaving date there.</summary>
    TeamMemberLeft = 15,
}
