using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>Ready relationship maps from the method's publisher-and-bookshop example, for tests, documentation and the review.</summary>
public static class SampleMaps
{
    /// <summary>The day the sample map describes, the day of the built-in review (2026-03-31).</summary>
    public static LocalDate AsOf { get; } = new(2026, 3, 31);

    /// <summary>
    /// The publisher's map of its key client <c>bookshop</c> (the client of
    /// <c>SamplePlans.PublisherAndBookshop</c>): eight people of the shop, five of ours, two
    /// decisions named after the plan's goals (<c>handicraft-series</c>, <c>small-orders</c>), two
    /// approval rules and two procedure notes.
    /// </summary>
    /// <remarks>
    /// Valid as of <see cref="AsOf"/> (no diagnostics), and made to show the analysis at work: the
    /// owner is strongly reached through the store manager, but our mirror with the owner is stale;
    /// the head buyer decides on small orders, has no mirror, is reached only weakly, and argues
    /// against the handicraft series more strongly than any sponsor argues for it; the
    /// mail-order manager is a rising star nobody of ours knows; the chief accountant co-signs every
    /// purchase above 5,000 EUR and nobody reaches her; a former deputy still carries a
    /// relationship; one relationship was never assessed.
    /// </remarks>
    public static RelationshipMap Bookshop { get; } = CreateBookshop();

    private static RelationshipMap CreateBookshop()
    {
        static LocalDate D(int year, int month, int day) => new(year, month, day);
        const string Series = "handicraft-series";
        const string SmallOrders = "small-orders";
        return new RelationshipMap(new ClientId("bookshop"))
        {
            Title = "The bookshop: who decides on the mail-order service for pensioners",
            Decisions = new[]
            {
                new Decision(Series, "List the home-handicraft series for the mail-order service"),
                new Decision(SmallOrders, "Order small regular quantities through our direct channel"),
            },
            People = new[]
            {
                new ClientPerson("owner", "Elena Sorokina") { Title = "Owner", Unit = "Management", Level = 1, Joined = D(2009, 4, 1), Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker) } },
                new ClientPerson("store-manager", "Pavel Orlov") { Title = "Store manager", Unit = "Store", Level = 2, ReportsTo = "owner", Joined = D(2015, 9, 1), Roles = new[] { new PersonRole(StakeholderKind.Influencer), new PersonRole(StakeholderKind.Sponsor) } },
                new ClientPerson("head-buyer", "Irina Volkova") { Title = "Head buyer", Unit = "Purchasing", Level = 2, ReportsTo = "owner", Joined = D(2018, 2, 1), Roles = new[] { new PersonRole(StakeholderKind.DecisionMaker, SmallOrders), new PersonRole(StakeholderKind.AntiSponsor, Series) } },
                new ClientPerson("accountant", "Olga Smirnova") { Title = "Chief accountant", Unit = "Finance", Level = 2, ReportsTo = "owner", Joined = D(2012, 1, 10) },
                new ClientPerson("mail-order", "Dmitri Kuznetsov") { Title = "Mail-order manager", Unit = "Store", Level = 3, ReportsTo = "store-manager", Joined = D(2025, 10, 1), Roles = new[] { new PersonRole(StakeholderKind.RisingStar), new PersonRole(StakeholderKind.Influencer, Series) } },
                new ClientPerson("senior-buyer", "Nikolai Petrov") { Title = "Senior buyer", Unit = "Purchasing", Level = 3, ReportsTo = "head-buyer", DottedLineTo = new[] { "store-manager" }, Joined = D(2001, 6, 1), Roles = new[] { new PersonRole(StakeholderKind.FallingStar), new PersonRole(StakeholderKind.Sponsor, SmallOrders) } },
                new ClientPerson("marketing", "Anna Lebedeva") { Title = "Marketing coordinator", Unit = "Store", Level = 3, ReportsTo = "store-manager", Joined = D(2023, 3, 1) },
                new ClientPerson("deputy", "Sergei Ivanov") { Title = "Deputy owner", Unit = "Management", Level = 2, ReportsTo = "owner", Joined = D(2010, 5, 1), Left = D(2026, 2, 1) },
            },
            Influences = new[]
            {
                new InfluenceLink("store-manager", "owner", 0.6, "Owner's own words at the 2026 kick-off"),
                new InfluenceLink("head-buyer", "owner", 0.7, "Buying committee minutes"),
                new InfluenceLink("accountant", "owner", 0.5, "Store manager"),
                new InfluenceLink("owner", "head-buyer", 0.5, "Buying committee minutes"),
                new InfluenceLink("mail-order", "store-manager", 0.4, "Store manager"),
                new InfluenceLink("senior-buyer", "head-buyer", 0.3, "Senior buyer"),
                new InfluenceLink("marketing", "mail-order", null, "A guess: they share an office"),
            },
            Team = new[]
            {
                new TeamMember("sales-director", "Alexei Morozov") { Role = "Sales director", Level = 1 },
                new TeamMember("kam", "Maria Ivanova") { Role = "Key account manager", Level = 2 },
                new TeamMember("editor", "Tatiana Kozlova") { Role = "Editorial", Level = 2 },
                new TeamMember("marketing-lead", "Sofia Belova") { Role = "Marketing", Level = 3 },
                new TeamMember("logistics-lead", "Ivan Popov") { Role = "Logistics", Level = 3 },
            },
            Relationships = new[]
            {
                new Relationship("sales-director", "owner") { Kind = RelationshipKind.Mirror, Strength = RelationshipStrength.Moderate, FirstContact = D(2019, 3, 1), LastContact = D(2025, 12, 10), MeetingsPerYear = 4 },
                new Relationship("kam", "store-manager") { Kind = RelationshipKind.Mirror, Strength = RelationshipStrength.Close, FirstContact = D(2020, 1, 15), LastContact = D(2026, 3, 20), MeetingsPerYear = 24 },
                new Relationship("kam", "head-buyer") { Strength = RelationshipStrength.Weak, FirstContact = D(2024, 5, 1), LastContact = D(2026, 3, 2), MeetingsPerYear = 6 },
                new Relationship("logistics-lead", "senior-buyer") { Strength = RelationshipStrength.Strong, FirstContact = D(2016, 9, 1), LastContact = D(2026, 3, 12), MeetingsPerYear = 12 },
                new Relationship("marketing-lead", "marketing") { FirstContact = D(2025, 11, 5), LastContact = D(2026, 2, 15), MeetingsPerYear = 3 },
                new Relationship("kam", "deputy") { Strength = RelationshipStrength.Strong, FirstContact = D(2018, 1, 1), LastContact = D(2025, 11, 20), MeetingsPerYear = 6 },
            },
            ApprovalRules = new[]
            {
                new ApprovalRule("above-5000", "Purchases above 5,000 EUR need the owner's and the chief accountant's signatures.") { Above = new Money(5000m, Currency.Eur), Approvers = new[] { "owner", "accountant" } },
                new ApprovalRule("new-series", "A new series is listed only with the head buyer's approval.") { Approvers = new[] { "head-buyer" } },
            },
            Procedures = new[]
            {
                "New suppliers and series are listed only after the quarterly buying committee (owner, store manager, head buyer).",
                "Invoices above 5,000 EUR are paid 60 days after the chief accountant approves them.",
            },
        };
    }
}
