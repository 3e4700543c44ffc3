namespace KeyAccount.Core.Negotiation;

/// <summary>The roles people play in the client's decision (section 5 of the method), as a presentation needs them.</summary>
public enum AudienceRole
{
    /// <summary>Takes the decision.</summary>
    DecisionMaker = 0,

    /// <summary>Influences the decision.</summary>
    Influencer = 1,

    /// <summary>Supports us.</summary>
    Sponsor = 2,

    /// <summary>Works against us; their objections must be answered.</summary>
    AntiSponsor = 3,

    /// <summary>Gaining influence.</summary>
    RisingStar = 4,

    /// <summary>Losing influence.</summary>
    FallingStar = 5,
}
