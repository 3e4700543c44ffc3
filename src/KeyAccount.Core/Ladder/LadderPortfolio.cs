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
    LocalDate? PreviousAsOf = null)
{
    /// <summary>The distribution in a sentence, e.g. <c>4 clients: 1 on rung 1 (commodity broker), 2 on rung 3 (value adder), 1 on rung 4 (business partner).</c></summary>
    public string Explanation
    {
        get
        {
            var parts = new List<string>(4);
            foreach (var level in Distribution)
            {
                if (level.Count > 0)
                {
                    parts.Add(Wording.Number(level.Count) + " on rung " + ((int)level.Level).ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + PerceptionLadder.Rung(level.Level).Name + ")");
                }
            }

            return Wording.Count(Entries.Count, "client") + (parts.Count == 0 ? "." : ": " + string.Join(", ", parts) + ".");
        }
    }
}
