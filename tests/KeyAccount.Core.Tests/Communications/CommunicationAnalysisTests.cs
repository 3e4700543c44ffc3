using System;
using System.Linq;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Communications;

public class CommunicationAnalysisTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    private static CommunicationProgramme Sample => SamplePrograms.PublisherAndBookshop(Start);

    [Fact]
    public void The_sample_leaves_two_critical_market_factors_unaddressed_and_one_item_overdue()
    {
        var run = CommunicationAnalysis.Run(Sample, null, AsOf, null, SamplePrograms.BookshopPeople(), SamplePlans.PublisherAndBookshop(Start));
        Assert.Empty(run.Diagnostics);
        var report = run.Result!;
        Assert.Equal(Sample.Period, report.Window);
        Assert.Equal(
            new[] { (CommunicationGapKind.MarketFactorNotAddressed, "NewCompetitors"), (CommunicationGapKind.MarketFactorNotAddressed, "TechnologicalChange") },
            report.Gaps.Select(g => (g.Kind, g.Subject)));
        Assert.Contains("new competitors", report.Gaps[0].Explanation, StringComparison.Ordinal);
        var overdue = Assert.Single(report.Overdue);
        Assert.Equal("research-presentation", overdue.Item);
        Assert.Equal(Start.PlusDays(82), overdue.LastDate);
        Assert.Equal(3, overdue.DaysOverdue);
        Assert.Contains("still planned", overdue.Explanation, StringComparison.Ordinal);
        Assert.Equal(Sample.Audiences.Select(a => a.Id).OrderBy(x => x, StringComparer.Ordinal), report.Silences.Select(s => s.Audience));
        Assert.Contains("Parcel insert", report.Coverage.Tools);
        Assert.Equal(8, report.Coverage.Tools.Count);
    }

    [Fact]
    public void Each_promotion_decision_needs_items_and_items_must_serve_goals_of_the_plan()
    {
        var plan = SamplePlans.PublisherAndBookshop(Start);
        var onlySmallOrders = Sample with { Items = Sample.Items.Where(i => i.Message is "small-orders" or "postal-rules").ToArray() };
        var report = CommunicationAnalysis.Analyze(onlySmallOrders, null, AsOf, null, null, plan);
        var gap = Assert.Single(report.Gaps, g => g.Kind == CommunicationGapKind.PromotionDecisionWithoutItems);
        Assert.Equal("mix.promotion.decisions[0]", gap.Subject);
        Assert.Contains("research", gap.Explanation, StringComparison.Ordinal);

        var stray = Sample with { Messages = Sample.Messages.Select(m => m.Id == "postal-rules" ? m with { Goals = new[] { "lobbying" } } : m).ToArray() };
        var strayRun = CommunicationAnalysis.Run(stray, null, AsOf, null, null, plan);
        Assert.Contains(strayRun.Diagnostics, d => d.Code == CommunicationsDiagnosticCodes.GoalNotInPlan);
        var outside = Assert.Single(strayRun.Result!.Gaps, g => g.Kind == CommunicationGapKind.GoalOutsidePlan);
        Assert.Equal("lobbying", outside.Subject);
        Assert.Contains("'postal-rules'", outside.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_makers_and_influencers_not_reached_are_named_per_person_with_a_directory_and_per_kind_without()
    {
        var noOwner = Sample with { Items = Sample.Items.Where(i => i.Audience is not "owner" and not "whole-shop").ToArray() };
        var withoutDirectory = CommunicationAnalysis.Analyze(noOwner, null, AsOf);
        Assert.Equal(new[] { "DecisionMaker", "Influencer" }, withoutDirectory.Gaps.Where(g => g.Kind == CommunicationGapKind.KindNotReached).Select(g => g.Subject));
        var withDirectory = CommunicationAnalysis.Analyze(noOwner, null, AsOf, null, SamplePrograms.BookshopPeople());
        var person = Assert.Single(withDirectory.Gaps, g => g.Kind == CommunicationGapKind.PersonNotReached);
        Assert.Equal("shop-owner", person.Subject);
        Assert.Contains("decision maker", person.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_silence_is_the_longest_run_of_days_without_an_occurrence()
    {
        var period = new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 11));
        var programme = Tiny(period, new ProgrammeItem("one", "m", CommunicationTool.Meeting, "team") { Owner = "me", Date = new LocalDate(2026, 3, 5) });
        var silences = CommunicationAnalysis.Analyze(programme, new CommunicationSettings { MaxSilenceDays = 5 }, period.End).Silences;
        Assert.Equal(10, silences[0].LongestSilence);
        Assert.Equal(0, silences[0].Occurrences);
        var silence = silences[1];
        Assert.Equal(6, silence.LongestSilence);
        Assert.Equal(new LocalDate(2026, 3, 6), silence.From);
        Assert.Equal(new LocalDate(2026, 3, 11), silence.To);
        Assert.True(silence.TooLong);
        Assert.Equal("The audience 'team' has 1 occurrence; its longest silence is 6 days, from 2026-03-06 to 2026-03-11, longer than the 5 days allowed.", silence.Explanation);
    }

    [Fact]
    public void More_items_to_one_person_in_a_week_than_allowed_is_an_overload_counted_across_audiences()
    {
        var period = new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 31));
        var programme = Tiny(
            period,
            new ProgrammeItem("a", "m", CommunicationTool.Meeting, "team") { Owner = "me", Date = new LocalDate(2026, 3, 9) },
            new ProgrammeItem("b", "m", CommunicationTool.Newsletter, "boss") { Owner = "me", Recurrence = new Recurrence(new LocalDate(2026, 3, 10), Period.FromDays(1), new LocalDate(2026, 3, 16)) });
        var report = CommunicationAnalysis.Analyze(programme, new CommunicationSettings { MaxItemsPerPersonPerWeek = 3 }, period.End);
        var overload = Assert.Single(report.Overloads);
        Assert.Equal("anna", overload.Person);
        Assert.Equal(new LocalDate(2026, 3, 9), overload.WeekStart);
        Assert.Equal(7, overload.Items);
        Assert.Contains("more than the 3", overload.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Costs_per_month_are_compared_with_the_budget()
    {
        var period = new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 4, 30));
        var programme = Tiny(
            period,
            new ProgrammeItem("a", "m", CommunicationTool.Meeting, "team") { Owner = "me", Recurrence = new Recurrence(new LocalDate(2026, 3, 2), Period.FromWeeks(1), new LocalDate(2026, 4, 30)), Cost = new Money(300m, Currency.Eur) })
            with { MonthlyBudget = new Money(1000m, Currency.Eur) };
        var report = CommunicationAnalysis.Analyze(programme, null, period.Start);
        Assert.Equal(2, report.Costs.Count);
        Assert.Equal(new Money(1500m, Currency.Eur), report.Costs[0].Cost);
        Assert.True(report.Costs[0].OverBudget);
        Assert.Equal("March 2026 costs 1,500 EUR (the window covers 30 days of it), over the monthly budget of 1,000 EUR by 500 EUR.", report.Costs[0].Explanation);
        Assert.Equal(new Money(1200m, Currency.Eur), report.Costs[1].Cost);
        Assert.True(report.Costs[1].OverBudget);
    }

    [Fact]
    public void A_monthly_recurrence_from_the_31st_does_not_drift()
    {
        var dates = CommunicationCalendar.Expand(new Recurrence(new LocalDate(2026, 1, 31), Period.FromMonths(1), new LocalDate(2026, 5, 31)), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
        Assert.Equal(new[] { new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28), new LocalDate(2026, 3, 31), new LocalDate(2026, 4, 30), new LocalDate(2026, 5, 31) }, dates);
        Assert.Throws<ArgumentException>(() => CommunicationCalendar.Expand(new Recurrence(new LocalDate(2026, 1, 31), Period.FromHours(1), new LocalDate(2026, 5, 31)), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 2))));
    }

    [Fact]
    public void A_well_formed_but_wrong_document_loads_and_a_malformed_one_fails_with_its_path()
    {
        const string json = """
            { "client": "bookshop", "period": "2026-01-01/2026-12-31",
              "messages": [ { "id": "m", "type": "Company", "subject": "Benefits", "summary": "s", "functions": [ 7 ] } ],
              "items": [ { "id": "i", "message": "m", "tool": "Seminar", "audience": "nobody", "date": "2027-01-01" } ] }
            """;
        var programme = KeyAccountJson.Deserialize<CommunicationProgramme>(json);
        Assert.Equal(1, programme.FormatVersion);
        var codes = CommunicationProgrammeValidator.Validate(programme).Select(d => d.Path + " " + d.Code).ToList();
        Assert.Equal(new[] { "items[0].audience KAC008", "items[0].date KAC012", "items[0].owner KAC017", "messages[0].functions[0] KAC003", "messages[0].subject KAC004" }, codes);
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => KeyAccountJson.Deserialize<CommunicationProgramme>("""{ "client": "c", "period": "2026-01-01/2026-12-31", "items": [ { "id": "i", "message": "m", "tool": "Seminar", "audience": "a", "recurrence": { "start": "2026-01-01", "every": "weekly", "end": "2026-02-01" } } ] }"""));
        Assert.StartsWith("$.items[0].recurrence.every", ex.Path, StringComparison.Ordinal);
        Assert.Throws<System.Text.Json.JsonException>(() => KeyAccountJson.Deserialize<CommunicationProgramme>("""{ "client": "c", "period": "2026-01-01/2026-12-31", "formatVersion": 99 }"""));
    }

    private static CommunicationProgramme Tiny(DateInterval period, params ProgrammeItem[] items) =>
        new(new ClientId("client"), period)
        {
            Messages = new[] { new Message("m", MessageType.Company, MessageSubject.Expertise, "s") { Functions = new[] { CommunicationFunction.StrengthenPartnership } } },
            Audiences = new[] { new Audience("team") { People = new[] { "anna", "ben" } }, new Audience("boss") { People = new[] { "anna" } } },
            Items = items,
        };
}
