namespace KeyAccount.Core.Accounts;

/// <summary>A section of the account document whose freshness is tracked.</summary>
public enum AccountSection
{
    /// <summary>The client's profile.</summary>
    Profile = 0,

    /// <summary>The relationship map (section 5 of the method).</summary>
    RelationshipMap = 1,

    /// <summary>The ladder assessment (section 2).</summary>
    LadderAssessment = 2,

    /// <summary>The classification evidence (section 1).</summary>
    ClassificationEvidence = 3,

    /// <summary>The development plan's review (section 4).</summary>
    PlanReview = 4,

    /// <summary>The communication programme (section 6).</summary>
    CommunicationProgramme = 5,

    /// <summary>The opportunities (section 3).</summary>
    Opportunities = 6,
}
