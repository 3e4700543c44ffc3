using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

public class LadderClimbTests
{
    [Fact]
    public void A_provider_climbs_first_by_discussing_business_problems()
    {
        var climb = LadderPositioner.Climb(SourceExamples.Provider);

        // Now: 2.625/6.5. Discusses rarely -> always adds 1.5*0.75: 3.75/6.5 = 0.5769 -> rung 3 at
        // 0.3077, and lifts the rung-2 ceiling (agreements "often" still caps at 3). Needs-you and
        // agreements each add 0.75 but stay under the discussion ceiling (rung 2, score 1).
        Assert.Equal(LadderLevel.Provider, climb.Current.Level);
        Assert.Equal(LadderLevel.ValueAdder, climb.Target);
        Assert.Equal(
            new[]
            {
                LadderSignal.LikesToDiscussBusinessProblems, LadderSignal.NeedsYouAsMuchAsYouNeedIt, LadderSignal.MakesAgreementsWithCompetitors,
                LadderSignal.PrefersCompetitorsOffers, LadderSignal.PutsOffPlannedVisits, LadderSignal.DrivesYouUpTheWall,
            },
            climb.Levers.Select(l => l.Signal));
        var now = 2 + (((2.625 / 6.5) - 0.25) / 0.25);
        var first = climb.Levers[0];
        Assert.Equal(3 + (((3.75 / 6.5) - 0.5) / 0.25) - now, first.Gain, 12);
        Assert.True(first.ReachesNextRung);
        Assert.True(first.LiftsCeiling);
        Assert.Equal(AnswerFrequency.Rarely, first.CurrentAnswer);
        Assert.Equal(AnswerFrequency.Always, first.BetterAnswer);
        Assert.Contains("banker", first.Advice, System.StringComparison.Ordinal);
        Assert.Equal(3 - now, climb.Levers[1].Gain, 12);
        Assert.False(climb.Levers[1].ReachesNextRung);
        Assert.Equal(1, climb.LeversToNextRung);
        Assert.Equal(6, climb.Unknown.Count);
    }

    [Fact]
    public void Price_indicators_hold_you_back_in_the_words_of_the_source()
    {
        var climb = LadderPositioner.Climb(SourceExamples.CommodityBroker, SourceExamples.PriceOnly);
        var price = climb.Levers.Single(l => l.Signal == LadderSignal.DealsLostOnPrice);
        Assert.Equal(0.7, price.CurrentValue);
        Assert.Equal(0.0, price.BetterValue);
        Assert.Null(price.CurrentAnswer);
        Assert.Equal("The client still buys on price alone: show value beyond price.", price.Advice);
        Assert.NotNull(climb.LeversToNextRung);
    }

    [Fact]
    public void At_the_top_with_everything_at_its_best_there_is_nothing_to_change()
    {
        var best = SourceExamples.Best;
        var climb = LadderPositioner.Climb(best);
        Assert.Equal(LadderLevel.BusinessPartner, climb.Target);
        Assert.Empty(climb.Levers);
        Assert.Null(climb.LeversToNextRung);
    }
}
