using System;
using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

public class LadderPerspectivesTests
{
    private static readonly ClientId Acme = new("acme");

    [Fact]
    public void The_client_placing_you_a_rung_lower_than_you_do_gives_a_gap_of_minus_one()
    {
        // Own view: the rung-3 client (U = 4.25/6.5); client's view: the rung-2 client (U = 2.625/6.5).
        // Both sit 0.615.. of the way up their rung, so the gap is exactly one rung.
        var p = LadderPositioner.Perspectives(new ClientLadderAssessment(Acme, SourceExamples.ValueAdder, SourceExamples.Provider));
        Assert.Equal(LadderLevel.ValueAdder, p.Own.Level);
        Assert.Equal(LadderLevel.Provider, p.ClientView!.Level);
        Assert.Equal(-1.0, p.Gap!.Value, 12);

        var discuss = p.AnswerGaps.Single(g => g.Question == LadderSignal.LikesToDiscussBusinessProblems);
        Assert.Equal(AnswerFrequency.Often, discuss.Own);
        Assert.Equal(AnswerFrequency.Rarely, discuss.ClientView);
        Assert.Equal(-0.5, discuss.Difference);
        var agreements = p.AnswerGaps.Single(g => g.Question == LadderSignal.MakesAgreementsWithCompetitors);
        Assert.Equal(-0.25, agreements.Difference); // sometimes -> often on a question that lowers you
    }

    [Fact]
    public void Without_a_clients_view_there_is_no_gap_and_your_standing_uses_your_own_view()
    {
        var p = LadderPositioner.Perspectives(new ClientLadderAssessment(Acme, SourceExamples.ValueAdder));
        Assert.Null(p.ClientView);
        Assert.Null(p.Gap);
        Assert.Empty(p.AnswerGaps);
        var you = Assert.Single(p.Standings);
        Assert.True(you.IsYou);
        Assert.Equal(LadderPerspectives.YouName, you.Name);
        Assert.Equal(p.Own.Position, you.Position.Position);
        Assert.Equal(1, p.YourRank);
    }

    [Fact]
    public void Competitors_are_ranked_with_shared_ranks_and_you_after_those_you_tie_with()
    {
        var assessment = new ClientLadderAssessment(
            Acme,
            SourceExamples.BusinessPartner,
            SourceExamples.Provider,
            competitors:
            [
                new CompetitorAssessment("Zeta", SourceExamples.Provider),
                new CompetitorAssessment("Beta", SourceExamples.ValueAdder),
                new CompetitorAssessment("Alpha", SourceExamples.CommodityBroker),
                new CompetitorAssessment("Gamma", SourceExamples.Provider),
            ]);
        var p = LadderPositioner.Perspectives(assessment);

        // The client's view of you equals its view of Gamma and Zeta: three-way tie for rank 2.
        Assert.Equal(new[] { "Beta", "Gamma", "Zeta", "you", "Alpha" }, p.Standings.Select(s => s.Name));
        Assert.Equal(new[] { 1, 2, 2, 2, 5 }, p.Standings.Select(s => s.Rank));
        Assert.Equal(2, p.YourRank);
    }

    [Fact]
    public void Two_competitors_with_one_name_are_a_programmers_mistake()
    {
        var assessment = new ClientLadderAssessment(
            Acme,
            SourceExamples.Provider,
            competitors: [new CompetitorAssessment("Beta", SourceExamples.Provider), new CompetitorAssessment(" Beta ", SourceExamples.ValueAdder)]);
        var ex = Assert.Throws<ArgumentException>(() => LadderPositioner.Perspectives(assessment));
        Assert.Contains("competitors[1]", ex.Message, StringComparison.Ordinal);
        Assert.Equal("assessment", ex.ParamName);
    }
}
