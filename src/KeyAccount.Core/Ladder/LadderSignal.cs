namespace KeyAccount.Core.Ladder;

/// <summary>
/// One piece of evidence for the ladder position: one of the method's six questions, or one of
/// six observed indicators.
/// </summary>
/// <remarks>
/// The first six members are the source's questions, in the source's order; the last six are
/// observed indicators of price sensitivity, loyalty and advice taken up (see
/// <see cref="LadderIndicators"/>). <see cref="PerceptionLadder.IsQuestion(LadderSignal)"/> tells
/// them apart and <see cref="PerceptionLadder.Describe(LadderSignal)"/> gives each its words.
/// </remarks>
public enum LadderSignal
{
    /// <summary>Question 1: does the client need you as much as you need it? Raises you.</summary>
    NeedsYouAsMuchAsYouNeedIt = 1,

    /// <summary>Question 2: does the client make agreements with your competitors? Lowers you.</summary>
    MakesAgreementsWithCompetitors = 2,

    /// <summary>Question 3: does the client like to discuss business problems with you? Raises you.</summary>
    LikesToDiscussBusinessProblems = 3,

    /// <summary>Question 4: does the client now and then prefer competitors' goods or services? Lowers you.</summary>
    PrefersCompetitorsOffers = 4,

    /// <summary>Question 5: does the client drive you up the wall from time to time? Lowers you.</summary>
    DrivesYouUpTheWall = 5,

    /// <summary>Question 6: does the client put off visits that were planned? Lowers you.</summary>
    PutsOffPlannedVisits = 6,

    /// <summary>Indicator: share of the deals lost that were lost on price (0..1); price sensitivity.</summary>
    DealsLostOnPrice = 7,

    /// <summary>Indicator: the discount the client demands, as a fraction of list price (0..1); price sensitivity.</summary>
    DiscountDemanded = 8,

    /// <summary>Indicator: your share of the client's spend in your category (0..1); loyalty.</summary>
    ShareOfWallet = 9,

    /// <summary>Indicator: years the client has bought from you (0 or more); loyalty.</summary>
    TenureYears = 10,

    /// <summary>Indicator: share of last period's business with the client that it kept with you (0..1); loyalty.</summary>
    Retention = 11,

    /// <summary>Indicator: share of your recommendations the client acted on (0..1); evidence of rung 3 and 4 behaviour.</summary>
    AdviceTakenUp = 12,
}
