using System;
using System.Linq;
using KeyAccount.Core.Ladder;
using NodaTime;

namespace KeyAccount.Core.Tests.Ladder;

public class LadderPortfolioTests
{
    private static readonly LocalDate March = new(2026, 3, 31);
    private static readonly LocalDate December = new(2025, 12, 31);

    private static ClientLadderAssessment A(string id, LadderAnswers own, LadderAnswers? view = null) => new(new ClientId(id), own, view);

    [Fact]
    public void Distribution_and_movement_of_key_clients()
    {
        var previous = new LadderAssessmentSet(December,
        [
            A("acme", SourceExamples.Provider),
            A("bolt", SourceExamples.ValueAdder),
            A("core", SourceExamples.CommodityBroker),
        ]);
        var current = new LadderAssessmentSet(March,
        [
            A("core", SourceExamples.CommodityBroker),
            A("bolt", SourceExamples.ValueAdder, SourceExamples.Provider), // the client's view counts: down a rung
            A("acme", SourceExamples.ValueAdder),                           // up a rung
            A("dyna", SourceExamples.BusinessPartner),
            A("nokey", SourceExamples.BusinessPartner),
        ]);

        var p = LadderPositioner.Portfolio(current, [new("acme"), new("bolt"), new("core"), new("dyna"), new("echo")], previous);

        Assert.Equal(new[] { "acme", "bolt", "core", "dyna" }, p.Entries.Select(e => e.Client.Value));
        Assert.True(p.Entries.Single(e => e.Client.Value == "bolt").UsesClientView);
        Assert.Equal(new[] { 1, 1, 1, 1 }, p.Distribution.Select(d => d.Count));
        Assert.Equal(0.25, p.Distribution[0].Share);
        Assert.Equal("core", p.Distribution[0].Clients.Single().Value);

        Assert.Equal(new[] { "acme", "bolt" }, p.Movements.Select(m => m.Client.Value));
        Assert.Equal(1.0, p.Movements[0].Change, 12);
        Assert.Equal(1, p.Movements[0].Levels);
        Assert.Equal(-1.0, p.Movements[1].Change, 12);
        Assert.Equal(LadderLevel.ValueAdder, p.Movements[1].FromLevel);
        Assert.Equal(LadderLevel.Provider, p.Movements[1].ToLevel);
        Assert.Equal("dyna", p.NewlyAssessed.Single().Value);
        Assert.Equal("echo", p.Unassessed.Single().Value);
        Assert.Equal(December, p.PreviousAsOf);
    }

    [Fact]
    public void A_set_with_errors_is_refused_with_the_first_code()
    {
        var set = new LadderAssessmentSet(March, [A("acme", SourceExamples.Provider), A("acme", SourceExamples.ValueAdder)]);
        var ex = Assert.Throws<ArgumentException>(() => LadderPositioner.Portfolio(set));
        Assert.Contains("KAL001", ex.Message, StringComparison.Ordinal);
        Assert.Equal("current", ex.ParamName);
    }

    [Fact]
    public void A_previous_round_must_come_before_the_current_one()
    {
        var set = new LadderAssessmentSet(March, [A("acme", SourceExamples.Provider)]);
        Assert.Throws<ArgumentException>(() => LadderPositioner.Portfolio(set, previous: set));
    }

    [Fact]
    public void Warnings_are_carried_into_the_result()
    {
        var set = new LadderAssessmentSet(March, [A("acme", LadderAnswers.Unknown)]);
        var p = LadderPositioner.Portfolio(set);
        Assert.Equal("KAL004", Assert.Single(p.Diagnostics).Code);
        Assert.Equal(LadderLevel.CommodityBroker, p.Entries.Single().Level);
    }
}
