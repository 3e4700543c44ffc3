using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Ladder;

/// <summary>The key clients of a portfolio on the ladder: distribution and movement since the previous assessment.</summary>
/// <param name="AsOf">The date of the current assessment round.</param>
/// <param name="Entries">Each assessed key client, by id, ordinally.</param>
/// <param name="Distribution">The four rungs, 1 to 4, with their clients.</param>
/// <param name="Movements">
/// Key clients assessed in both rounds whose position changed, largest rise first, then largest
/// fall last; ties by id.
/// </param>
/// <param name="NewlyAssessed">Key clients assessed now but not in the previous round, by id.</param>
/// <param name="Unassessed">Key clients with no assessment in the current round, by id.</param>
/// <param name="Diagnostics">Warnings from validating the sets (errors are refused).</param>
/// <param name="PreviousAsOf">The date of the previous round, or null without one.</param>
public sealed record LadderPortfolio(
    LocalDate AsOf,
    IReadOnlyList<LadderPortfolioEntry> Entries,
    IReadOnlyList<LadderLevelCount> Distribution,
    IReadOnlyList<LadderMovement> Movements,
    IReadOnlyList<ClientId> NewlyAssessed,
    IReadOnlyList<ClientId> Unassessed,
    IReadOnlyList<Diagnostic> Diagnostics,
    LocalDate? PreviousAsOf = null);
