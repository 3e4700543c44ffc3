using System;
using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

public class LadderExampleTests
{
    [Fact]
    public void The_ladder_has_the_source_rungs_signs_and_descriptors()
    {
        var rungs = PerceptionLadder.Rungs;
        Assert.Equal(new[] { 1, 2, 3, 4 }, rungs.Select(r => r.Number));
        Assert.Equal(new[] { "one of many", "one of several", "one of the chosen", "one of us" }, rungs.Select(r => r.Sign));
        Assert.Equal(new[] { "huge", "still high", "lower", "very low" }, rungs.Select(r => r.PriceSensitivity));
        Assert.Equal(new[] { "close to zero", "low", "growing", "high" }, rungs.Select(r => r.Loyalty));
        Assert.Equal(new[] { "commodity broker", "provider of goods or services with small extra benefits", "value adder", "business partner" }, rungs.Select(r => r.Name));
        Assert.Equal(new[] { "один из многих", "один из некоторых", "один из избранных", "свой человек" }, rungs.Select(r => r.SourceSign));
        Assert.Equal(new[] { false, false, true, true }, rungs.Select(r => r.IsPartnerOrAdviser));
        Assert.Contains("only factor", rungs[0].HowTheClientDecides, StringComparison.Ordinal);
        Assert.Same(rungs[2], PerceptionLadder.Rung(LadderLevel.ValueAdder));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptionLadder.Rung(default));
    }

    [Fact]
    public void The_six_questions_are_the_source_questions_in_order()
    {
        var questions = Enum.GetValues<LadderSignal>().Where(PerceptionLadder.IsQuestion).ToList();
        Assert.Equal(6, questions.Count);
        Assert.Equal("Does the client need you as much as you need it?", PerceptionLadder.Describe(questions[0]));
        Assert.Equal("Does the client put off visits that were planned?", PerceptionLadder.Describe(questions[5]));
        Assert.False(PerceptionLadder.IsQuestion(LadderSignal.ShareOfWallet));
    }

    [Fact]
    public void A_client_for_whom_price_is_the_only_factor_lands_on_rung_1()
    {
        var p = LadderPositioner.Position(SourceExamples.CommodityBroker, SourceExamples.PriceOnly);

        // Questions: 0 + 0.25 + 0 + 0.25 + 0.5*0.25 + 0.25 = 0.875 over weight 6.5; indicators
        // deals lost on price 0.7 -> u 0.125 (w 0.75), discount 0.15 -> u 0.25 (w 0.5), share of wallet 0.1 -> u 0 (w 0.75).
        var u = (0.875 + (0.75 * 0.125) + (0.5 * 0.25)) / 8.5;
        Assert.Equal(LadderLevel.CommodityBroker, p.Level);
        Assert.Equal(u, p.Favourability, 12);
        Assert.Equal(u / 0.25, p.Score, 12);
        Assert.Equal(0.85, p.Coverage, 12);
        Assert.Equal(0.85, p.Confidence, 12); // no pair differs by more than the tolerance
        Assert.Equal(LadderLevel.Provider, p.Ceiling);
        Assert.Contains("one of many", p.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_that_must_match_every_competitor_improvement_lands_on_rung_2()
    {
        var p = LadderPositioner.Position(SourceExamples.Provider);

        // 1.5*0.5 + 1*0.25 + 1.5*0.25 + 1*0.5 + 0.5*0.5 + 1*0.5 = 2.625 over 6.5.
        Assert.Equal(LadderLevel.Provider, p.Level);
        Assert.Equal(((2.625 / 6.5) - 0.25) / 0.25, p.Score, 12);
        Assert.Equal(0.65, p.Confidence, 12);
        Assert.Equal(LadderLevel.Provider, p.Ceiling); // rarely discusses business problems
        Assert.Equal(LadderReasonKind.Ceiling, p.Reasons[0].Kind);
        Assert.Equal(LadderSignal.LikesToDiscussBusinessProblems, p.Reasons[0].Signal);
    }

    [Fact]
    public void A_value_adder_that_helps_the_client_reach_its_goals_lands_on_rung_3()
    {
        var p = LadderPositioner.Position(SourceExamples.ValueAdder);

        // 0.75 + 0.5 + 1.125 + 0.75 + 0.375 + 0.75 = 4.25 over 6.5.
        Assert.Equal(LadderLevel.ValueAdder, p.Level);
        Assert.Equal(((4.25 / 6.5) - 0.5) / 0.25, p.Score, 12);
        Assert.Null(p.Ceiling);
        Assert.Equal(0.65, p.Confidence, 12);
        Assert.Equal(6, p.Reasons.Count(r => r.Kind == LadderReasonKind.Unknown));
        Assert.Contains("one of the chosen", p.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_business_partner_whose_advice_is_taken_up_lands_on_rung_4()
    {
        var p = LadderPositioner.Position(SourceExamples.BusinessPartner, SourceExamples.AdviceTaken);

        // Questions 5.75 over 6.5; advice 0.8 -> 1, share of wallet 0.7 -> 0.6/0.7, deals lost on price 0.05 -> 0.75/0.8.
        var u = (5.75 + 0.75 + (0.75 * 0.6 / 0.7) + (0.75 * 0.75 / 0.8)) / 8.75;
        Assert.Equal(LadderLevel.BusinessPartner, p.Level);
        Assert.Equal((u - 0.75) / 0.25, p.Score, 12);
        Assert.Contains("one of us", p.Explanation, StringComparison.Ordinal);
        Assert.Contains("of the way up the top rung", p.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradicting_answers_lower_the_confidence_and_a_ceiling_holds_the_level()
    {
        var p = LadderPositioner.Position(new LadderAnswers
        {
            LikesToDiscussBusinessProblems = AnswerFrequency.Always,
            PrefersCompetitorsOffers = AnswerFrequency.Often,
        });

        // U = (1.5*1 + 1*0.25) / 2.5 = 0.7 (rung 3), but "prefers competitors: often" caps at rung 2.
        // Contradiction: |1 - 0.25| = 0.75, strength (0.75 - 0.25)/0.75 = 2/3, cost 0.45 * 2/3 * min(1.5, 1) = 0.3.
        Assert.Equal(0.7, p.Favourability, 12);
        Assert.Equal(LadderLevel.Provider, p.Level);
        Assert.Equal(1.0, p.Score);
        Assert.Equal((2.5 - 0.3) / 10, p.Confidence, 12);
        var contradiction = Assert.Single(p.Reasons, r => r.Kind == LadderReasonKind.Contradiction);
        Assert.Contains("always", contradiction.Text, StringComparison.Ordinal);
        Assert.Contains("often", contradiction.Text, StringComparison.Ordinal);
        Assert.Contains("held at this rung by a ceiling", p.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_known_is_rung_1_with_no_confidence()
    {
        var p = LadderPositioner.Position(LadderAnswers.Unknown);
        Assert.Equal(LadderLevel.CommodityBroker, p.Level);
        Assert.Equal(0, p.Score);
        Assert.Equal(0, p.Confidence);
        Assert.All(p.Reasons, r => Assert.Equal(LadderReasonKind.Unknown, r.Kind));
        Assert.Equal(12, p.Reasons.Count);
    }

    [Fact]
    public void The_best_answers_everywhere_reach_the_top()
    {
        var best = SourceExamples.Best;
        var p = LadderPositioner.Position(best);
        Assert.Equal(LadderLevel.BusinessPartner, p.Level);
        Assert.Equal(1.0, p.Score);
        Assert.Equal(5.0, p.Position);
    }
}
