using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

/// <summary>Clients described as in the source, one per rung.</summary>
internal static class SourceExamples
{
    /// <summary>Rung 1: price is the only factor; the client often buys from competitors and makes agreements with them.</summary>
    public static LadderAnswers CommodityBroker { get; } = new()
    {
        NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Never,
        MakesAgreementsWithCompetitors = AnswerFrequency.Often,
        LikesToDiscussBusinessProblems = AnswerFrequency.Never,
        PrefersCompetitorsOffers = AnswerFrequency.Often,
        DrivesYouUpTheWall = AnswerFrequency.Often,
        PutsOffPlannedVisits = AnswerFrequency.Often,
    };

    public static LadderIndicators PriceOnly { get; } = new() { DealsLostOnPrice = 0.7, DiscountDemanded = 0.15, ShareOfWallet = 0.1 };

    /// <summary>Rung 2: expects every competitor improvement at the same price from you at once; buys elsewhere sometimes.</summary>
    public static LadderAnswers Provider { get; } = new()
    {
        NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Sometimes,
        MakesAgreementsWithCompetitors = AnswerFrequency.Often,
        LikesToDiscussBusinessProblems = AnswerFrequency.Rarely,
        PrefersCompetitorsOffers = AnswerFrequency.Sometimes,
        DrivesYouUpTheWall = AnswerFrequency.Sometimes,
        PutsOffPlannedVisits = AnswerFrequency.Sometimes,
    };

    /// <summary>Rung 3: you help the client reach its goals (the banker who finances a plant abroad and brings information).</summary>
    public static LadderAnswers ValueAdder { get; } = new()
    {
        NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Sometimes,
        MakesAgreementsWithCompetitors = AnswerFrequency.Sometimes,
        LikesToDiscussBusinessProblems = AnswerFrequency.Often,
        PrefersCompetitorsOffers = AnswerFrequency.Rarely,
        DrivesYouUpTheWall = AnswerFrequency.Rarely,
        PutsOffPlannedVisits = AnswerFrequency.Rarely,
    };

    /// <summary>Rung 4: an insider whose strategic advice keeps contributing to the client's success.</summary>
    public static LadderAnswers BusinessPartner { get; } = new()
    {
        NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Often,
        MakesAgreementsWithCompetitors = AnswerFrequency.Rarely,
        LikesToDiscussBusinessProblems = AnswerFrequency.Always,
        PrefersCompetitorsOffers = AnswerFrequency.Never,
        DrivesYouUpTheWall = AnswerFrequency.Rarely,
        PutsOffPlannedVisits = AnswerFrequency.Never,
    };

    public static LadderIndicators AdviceTaken { get; } = new() { AdviceTakenUp = 0.8, ShareOfWallet = 0.7, DealsLostOnPrice = 0.05 };

    /// <summary>Every answer at its best.</summary>
    public static LadderAnswers Best { get; } = new()
    {
        NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Always,
        MakesAgreementsWithCompetitors = AnswerFrequency.Never,
        LikesToDiscussBusinessProblems = AnswerFrequency.Always,
        PrefersCompetitorsOffers = AnswerFrequency.Never,
        DrivesYouUpTheWall = AnswerFrequency.Never,
        PutsOffPlannedVisits = AnswerFrequency.Never,
    };
}
