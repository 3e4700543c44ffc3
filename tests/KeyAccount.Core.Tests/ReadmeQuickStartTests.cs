using KeyAccount.Core.Ladder;
using KeyAccount.Core.Pareto;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests;

/// <summary>
/// The README's quick start, run as written: the lines it shows as output must be what the library
/// prints, so the README cannot drift from the code unnoticed.
/// </summary>
public class ReadmeQuickStartTests
{
    [Fact]
    public void The_quick_start_prints_what_the_README_shows()
    {
        ClientId[] clients = [new("ACME"), new("Bolt"), new("Crane"), new("Delta"), new("Echo")];
        decimal[] profit = [520_000m, 210_000m, 90_000m, 45_000m, -12_000m];
        var pareto = ParetoAnalysis.Analyze(clients, profit, Currency.Eur);
        Assert.Equal(
            "40% of clients (2 of 5) bring 85.6% of the value, the fewest that reach the target of 80%.",
            pareto.GetVitalFew(0.8).Explanation);

        var answers = new LadderAnswers
        {
            NeedsYouAsMuchAsYouNeedIt = AnswerFrequency.Often,
            MakesAgreementsWithCompetitors = AnswerFrequency.Rarely,
            LikesToDiscussBusinessProblems = AnswerFrequency.Always,
            PrefersCompetitorsOffers = AnswerFrequency.Never,
            DrivesYouUpTheWall = AnswerFrequency.Rarely,
            PutsOffPlannedVisits = AnswerFrequency.Never,
        };
        var position = LadderPositioner.Position(answers);
        Assert.Equal(
            "BusinessPartner: The client likes to discuss business problems with you: always (raises you).",
            $"{position.Level}: {position.Reasons[0].Text}");

        var start = new LocalDate(2026, 1, 5);
        var plan = SamplePlans.PublisherAndBookshop(start);
        Assert.Empty(PlanValidator.Validate(plan, asOf: start));
    }

    [Fact]
    public void The_README_still_holds_the_quick_start_lines_this_test_checks()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains("// 40% of clients (2 of 5) bring 85.6% of the value, the fewest that reach the target of 80%.", readme, System.StringComparison.Ordinal);
        Assert.Contains("// BusinessPartner: The client likes to discuss business problems with you: always (raises you).", readme, System.StringComparison.Ordinal);
        Assert.Contains("decimal[] profit = [520_000m, 210_000m, 90_000m, 45_000m, -12_000m];", readme, System.StringComparison.Ordinal);
        Assert.Contains("var position = LadderPositioner.Position(answers);", readme, System.StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "KeyAccount.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new System.InvalidOperationException("The repository root (with KeyAccount.Core.sln) was not found above the test assembly.");
    }
}
