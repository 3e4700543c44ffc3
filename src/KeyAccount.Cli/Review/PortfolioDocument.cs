using KeyAccount.Core.Classification;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Cli.Review;

/// <summary>
/// The portfolio document of <c>keyaccount review</c> (docs/cli.md): a CLI-level JSON document that
/// composes the areas' own documents, each in the library's format, under one name and date.
/// </summary>
/// <param name="Name">A title for the report.</param>
/// <param name="AsOf">The day the review is made ("today"): plan deadlines and reviews are judged against it.</param>
/// <param name="Classification">The clients' evidence (profit per period, opportunities, ladder level, market position) and the policy.</param>
/// <param name="Ladder">The ladder answers of the assessed clients; null when none.</param>
/// <param name="Opportunities">The opportunities and the budgets of time, money and people; null when none.</param>
/// <param name="Plan">One key-client development plan; null when none.</param>
internal sealed record PortfolioDocument(
    string Name,
    LocalDate AsOf,
    ClassificationPortfolioDocument Classification,
    LadderAssessmentSet? Ladder,
    OpportunityPortfolio? Opportunities,
    AccountPlan? Plan)
{
    /// <summary>The format version this release of the CLI writes and reads.</summary>
    public const int CurrentFormatVersion = 1;
}
