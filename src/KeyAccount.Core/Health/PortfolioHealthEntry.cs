namespace KeyAccount.Core.Health;

/// <summary>One account of a portfolio's health ranking.</summary>
/// <param name="Rank">Its place, 1 for the healthiest: by score, highest first, ties by client id; accounts without a score come last, by client id.</param>
/// <param name="Health">Its scorecard as of the portfolio's date.</param>
/// <param name="Change">Its change since the portfolio's earlier date; null when no earlier date was given.</param>
public sealed record PortfolioHealthEntry(int Rank, AccountHealth Health, HealthChange? Change = null)
{
    /// <summary>The key client.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ClientId Client => Health.Client;

    /// <summary>The score; null when the account has none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal? Score => Health.Score;
}
