using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>Ready plans from the method's source text, for tests, documentation and demonstrations.</summary>
public static class SamplePlans
{
    /// <summary>
    /// The source's example: a book publisher's plan for its client, a bookshop that wants a
    /// mail-order delivery service for pensioners.
    /// </summary>
    /// <param name="start">The first day of the plan; every date of the plan is relative to it.</param>
    /// <returns>
    /// An approved, valid plan over one year (written, then discussed with the shop's owner, then
    /// approved) from <paramref name="start"/> (365 or 366 days), with
    /// one client goal, the source's three goals (market research on the target group by day 90;
    /// a small-order process with a lead time of 2 working days by day 150; a home-handicraft
    /// series with a 10% share of the shop's mail orders six months after its launch), all four
    /// P's, a budget of staff person-days, the key account manager's hours and money, eight
    /// actions and a monthly review cadence. Checked on <paramref name="start"/> it has no
    /// diagnostics; checked later, passed deadlines and overdue reviews show as warnings.
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="start"/> is so late that the plan's dates leave the calendar.</exception>
    public static AccountPlan PublisherAndBookshop(LocalDate start)
    {
        LocalDate Day(int n) => start.PlusDays(n);
        var end = start.PlusYears(1).PlusDays(-1);

        return new AccountPlan(new ClientId("bookshop"), new DateInterval(start, end))
        {
            Title = "Publisher and bookshop: mail-order books for pensioners",
            Status = PlanStatus.Approved,
            StatusHistory = new[]
            {
                new PlanStatusChange(PlanStatus.Draft, Day(-21)),
                new PlanStatusChange(PlanStatus.Written, Day(-14)),
                new PlanStatusChange(PlanStatus.Discussed, Day(-7))
                {
                    Note = "Discussed with the shop owner, who agreed the goals and the dates; editorial, logistics and marketing took part.",
                    ClientParticipants = Ids("shop-owner"),
                    OurParticipants = Ids("Key account manager", "Editorial", "Logistics", "Marketing"),
                },
                new PlanStatusChange(PlanStatus.Approved, start),
            },
            ClientGoals = new[]
            {
                new ClientGoal("mail-order", "Run a mail-order book delivery service for people of pension age."),
            },
            Goals = new[]
            {
                new PlanGoal("research", "Help in an adding-value fashion: supply market research on the target group.")
                {
                    Mirrors = Ids("mail-order"),
                    Target = new GoalTarget("market research reports on pensioner readers delivered", "reports", 1m) { Baseline = 0m },
                    Deadline = GoalDeadline.Fixed(Day(90)),
                },
                new PlanGoal("small-orders", "Build an internal stock process that handles the shop's small regular orders fast.")
                {
                    Mirrors = Ids("mail-order"),
                    Target = new GoalTarget("lead time of a small regular order", "working days", 2m) { Baseline = 7m },
                    Deadline = GoalDeadline.Fixed(Day(150)),
                },
                new PlanGoal("handicraft-series", "Publish a new series of books on home handicraft for the mail-order service.")
                {
                    Mirrors = Ids("mail-order"),
                    Target = new GoalTarget("share of the shop's mail orders", "%", 10m) { Baseline = 0m },
                    Deadline = GoalDeadline.After("series-launch", Period.FromMonths(6)),
                },
            },
            Events = new[]
            {
                new PlanEvent("series-launch", "Launch of the home-handicraft series") { Action = "launch" },
            },
            Mix = new MarketingMix
            {
                Product = MixElement.Of(
                    new MixDecision("A home-handicraft series in large print, sized and packed for posting.") { Serves = Ids("handicraft-series") },
                    new MixDecision("Market research on pensioner readers as a service to the shop.") { Serves = Ids("research") }),
                Price = MixElement.Of(
                    new MixDecision("No surcharge on small regular orders; a launch price for the series.") { Serves = Ids("small-orders", "handicraft-series") }),
                Promotion = MixElement.Of(
                    new MixDecision("Present the research to the shop; a seminar for its staff; inserts in mail parcels.") { Serves = Ids("research", "handicraft-series") }),
                Place = MixElement.Of(
                    new MixDecision("A direct small-order channel from our stock to the shop, with outside delivery.") { Serves = Ids("small-orders") }),
            },
            Resources = new[]
            {
                new ResourceBudget("staff", ResourceKind.Personnel, "person-days", 200m) { PerMonth = 30m },
                new ResourceBudget("kam-hours", ResourceKind.Time, "hours", 80m),
                new ResourceBudget("money", ResourceKind.Money, "EUR", 60000m) { PerMonth = 20000m },
            },
            Actions = new[]
            {
                new PlanAction("brief", "Agree the research brief with the shop owner.", start, Day(13))
                {
                    Owner = "Key account manager",
                    Serves = Ids("research"),
                    Uses = new[] { new ResourceUse("kam-hours", 10m) },
                },
                new PlanAction("survey", "Survey pensioner readers in the shop and by post.", Day(14), Day(59))
                {
                    Owner = "Marketing",
                    Serves = Ids("research"),
                    DependsOn = Ids("brief"),
                    Uses = new[] { new ResourceUse("staff", 20m), new ResourceUse("money", 8000m) },
                },
                new PlanAction("report", "Write the research report and present it to the shop.", Day(60), Day(80))
                {
                    Owner = "Marketing",
                    Serves = Ids("research"),
                    DependsOn = Ids("survey"),
                    Uses = new[] { new ResourceUse("staff", 10m), new ResourceUse("kam-hours", 16m) },
                },
                new PlanAction("process", "Design the small-order stock process.", Day(14), Day(60))
                {
                    Owner = "Logistics",
                    Serves = Ids("small-orders"),
                    Uses = new[] { new ResourceUse("staff", 20m) },
                },
                new PlanAction("pilot", "Pilot the process on the shop's regular orders.", Day(61), Day(130))
                {
                    Owner = "Logistics",
                    Serves = Ids("small-orders"),
                    DependsOn = Ids("process"),
                    Uses = new[] { new ResourceUse("staff", 20m), new ResourceUse("money", 5000m) },
                },
                new PlanAction("series", "Commission and produce the home-handicraft series, informed by the research.", Day(81), Day(160))
                {
                    Owner = "Editorial",
                    Serves = Ids("handicraft-series"),
                    DependsOn = Ids("report"),
                    Uses = new[] { new ResourceUse("staff", 40m), new ResourceUse("money", 25000m) },
                },
                new PlanAction("launch", "Launch the series through the shop's mail-order service.", Day(161), Day(170))
                {
                    Owner = "Sales",
                    Serves = Ids("handicraft-series"),
                    DependsOn = Ids("series"),
                    Uses = new[] { new ResourceUse("kam-hours", 20m), new ResourceUse("money", 5000m) },
                },
                new PlanAction("promote", "Promote the series: parcel inserts, a seminar for shop staff, a newsletter.", Day(171), Day(330))
                {
                    Owner = "Marketing",
                    Serves = Ids("handicraft-series"),
                    DependsOn = Ids("launch"),
                    Uses = new[] { new ResourceUse("staff", 20m), new ResourceUse("money", 8000m), new ResourceUse("kam-hours", 12m) },
                },
            },
            ReviewCadence = Period.FromMonths(1),
            Reviews = new[] { new PlanReview(start) { By = "Key account manager", Note = "Kick-off with the shop owner." } },
        };
    }

    private static string[] Ids(params string[] ids) => ids;
}
