using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Health;

/// <summary>The health of many accounts (<see cref="HealthScorecard.Portfolio"/>): ranked, counted by band, with the accounts whose score fell most.</summary>
/// <param name="AsOf">The date of the scorecards.</param>
/// <param name="Since">The earlier date the changes are measured from; null when none was given.</param>
/// <param name="Accounts">Every account, ranked (<see cref="PortfolioHealthEntry.Rank"/>).</param>
/// <param name="Fallers">The accounts whose score fell since <paramref name="Since"/>, the largest fall first (ties by client id), at most <see cref="HealthSettings.Fallers"/>; empty without an earlier date.</param>
/// <param name="Healthy">How many accounts are healthy.</param>
/// <param name="Watch">How many accounts are in the watch band.</param>
/// <param name="AtRisk">How many accounts are at risk.</param>
/// <param name="Unscored">How many accounts have no score (none of their components counts).</param>
/// <param name="Explanation">The portfolio in a few sentences: the bands and the largest falls.</param>
public sealed record PortfolioHealth(
    LocalDate AsOf,
    LocalDate? Since,
    IReadOnlyList<PortfolioHealthEntry> Accounts,
    IReadOnlyList<PortfolioHealthEntry> Fallers,
    int Healthy,
    int Watch,
    int AtRisk,
    int Unscored,
    string Explanation);
