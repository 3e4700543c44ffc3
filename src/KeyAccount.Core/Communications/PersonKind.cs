namespace KeyAccount.Core.Communications;

/// <summary>The six kinds of people involved in the client's decisions (section 5 of the method), as audiences name them.</summary>
public enum PersonKind
{
    /// <summary>Takes the decision.</summary>
    DecisionMaker,

    /// <summary>Influences the decision.</summary>
    Influencer,

    /// <summary>Supports you inside the client.</summary>
    Sponsor,

    /// <summary>Works against you inside the client.</summary>
    AntiSponsor,

    /// <summary>A person whose influence is growing.</summary>
    RisingStar,

    /// <summary>A person whose influence is waning.</summary>
    FallingStar,
}
