using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>Ready programmes from the method's source text, for tests, documentation and demonstrations.</summary>
public static class SamplePrograms
{
    /// <summary>
    /// The publisher's communication programme toward its client, the bookshop that wants a
    /// mail-order delivery service for pensioners; consistent with
    /// <see cref="Planning.SamplePlans.PublisherAndBookshop"/> for the same <paramref name="start"/>
    /// (its goals <c>research</c>, <c>small-orders</c> and <c>handicraft-series</c>, and its Promotion
    /// decision: present the research, a seminar for the shop's staff, inserts in mail parcels).
    /// </summary>
    /// <param name="start">The first day of the programme (and of the plan); every date is relative to it.</param>
    /// <returns>
    /// A programme over one year from <paramref name="start"/> with seven messages, five audiences,
    /// eleven items (four of them recurring) and a monthly budget of 5,000 EUR. It has no
    /// diagnostics. It leaves two critical market factors (technological change, new competitors)
    /// unaddressed, and as of day 85 the research presentation (day 82) is overdue.
    /// </returns>
    public static CommunicationProgramme PublisherAndBookshop(LocalDate start)
    {
        LocalDate Day(int n) => start.PlusDays(n);
        var end = start.PlusYears(1).PlusDays(-1);
        var eur = Currency.Eur;
        return new CommunicationProgramme(new ClientId("bookshop"), new DateInterval(start, end))
        {
            Title = "Publisher and bookshop: communication for the mail-order service",
            MonthlyBudget = new Money(5000m, eur),
            Messages = new[]
            {
                new Message("expertise", MessageType.Company, MessageSubject.Expertise, "We know pensioner readers, and share our research on them with the shop.")
                { Functions = new[] { CommunicationFunction.StrengthenPartnership }, Goals = Ids("research") },
                new Message("research-findings", MessageType.MarketFactors, MessageSubject.Demographics, "What pensioner readers buy, and how they want their books delivered.")
                { Functions = new[] { CommunicationFunction.StrengthenPartnership, CommunicationFunction.KeepInformed }, Goals = Ids("research") },
                new Message("mail-order-trend", MessageType.SectorTrends, MessageSubject.MainTrends, "Older readers buy more and more books by mail order.")
                { Functions = new[] { CommunicationFunction.StrengthenPartnership }, Goals = Ids("research") },
                new Message("series-benefits", MessageType.Product, MessageSubject.Benefits, "Home handicraft in large print, sized and packed for posting.")
                { Functions = new[] { CommunicationFunction.MakeKnown }, Goals = Ids("handicraft-series") },
                new Message("series-plan", MessageType.Product, MessageSubject.PlannedDevelopment, "The titles of the series and when each appears.")
                { Functions = new[] { CommunicationFunction.KeepInformed }, Goals = Ids("handicraft-series") },
                new Message("small-orders", MessageType.Product, MessageSubject.Benefits, "Small regular orders delivered in two working days, without surcharge.")
                { Functions = new[] { CommunicationFunction.KeepInformed, CommunicationFunction.StrengthenPartnership }, Goals = Ids("small-orders") },
                new Message("postal-rules", MessageType.MarketFactors, MessageSubject.GovernmentRegulation, "Changes to postal tariffs and rules for book parcels.")
                { Functions = new[] { CommunicationFunction.KeepInformed }, Goals = Ids("small-orders") },
            },
            Audiences = new[]
            {
                new Audience("owner") { Name = "The shop's owner and every decision maker", People = Ids("shop-owner"), Kinds = new[] { PersonKind.DecisionMaker } },
                new Audience("buyers") { Name = "The head buyer", People = Ids("head-buyer") },
                new Audience("mail-order-team") { Name = "The mail-order team", Units = Ids("mail-order") },
                new Audience("staff") { Name = "The shop-floor staff", Units = Ids("shop-floor") },
                new Audience("whole-shop") { Name = "Everybody at the shop", WholeClient = true },
            },
            Items = new[]
            {
                new ProgrammeItem("kickoff", "expertise", CommunicationTool.Meeting, "owner")
                { Owner = "Key account manager", Date = Day(7), Status = ProgrammeItemStatus.Done, Cost = new Money(300m, eur), Outcome = "The owner agreed the research brief." },
                new ProgrammeItem("newsletter", "series-plan", CommunicationTool.Newsletter, "whole-shop")
                { Owner = "Marketing", Recurrence = new Recurrence(Day(14), Period.FromMonths(1), end), Cost = new Money(150m, eur) },
                new ProgrammeItem("small-order-updates", "small-orders", CommunicationTool.Meeting, "mail-order-team")
                { Owner = "Logistics", Recurrence = new Recurrence(Day(21), Period.FromWeeks(2), Day(150)) },
                new ProgrammeItem("buyer-review", "series-plan", CommunicationTool.Meeting, "buyers")
                { Owner = "Key account manager", Recurrence = new Recurrence(Day(30), Period.FromMonths(3), Day(360)) },
                new ProgrammeItem("research-presentation", "research-findings", CommunicationTool.Presentation, "owner")
                { Owner = "Marketing", Date = Day(82), Cost = new Money(500m, eur) },
                new ProgrammeItem("trend-seminar", "mail-order-trend", CommunicationTool.Seminar, "mail-order-team")
                { Owner = "Marketing", Date = Day(100), Cost = new Money(1500m, eur) },
                new ProgrammeItem("postal-brief", "postal-rules", CommunicationTool.Newsletter, "mail-order-team")
                { Owner = "Logistics", Date = Day(120) },
                new ProgrammeItem("launch-press", "series-benefits", CommunicationTool.PressRelease, "whole-shop")
                { Owner = "Marketing", Date = Day(165), Cost = new Money(400m, eur) },
                new ProgrammeItem("parcel-inserts", "series-benefits", CommunicationTool.Custom, "whole-shop")
                { CustomTool = "Parcel insert", Owner = "Marketing", Recurrence = new Recurrence(Day(171), Period.FromMonths(1), Day(330)), Cost = new Money(250m, eur) },
                new ProgrammeItem("staff-seminar", "series-benefits", CommunicationTool.Seminar, "staff")
                { Owner = "Sales", Date = Day(175), Cost = new Money(2000m, eur) },
                new ProgrammeItem("book-fair", "series-benefits", CommunicationTool.Exhibition, "buyers")
                { Owner = "Sales", Date = Day(200), Cost = new Money(3000m, eur) },
            },
        };
    }

    /// <summary>
    /// The bookshop's people for <see cref="PublisherAndBookshop"/>: the owner (decision maker), the
    /// head buyer (influencer), the mail-order lead (influencer, rising star), the accountant
    /// (anti-sponsor) and two shop-floor clerks.
    /// </summary>
    /// <returns>The directory.</returns>
    public static AudienceDirectory BookshopPeople() => new(new[]
    {
        new AudienceMember("shop-owner") { Kinds = new[] { PersonKind.DecisionMaker }, Unit = "management" },
        new AudienceMember("accountant") { Kinds = new[] { PersonKind.AntiSponsor }, Unit = "management" },
        new AudienceMember("head-buyer") { Kinds = new[] { PersonKind.Influencer }, Unit = "purchasing" },
        new AudienceMember("mail-order-lead") { Kinds = new[] { PersonKind.Influencer, PersonKind.RisingStar }, Unit = "mail-order" },
        new AudienceMember("clerk-1") { Unit = "shop-floor" },
        new AudienceMember("clerk-2") { Unit = "shop-floor" },
    });

    private static string[] Ids(params string[] ids) => ids;
}
