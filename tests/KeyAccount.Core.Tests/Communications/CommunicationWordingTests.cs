using System;
using System.Linq;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Communications;

/// <summary>
/// What the communication analysis says, word for word: each kind of gap, a silence within and
/// beyond the days allowed and an audience that hears nothing, an overdue item, the months'
/// costs and the report's and the grid's summaries. The window is the sample programme's year,
/// 2026-01-05 to 2027-01-04 (365 days; January 2026 covers 27 days of it, January 2027 four).
/// </summary>
public class CommunicationWordingTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);
    private static readonly LocalDate AsOf = new(2026, 3, 31);
    private const string Span = "from 2026-01-05 to 2027-01-04";

    private static CommunicationProgramme Sample => SamplePrograms.PublisherAndBookshop(Start);

    [Fact]
    public void The_sample_word_for_word()
    {
        var report = CommunicationAnalysis.Analyze(Sample, null, AsOf, null, SamplePrograms.BookshopPeople(), SamplePlans.PublisherAndBookshop(Start));
        Assert.Equal("From 2026-01-05 to 2027-01-04: 39 occurrences of 11 items to 5 audiences; 2 gaps, 4 audiences silent too long, 0 overloads, 0 months over budget, 1 overdue item as of 2026-03-31.", report.Explanation);
        Assert.Equal("39 occurrences " + Span + " across 12 subjects and 8 tools; 6 of the method's 12 subjects have none.", report.Coverage.Explanation);
        Assert.Equal(
            new[]
            {
                "The critical market factor new competitors is never addressed " + Span + "; the method counts it among the messages the client needs.",
                "The critical market factor technological change is never addressed " + Span + "; the method counts it among the messages the client needs.",
            },
            report.Gaps.Select(g => g.Explanation));
        Assert.Equal(
            new[]
            {
                "The audience 'buyers' has 5 occurrences; its longest silence is 91 days, from 2026-08-05 to 2026-11-03, longer than the 30 days allowed.",
                "The audience 'mail-order-team' has 12 occurrences; its longest silence is 217 days, from 2026-06-02 to 2027-01-04, longer than the 30 days allowed.",
                "The audience 'owner' has 2 occurrences; its longest silence is 282 days, from 2026-03-29 to 2027-01-04, longer than the 30 days allowed.",
                "The audience 'staff' has 1 occurrence; its longest silence is 189 days, from 2026-06-30 to 2027-01-04, longer than the 30 days allowed.",
                "The audience 'whole-shop' has 19 occurrences; its longest silence is 30 days, from 2026-01-20 to 2026-02-18, within the 30 days allowed.",
            },
            report.Silences.Select(s => s.Explanation));
        Assert.Equal(new[] { true, true, true, true, false }, report.Silences.Select(s => s.TooLong));
        Assert.Equal("The item 'research-presentation' was due on 2026-03-28, 3 days before 2026-03-31, and is still planned: mark it done or cancelled, or plan it again.", Assert.Single(report.Overdue).Explanation);
        Assert.Equal("January 2026 costs 450 EUR (the window covers 27 days of it), within the monthly budget of 5,000 EUR.", report.Costs[0].Explanation);
        Assert.Equal("February 2026 costs 150 EUR, within the monthly budget of 5,000 EUR.", report.Costs[1].Explanation);
        Assert.Equal("January 2027 costs 0 EUR (the window covers 4 days of it), within the monthly budget of 5,000 EUR.", report.Costs[^1].Explanation);
        Assert.Equal(13, report.Costs.Count);
        Assert.All(report.Costs, c => Assert.False(c.OverBudget));
    }

    [Fact]
    public void A_silence_of_one_day_more_than_allowed_is_too_long()
    {
        // The whole shop's longest silence is exactly the 30 days allowed; allow 29 and it is too long.
        var report = CommunicationAnalysis.Analyze(Sample, new CommunicationSettings { MaxSilenceDays = 29 }, AsOf);
        var shop = Assert.Single(report.Silences, s => s.Audience == "whole-shop");
        Assert.True(shop.TooLong);
        Assert.Equal("The audience 'whole-shop' has 19 occurrences; its longest silence is 30 days, from 2026-01-20 to 2026-02-18, longer than the 29 days allowed.", shop.Explanation);
    }

    [Fact]
    public void An_empty_programme_serves_no_function_addresses_no_factor_and_reaches_no_kind()
    {
        var report = CommunicationAnalysis.Analyze(Sample with { Items = Array.Empty<ProgrammeItem>() }, null, AsOf);
        Assert.Equal("From 2026-01-05 to 2027-01-04: 0 occurrences of 0 items to 5 audiences; 9 gaps, 5 audiences silent too long, 0 overloads, 0 months over budget, 0 overdue items as of 2026-03-31.", report.Explanation);
        Assert.Equal("0 occurrences " + Span + " across 12 subjects and 7 tools; 12 of the method's 12 subjects have none.", report.Coverage.Explanation);
        Assert.Equal(
            new[]
            {
                "FunctionNotServed KeepInformed: No occurrence " + Span + " serves the function to keep the client informed of how the offer available to it evolves; give a message this function and put it on the calendar.",
                "FunctionNotServed MakeKnown: No occurrence " + Span + " serves the function to make the product widely known through the key client; give a message this function and put it on the calendar.",
                "FunctionNotServed StrengthenPartnership: No occurrence " + Span + " serves the function to strengthen the strategic partnership; give a message this function and put it on the calendar.",
                "MarketFactorNotAddressed Demographics: The critical market factor demographics of the population and consumer groups is never addressed " + Span + "; the method counts it among the messages the client needs.",
                "MarketFactorNotAddressed GovernmentRegulation: The critical market factor government regulation is never addressed " + Span + "; the method counts it among the messages the client needs.",
                "MarketFactorNotAddressed NewCompetitors: The critical market factor new competitors is never addressed " + Span + "; the method counts it among the messages the client needs.",
                "MarketFactorNotAddressed TechnologicalChange: The critical market factor technological change is never addressed " + Span + "; the method counts it among the messages the client needs.",
                "KindNotReached DecisionMaker: No occurrence " + Span + " addresses decision makers as a kind or the whole client; without a directory of people, people named by id are not known to be decision makers.",
                "KindNotReached Influencer: No occurrence " + Span + " addresses influencers as a kind or the whole client; without a directory of people, people named by id are not known to be influencers.",
            },
            report.Gaps.Select(g => g.Kind + " " + g.Subject + ": " + g.Explanation));
        Assert.All(report.Silences, s => Assert.Equal("The audience '" + s.Audience + "' hears nothing " + Span + " (365 days), longer than the 30 days allowed.", s.Explanation));
        Assert.All(report.Costs, c => Assert.Equal(0m, c.Cost.Amount));
    }

    [Fact]
    public void A_decision_maker_whose_audiences_are_silent_is_named()
    {
        var noOwner = Sample with { Items = Sample.Items.Where(i => i.Audience is not "owner" and not "whole-shop").ToArray() };
        var report = CommunicationAnalysis.Analyze(noOwner, null, AsOf, null, SamplePrograms.BookshopPeople());
        Assert.Equal(
            "The decision maker 'shop-owner' is reached by no occurrence " + Span + "; the audiences that include this person have nothing in the window.",
            Assert.Single(report.Gaps, g => g.Kind == CommunicationGapKind.PersonNotReached).Explanation);
        Assert.Equal("The audience 'owner' hears nothing " + Span + " (365 days), longer than the 30 days allowed.", Assert.Single(report.Silences, s => s.Audience == "owner").Explanation);
    }
}
