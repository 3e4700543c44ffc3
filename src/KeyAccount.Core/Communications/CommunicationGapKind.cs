namespace KeyAccount.Core.Communications;

/// <summary>What a <see cref="CommunicationGap"/> is about.</summary>
public enum CommunicationGapKind
{
    /// <summary>No occurrence in the window serves one of the three functions.</summary>
    FunctionNotServed,

    /// <summary>No occurrence in the window addresses one of the four critical market factors.</summary>
    MarketFactorNotAddressed,

    /// <summary>Without a directory: no occurrence in the window reaches decision makers or influencers as a kind.</summary>
    KindNotReached,

    /// <summary>With a directory: a decision maker or influencer is reached by no occurrence in the window.</summary>
    PersonNotReached,

    /// <summary>With a plan: a Promotion decision of the plan has no item.</summary>
    PromotionDecisionWithoutItems,

    /// <summary>With a plan: an item carries a message that supports a goal outside the plan.</summary>
    GoalOutsidePlan,
}
